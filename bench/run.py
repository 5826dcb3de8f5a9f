"""jdgen's benchmark: build speed, incrementality, memory and start-up,
each reported as a ratio against a baseline measured in the same run.

    python bench/run.py                 # N = 10, 100, 1000
    python bench/run.py --sizes 10 --sample 4
    python bench/run.py --sizes 1000,5000 --skip shared,import,redline   # the checks' figures

For each N it generates N synthetic specs by varying the example (text
lengths, list sizes; English inline), then measures in separate processes:
the full build (``jdgen build``, all cores), a no-op rebuild, and the peak
memory (largest process); and in this process, on a sample of the same
documents: the documented docxtpl way (a new DocxTemplate per document) and
the floor (Jinja render of the prepared parts plus the zip write, with
zipfile as the issue defines it, and with jdgen's own package writer).

Then, at each N, the checks a pre-commit hook runs: ``jdgen check`` and
``jdgen translate status --check``, each with no cache (cold), with nothing
changed (warm, from ``.jdgen-cache``) and after one spec changed (each a
median of runs, another spec changed before each; less that spec's own
work: the processor time a cold check spends per spec), against the full
build and ``import yaml, pydantic`` (in wall time, and in processor time,
which a busy machine hardly changes), with their peak memory; these are
reported at each N.

Then the shape of an organisation's set, at the largest N: the same specs
sharing content through ten shared files (each used by a tenth of them) and
linked to each other by id (a reporting tree, subordinates and career paths).
It measures ``jdgen check`` of the whole set and the full build against those
of the plain specs, a no-op rebuild, and the rebuild after one shared file
changes, which must rebuild exactly the specs that use it. On the same set,
the site (``jdgen site``: from scratch, with nothing changed, after one spec
changed, and its peak memory) and the handbook of one language (``jdgen
handbook``), against the full build, with its organisation chart (a box
per position, and the time drawing it takes against the whole handbook's).

Then it builds the Chinese documents of 200 such specs and imports them back
(``jdgen import``), against the build of the same specs.

Last, on up to 100 of the specs committed to git and edited, the redlines
of every changed position (``jdgen diff --since HEAD``) against building
the same documents (``jdgen build --force``), both in one process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ["zh", "en"]
TARGETS = {
    "throughput vs docxtpl": (">=", 6.0),
    "build per core vs floor": ("<=", 3.0),
    "no-op rebuild vs full build": ("<=", 0.05),
    "check start-up vs import yaml+pydantic": ("<=", 2.0),
    "check start-up, user cache only, vs import": ("<=", 2.0),
    "check start-up, cache warm, vs import": ("<=", 2.0),
    "check start-up, processor, vs import yaml+pydantic": ("<=", 2.0),
    "check start-up, user cache only, processor, vs import": ("<=", 2.0),
    "check start-up, cache warm, processor, vs import": ("<=", 2.0),
    "peak memory 1000 vs 100": ("<=", 1.5),
    "cold check vs full build": ("<=", 0.15),
    "cold status --check vs full build": ("<=", 0.15),
    "cold check vs full build, processor": ("<=", 0.15),
    "cold status vs full build, processor": ("<=", 0.15),
    "warm check (s)": ("<=", 0.3),
    "warm check, processor (s)": ("<=", 0.3),
    "warm check vs cold check": ("<=", 0.1),
    "one spec changed: check (s) less its own work": ("<=", 0.5),
    "one spec changed: check processor (s) less its own work": ("<=", 0.5),
    "warm status --check (s)": ("<=", 0.3),
    "warm status vs cold status": ("<=", 0.1),
    "one spec changed: status (s) less its own work": ("<=", 0.5),
    "one spec changed: status processor (s) less its own work": ("<=", 0.5),
    "check peak (MiB)": ("<=", 100.0),
    "status peak (MiB)": ("<=", 100.0),
    "check peak memory last N vs 1000": ("<=", 1.3),
    "status peak memory last N vs 1000": ("<=", 1.3),
    "build peak memory last N vs 1000": ("<=", 1.3),
    "shared: check vs plain check": ("<=", 1.3),
    "shared: full build vs plain full build": ("<=", 1.2),
    "shared: no-op rebuild vs full build": ("<=", 0.05),
    "shared: one shared file (a tenth) vs full build": ("<=", 0.2),  # a tenth of the work, plus start-up
    "import vs build of the same specs": ("<=", 5.0),
    "redlines vs building them": ("<=", 3.0),
    "site vs full build": ("<=", 1.0),
    "site no-op vs full site": ("<=", 0.05),
    "site, one spec changed, vs full site": ("<=", 0.2),
    "site peak (MiB)": ("<=", 150.0),
    "handbook of one language vs full build of two": ("<=", 1.5),  # as many documents per core, then put together
    "handbook peak (MiB)": ("<=", 150.0),
    "handbook's chart vs the handbook": ("<=", 0.05),
    "search index KiB per 1000 positions": ("<=", 1024),
}
REDLINE_POSITIONS = 100
SHARED_FILES = 10
SHARED_FIELDS = ("document", "authority", "qualifications", "training", "environment", "physical", "tools")
"""What the specs of one family take from their shared file."""


def english_of() -> dict[str, str]:
    with (REPO / "translations/en.po").open("rb") as stream:
        return {message.id: message.string for message in read_po(stream) if message.id}


def vary_text(text: str, english: str, rng: random.Random) -> dict[str, str]:
    """The same text shorter or longer (repeated), in both languages."""
    factor = rng.choice([0.5, 1, 1, 2, 3])
    def resize(value: str) -> str:
        if factor < 1:
            return value[: max(2, int(len(value) * factor))]
        return " ".join([value] * int(factor)) if value.isascii() else value * int(factor)
    return {"zh": resize(text), "en": resize(english)}


def synthetic_spec(example: dict, english: dict[str, str], index: int) -> dict:
    """The example with every text varied and every list resized."""
    rng = random.Random(index)

    def walk(value, key=""):
        if isinstance(value, str) and key not in ("id", "number", "source_language", "currency", "per"):
            return vary_text(value, english.get(value, value), rng)
        if isinstance(value, list):
            items = [walk(item) for item in value]
            if items and all(isinstance(item, dict) and set(item) == {"zh", "en"} for item in items):
                items = [rng.choice(items) for _ in range(rng.randint(1, 10))]
            return items
        if isinstance(value, dict):
            if key in ("levels", "experience", "hours"):
                return {k: walk(v, k) if key != "levels" else walk(v) for k, v in value.items()}
            return {k: walk(v, k) for k, v in value.items()}
        return value

    spec = walk(example)
    spec["id"] = f"SYN-{index:05d}"
    spec["title"] = {language: f"{title} {index}" for language, title in spec["title"].items()}  # one per position
    return spec


def example_data() -> dict:
    """The example spec as jdgen reads it: its shared file merged in."""
    from jdgen.jobspec.validate import read_spec

    data = dict(read_spec(REPO / "specs/bcm-001.yaml", "specs/bcm-001.yaml", REPO).data)
    del data["extends"]
    return data


def dump(path: Path, data: dict) -> None:
    """Write ``data`` as YAML (with libyaml's emitter when there is one: thousands of specs are written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def make_project(root: Path, count: int) -> None:
    example, english = example_data(), english_of()
    (root / "specs").mkdir(parents=True)
    for index in range(count):
        dump(root / "specs" / f"syn-{index:05d}.yaml", synthetic_spec(example, english, index))


def make_shared_project(root: Path, count: int) -> None:
    """The specs of ``make_project``, each taking SHARED_FIELDS from the shared
    file of its family (index modulo SHARED_FILES) and linked by id: each
    reports to the spec index // 10 (the first to no one), lists up to three
    of its own as subordinates, and leads to its superior."""
    example, english = example_data(), english_of()
    for family in range(SHARED_FILES):
        spec = synthetic_spec(example, english, family)
        dump(root / "shared" / f"family-{family}.yaml", {key: spec[key] for key in SHARED_FIELDS if key in spec})
    ids = [f"SYN-{index:05d}" for index in range(count)]
    for index in range(count):
        spec = {key: value for key, value in synthetic_spec(example, english, index).items()
                if key not in SHARED_FIELDS}
        spec = {"id": spec.pop("id"), "extends": f"shared/family-{index % SHARED_FILES}.yaml", **spec}
        superior = index // 10
        if index:
            spec["basic"]["reports_to"] = {"position": ids[superior]}
            spec["career_path"] = [{"position": ids[superior]}]
        else:
            spec["basic"].pop("reports_to", None)
        children = ids[index * 10 + 1:index * 10 + 4] if index else ids[1:4]
        spec["basic"]["subordinates"] = [{"position": child} for child in children] or spec["basic"]["subordinates"]
        dump(root / "specs" / f"syn-{index:05d}.yaml", spec)


def built_outputs(command: list[str], cwd: Path) -> tuple[float, list[str]]:
    """Run a build with ``--json``; return its seconds and the specs it built."""
    start = time.perf_counter()
    result = subprocess.run([*command, "--json"], cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    outputs = json.loads(result.stdout)["outputs"]
    return seconds, sorted({output["spec"] for output in outputs if output["status"] == "built"})


def shared_shape(scratch: Path, size: int, jobs: int, plain_root: Path, plain_build: float,
                 ratios: dict[str, float]) -> None:
    """Measure the shape with shared content and links against the plain one."""
    root = scratch / f"shared{size}"
    make_shared_project(root, size)
    check = [sys.executable, "-m", "jdgen", "check", "--lang", ",".join(LANGUAGES)]
    shutil.rmtree(plain_root / ".jdgen-cache", ignore_errors=True)  # both without a cache
    plain_check, _ = run_measured(check, plain_root)
    shared_check, _ = run_measured(check, root)
    build = [sys.executable, "-m", "jdgen", "build", "-q", "-j", str(jobs), "--lang", ",".join(LANGUAGES)]
    full, _ = run_measured(build, root)
    noop, _ = run_measured(build, root)
    family = root / "shared" / "family-3.yaml"
    users = sorted(f"specs/{path.name}" for path in (root / "specs").glob("*.yaml")
                   if "shared/family-3.yaml" in path.read_text(encoding="utf-8"))
    dump(family, {**yaml.safe_load(family.read_text(encoding="utf-8")),
                  "physical": {"zh": "身体健康", "en": "In good health"}})
    one, rebuilt = built_outputs(build, root)
    if rebuilt != users:
        raise SystemExit(f"changing one shared file rebuilt {len(rebuilt)} specs, not the {len(users)} that use it")
    print(f"\nShared content, N={size}: {SHARED_FILES} shared files, links by id")
    print(f"  check           {shared_check:8.2f} s  (plain specs {plain_check:.2f} s)")
    print(f"  full build      {full:8.2f} s  (plain specs {plain_build:.2f} s)")
    print(f"  no-op rebuild   {noop:8.2f} s  ({noop / full:.1%} of the full build)")
    print(f"  one shared file changed: rebuilt exactly its {len(users)} specs in {one:.2f} s "
          f"({one / full:.1%} of the full build)")
    ratios["shared: check vs plain check"] = shared_check / plain_check
    ratios["shared: full build vs plain full build"] = full / plain_build
    ratios["shared: no-op rebuild vs full build"] = noop / full
    ratios["shared: one shared file (a tenth) vs full build"] = one / full
    site_shape(root, full, size, ratios)


def site_shape(root: Path, build_seconds: float, size: int, ratios: dict[str, float]) -> None:
    """The site of the linked set (index, pages, chart) against building its
    documents: from scratch, with nothing changed, and after one spec changed."""
    site = [sys.executable, "-m", "jdgen", "site", "--lang", ",".join(LANGUAGES)]
    shutil.rmtree(root / "output" / "site", ignore_errors=True)
    full, peak = run_measured(site, root)
    noop, noop_peak = run_measured(site, root)
    specs = sorted((root / "specs").glob("*.yaml"))
    edit_spec(specs[len(specs) // 2], random.Random(size))
    one, one_peak = run_measured(site, root)
    index = (root / "output" / "site" / "search-index.js").stat().st_size
    print(f"  site            {full:8.2f} s  (peak {peak / 1024:.1f} MiB); nothing changed {noop:.2f} s "
          f"(peak {noop_peak / 1024:.1f} MiB); one spec changed {one:.2f} s (peak {one_peak / 1024:.1f} MiB); "
          f"search index {index / 1024:.0f} KiB")
    ratios["site vs full build"] = full / build_seconds
    ratios["site no-op vs full site"] = noop / full
    ratios["site, one spec changed, vs full site"] = one / full
    ratios["site peak (MiB)"] = peak / 1024
    ratios["search index KiB per 1000 positions"] = index / 1024 * 1000 / size
    handbook, handbook_peak = run_measured([sys.executable, "-m", "jdgen", "handbook", "--lang", LANGUAGES[0]], root)
    boxes, chart = handbook_chart(root / "output" / f"handbook-{LANGUAGES[0]}.docx", size)
    print(f"  handbook ({LANGUAGES[0]}) {handbook:6.2f} s  (one process; peak {handbook_peak / 1024:.1f} MiB); "
          f"its chart {boxes} boxes, drawn in {chart:.2f} s")
    ratios["handbook of one language vs full build of two"] = handbook / build_seconds
    ratios["handbook peak (MiB)"] = handbook_peak / 1024
    ratios["handbook's chart vs the handbook"] = chart / handbook


def handbook_chart(path: Path, size: int) -> tuple[int, float]:
    """The boxes of the handbook's whole-set chart (its first table: one per
    position of the linked set), and the seconds drawing that set's charts
    takes in this process (jdgen.handbook.chart, the shape of make_shared_project)."""
    import zipfile

    from lxml import etree

    from jdgen.handbook.chart import ChartWords, Member, chart_xml

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{w}body")
    boxes = len(next(body.iter(f"{w}tbl")).findall(f".//{w}hyperlink"))
    if boxes != size:
        raise SystemExit(f"the handbook's chart has {boxes} boxes, not one per position ({size})")
    members = [Member(f"SYN-{index:05d}", f"职位 {index}", f"部门 {index % SHARED_FILES}",
                      f"SYN-{index // 10:05d}" if index else None, number=index) for index in range(size)]
    start = time.perf_counter()
    chart_xml(members, ChartWords("组织结构图", "未与其他职位链接的职位", "各部门结构图", "链接问题"), 9866, [])
    return boxes, time.perf_counter() - start


def run_measured(command: list[str], cwd: Path) -> tuple[float, int]:
    """Run ``command`` in a child; return wall seconds and the peak RSS (KiB)
    of its largest process, measured by a wrapper so runs do not mix."""
    seconds, peak, _ = run_timed(command, cwd)
    return seconds, peak


def run_timed(command: list[str], cwd: Path, environment: dict[str, str] | None = None) -> tuple[float, int, float]:
    """``run_measured``'s wall seconds and peak RSS (KiB), and the processor
    seconds of all its processes (user and system), which a busy machine
    hardly changes; ``environment`` added to this process's."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - start, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, code)\n"
    )
    output = subprocess.run([sys.executable, "-c", wrapper, *command], cwd=cwd, capture_output=True, text=True,
                            check=True, env={**os.environ, **(environment or {})}).stdout.split()
    seconds, peak, processor, code = float(output[-4]), int(output[-3]), float(output[-2]), int(output[-1])
    if code not in (0,):
        raise SystemExit(f"{' '.join(command)} failed with exit status {code}")
    return seconds, peak, processor


ROUNDS = 5
"""Runs a warm or one-changed figure is the median of."""


def median_runs(command: list[str], cwd: Path, before=None) -> tuple[float, float]:
    """Median wall and processor seconds of ROUNDS runs of ``command``,
    ``before(round)`` called ahead of each (not timed)."""
    walls, processors = [], []
    for round_ in range(ROUNDS):
        if before is not None:
            before(round_)
        wall, _, processor = run_timed(command, cwd)
        walls.append(wall)
        processors.append(processor)
    return statistics.median(walls), statistics.median(processors)


def check_figures(root: Path) -> dict[str, float]:
    """The checks a pre-commit hook runs, on the project at ``root``: seconds
    and peak KiB of a cold check, and the medians (wall and processor) of a
    warm one and of one after a spec changed (another spec each run), the
    same of ``translate status --check``, and of ``import yaml, pydantic``
    (the baseline of the same run). A spec's own work is the processor time
    a cold check spends per spec, all its processes together."""
    check = [sys.executable, "-m", "jdgen", "check", "--lang", ",".join(LANGUAGES)]
    status = [sys.executable, "-m", "jdgen", "translate", "status", "--check"]
    specs = sorted((root / "specs").glob("*.yaml"))

    def edit_one(offset: int):
        return lambda round_: edit_spec(specs[(len(specs) // 2 + offset + round_ * 7) % len(specs)],
                                        random.Random(len(specs) + round_))

    shutil.rmtree(root / ".jdgen-cache", ignore_errors=True)
    cold, cold_peak, cold_processor = run_timed(check, root)
    warm, warm_processor = median_runs(check, root)
    one, one_processor = median_runs(check, root, edit_one(0))
    status_cold, status_peak, status_processor = run_timed(status, root)
    status_warm, status_warm_processor = median_runs(status, root)
    status_one, status_one_processor = median_runs(status, root, edit_one(len(specs) // 3))
    _, baseline = median_runs([sys.executable, "-c", "import yaml, pydantic"], root)
    return {"cold": cold, "cold peak": cold_peak, "cold processor": cold_processor, "warm": warm,
            "warm processor": warm_processor, "one": one, "one processor": one_processor,
            "own work": cold_processor / len(specs), "status": status_cold, "status peak": status_peak,
            "status processor": status_processor, "status warm": status_warm,
            "status warm processor": status_warm_processor, "status one": status_one,
            "status one processor": status_one_processor, "status own work": status_processor / len(specs),
            "baseline": baseline}


def sample_contexts(root: Path, sample: int):
    """Contexts and properties of the first documents of the project (not timed)."""
    from jdgen.diagnostics import count_errors
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.jobspec.collection import load_specs
    from jdgen.labels import LabelSet
    from jdgen.localize import document_properties, localize
    from jdgen.project import PACKAGED_TEMPLATES

    files = sorted((root / "specs").glob("*.yaml"))[: max(1, sample // len(LANGUAGES))]
    entries, diagnostics, _ = load_specs(files, lambda path: path.name)
    assert not count_errors(diagnostics), diagnostics
    folder = PACKAGED_TEMPLATES / "default"
    labels = LabelSet.load(folder, "default")
    catalogs = CatalogFolder(root / "translations")
    documents = []
    for entry in entries:
        for language in LANGUAGES:
            context = localize(entry, labels, language, catalogs).context
            documents.append((context, document_properties(context, entry.spec)))
    return folder, documents


def per_document(function, documents) -> float:
    start = time.perf_counter()
    for context, properties in documents:
        function(context, properties)
    return (time.perf_counter() - start) / len(documents)


def docxtpl_seconds(folder: Path, documents) -> float:
    from docxtpl import DocxTemplate

    def render(context, _properties):
        template = DocxTemplate(folder / "form.docx")
        template.render(context, autoescape=True)
        template.save(io.BytesIO())

    return per_document(render, documents)


def floor_seconds(folder: Path, documents) -> tuple[float, float]:
    """The floor as the issue defines it (Jinja render of the parts, then the
    whole zip written with zipfile), and the same with jdgen's package writer,
    which compresses the template's unchanging parts once."""
    import zipfile

    from jdgen.render.template import PreparedTemplate

    template = PreparedTemplate.load(folder, "default")
    with zipfile.ZipFile(folder / "form.docx") as package:
        parts = {name: package.read(name) for name in package.namelist()}

    def rendered(context):
        return {name: part.render(context).encode("utf-8") for name, part in template.compiled.items()}

    def with_zipfile(context, _properties):
        with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in {**parts, **rendered(context)}.items():
                package.writestr(name, data)

    def with_writer(context, properties):
        template.writer.write(rendered(context), properties)

    return per_document(with_zipfile, documents), per_document(with_writer, documents)


def edit_spec(path: Path, rng: random.Random) -> None:
    """Edit a synthetic spec as a reviewer would: a word in the summary, a duty
    dropped, a relationship added, one more person."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    summary = spec["summary"]
    at = rng.randrange(len(summary["zh"]))
    spec["summary"] = {"zh": summary["zh"][:at] + "及时" + summary["zh"][at:], "en": "Promptly: " + summary["en"]}
    items = spec["duties"][0]["items"]
    if len(items) > 1:
        del items[rng.randrange(len(items))]
    spec["relationships"]["external"].insert(0, {"zh": "监管机构", "en": "Regulators"})
    spec["basic"]["headcount"] += 1
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def redline_seconds(root: Path, count: int) -> tuple[float, float]:
    """Seconds to write the redlines of ``count`` edited positions, and to build those documents."""
    make_project(root, count)
    environment = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
                   "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com"}
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "before"]):
        subprocess.run(["git", *command], cwd=root, env=environment, check=True)
    rng = random.Random(count)
    for path in sorted((root / "specs").glob("*.yaml")):
        edit_spec(path, rng)
    languages = ["--lang", ",".join(LANGUAGES)]
    diff, _ = run_measured([sys.executable, "-m", "jdgen", "diff", "--since", "HEAD", *languages], root)
    build, _ = run_measured([sys.executable, "-m", "jdgen", "build", "-q", "-j", "1", "--force", *languages], root)
    return diff, build


def startup_ratio(root: Path, spec: Path, repeats: int = 7) -> dict[str, tuple[float, float]]:
    """Median wall and processor seconds of ``jdgen check SPEC`` with nothing
    cached (no ``.jdgen-cache``, an empty user cache: the template is checked
    from scratch), with the user's cache only (a fresh clone of a project
    whose form this user has checked before), with both caches, and of
    ``python -c "import yaml, pydantic"``: by case, ``cold``, ``user``,
    ``warm`` and ``import``."""
    users = root.parent / f"{root.name}-user-cache"

    def median(command: list[str], cold: bool = False, fresh_user: bool = False) -> tuple[float, float]:
        walls, processors = [], []
        for _ in range(repeats):
            if cold:
                shutil.rmtree(root / ".jdgen-cache", ignore_errors=True)
            if fresh_user:
                shutil.rmtree(users, ignore_errors=True)
            wall, _, processor = run_timed(command, root, {"JDGEN_CACHE_DIR": str(users)})
            walls.append(wall)
            processors.append(processor)
        return statistics.median(walls), statistics.median(processors)

    check = [sys.executable, "-m", "jdgen", "check", "--lang", "zh", str(spec)]
    return {"cold": median(check, cold=True, fresh_user=True), "user": median(check, cold=True),
            "warm": median(check), "import": median([sys.executable, "-c", "import yaml, pydantic"])}


def import_ratio(root: Path, count: int, jobs: int) -> tuple[float, float]:
    """Build ``count`` specs' Chinese documents, then import them all into a
    project of their own (``jdgen import``, one process; in the built project
    their ids are taken): (build s, import s)."""
    make_project(root, count)
    build, _ = run_measured([sys.executable, "-m", "jdgen", "build", "-q", "-j", str(jobs), "--lang", "zh"], root)
    documents = sorted(str(path) for path in (root / "output" / "zh").glob("*.docx"))
    apart = root.parent / f"{root.name}-imported"
    (apart / "specs").mkdir(parents=True)
    imported, _ = run_measured([sys.executable, "-m", "jdgen", "import", *documents], apart)
    return build, imported


PARTS = ("shared", "import", "redline")
"""The parts after the sizes' own figures that ``--skip`` can leave out."""


def per_size(name: str, size: int) -> str:
    """A figure measured at each N, named with its N."""
    return f"{name} (N={size})"


def target_of(name: str) -> tuple[str, float]:
    """The target of a figure, named with its N or not."""
    return TARGETS[name.split(" (N=")[0]]


def run_as_installed(scratch: Path) -> None:
    """Run every jdgen child as an installed jdgen runs: with its modules'
    bytecode written once and read after (pip compiles it on install; a
    ``PYTHONDONTWRITEBYTECODE`` in the environment would have each child
    compile jdgen again), kept in ``scratch``; and with a user cache of its
    own there, which the first check fills (so a "cold" check further on is
    a fresh clone's: no ``.jdgen-cache``, the form known to this user)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    os.environ["JDGEN_CACHE_DIR"] = str(scratch / "user-cache")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated numbers of specs")
    parser.add_argument("--sample", type=int, default=60, help="documents rendered the docxtpl way and for the floor")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--import-documents", type=int, default=200,
                        help="documents built, then imported back (jdgen import); 0 to skip")
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {', '.join(PARTS)}")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    skipped = {part for part in arguments.skip.split(",") if part}
    if skipped - set(PARTS):
        parser.error(f"--skip takes {', '.join(PARTS)}")
    ratios: dict[str, float] = {}
    peaks: dict[int, int] = {}
    checks: dict[int, dict[str, float]] = {}
    print(f"jdgen benchmark: {arguments.jobs} jobs, languages {','.join(LANGUAGES)}, sample {arguments.sample}")
    with tempfile.TemporaryDirectory() as scratch:
        run_as_installed(Path(scratch))
        for size in sizes:
            root = Path(scratch) / f"n{size}"
            make_project(root, size)
            documents = size * len(LANGUAGES)
            build = [sys.executable, "-m", "jdgen", "build", "-q", "-j", str(arguments.jobs),
                     "--lang", ",".join(LANGUAGES)]
            full, peak, full_processor = run_timed(build, root)
            noop, _ = run_measured(build, root)
            peaks[size] = peak
            folder, sample = sample_contexts(root, arguments.sample)
            docxtpl = docxtpl_seconds(folder, sample)
            floor, floor_writer = floor_seconds(folder, sample)
            per_doc = full / documents
            print(f"\nN={size}: {documents} documents")
            print(f"  full build      {full:8.2f} s  {documents / full:8.1f} docs/s  peak {peak / 1024:6.1f} MiB  "
                  f"processor {full_processor:.2f} s")
            print(f"  no-op rebuild   {noop:8.2f} s  ({noop / full:.1%} of the full build)")
            print(f"  docxtpl way     {docxtpl * 1000:8.2f} ms/doc (one process, sample of {len(sample)})")
            print(f"  floor           {floor * 1000:8.2f} ms/doc (Jinja render + zip write, one process)")
            print(f"  floor, jdgen's zip writer {floor_writer * 1000:.2f} ms/doc (static parts compressed once)")
            print(f"  ratios: throughput {docxtpl / per_doc:.1f}x docxtpl; "
                  f"per core {per_doc * arguments.jobs / floor:.2f}x floor; no-op {noop / full:.3f}")
            ratios["throughput vs docxtpl"] = docxtpl / per_doc
            ratios["build per core vs floor"] = per_doc * arguments.jobs / floor
            ratios["no-op rebuild vs full build"] = noop / full
            checks[size] = figures = check_figures(root)
            baseline = figures["baseline"]
            print(f"  check, cold     {figures['cold']:8.2f} s  ({figures['cold'] / full:.3f} of the full build)  "
                  f"peak {figures['cold peak'] / 1024:6.1f} MiB  processor {figures['cold processor']:.2f} s "
                  f"({figures['cold processor'] / full_processor:.3f} of the build's)")
            print(f"  check, warm     {figures['warm']:8.2f} s  ({figures['warm'] / figures['cold']:.3f} of cold)  "
                  f"processor {figures['warm processor']:.2f} s ({figures['warm processor'] / baseline:.1f}x "
                  f"import yaml+pydantic, {baseline:.2f} s)")
            print(f"  check, one spec changed {figures['one']:.2f} s  processor {figures['one processor']:.2f} s "
                  f"({figures['one processor'] / baseline:.1f}x the import; its own work about "
                  f"{figures['own work']:.3f} s)")
            print(f"  status --check  {figures['status']:8.2f} s  ({figures['status'] / full:.3f} of the full build)  "
                  f"peak {figures['status peak'] / 1024:6.1f} MiB  processor {figures['status processor']:.2f} s "
                  f"({figures['status processor'] / full_processor:.3f} of the build's)")
            print(f"  status, warm    {figures['status warm']:8.2f} s  "
                  f"({figures['status warm'] / figures['status']:.3f} of cold)  "
                  f"processor {figures['status warm processor']:.2f} s")
            print(f"  status, one spec changed {figures['status one']:.2f} s  "
                  f"processor {figures['status one processor']:.2f} s "
                  f"(its own work about {figures['status own work']:.3f} s)")
            print(f"  (warm and one spec changed: medians of {ROUNDS} runs, each changing another spec)")
            for name, value in {
                "cold check vs full build": figures["cold"] / full,
                "cold check vs full build, processor": figures["cold processor"] / full_processor,
                "cold status --check vs full build": figures["status"] / full,
                "cold status vs full build, processor": figures["status processor"] / full_processor,
                "warm check (s)": figures["warm"],
                "warm check, processor (s)": figures["warm processor"],
                "warm check vs cold check": figures["warm"] / figures["cold"],
                "one spec changed: check (s) less its own work": figures["one"] - figures["own work"],
                "one spec changed: check processor (s) less its own work":
                    figures["one processor"] - figures["own work"],
                "warm status --check (s)": figures["status warm"],
                "warm status vs cold status": figures["status warm"] / figures["status"],
                "one spec changed: status (s) less its own work": figures["status one"] - figures["status own work"],
                "one spec changed: status processor (s) less its own work":
                    figures["status one processor"] - figures["status own work"],
                "check peak (MiB)": figures["cold peak"] / 1024,
                "status peak (MiB)": figures["status peak"] / 1024,
            }.items():
                ratios[per_size(name, size)] = value
        if "shared" not in skipped:
            shared_shape(Path(scratch), size, arguments.jobs, root, full, ratios)
        starts = startup_ratio(root, next((root / "specs").glob("*.yaml")))
        print()
        for index, kind in enumerate(("wall", "processor")):
            cold, user, warm, baseline = (starts[case][index] * 1000 for case in ("cold", "user", "warm", "import"))
            print(f"check start-up ({kind})  {cold:.0f} ms with nothing cached, {user:.0f} ms with the user's "
                  f"cache only, {warm:.0f} ms with both caches, against import yaml+pydantic {baseline:.0f} ms")
        for case, wall, processor in (
                ("cold", "check start-up vs import yaml+pydantic",
                 "check start-up, processor, vs import yaml+pydantic"),
                ("user", "check start-up, user cache only, vs import",
                 "check start-up, user cache only, processor, vs import"),
                ("warm", "check start-up, cache warm, vs import", "check start-up, cache warm, processor, vs import")):
            ratios[wall] = starts[case][0] / starts["import"][0]
            ratios[processor] = starts[case][1] / starts["import"][1]
        if arguments.import_documents and "import" not in skipped:
            count = arguments.import_documents
            build, imported = import_ratio(Path(scratch) / "import", count, arguments.jobs)
            print(f"\nimport of {count} documents {imported:.2f} s ({count / imported:.1f} docs/s); "
                  f"their build (zh) {build:.2f} s")
            ratios["import vs build of the same specs"] = imported / build
        if "redline" not in skipped:
            positions = min(REDLINE_POSITIONS, sizes[-1])
            redlines, builds = redline_seconds(Path(scratch) / "redline", positions)
            print(f"redlines of {positions} changed positions {redlines:.2f} s against building them {builds:.2f} s"
                  f" ({positions * len(LANGUAGES)} documents, one process each)")
            ratios["redlines vs building them"] = redlines / builds
        if 100 in peaks and 1000 in peaks:
            ratios["peak memory 1000 vs 100"] = peaks[1000] / peaks[100]
        if 1000 in checks and sizes[-1] > 1000:
            last = checks[sizes[-1]]
            ratios["check peak memory last N vs 1000"] = last["cold peak"] / checks[1000]["cold peak"]
            ratios["status peak memory last N vs 1000"] = last["status peak"] / checks[1000]["status peak"]
            ratios["build peak memory last N vs 1000"] = peaks[sizes[-1]] / peaks[1000]
    print(f"\nTargets (last N = {sizes[-1]}, where no N is named):")
    for name, value in ratios.items():
        relation, target = target_of(name)
        met = value >= target if relation == ">=" else value <= target
        print(f"  {name:68s} {value:7.3f}  target {relation} {target}  {'met' if met else 'NOT MET'}")


if __name__ == "__main__":
    main()

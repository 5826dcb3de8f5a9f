"""jdgen's benchmark: build speed, incrementality, memory and start-up,
each reported as a ratio against a baseline measured in the same run.

    python bench/run.py                 # N = 10, 100, 1000
    python bench/run.py --sizes 10 --sample 4

For each N it generates N synthetic specs by varying the example (text
lengths, list sizes; English inline), then measures in separate processes:
the full build (``jdgen build``, all cores), a no-op rebuild, and the peak
memory (largest process); and in this process, on a sample of the same
documents: the documented docxtpl way (a new DocxTemplate per document) and
the floor (Jinja render of the prepared parts plus the zip write, with
zipfile as the issue defines it, and with jdgen's own package writer).
Then, on up to 100 of the specs committed to git and edited, the redlines
of every changed position (``jdgen diff --since HEAD``) against building
the same documents (``jdgen build --force``), both in one process.
"""

from __future__ import annotations

import argparse
import io
import os
import random
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
    "check start-up vs import yaml+pydantic": ("<=", 1.5),
    "peak memory 1000 vs 100": ("<=", 1.5),
    "redlines vs building them": ("<=", 3.0),
}
REDLINE_POSITIONS = 100


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
    return spec


def make_project(root: Path, count: int) -> None:
    example = yaml.safe_load((REPO / "specs/bcm-001.yaml").read_text(encoding="utf-8"))
    english = english_of()
    (root / "specs").mkdir(parents=True)
    for index in range(count):
        text = yaml.safe_dump(synthetic_spec(example, english, index), allow_unicode=True, sort_keys=False)
        (root / "specs" / f"syn-{index:05d}.yaml").write_text(text, encoding="utf-8")


def run_measured(command: list[str], cwd: Path) -> tuple[float, int]:
    """Run ``command`` in a child; return wall seconds and the peak RSS (KiB)
    of its largest process, measured by a wrapper so runs do not mix."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
    )
    output = subprocess.run([sys.executable, "-c", wrapper, *command], cwd=cwd, capture_output=True, text=True,
                            check=True).stdout.split()
    seconds, peak, code = float(output[-3]), int(output[-2]), int(output[-1])
    if code not in (0,):
        raise SystemExit(f"{' '.join(command)} failed with exit status {code}")
    return seconds, peak


def sample_contexts(root: Path, sample: int):
    """Contexts and properties of the first documents of the project (not timed)."""
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.labels import LabelSet
    from jdgen.localize import document_properties, localize
    from jdgen.project import PACKAGED_TEMPLATES
    from jdgen.spec.collection import load_specs

    files = sorted((root / "specs").glob("*.yaml"))[: max(1, sample // len(LANGUAGES))]
    entries, diagnostics, _ = load_specs(files, lambda path: path.name)
    assert not diagnostics, diagnostics
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


def startup_ratio(root: Path, spec: Path, repeats: int = 7) -> tuple[float, float]:
    def median(command: list[str]) -> float:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command, cwd=root, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    check = median([sys.executable, "-m", "jdgen", "check", "--lang", "zh", str(spec)])
    baseline = median([sys.executable, "-c", "import yaml, pydantic"])
    return check, baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated numbers of specs")
    parser.add_argument("--sample", type=int, default=60, help="documents rendered the docxtpl way and for the floor")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    ratios: dict[str, float] = {}
    peaks: dict[int, int] = {}
    print(f"jdgen benchmark: {arguments.jobs} jobs, languages {','.join(LANGUAGES)}, sample {arguments.sample}")
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            root = Path(scratch) / f"n{size}"
            make_project(root, size)
            documents = size * len(LANGUAGES)
            build = [sys.executable, "-m", "jdgen", "build", "-q", "-j", str(arguments.jobs), "--lang", ",".join(LANGUAGES)]
            full, peak = run_measured(build, root)
            noop, _ = run_measured(build, root)
            peaks[size] = peak
            folder, sample = sample_contexts(root, arguments.sample)
            docxtpl = docxtpl_seconds(folder, sample)
            floor, floor_writer = floor_seconds(folder, sample)
            per_doc = full / documents
            print(f"\nN={size}: {documents} documents")
            print(f"  full build      {full:8.2f} s  {documents / full:8.1f} docs/s  peak {peak / 1024:6.1f} MiB")
            print(f"  no-op rebuild   {noop:8.2f} s  ({noop / full:.1%} of the full build)")
            print(f"  docxtpl way     {docxtpl * 1000:8.2f} ms/doc (one process, sample of {len(sample)})")
            print(f"  floor           {floor * 1000:8.2f} ms/doc (Jinja render + zip write, one process)")
            print(f"  floor, jdgen's zip writer {floor_writer * 1000:.2f} ms/doc (static parts compressed once)")
            print(f"  ratios: throughput {docxtpl / per_doc:.1f}x docxtpl; "
                  f"per core {per_doc * arguments.jobs / floor:.2f}x floor; no-op {noop / full:.3f}")
            ratios["throughput vs docxtpl"] = docxtpl / per_doc
            ratios["build per core vs floor"] = per_doc * arguments.jobs / floor
            ratios["no-op rebuild vs full build"] = noop / full
        check, baseline = startup_ratio(root, next((root / "specs").glob("*.yaml")))
        print(f"\ncheck start-up  {check * 1000:.0f} ms against import yaml+pydantic {baseline * 1000:.0f} ms")
        ratios["check start-up vs import yaml+pydantic"] = check / baseline
        positions = min(REDLINE_POSITIONS, sizes[-1])
        redlines, builds = redline_seconds(Path(scratch) / "redline", positions)
        print(f"redlines of {positions} changed positions {redlines:.2f} s against building them {builds:.2f} s"
              f" ({positions * len(LANGUAGES)} documents, one process each)")
        ratios["redlines vs building them"] = redlines / builds
        if 100 in peaks and 1000 in peaks:
            ratios["peak memory 1000 vs 100"] = peaks[1000] / peaks[100]
    print(f"\nTargets (last N = {sizes[-1]}):")
    for name, value in ratios.items():
        relation, target = TARGETS[name]
        met = value >= target if relation == ">=" else value <= target
        print(f"  {name:42s} {value:7.3f}  target {relation} {target}  {'met' if met else 'NOT MET'}")


if __name__ == "__main__":
    main()

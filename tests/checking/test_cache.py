"""``jdgen check`` and ``jdgen translate status`` with their caches print
exactly what they print without one.

A hypothesis state machine edits the example project the way its users do
(spec texts edited, broken and reverted, ids and titles changed, specs
added, removed, renamed, touched and given a taken id, positions linked by
id, to an unknown one and in a reporting cycle, a title in words that is
another position's, a linked title changed, the shared file edited and
broken, catalog entries edited, marked fuzzy or cleared, labels changed and
broken, the settings' source language changed, the glossary edited and
broken, the caches deleted or corrupted, time passing so that the files'
stamps vouch for them) and checks
it (``check``, ``translate status`` with or without ``--check``, or its
``--json``), the whole set or one spec, in some languages. After every step,
a command with its cache prints what the same command with no cache
(``.jdgen-cache`` moved aside) prints, and exits alike; the cache of the
first goes on to the next step.

``JDGEN_STATEFUL_EXAMPLES`` sets how many random sequences run (default 10).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from jdgen.checking import scan, set_verdicts
from jdgen.checking.cache import (
    CACHE_FILE,
    CACHE_FOLDER,
    EVERY_RUN,
    STATUS_FILE,
    TEMPLATES_FILE,
    every_run_pieces,
    every_run_read,
)
from jdgen.cli import main
from jdgen.settings import SETTINGS_FILE
from tests.conftest import copy_example
from tests.edited_project import CHANGES, change_catalog_entry, edited_project

EXAMPLES = int(os.environ.get("JDGEN_STATEFUL_EXAMPLES", "10"))
LANGUAGE_SETS = [["zh"], ["en"], ["zh", "en"]]
SPEC_EDITS = {  # an edit of each shipped spec's text, one that makes it invalid, one that touches what others see
    "text": ("physical: 健康,能适应加班", "physical: 健康,能适应加班{n}"),
    "invalid": ("headcount: 1", "headcount: many"),
    "title": ("title: 客户经理", "title: 客户经理{n}"),
    "id": ("id: BCM-001", "id: BCM-9{n}"),
}
CATALOG_ENTRIES = ["客户经理", "综合柜员", "电脑"]
COMMANDS = [["check"], ["translate", "status"], ["translate", "status", "--check"],
            ["translate", "status", "--json"]]
GLOSSARIES = ["terms:\n  - {zh: 客户经理, en: Customer Manager}\n", "terms:\n  - {zh: 电脑, en: PC}\n",
              "terms: [\n", "terms:\n  - {zh: 客户经理}\n"]


def _jdgen(root: Path, *args: str):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


class EditAndCheck(RuleBasedStateMachine):
    """One project, edited and checked step by step."""

    def __init__(self) -> None:
        super().__init__()
        self.scratch, self.root, self.originals = edited_project("jdgen-check-cache-")
        self.edits = 0
        self.added: list[Path] = []
        self.arguments = ["check"]
        self.settled_before = 0
        """Files last changed before this time (ns) are settled: their stamps vouch for them."""

    def teardown(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)
        scan.settled = set_verdicts.settled = SETTLED

    def _settled(self, found: list[int]) -> bool:
        return max(found[1], found[2]) < self.settled_before or SETTLED(found)

    def _fresh(self) -> int:
        self.edits += 1
        return self.edits

    def _replace_line(self, path: Path, start: str, line: str) -> None:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            old = next((each for each in text.splitlines() if each.startswith(start)), None)
            if old is not None:
                path.write_text(text.replace(old, line, 1), encoding="utf-8")

    @initialize()
    def start(self) -> None:
        _jdgen(self.root, "check")

    # -- specs

    @rule(kind=st.sampled_from(sorted(SPEC_EDITS)), which=st.integers(0, 10))
    def edit_a_spec(self, kind: str, which: int) -> None:
        candidates = [self.root / "specs/bcm-001.yaml", *self.added]
        path = candidates[which % len(candidates)]
        old, new = SPEC_EDITS[kind]
        self._replace_line(path, old.split(":")[0], new.format(n=self._fresh()))

    @rule(spec=st.sampled_from(["specs/bcm-001.yaml", "specs/tlr-010.yaml"]))
    def revert_a_spec(self, spec: str) -> None:
        (self.root / spec).write_bytes(self.originals[self.root / spec])

    @rule(same_id=st.booleans())
    def add_a_spec(self, same_id: bool) -> None:
        number = 100 + self._fresh()
        path = self.root / f"specs/bcm-{number}.yaml"
        text = self.originals[self.root / "specs/bcm-001.yaml"].decode("utf-8")
        path.write_text(text if same_id else text.replace("id: BCM-001", f"id: BCM-{number}"), encoding="utf-8")
        self.added.append(path)

    @rule(which=st.integers(0, 10))
    def remove_a_spec(self, which: int) -> None:
        candidates = [*self.added, self.root / "specs/tlr-010.yaml"]
        candidates[which % len(candidates)].unlink(missing_ok=True)

    @rule(which=st.integers(0, 10), folder=st.sampled_from(["specs", "specs/moved"]))
    def rename_a_spec(self, which: int, folder: str) -> None:
        candidates = [self.root / "specs/tlr-010.yaml", *self.added]
        old = candidates[which % len(candidates)]
        if old.exists():
            new = self.root / folder / f"renamed-{self._fresh()}.yaml"
            new.parent.mkdir(exist_ok=True)
            old.rename(new)
            self.added.append(new)

    @rule(which=st.integers(0, 10))
    def touch_a_spec(self, which: int) -> None:
        """A spec written again with the same bytes (its stamp changes, its digest does not)."""
        candidates = [self.root / "specs/bcm-001.yaml", *self.added]
        path = candidates[which % len(candidates)]
        if path.exists():
            path.write_bytes(path.read_bytes())

    @rule()
    def time_passes(self) -> None:
        """The files changed so far are settled (as they are a while after
        their last change), and those changed from now on are not."""
        self.settled_before = time.time_ns()
        time.sleep(0.03)  # past the file system clock's tick: a later change has later times
        scan.settled = set_verdicts.settled = self._settled

    @rule(which=st.integers(0, 10), superior=st.sampled_from(["TLR-010", "BCM-001", "TLR-999", "BCM-101"]))
    def link_a_position(self, which: int, superior: str) -> None:
        """A spec names another position as its superior, by id (maybe one
        that does not exist, or one that makes a reporting cycle)."""
        candidates = [self.root / "specs/tlr-010.yaml", *self.added]
        self._replace_line(candidates[which % len(candidates)], "  reports_to:",
                           f"  reports_to: {{position: {superior}}}")

    @rule(which=st.integers(0, 10))
    def name_a_position_in_words(self, which: int) -> None:
        """A spec names its superior by another position's title, in words."""
        candidates = [self.root / "specs/tlr-010.yaml", *self.added]
        self._replace_line(candidates[which % len(candidates)], "  reports_to:", "  reports_to: 客户经理")

    @rule(tools=st.sampled_from(["[电脑]", "[电脑, 打印机]", "[]", "[电脑", "many"]))
    def change_the_shared_file(self, tools: str) -> None:
        self._replace_line(self.root / "shared/branch.yaml", "tools:", f"tools: {tools}")

    # -- catalog, labels, settings

    @rule(msgid=st.sampled_from(CATALOG_ENTRIES), change=st.sampled_from(CHANGES))
    def change_a_catalog_entry(self, msgid: str, change: str) -> None:
        change_catalog_entry(self.root / "translations/en.po", msgid, change, self._fresh())

    @rule()
    def restore_the_catalog(self) -> None:
        (self.root / "translations/en.po").write_bytes(self.originals[self.root / "translations/en.po"])

    @rule(broken=st.booleans())
    def change_a_label(self, broken: bool) -> None:
        line = "summary: [职位概要" if broken else f"summary: {{zh: 职位概要, en: Summary {self._fresh()}}}"
        self._replace_line(self.root / "templates/default/labels.yaml", "summary:", line)

    @rule(glossary=st.sampled_from(GLOSSARIES))
    def change_the_glossary(self, glossary: str) -> None:
        (self.root / "translations/glossary.yaml").write_text(glossary, encoding="utf-8")

    @rule(language=st.sampled_from(["zh", "en"]))
    def change_the_source_language(self, language: str) -> None:
        (self.root / SETTINGS_FILE).write_text(f'source_language = "{language}"\n', encoding="utf-8")

    # -- the cache itself

    @rule(how=st.sampled_from(["delete", "garbage", "truncate", "wrong shape"]),
          name=st.sampled_from([CACHE_FILE, STATUS_FILE, *(Path(name).with_suffix(EVERY_RUN).name
                                                            for name in (CACHE_FILE, STATUS_FILE, TEMPLATES_FILE))]))
    def damage_the_cache(self, how: str, name: str) -> None:
        cache = self.root / CACHE_FOLDER / name
        if how == "delete":
            shutil.rmtree(self.root / CACHE_FOLDER, ignore_errors=True)
        elif cache.exists() and how == "garbage":
            cache.write_bytes(b"\x00not json")
        elif cache.exists() and how == "truncate":
            cache.write_bytes(cache.read_bytes()[: len(cache.read_bytes()) // 2])
        elif cache.exists() and cache.suffix == EVERY_RUN:
            cache.write_bytes(b"".join(every_run_pieces(_misshapen(every_run_read(cache.read_bytes())))))
        elif cache.exists():
            text = cache.read_text(encoding="utf-8")
            cache.write_text(re.sub(r'"(read|judged|names|sources|value)":', '"\\1":7,"x":', text), encoding="utf-8")

    # -- checking

    @rule(command=st.sampled_from(COMMANDS), languages=st.sampled_from(LANGUAGE_SETS), one_spec=st.booleans())
    def choose_what_to_check(self, command: list[str], languages: list[str], one_spec: bool) -> None:
        self.arguments = [*command, "--lang", ",".join(languages), *(["specs/bcm-001.yaml"] if one_spec else [])]

    @invariant()
    def a_cached_check_prints_what_a_cold_one_prints(self) -> None:
        arguments = [argument for argument in self.arguments if (self.root / argument).exists()
                     or not argument.startswith("specs/")]
        cached = _jdgen(self.root, *arguments)
        assert "Traceback" not in cached.output
        kept = self.scratch / "kept-cache"
        if (self.root / CACHE_FOLDER).exists():
            shutil.move(self.root / CACHE_FOLDER, kept)
        try:
            cold = _jdgen(self.root, *arguments)
        finally:
            shutil.rmtree(self.root / CACHE_FOLDER, ignore_errors=True)
            if kept.exists():
                shutil.move(kept, self.root / CACHE_FOLDER)
        assert (cached.output, cached.exit_code) == (cold.output, cold.exit_code)


SETTLED = scan.settled


def _misshapen(value):
    """``value`` (what a cache file holds) with 7 in place of each list of
    diagnostics, judgement and remembered value, as a cache of another shape
    would hold (the set's rows, each in its own marshal bytes, too)."""
    if isinstance(value, bytes):
        try:
            return marshal.dumps(_misshapen(marshal.loads(value)))
        except (ValueError, EOFError):
            return value  # bytes, not a row
    if isinstance(value, dict):
        return {key: 7 if key in ("read", "judged", "value") else _misshapen(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_misshapen(item) for item in value]
    return value


EditAndCheck.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=30, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_cached_check_equals_cold_check = EditAndCheck.TestCase


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path):
    root = copy_example(tmp_path / "project", every_spec=True)
    (root / "specs/tlr-010.yaml").write_text("id: TLR-010\ntitle: [\n", encoding="utf-8")
    cold = _jdgen(root, "check")
    shutil.rmtree(root / CACHE_FOLDER)
    (root / CACHE_FOLDER).write_text("a file where the cache folder goes", encoding="utf-8")
    blocked = _jdgen(root, "check")
    assert (blocked.output, blocked.exit_code) == (cold.output, cold.exit_code)
    assert "specs/tlr-010.yaml:3:1: error" in blocked.output


@pytest.mark.parametrize("command", [["check"], ["translate", "status", "--check"]])
def test_a_check_with_nothing_changed_reads_no_spec(tmp_path, command):
    """The second run takes every verdict from the cache: it imports
    neither the YAML reader nor the spec model, and prints the same."""
    root = copy_example(tmp_path / "project", every_spec=True)
    line = next(line for line in (root / "translations/en.po").read_text(encoding="utf-8").splitlines()
                if line.startswith('msgstr "') and line != 'msgstr ""')
    po = root / "translations/en.po"
    po.write_text(po.read_text(encoding="utf-8").replace(line, 'msgstr ""', 1), encoding="utf-8")
    first = _jdgen(root, *command)
    assert first.exit_code == 1 and "untranslated (en)" in first.output
    assert (root / CACHE_FOLDER / (CACHE_FILE if command == ["check"] else STATUS_FILE)).is_file()
    script = (f"import sys\nfrom jdgen.cli import main\ntry:\n    main({command!r})\nexcept SystemExit as end:\n"
              "    print(end.code, sorted({'yaml', 'pydantic', 'babel', 'jinja2'} & set(sys.modules)))\n")
    second = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True)
    assert second.stdout.split("\n")[-2] == "1 []"
    assert second.stdout[:-len("1 []\n")] + second.stderr == first.output


@pytest.mark.parametrize("command", [["check"], ["translate", "status", "--check"]])
def test_a_spec_changed_but_not_what_others_see_of_it_is_read_alone(tmp_path, monkeypatch, command):
    """With the set's record standing, a spec whose id, title and links are
    the same is the one file of the set read (no other spec, nor the specs'
    own records), and the check prints what a check without cache prints."""
    monkeypatch.setattr(scan, "SETTLED_NS", -1)  # every file settled: no need to wait for the clock
    root = copy_example(tmp_path / "project", every_spec=True)
    _jdgen(root, *command)
    spec = root / "specs/tlr-010.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("headcount: 1", "headcount: 2"), encoding="utf-8")
    read: set[Path] = set()
    for method in ("read_bytes", "read_text"):
        original = getattr(Path, method)
        monkeypatch.setattr(Path, method, lambda path, *args, _original=original, **kw: (
            read.add(path), _original(path, *args, **kw))[1])
    cached = _jdgen(root, *command)
    assert {path.name for path in read if path.parent.name == "specs" or path.suffix == ".json"} == {spec.name}
    shutil.rmtree(root / CACHE_FOLDER)
    cold = _jdgen(root, *command)
    assert (cached.output, cached.exit_code) == (cold.output, cold.exit_code)


def test_a_spec_changed_alone_is_checked_without_its_template(tmp_path):
    """A check that re-checks one spec whose texts are of XML's characters
    takes from the cache that its form renders every such spec alike: it
    loads neither the template nor Jinja, and prints what a check without
    cache prints."""
    root = copy_example(tmp_path / "project", every_spec=True)
    _jdgen(root, "check")
    _edit(root / "specs/tlr-010.yaml", "headcount: 6", "headcount: 7")
    script = ("import sys\nfrom jdgen.cli import main\ntry:\n    main(['check'])\nexcept SystemExit as end:\n"
              "    print(end.code, sorted({'yaml', 'jinja2', 'lxml'} & set(sys.modules)))\n")
    cached = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True)
    assert cached.stdout.split("\n")[-2] == "0 ['yaml']"  # the spec read, its form not loaded
    shutil.rmtree(root / CACHE_FOLDER)
    cold = _jdgen(root, "check")
    assert (cached.stdout[:-len("0 ['yaml']\n")] + cached.stderr, 0) == (cold.output, cold.exit_code)


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


SET_CHANGES = {  # what a change to the set does to the project at root
    "a spec added": lambda root: shutil.copy(root / "specs/bcm-001.yaml", root / "specs/bcm-002.yaml"),
    "a spec removed": lambda root: (root / "specs/tlr-010.yaml").unlink(),
    "a spec renamed": lambda root: (root / "specs/tlr-010.yaml").rename(root / "specs/tlr-011.yaml"),
    "an id taken twice": lambda root: _edit(root / "specs/tlr-010.yaml", "id: TLR-010", "id: BCM-001"),
    "a title another names": lambda root: _edit(root / "specs/bcm-001.yaml", "title: 客户经理", "title: 营业部主管"),
    "a link to an unknown id": lambda root: _edit(root / "specs/tlr-010.yaml", "position: BCM-001",
                                                  "position: BCM-999"),
    "a reporting cycle": lambda root: _edit(root / "specs/bcm-001.yaml", "reports_to: 支行行长",
                                            "reports_to: {position: TLR-010}"),
    "the shared file": lambda root: _edit(root / "shared/branch.yaml", "tools: [电脑]", "tools: [电脑, 打印机]"),
    "a spec touched": lambda root: _edit(root / "specs/bcm-001.yaml", "", ""),  # written again, the same bytes
    "a spec made invalid": lambda root: _edit(root / "specs/bcm-001.yaml", "headcount: 1", "headcount: many"),
    "a line above a link": lambda root: _edit(root / "specs/tlr-010.yaml", "title: 综合柜员", "title: 综合柜员\n"),
}


@pytest.mark.parametrize("change", sorted(SET_CHANGES))
@pytest.mark.parametrize("command", [["check"], ["translate", "status", "--check"]])
def test_a_change_to_the_set_is_seen_through_the_sets_record(tmp_path, monkeypatch, command, change):
    """Each change that the set's record must notice (or re-check one spec
    for), made after a check that left it standing: the next check prints
    what a check without cache prints."""
    monkeypatch.setattr(scan, "SETTLED_NS", -1)
    root = copy_example(tmp_path / "project", every_spec=True)
    _edit(root / "specs/tlr-010.yaml", "reports_to: 营业部主管", "reports_to: {position: BCM-001}")  # a link
    _jdgen(root, *command)
    _jdgen(root, *command)
    time.sleep(0.03)  # past the file system clock's tick: the change has later times
    SET_CHANGES[change](root)
    cached = _jdgen(root, *command)
    shutil.rmtree(root / CACHE_FOLDER)
    cold = _jdgen(root, *command)
    assert (cached.output, cached.exit_code) == (cold.output, cold.exit_code)


def _spec_record(index: int) -> dict:
    """A spec's record as a check of a synthetic spec keeps it."""
    return {"digest": f"{index:064x}", "language": "zh", "sources": {},
            "entry": {"spec_id": f"SYN-{index:05d}", "title": {"zh": f"客户经理 {index}", "en": f"Manager {index}"},
                      "source_language": "zh", "path": f"specs/syn-{index:05d}.yaml", "links": []},
            "names": [["words", "支行行长支行行长", "zh"], ["words", "客户专员", "zh"]],
            "stamp": [18073, 1796652257751943297, 1796652257751943297, index], "key": f"{index:064x}",
            "read": [], "valid": True, "id": f"SYN-{index:05d}", "id_at": [22, 5], "judged": [["en", 118, 0, 0, [], [], [], 0]]}


def test_saving_the_cache_takes_little_more_memory_per_spec(tmp_path):
    """The cache is written a spec's record at a time, never its whole
    text (some 4 KiB a spec at its peak when it was: the growth of a large
    set's check), and the set's record a row at a time (some 0.9 KiB a spec
    more at its peak when it was one ``marshal`` value); both read back as
    they were."""
    import tracemalloc

    from jdgen.checking.cache import CheckCache
    from jdgen.checking.set_record import stored_set

    def peak(count: int) -> int:
        cache = CheckCache(tmp_path / f"n{count}")
        (tmp_path / f"n{count}").mkdir()
        for index in range(count):
            cache.put(f"specs/syn-{index:05d}.yaml", _spec_record(index))
        cache.keep_set(stored_set("key", {"default": "key"}, {},
                                  [marshal.dumps(list(_spec_record(index).values())) for index in range(count)]))
        tracemalloc.start()
        try:
            cache.save()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            read = CheckCache(tmp_path / f"n{count}")
            assert [read.record(name) for name in read.specs] == [cache.record(name) for name in cache.specs]
            assert read.set == cache.set

    assert (peak(2500) - peak(500)) / 2000 < 256


def test_the_records_put_are_held_in_little_memory(tmp_path):
    """A check holds every spec's record to its end: each as its compact
    JSON (some 3 KiB a spec as objects when it was), read back as put."""
    import tracemalloc

    from jdgen.checking.cache import CheckCache

    cache = CheckCache(tmp_path)
    assert not cache.specs  # none yet: read before the measure
    tracemalloc.start()
    try:
        for index in range(2000):
            cache.put(f"specs/syn-{index:05d}.yaml", _spec_record(index))
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held / 2000 < 1024
    assert cache.record("specs/syn-01234.yaml") == _spec_record(1234)


def test_a_record_its_row_says_is_held_once(tmp_path):
    """A check of the whole set makes each spec's row of the set's record
    after its record: the record is then held as that row, where the row
    says it (some 0.7 KiB a spec more when both were held), and read and
    saved as it was put; one the row says otherwise is kept as put."""
    import json
    import tracemalloc
    from functools import partial

    from jdgen.checking.cache import CheckCache, InRow
    from jdgen.checking.set_record import SpecRow, spec_record, stored_row

    def row_of(record: dict) -> InRow:
        verdict = {name: record[name] for name in ("key", "read", "valid", "id", "id_at", "judged")}
        return InRow(stored_row(SpecRow(record["entry"]["path"], record["stamp"], record["digest"], record["template"],
                                        "default", record["entry"], record["names"], record["sources"], [], verdict)))

    names = [f"specs/syn-{index:05d}.yaml" for index in range(2000)]
    records = [{**_spec_record(index), "template": None} for index in range(2000)]
    cache = CheckCache(tmp_path)
    assert not cache.specs  # none yet: read before the measure
    tracemalloc.start()
    try:
        rows = [row_of(record) for record in records]
        for name, record in zip(names, records, strict=True):
            cache.put(name, record)
        both = tracemalloc.get_traced_memory()[0]
        for name, row in zip(names, rows, strict=True):
            cache.held_in_row(name, row, partial(spec_record, language="zh"))
        once = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert (both - once) / 2000 > 512
    cache.put("specs/other.yaml", records[7])
    cache.held_in_row("specs/other.yaml", row_of({**records[7], "digest": "0" * 64}), partial(spec_record, language="zh"))
    assert not isinstance(cache.specs["specs/other.yaml"], InRow)
    assert cache.record(names[1234]) == records[1234]
    cache.save()
    saved = json.loads(cache.path.read_bytes())["specs"]
    assert saved == {**dict(zip(names, records, strict=True)), "specs/other.yaml": records[7]}


@pytest.mark.parametrize("command", [["check"], ["translate", "status", "--check"]])
def test_a_check_of_the_set_holds_each_spec_as_its_row_alone(tmp_path, monkeypatch, command):
    """A check of the whole set makes each spec's row of the set's record
    as its verdict settles: when the set's record is made, the spec's record
    is held as its row, and no scan, digest nor stamp of it is (some 0.8 KiB
    a spec when the record of its scan, then of its verdict, was held in
    JSON and the scans to the end); what is printed and saved is the same."""
    from jdgen.checking.cache import InRow

    monkeypatch.setattr(scan, "SETTLED_NS", -1)
    root = copy_example(tmp_path / "project", every_spec=True)
    held: list[tuple[int, int, int, int, int]] = []
    original = set_verdicts.SetRows.record

    def record(rows, found, template_keys, context):
        scanner, specs = rows.scanner, rows.cache.specs
        held.append((len(found.specs), sum(isinstance(value, InRow) for value in specs.values()),
                     len(scanner.found), len(scanner.digests), len(scanner.settled_stamps)))
        return original(rows, found, template_keys, context)

    monkeypatch.setattr(set_verdicts.SetRows, "record", record)
    first = _jdgen(root, *command)
    (specs, rows, *scanned), = held
    assert specs > 1 and rows == specs and scanned == [0, 0, 0]
    assert _jdgen(root, *command).output == first.output
    shutil.rmtree(root / CACHE_FOLDER)
    assert _jdgen(root, *command).output == first.output

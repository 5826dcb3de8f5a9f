"""An incremental build always equals a clean build.

A hypothesis state machine edits the example project the way its users do
(spec texts edited and reverted, specs added and removed, a shared file
edited, positions linked by id, catalog entries edited, marked fuzzy or
cleared, labels and the template changed, a spec's form chosen in the spec
(``template:``) and specs mapped to a form in ``jdgen.toml``, catalogs updated and translations
imported, a spec added under an id another spec has, before or after it in
path order) and builds it, with and without ``--draft`` and ``--pdf`` (a
stand-in LibreOffice, tests/building/fake_office.py, whose PDF names its
document's digest), for any set of documents; some builds are interrupted
(Ctrl-C at the n-th document put in place, spec loaded, PDF run or at the
register). Files of the user's are in the output folder from the start (a
hidden ``*.tmp`` in a sub-folder and in a language folder, a ``.pdf-x``
folder, a PDF beside a document), and some are put where jdgen would write
(a PDF or a document of a spec to come), then handed over (deleted).

After every build that is not interrupted, each document and PDF of the
languages built is byte-identical to what a ``--force`` build of the same
inputs into an empty folder makes, and absent where that build makes none,
and so is the register of positions; both builds exit alike, except that a
file of the user's where the clean build writes is reported there
(``output-not-ours``) and makes the build exit 1. After every build,
interrupted or not, every file of the user's is as it was, byte for byte,
and no staging file is left.

``JDGEN_STATEFUL_EXAMPLES`` sets how many random sequences run (default 10);
a long campaign by hand: ``JDGEN_STATEFUL_EXAMPLES=200 pytest tests/building/test_incremental.py``.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from unittest import mock

from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from jdgen.building.manifest import MANIFEST_NAME, REGISTER_NAME
from jdgen.cli import main
from jdgen.output import is_staging_file
from tests.building import fake_office
from tests.edited_project import CHANGES, change_catalog_entry, edited_project

EXAMPLES = int(os.environ.get("JDGEN_STATEFUL_EXAMPLES", "10"))
DOCUMENT_SETS = [["zh"], ["en"], ["zh+en"], ["zh", "en"], ["en", "zh+en"], ["zh", "en", "zh+en"]]
SPEC_TEXTS = {  # a text of each shipped spec that an edit changes, and a catalog entry each uses
    "specs/bcm-001.yaml": "physical: 健康,能适应加班",
    "specs/tlr-010.yaml": "physical: 身体健康,能长时间坐姿工作",
}
CATALOG_ENTRIES = ["客户经理", "综合柜员", "电脑"]
LABEL = "summary: {zh: 职位概要, en: Position Summary}"
USER_FILES = {  # files of the user's that no build may touch
    "archive/.budget.xlsx.tmp": b"budget", "archive/notes.txt": b"notes", ".pdf-x/kept.pdf": b"kept",
    "zh/.mine.tmp": b"mine", "zh/.BCM-001.docx.k2x9q1zw.tmp": b"like an old staging file",
    "en/TLR-010-signed.pdf": b"signed",
}
IN_THE_WAY = [  # paths where jdgen may come to write, for a file of the user's to be put in the way
    "zh/TLR-010.pdf", "en/BCM-001.pdf", "bilingual/BCM-001.docx", "draft/en/TLR-010.docx", "zh/BCM-101.docx",
]
INTERRUPTIONS = ["jdgen.building.commit:put_in_place", "jdgen.building.produce:Producer.run",
                 "jdgen.building.register:refresh", "jdgen.building.pdf:convert"]


def _jdgen(root: Path, *args: str):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _documents(folder: Path, languages: list[str], leave_out: set[str]) -> dict[str, bytes]:
    """The documents and PDFs of ``languages`` under an output folder, drafts
    included, less the user's files (``leave_out``)."""
    folders = {"bilingual" if "+" in language else language for language in languages}
    found = {}
    for path in folder.rglob("*") if folder.is_dir() else []:
        relative = path.relative_to(folder)
        parts = relative.parts[1:] if relative.parts[0] == "draft" else relative.parts
        if path.is_file() and path.name != MANIFEST_NAME and parts[0] in folders \
                and relative.as_posix() not in leave_out:
            found[relative.as_posix()] = path.read_bytes()
    return found


def _patched(target: str, on_call: int):
    """Patch ``module:Class.attribute`` to raise KeyboardInterrupt (Ctrl-C) on its ``on_call``-th call."""
    module, _, path = target.partition(":")
    *parents, name = path.split(".")
    owner = importlib.import_module(module)
    for parent in parents:
        owner = getattr(owner, parent)
    original, calls = getattr(owner, name), []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == on_call:
            raise KeyboardInterrupt
        return original(*args, **kwargs)
    return mock.patch.object(owner, name, interrupted)


class EditAndBuild(RuleBasedStateMachine):
    """One project, edited and built step by step."""

    def __init__(self) -> None:
        super().__init__()
        self.scratch, self.root, self.originals = edited_project("jdgen-incremental-")
        self.edits = 0
        self.added: list[Path] = []
        self.last_build: tuple[list[str], int, str] | None = None
        self.options: list[str] = []
        self.user_files = dict(USER_FILES)
        """The user's files in the output folder, and their bytes."""
        self.path = os.environ["PATH"]
        os.environ["PATH"] = f"{fake_office.install(self.scratch / 'bin')}{os.pathsep}{self.path}"

    def teardown(self) -> None:
        os.environ["PATH"] = self.path
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def _fresh(self) -> str:
        self.edits += 1
        return f"改{self.edits}"

    @initialize(duplicate=st.sampled_from([None, ("BCM-001", True), ("BCM-001", False), ("TLR-010", True)]))
    def start(self, duplicate: tuple[str, bool] | None) -> None:
        """The user's files, a first build, then (often) a spec under an id
        that a spec just built holds: the next builds find the holder current."""
        for name, data in USER_FILES.items():
            (self.root / "output" / name).parent.mkdir(parents=True, exist_ok=True)
            (self.root / "output" / name).write_bytes(data)
        assert _jdgen(self.root, "build", "-j", "1").exit_code == 0
        if duplicate:
            self.add_a_spec_under_a_taken_id(*duplicate)

    # -- specs

    @rule(spec=st.sampled_from(sorted(SPEC_TEXTS)))
    def edit_a_spec_text(self, spec: str) -> None:
        path = self.root / spec
        if path.exists():
            text = path.read_text(encoding="utf-8")
            line = next(line for line in text.splitlines() if line.startswith("physical:"))
            path.write_text(text.replace(line, SPEC_TEXTS[spec] + self._fresh()), encoding="utf-8")

    @rule(spec=st.sampled_from(sorted(SPEC_TEXTS)))
    def revert_a_spec(self, spec: str) -> None:
        (self.root / spec).write_bytes(self.originals[self.root / spec])

    @rule()
    def add_a_spec(self) -> None:
        number = 100 + self.edits
        self._fresh()
        path = self.root / f"specs/bcm-{number}.yaml"
        text = self.originals[self.root / "specs/bcm-001.yaml"].decode("utf-8")
        path.write_text(text.replace("id: BCM-001", f"id: BCM-{number}"), encoding="utf-8")
        self.added.append(path)

    @rule(taken=st.sampled_from(["BCM-001", "TLR-010"]), first=st.booleans())
    def add_a_spec_under_a_taken_id(self, taken: str, first: bool) -> None:
        """A copy of the other spec, claiming ``taken``, sorted before the specs or after them."""
        self._fresh()
        path = self.root / f"specs/{'a' if first else 'z'}-copy-{self.edits}.yaml"
        source, other = ("specs/tlr-010.yaml", "TLR-010") if taken == "BCM-001" else ("specs/bcm-001.yaml", "BCM-001")
        text = self.originals[self.root / source].decode("utf-8")
        path.write_text(text.replace(f"id: {other}", f"id: {taken}"), encoding="utf-8")
        self.added.append(path)

    @rule(which=st.integers(0, 10))
    def remove_a_spec(self, which: int) -> None:
        candidates = [*self.added, self.root / "specs/tlr-010.yaml"]
        path = candidates[which % len(candidates)]
        path.unlink(missing_ok=True)

    @rule(tools=st.sampled_from(["[电脑]", "[电脑, 打印机]", "[]"]))
    def change_the_shared_file(self, tools: str) -> None:
        shared = self.root / "shared/branch.yaml"
        text = shared.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith("tools:"))
        shared.write_text(text.replace(line, f"tools: {tools}"), encoding="utf-8")

    @rule(which=st.integers(0, 10))
    def link_a_position(self, which: int) -> None:
        """An added spec names another position as its superior, by id."""
        if self.added:
            path = self.added[which % len(self.added)]
            if path.exists():
                text = path.read_text(encoding="utf-8")
                line = next(line for line in text.splitlines() if line.startswith("  reports_to:"))
                path.write_text(text.replace(line, "  reports_to: {position: TLR-010}"), encoding="utf-8")

    # -- catalog, labels, template

    @rule(msgid=st.sampled_from(CATALOG_ENTRIES), change=st.sampled_from(CHANGES))
    def change_a_catalog_entry(self, msgid: str, change: str) -> None:
        change_catalog_entry(self.root / "translations/en.po", msgid, change, self._fresh())

    @rule()
    def restore_the_catalog(self) -> None:
        (self.root / "translations/en.po").write_bytes(self.originals[self.root / "translations/en.po"])

    @rule()
    def change_a_label(self) -> None:
        labels = self.root / "templates/default/labels.yaml"
        text = labels.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith("summary:"))
        labels.write_text(text.replace(line, LABEL.replace("Position Summary", f"Summary {self._fresh()}")),
                          encoding="utf-8")

    @rule(percent=st.sampled_from([90, 100, 110]))
    def change_the_template(self, percent: int) -> None:
        form = self.root / "templates/default/form.docx"
        with zipfile.ZipFile(form) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        parts["word/settings.xml"] = re.sub(rb'w:percent="\d+"', f'w:percent="{percent}"'.encode(),
                                            parts["word/settings.xml"])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in parts.items():
                package.writestr(name, data)
        form.write_bytes(buffer.getvalue())

    @rule(spec=st.sampled_from(sorted(SPEC_TEXTS)), form=st.sampled_from([None, "default", "corporate"]))
    def choose_a_spec_s_form(self, spec: str, form: str | None) -> None:
        """The spec names its own form (``template:``), or names none."""
        path = self.root / spec
        if path.exists():
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("template:")]
            at = next(number for number, line in enumerate(lines) if line.startswith("id:")) + 1
            lines[at:at] = [f"template: {form}"] if form else []
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @rule(mapped=st.booleans())
    def map_added_specs_to_a_form(self, mapped: bool) -> None:
        """jdgen.toml maps the added specs (``bcm-1*``) to the corporate form, or maps nothing."""
        settings = self.root / "jdgen.toml"
        settings.write_text('[[forms]]\nspecs = "specs/bcm-1*.yaml"\ntemplate = "corporate"\n' if mapped else "",
                            encoding="utf-8")

    @rule()
    def update_the_catalog(self) -> None:
        _jdgen(self.root, "translate", "update")

    @rule()
    def import_translations(self) -> None:
        """What a translator does with an export of the work to do: fill every entry."""
        work = self.scratch / "todo.po"
        if _jdgen(self.root, "translate", "export", "--only-missing", "-o", str(work)).exit_code != 0:
            return
        blocks = work.read_text(encoding="utf-8").split("\n\n")
        filled = [blocks[0]] + [
            re.sub(r'^msgstr ""$', 'msgstr "translated"', "\n".join(
                line for line in block.splitlines() if not line.startswith(("#,", "#|"))), flags=re.M)
            for block in blocks[1:]
        ]
        work.write_text("\n\n".join(filled), encoding="utf-8")
        _jdgen(self.root, "translate", "import", str(work))

    # -- the user's files

    @rule(which=st.sampled_from(IN_THE_WAY))
    def put_a_file_in_the_way(self, which: str) -> None:
        """A file of the user's where jdgen may come to write, where nothing is yet."""
        path = self.root / "output" / which
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(f"the user's {which}".encode())
            self.user_files[which] = path.read_bytes()

    @rule(which=st.sampled_from(IN_THE_WAY))
    def hand_a_path_over(self, which: str) -> None:
        """The user moves a file that was in jdgen's way elsewhere."""
        if self.user_files.pop(which, None) is not None:
            (self.root / "output" / which).unlink()

    # -- building

    def _options(self, documents: list[str], draft: bool, pdf: bool) -> list[str]:
        return ["--lang", ",".join(documents), "-j", "1", *(["--draft"] if draft else []), *(["--pdf"] if pdf else [])]

    @rule(documents=st.sampled_from(DOCUMENT_SETS), draft=st.booleans(), pdf=st.booleans())
    def build(self, documents: list[str], draft: bool, pdf: bool) -> None:
        options = self._options(documents, draft, pdf)
        result = _jdgen(self.root, "build", *options)
        assert "Traceback" not in result.output
        self.last_build = (documents, result.exit_code, result.output)
        self.options = options

    @rule(documents=st.sampled_from(DOCUMENT_SETS), draft=st.booleans(), pdf=st.booleans(),
          where=st.sampled_from(INTERRUPTIONS), on_call=st.integers(1, 6))
    def interrupted_build(self, documents: list[str], draft: bool, pdf: bool, where: str, on_call: int) -> None:
        """Ctrl-C comes on the ``on_call``-th call of ``where`` (if the build gets so far)."""
        with _patched(where, on_call):
            result = _jdgen(self.root, "build", *self._options(documents, draft, pdf))
        assert result.exit_code in (0, 1, 130) and "Traceback" not in result.output
        self.last_build = None

    @invariant()
    def the_user_s_files_stay_and_no_staging_file_is_left(self) -> None:
        output = self.root / "output"
        assert {name: (output / name).read_bytes() for name in self.user_files} == self.user_files
        assert [path for path in output.rglob("*") if is_staging_file(path)] == []

    @precondition(lambda self: self.last_build is not None)
    @invariant()
    def the_output_is_what_a_clean_build_makes(self) -> None:
        documents, exit_code, output = self.last_build
        clean = Path(tempfile.mkdtemp(prefix="clean-", dir=self.scratch))
        try:
            result = _jdgen(self.root, "build", "--force", "-o", str(clean), *self.options)
            in_the_way = {name for name in self.user_files if (clean / name).exists()}
            reported = set(re.findall(r"^output/(\S+): error: .*\[output-not-ours\]$", output, re.M))
            assert reported == in_the_way
            assert exit_code == (1 if in_the_way else result.exit_code), result.output + output
            leave_out = set(self.user_files) | {str(Path(name).with_suffix(".pdf")) for name in in_the_way}
            incremental = _documents(self.root / "output", documents, leave_out)
            expected = _documents(clean, documents, leave_out)
            assert sorted(incremental) == sorted(expected)
            assert [name for name in expected if incremental[name] != expected[name]] == []
            register = [folder / REGISTER_NAME for folder in (self.root / "output", clean)]
            assert [path.read_bytes() if path.exists() else None for path in register].count(None) != 1
            if register[1].exists():
                assert register[0].read_bytes() == register[1].read_bytes()
        finally:
            shutil.rmtree(clean)
        self.last_build = None


EditAndBuild.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=30, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_incremental_build_equals_clean_build = EditAndBuild.TestCase

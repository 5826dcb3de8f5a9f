"""An incremental build always equals a clean build.

A hypothesis state machine edits the example project the way its users do
(spec texts edited and reverted, specs added and removed, a shared file
edited, positions linked by id, catalog entries edited, marked fuzzy or
cleared, labels and the template changed, catalogs updated and translations
imported) and builds it, with and without
``--draft``, for any set of documents. After every build, each document of
the languages built is byte-identical to what a ``--force`` build of the
same inputs into an empty folder makes, and absent where that build makes
none, and so is the register of positions; both builds exit alike.

``JDGEN_STATEFUL_EXAMPLES`` sets how many random sequences run (default 10);
a long campaign by hand: ``JDGEN_STATEFUL_EXAMPLES=200 pytest tests/test_incremental.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from jdgen.build.manifest import MANIFEST_NAME
from jdgen.cli import main
from jdgen.register import REGISTER_NAME
from tests.conftest import REPO, copy_example

EXAMPLES = int(os.environ.get("JDGEN_STATEFUL_EXAMPLES", "10"))
DOCUMENT_SETS = [["zh"], ["en"], ["zh+en"], ["zh", "en"], ["en", "zh+en"], ["zh", "en", "zh+en"]]
SPEC_TEXTS = {  # a text of each shipped spec that an edit changes, and a catalog entry each uses
    "specs/bcm-001.yaml": "physical: 健康,能适应加班",
    "specs/tlr-010.yaml": "physical: 身体健康,能长时间坐姿工作",
}
CATALOG_ENTRIES = ["客户经理", "综合柜员", "电脑"]
LABEL = "summary: {zh: 职位概要, en: Position Summary}"


def _jdgen(root: Path, *args: str):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _documents(folder: Path, languages: list[str]) -> dict[str, bytes]:
    """The documents of ``languages`` under an output folder, drafts included."""
    folders = {"bilingual" if "+" in language else language for language in languages}
    found = {}
    for path in folder.rglob("*") if folder.is_dir() else []:
        relative = path.relative_to(folder)
        parts = relative.parts[1:] if relative.parts[0] == "draft" else relative.parts
        if path.is_file() and path.name != MANIFEST_NAME and parts[0] in folders:
            found[relative.as_posix()] = path.read_bytes()
    return found


class EditAndBuild(RuleBasedStateMachine):
    """One project, edited and built step by step."""

    def __init__(self) -> None:
        super().__init__()
        self.scratch = Path(tempfile.mkdtemp(prefix="jdgen-incremental-"))
        self.root = copy_example(self.scratch / "project", every_spec=True)
        shutil.copytree(REPO / "jdgen/templates/default", self.root / "templates/default")
        self.originals = {path: path.read_bytes() for path in self.root.rglob("*") if path.is_file()}
        self.edits = 0
        self.added: list[Path] = []
        self.last_build: tuple[list[str], bool, int] | None = None
        self.options: list[str] = []

    def teardown(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def _fresh(self) -> str:
        self.edits += 1
        return f"改{self.edits}"

    @initialize()
    def start(self) -> None:
        assert _jdgen(self.root, "build", "-j", "1").exit_code == 0

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

    @rule(msgid=st.sampled_from(CATALOG_ENTRIES), change=st.sampled_from(["edit", "fuzzy", "clear"]))
    def change_a_catalog_entry(self, msgid: str, change: str) -> None:
        po = self.root / "translations/en.po"
        text = po.read_text(encoding="utf-8")
        entry = re.search(f'^msgid "{msgid}"\nmsgstr "(.*)"$', text, re.M)
        if entry is None:
            return
        if change == "edit":
            replacement = f'msgid "{msgid}"\nmsgstr "{entry[1]} {self._fresh()}"'
        elif change == "clear":
            replacement = f'msgid "{msgid}"\nmsgstr ""'
        else:
            before = text[:entry.start()].rsplit("\n\n", 1)[-1]
            if "#," in before or "#|" in before:
                return
            replacement = f'#, fuzzy\n{entry[0]}'
        po.write_text(text[:entry.start()] + replacement + text[entry.end():], encoding="utf-8")

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

    # -- building

    @rule(documents=st.sampled_from(DOCUMENT_SETS), draft=st.booleans())
    def build(self, documents: list[str], draft: bool) -> None:
        options = ["--lang", ",".join(documents), "-j", "1", *(["--draft"] if draft else [])]
        result = _jdgen(self.root, "build", *options)
        assert "Traceback" not in result.output
        self.last_build = (documents, draft, result.exit_code)
        self.options = options

    @precondition(lambda self: self.last_build is not None)
    @invariant()
    def the_output_is_what_a_clean_build_makes(self) -> None:
        documents, _, exit_code = self.last_build
        clean = Path(tempfile.mkdtemp(prefix="clean-", dir=self.scratch))
        try:
            result = _jdgen(self.root, "build", "--force", "-o", str(clean), *self.options)
            assert result.exit_code == exit_code, result.output
            incremental = _documents(self.root / "output", documents)
            expected = _documents(clean, documents)
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

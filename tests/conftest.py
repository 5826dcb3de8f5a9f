"""Shared fixtures: a copy of the example project, and its built documents."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import hypothesis
import pytest
from click.testing import CliRunner, Result

from jdgen import user_cache
from jdgen.checking import template as template_check
from jdgen.cli import main
from jdgen.codes import CODES
from jdgen.render import template

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_SPEC = "specs/bcm-001.yaml"
_CODE_SUFFIX = re.compile(r" \[([a-z]+(?:-[a-z]+)*)\]$")


def code_of(line: str) -> str:
    """The ``[code]`` that ends a diagnostic line: every one has one, from the registry."""
    found = _CODE_SUFFIX.search(line)
    assert found is not None and found[1] in CODES, f"no registered code ends: {line}"
    return found[1]


def without_code(line: str) -> str:
    """A diagnostic line less its ``[code]`` (which must be registered), to
    compare with the message a test expects; tests/test_codes.py checks which
    code each kind of problem gets."""
    code_of(line)
    return _CODE_SUFFIX.sub("", line)


def diagnostic_lines(output: str, kind: str = ": error: ") -> list[str]:
    """The output's diagnostic lines of one level, each less its code."""
    return [without_code(line) for line in output.splitlines() if kind in line]


@dataclass
class ExampleProject:
    """A temporary copy of the shipped example: specs/ and translations/."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / EXAMPLE_SPEC

    def edit_spec(self, old: str, new: str) -> None:
        """Replace ``old`` (which must occur once) by ``new`` in the example spec."""
        text = self.spec.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        self.spec.write_text(text.replace(old, new), encoding="utf-8")

    def line_of(self, needle: str) -> int:
        """The 1-based line of the spec holding ``needle``."""
        for number, line in enumerate(self.spec.read_text(encoding="utf-8").splitlines(), start=1):
            if needle in line:
                return number
        raise AssertionError(f"{needle!r} not in the spec")

    def run(self, *args: str, status: int = 0) -> Result:
        """Run ``jdgen ARGS`` in the project folder; it must end with exit ``status``."""
        with contextlib.chdir(self.root):
            return invoke(*args, status=status)


def invoke(*args: str, status: int = 0) -> Result:
    """Run ``jdgen ARGS`` here, asserting its exit status: a step that fails
    unexpectedly never lets a test go on having checked nothing."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == status, f"jdgen {' '.join(args)}: exit {result.exit_code}, not {status}\n{result.output}"
    return result


def copy_example(root: Path, *, every_spec: bool = False) -> Path:
    """Copy the example project into ``root``: its catalogs, its shared
    files, and the example spec BCM-001 (``every_spec``: all the shipped specs)."""
    shutil.copytree(REPO / "translations", root / "translations")
    shutil.copytree(REPO / "shared", root / "shared")
    if every_spec:
        shutil.copytree(REPO / "specs", root / "specs")
    else:
        (root / "specs").mkdir()
        shutil.copy(REPO / EXAMPLE_SPEC, root / EXAMPLE_SPEC)
    return root


@pytest.fixture
def example(tmp_path: Path) -> ExampleProject:
    """A fresh copy of the example project with its one spec, BCM-001."""
    return ExampleProject(copy_example(tmp_path / "project"))


@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    """The example project built once for the session (``jdgen build``, every
    document): only read, or copied (``built_copy``)."""
    root = copy_example(tmp_path_factory.mktemp("built") / "project")
    ExampleProject(root).run("build", status=0)
    return root


@pytest.fixture(scope="session")
def built_example(built_project: Path) -> Path:
    """The output folder of the example built once for the session, to read."""
    return built_project / "output"


@pytest.fixture
def built_copy(built_project: Path, tmp_path: Path) -> ExampleProject:
    """A fresh copy of the example project after ``jdgen build``, with its
    documents, manifest and caches (and their times), as if the test had
    built it: the session builds it once."""
    return ExampleProject(shutil.copytree(built_project, tmp_path / "project"))


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch) -> Path:
    """A user's cache of the test's own, empty, and nothing remembered in this process."""
    folder = tmp_path / "user cache"
    monkeypatch.setenv(user_cache.FOLDER_VARIABLE, str(folder))
    forget_templates(monkeypatch)
    return folder


def forget_templates(monkeypatch) -> None:
    """Forget what this process remembers of templates (prepared, checked,
    their hidden fields), as a new process would."""
    monkeypatch.setattr(template, "_prepared", {})
    monkeypatch.setattr(template_check, "_FOUND", {})
    monkeypatch.setattr(template_check, "_HIDDEN", {})


def pytest_addoption(parser):
    parser.addoption("--quick", action="store_true",
                     help="leave out the tests marked slow and the LibreOffice sweep (CI runs everything)")


QUICK_CAMPAIGNS = {"JDGEN_SHAPES": "5", "JDGEN_STATEFUL_EXAMPLES": "3", "JDGEN_QUICK": "1"}
"""``--quick``: the property tests search less (5 generated shapes, not 25;
3 state-machine runs, not 10; 10 examples, not Hypothesis's 100; a tenth of
a campaign a test sets, tests.campaigns), unless the environment asks for a
campaign of its own."""


USER_CACHE = "JDGEN_CACHE_DIR"
"""Where jdgen keeps its per-user cache (template verdicts): the suite gives
it one temporary folder per session, so that no test writes into the user's
own cache and a template the tests check alike is checked once a session."""
_USER_CACHE = pytest.StashKey[tuple[str, str | None]]()
"""The session's user cache folder, and the variable's value before the session."""


def pytest_configure(config):
    """The session's own user cache; Hypothesis's settings for the run: no
    health check on how fast inputs are drawn (the machines are shared and
    noisy), and fewer examples with ``--quick``."""
    config.stash[_USER_CACHE] = (tempfile.mkdtemp(prefix="jdgen-user-cache-"), os.environ.get(USER_CACHE))
    os.environ[USER_CACHE] = config.stash[_USER_CACHE][0]
    quick = config.getoption("--quick")
    if quick:
        for name, value in QUICK_CAMPAIGNS.items():
            os.environ.setdefault(name, value)
    hypothesis.settings.register_profile("jdgen", suppress_health_check=[hypothesis.HealthCheck.too_slow],
                                         **({"max_examples": 10} if quick else {}))
    hypothesis.settings.load_profile("jdgen")


def pytest_unconfigure(config):
    """The session's user cache removed, and the variable as it was."""
    folder, before = config.stash[_USER_CACHE]
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop(USER_CACHE, None)
    else:
        os.environ[USER_CACHE] = before


def pytest_collection_modifyitems(config, items):
    """``--quick``: deselect the tests marked slow."""
    if not config.getoption("--quick"):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


def pytest_sessionfinish(session, exitstatus):
    """Every document the suite generated must open in a real reader: convert
    each distinct one with LibreOffice, in one run, and fail the session on
    any that does not convert. (Skipped without LibreOffice, with ``--quick``,
    or when tests already failed.)"""
    import hashlib

    from jdgen.building.pdf import PdfError, convert

    if exitstatus != 0 or session.config.getoption("--quick") or shutil.which("soffice") is None or not hasattr(session.config, "_tmp_path_factory"):
        return
    base = session.config._tmp_path_factory.getbasetemp()
    sweep = base / "libreoffice-sweep"
    sweep.mkdir(exist_ok=True)
    documents = {}
    for path in base.rglob("*.docx"):
        if "templates" in path.parts or path.name.startswith(".") or sweep in path.parents or not path.is_file():
            continue
        data = path.read_bytes()
        copy = sweep / f"{hashlib.sha256(data).hexdigest()[:16]}.docx"
        if copy not in documents:
            copy.write_bytes(data)
            documents[copy] = path
    if not documents:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    reporter.write_line("")
    try:
        results = convert(list(documents))
    except PdfError as error:
        reporter.write_line(f"LibreOffice sweep: {error}", red=True)
        session.exitstatus = 1
        return
    failures = [f"{documents[copy]}: {problem}" for copy, problem in results.items() if problem]
    reporter.write_line(f"LibreOffice converted {len(results) - len(failures)} of the {len(results)} "
                        "distinct documents the tests generated")
    for failure in failures:
        reporter.write_line(f"  cannot convert {failure}", red=True)
    if failures:
        session.exitstatus = 1


def example_text_counts() -> tuple[int, int]:
    """How many translatable texts the example spec and the default template's
    labels hold, so that tests follow the example instead of fixed numbers."""
    from jdgen.labels import LabelSet
    from jdgen.project import PACKAGED_TEMPLATES
    from tests.example_content import example_texts

    labels = LabelSet.load(PACKAGED_TEMPLATES / "default", "default")
    return len(example_texts()), len(labels.texts)

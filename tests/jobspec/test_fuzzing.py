"""Property tests: any input gives diagnostics, never an exception.
(Valid specs of every shape are built in ``tests/test_any_shape.py``.)

The budget is small so that the suite stays fast: 80 examples for each way
of loading (about 4 s in all) and 30 edits of the example built (about 3 s).
Failing builds are not shrunk: that takes minutes; the assertion names what
went wrong.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.diagnostics import Level
from jdgen.jobspec.validate import load_spec
from tests.conftest import EXAMPLE_SPEC, REPO
from tests.strategies import budget

EXAMPLE = (REPO / EXAMPLE_SPEC).read_text(encoding="utf-8")


LOADING, MUTATED_BUILDS = budget(80), budget(30, shrink=False)

# --- (a) any input: diagnostics, never an exception -----------------------------

FRAGMENTS = [
    "id: ", "title: ", "basic:", "  ", "    ", "\n", "\r\n", "\t", "- ", ": ", ", ", "[", "]", "{", "}",
    "'", '"', "\\", "\\u", "\\x07", "\\ud800", "#", "---", "...", "? ", "|", ">-", "&a ", "*a", "<<: ",
    "!!python/object:os.system ", "!!binary ", "!!set ", "!foo ", "%YAML 1.1", "@", "`", "~", "null",
    "true", "2014-02-30", "2014-12-09", "0x1F", "1e999", ".nan", "-1", "9" * 50, "客户经理", "，", "　",
    "\ufeff", "\x00", "\x85", "\u2028", "{{ x }}", "<w:p>", "&amp;",
]
yamlish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.dates(), st.text(max_size=10),
)
yaml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(["id", "title", "basic", "duties", "items", "zh"]),
                                  st.text(max_size=5)), inner, max_size=4),
    ),
    max_leaves=20,
)


@st.composite
def mutated_example(draw) -> str:
    """The example spec with a slice replaced by random YAML-ish text."""
    start = draw(st.integers(0, len(EXAMPLE)))
    end = draw(st.integers(start, min(len(EXAMPLE), start + 40)))
    return EXAMPLE[:start] + draw(yamlish) + EXAMPLE[end:]


def assert_diagnosed(path: Path, data: bytes) -> None:
    """Loading ``data`` returns a spec or errors, each a well-formed one-line diagnostic."""
    path.write_bytes(data)
    spec, _, diagnostics = load_spec(path, "specs/fuzz.yaml")
    errors = [d for d in diagnostics if d.level is Level.ERROR]
    assert (spec is None) == bool(errors)
    for diagnostic in diagnostics:
        line = diagnostic.format()
        assert line.startswith("specs/fuzz.yaml:")
        assert diagnostic.position.line >= 1 and diagnostic.position.column >= 1
        assert "\n" not in line and "\r" not in line
        line.encode("utf-8")


@LOADING
@given(text=st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_any_text(tmp_path, text):
    assert_diagnosed(tmp_path / "fuzz.yaml", text.encode("utf-8", "surrogatepass"))


@LOADING
@given(data=st.binary(max_size=500))
def test_any_bytes(tmp_path, data):
    assert_diagnosed(tmp_path / "fuzz.yaml", data)


@LOADING
@given(text=yamlish)
def test_yaml_like_text(tmp_path, text):
    assert_diagnosed(tmp_path / "fuzz.yaml", text.encode("utf-8", "surrogatepass"))


@LOADING
@given(value=yaml_values)
def test_any_yaml_document(tmp_path, value):
    assert_diagnosed(tmp_path / "fuzz.yaml", yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))


@LOADING
@given(text=mutated_example())
def test_mutated_example(tmp_path, text):
    assert_diagnosed(tmp_path / "fuzz.yaml", text.encode("utf-8", "surrogatepass"))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copytree(REPO / "translations", root / "translations")
    return root


# --- (c) any edit of the example: a document or a diagnostic, never a crash -------

@pytest.mark.slow  # builds every mutated example
@MUTATED_BUILDS
@given(text=mutated_example())
def test_mutated_example_builds_or_is_reported(project, text):
    """Whatever the validation lets through renders; the rest is reported."""
    (project / "specs" / "bcm-001.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    shutil.rmtree(project / "output", ignore_errors=True)
    with contextlib.chdir(project):
        result = CliRunner().invoke(main, ["build"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert (result.exit_code == 1) == (": error: " in result.output), result.output

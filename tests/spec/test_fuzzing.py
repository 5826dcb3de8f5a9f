"""Property tests: any input gives diagnostics, never an exception; any valid
spec gives a document holding every one of its texts.

The budget is small so that the suite stays fast: 80 examples for each way
of loading (about 4 s in all), 30 edits of the example built (about 3 s) and
15 random valid specs built (about 6 s). Failing builds are not shrunk: that
takes minutes; the assertion names what went wrong.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from jdgen import marks
from jdgen.cli import main
from jdgen.diagnostics import Level
from jdgen.spec.validate import load_spec
from tests.conftest import EXAMPLE_SPEC, REPO
from tests.docx_reading import full_text, open_document

EXAMPLE = (REPO / EXAMPLE_SPEC).read_text(encoding="utf-8")


def budget(examples: int, *, shrink: bool = True) -> settings:
    phases = list(Phase) if shrink else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(max_examples=examples, deadline=None, database=None, phases=phases,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


LOADING, MUTATED_BUILDS, BUILDING = budget(80), budget(30, shrink=False), budget(15, shrink=False)

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


# --- (b) any valid spec: a document with every text ------------------------------

KEEP = {"id", "source_language", "currency"}
"""String fields that are codes, not texts."""
EXAMPLE_DATA = yaml.safe_load(EXAMPLE)
special = st.sampled_from(["&", "<", ">", '"', "'", "{{", "}}", "{%", "%}", "<w:p>", "]]>", "　", "，", "\\"])
texts = (
    st.lists(
        st.one_of(
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
            # not the private-use characters jdgen marks drafts with (refused in specs)
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn"), exclude_characters=marks.ALL),
            special,
        ),
        min_size=1, max_size=12,
    )
    .map(lambda parts: "".join(parts).strip())
    .filter(bool)
)


@st.composite
def valid_specs(draw) -> tuple[dict, dict[str, str]]:
    """The example with every text random and every list 1 to 10 long; and its
    texts by field path."""
    drawn: dict[str, str] = {}

    def walk(value, path: str):
        if isinstance(value, dict):
            return {key: walk(item, f"{path}.{key}".lstrip(".")) for key, item in value.items()}
        if isinstance(value, list):
            length = draw(st.integers(1, 10))
            items = value if all(isinstance(item, str) for item in value) else draw(
                st.lists(st.sampled_from(value), min_size=length, max_size=length))
            return [walk(items[index % len(items)], f"{path}[{index}]") for index in range(length)]
        if isinstance(value, str) and path.rsplit(".", 1)[-1] not in KEEP:
            drawn[path] = draw(texts)
            return drawn[path]
        return value

    return walk(EXAMPLE_DATA, ""), drawn


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copytree(REPO / "translations", root / "translations")
    return root


@BUILDING
@given(generated=valid_specs())
def test_any_valid_spec_builds_with_all_its_texts(project, generated):
    data, drawn = generated
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    assert yaml.safe_load(text) == data  # the harness writes what it means
    (project / "specs" / "bcm-001.yaml").write_text(text, encoding="utf-8")
    shutil.rmtree(project / "output", ignore_errors=True)
    with contextlib.chdir(project):
        result = CliRunner().invoke(main, ["build", "--lang", "zh"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    document = full_text(open_document(project / "output" / "zh" / "BCM-001.docx"))
    # Known issue: the tools line is capitalized (Formatter.capitalized), also
    # in Chinese, so "iPhone" becomes "IPhone".
    first_tool = drawn["tools[0]"]
    drawn["tools[0]"] = first_tool if first_tool in document else first_tool[:1].upper() + first_tool[1:]
    missing = {path: text for path, text in drawn.items() if text not in document}
    assert not missing


# --- (c) any edit of the example: a document or a diagnostic, never a crash -------

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

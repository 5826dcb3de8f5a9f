"""Diagnostic codes: each one used in the code is listed and explained, and
the documentation is the list."""

from __future__ import annotations

import ast
import re

import pytest

from jdgen.codes import CODES, reference
from jdgen.diagnostics import Diagnostic, Position, as_json
from tests.conftest import REPO, code_of, invoke
from tests.package_source import PACKAGE, parsed_modules

CODE_ARGUMENT = re.compile(r"""\b\w*code\s*=\s*["']([^"']+)["']""")


def test_every_code_the_package_uses_is_explained():
    used = {match for path in (REPO / "jdgen").rglob("*.py") if path.name != "codes.py"
            for match in CODE_ARGUMENT.findall(path.read_text(encoding="utf-8"))}
    assert used, "no code found: the pattern no longer matches how codes are given"
    assert sorted(used - set(CODES)) == []


def test_every_explained_code_is_used():
    source = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "jdgen").rglob("*.py")
                       if path.name != "codes.py")
    assert [code for code in CODES if f'"{code}"' not in source] == []


def test_the_documentation_is_the_list():
    assert (REPO / "docs/diagnostics.md").read_text(encoding="utf-8") == reference()
    assert all(f"| `{code}` |" in reference() for code in CODES)


def test_a_code_ends_the_line_and_is_in_json():
    diagnostic = Diagnostic("specs/a.yaml", Position(3, 5), "unknown field 'dutys'", ("basic",),
                            code="spec-unknown-field")
    assert diagnostic.format() == "specs/a.yaml:3:5: error: basic: unknown field 'dutys' [spec-unknown-field]"
    assert as_json(diagnostic)["code"] == "spec-unknown-field"


def test_explain():
    result = invoke("explain", "[catalog-fuzzy]")
    assert result.output == f"catalog-fuzzy: {CODES['catalog-fuzzy']}\n"
    result = invoke("explain", "catalog-fuzz", status=2)
    assert "did you mean 'catalog-fuzzy'?" in result.output
    assert invoke("explain", "--all").output == reference()


KINDS = [
    # (what, old text of the example spec, new text, the code of the problem)
    ("a YAML syntax error", "  headcount: 1\n", "  headcount: [1\n", "yaml-syntax"),
    ("a duplicate key", "  headcount: 1\n", "  headcount: 1\n  headcount: 2\n", "yaml-duplicate-key"),
    ("a full-width colon", "  headcount: 1\n", "  headcount：1\n", "yaml-input-slip"),
    ("an unsupported tag", "  headcount: 1\n", "  headcount: !!binary aGk=\n", "yaml-value"),
    ("an unknown field", "  headcount: 1\n", "  headcont: 1\n", "spec-unknown-field"),
    ("a missing field", "title: 客户经理\n", "", "spec-missing-field"),
    ("a value of the wrong kind", "  headcount: 1\n", "  headcount: [1]\n", "spec-wrong-type"),
    ("a value out of range", "  headcount: 1\n", "  headcount: -1\n", "spec-bad-value"),
    ("a missing shared file", "extends: shared/branch.yaml", "extends: shared/nope.yaml", "spec-shared"),
    ("a link to no position", "  reports_to: 支行行长\n", "  reports_to: {position: NOPE-1}\n", "spec-link"),
    ("an untranslated text", "physical: 健康,能适应加班\n", "physical: 从未翻译过的要求\n", "catalog-untranslated"),
]


@pytest.mark.parametrize("old, new, code", [kind[1:] for kind in KINDS], ids=[kind[0] for kind in KINDS])
def test_each_kind_of_problem_has_its_code(example, old, new, code):
    example.edit_spec(old, new)
    result = example.run("check", status=1)
    codes = {code_of(line) for line in result.output.splitlines() if ": error: " in line}
    assert code in codes, result.output


def _without_code(tree: ast.Module) -> list[int]:
    """The lines of a module (its syntax ``tree``) that make a Diagnostic
    without a code (as keyword, or as the seventh positional argument),
    directly or through a file's ``diagnostic`` helper."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("Diagnostic", "diagnostic") and len(node.args) < 7 \
                    and not any(keyword.arg in ("code", None) for keyword in node.keywords):
                lines.append(node.lineno)
    return lines


def test_every_diagnostic_is_made_with_a_code():
    missing = {path.relative_to(PACKAGE).as_posix(): lines for path, tree in parsed_modules().items()
               if (lines := _without_code(tree))}
    assert missing == {}

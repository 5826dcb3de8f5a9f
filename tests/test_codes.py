"""Diagnostic codes: each one used in the code is listed and explained, and
the documentation is the list."""

from __future__ import annotations

import re

from click.testing import CliRunner

from jdgen.cli import main
from jdgen.codes import CODES, reference
from jdgen.diagnostics import Diagnostic, Position, as_json
from tests.conftest import REPO

CODE_ARGUMENT = re.compile(r"""\b\w*code\s*=\s*["']([^"']+)["']""")


def test_every_code_the_package_uses_is_explained():
    used = {match for path in (REPO / "jdgen").rglob("*.py") if path.name != "codes.py"
            for match in CODE_ARGUMENT.findall(path.read_text(encoding="utf-8"))}
    assert used, "no code found: the pattern no longer matches how codes are given"
    assert sorted(used - set(CODES)) == []


def test_the_documentation_is_the_list():
    assert (REPO / "docs/diagnostics.md").read_text(encoding="utf-8") == reference()
    assert all(f"| `{code}` |" in reference() for code in CODES)


def test_a_code_ends_the_line_and_is_in_json():
    diagnostic = Diagnostic("specs/a.yaml", Position(3, 5), "unknown field 'dutys'", ("basic",),
                            code="spec-unknown-field")
    assert diagnostic.format() == "specs/a.yaml:3:5: error: basic: unknown field 'dutys' [spec-unknown-field]"
    assert as_json(diagnostic)["code"] == "spec-unknown-field"


def test_explain():
    runner = CliRunner()
    result = runner.invoke(main, ["explain", "[catalog-fuzzy]"])
    assert result.exit_code == 0 and result.output == f"catalog-fuzzy: {CODES['catalog-fuzzy']}\n"
    result = runner.invoke(main, ["explain", "catalog-fuzz"])
    assert result.exit_code == 2 and "did you mean 'catalog-fuzzy'?" in result.output
    assert runner.invoke(main, ["explain", "--all"]).output == reference()

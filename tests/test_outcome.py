"""One command contract: every command returns an Outcome, and one function
turns it into what is printed and the exit status."""

from __future__ import annotations

import re

import pytest

from jdgen.diagnostics import Diagnostic, Level
from jdgen.outcome import Outcome, exit_status
from tests.conftest import REPO

ERROR = Diagnostic("specs/a.yaml", None, "broken", code="settings")
WARNING = Diagnostic("specs/a.yaml", None, "odd", level=Level.WARNING, code="settings")


@pytest.mark.parametrize(("outcome", "status"), [
    (Outcome(), 0),
    (Outcome([WARNING]), 0),
    (Outcome([ERROR, WARNING]), 1),
    (Outcome(failed=True), 1),
    (Outcome([ERROR], usage=True), 2),
    (Outcome([ERROR], interrupted=True, usage=True), 130),
])
def test_the_exit_status_of_an_outcome(outcome, status):
    assert exit_status(outcome) == status


PRINTING = {"jdgen/cli.py", "jdgen/cli_options.py", "jdgen/cli_pages.py", "jdgen/console.py", "jdgen/building/report.py"}
"""The command line, its printing of outcomes, and the build's progress display."""


def test_no_step_imports_click_or_prints():
    offenders = []
    for path in sorted((REPO / "jdgen").rglob("*.py")):
        name = path.relative_to(REPO).as_posix()
        text = path.read_text(encoding="utf-8")
        if name not in PRINTING and re.search(r"^\s*(import click|from click)|\bprint\(|\becho\(", text, re.M):
            offenders.append(name)
    assert offenders == []


def test_the_command_line_is_declarations_and_calls():
    assert len((REPO / "jdgen/cli.py").read_text(encoding="utf-8").splitlines()) < 250

"""The package is clean under ruff (style, import order, pyupgrade, bugbear)
and mypy (with pydantic's plugin), as configured in pyproject.toml. ruff
takes a fraction of a second and runs in ``pytest --quick``; mypy checks the
whole package in some seconds and is left to the full run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


def run(*command: str) -> None:
    result = subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    run("ruff", "check", "jdgen", "tests", "bench", "scripts")


@pytest.mark.slow
def test_mypy_is_clean():
    run("mypy")

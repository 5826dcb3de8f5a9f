"""The package is clean under ruff (style, import order, pyupgrade, bugbear)
and mypy (with pydantic's plugin), as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.slow  # mypy checks the whole package: some seconds
@pytest.mark.parametrize("command", [["ruff", "check", "jdgen", "tests", "bench", "scripts"], ["mypy"]])
def test_clean(command):
    result = subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

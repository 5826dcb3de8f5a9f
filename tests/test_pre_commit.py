"""The pre-commit hooks: those the repository offers (.pre-commit-hooks.yaml)
and those jdgen init configures, run by pre-commit on a temporary git
repository made by jdgen init."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jdgen.cli import main
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
HOOKS = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture
def repository(tmp_path) -> Path:
    """A git repository holding a new jdgen project, every file staged."""
    folder = tmp_path / "positions"
    folder.mkdir()
    with contextlib.chdir(folder):
        assert CliRunner().invoke(main, ["init"]).exit_code == 0
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    subprocess.run(["git", "add", "-A"], cwd=folder, check=True)
    return folder


def pre_commit(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run pre-commit in ``folder``, with this jdgen first on the PATH."""
    environment = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PRE_COMMIT_HOME": str(folder.parent / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=folder, env=environment,
                          capture_output=True, text=True)


def hook_names() -> list[str]:
    return [hook["name"] for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))]


def test_the_offered_hooks_run_jdgen_check_and_translate_status():
    hooks = {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}
    assert hooks["jdgen-check"]["entry"] == "jdgen check"
    assert hooks["jdgen-translate-status"]["entry"] == "jdgen translate status --check"
    assert all(hook["pass_filenames"] is False for hook in hooks.values())


def test_init_configures_the_same_hooks(repository):
    configured = yaml.safe_load((repository / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    offered = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    [local] = configured["repos"]
    keys = ("id", "name", "entry", "pass_filenames", "files")
    assert [{key: hook[key] for key in keys} for hook in local["hooks"]] == [
        {key: hook[key] for key in keys} for hook in offered]


def test_init_hooks_pass_then_catch_an_untranslated_text(repository):
    result = pre_commit(repository, "run", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in hook_names():
        assert any(line.startswith(name) and line.endswith("Passed") for line in result.stdout.splitlines())

    spec = next((repository / "specs").glob("*.yaml"))
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("physical: ", "physical: 新的要求,"), encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repository, check=True)
    result = pre_commit(repository, "run", "--all-files")
    assert result.returncode == 1
    assert "physical: untranslated (en)" in result.stdout
    assert [line for line in result.stdout.splitlines() if line.endswith("Failed")] == [
        line for line in result.stdout.splitlines() if line.startswith(tuple(hook_names()))]


@pytest.mark.skipif(not (REPO / ".git").exists(), reason="the jdgen sources are not a git checkout")
def test_the_repository_hooks_through_try_repo(repository):
    """pre-commit installs jdgen from this checkout into its own environment
    (from PyPI: the dependencies) and runs the offered hooks."""
    result = pre_commit(repository, "try-repo", str(REPO), "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in hook_names():
        assert any(line.startswith(name) and line.endswith("Passed") for line in result.stdout.splitlines())

"""The pre-commit hooks: those the repository offers (.pre-commit-hooks.yaml)
and those jdgen init configures, run by a real pre-commit on a temporary git
repository made by jdgen init, with jdgen nowhere on the PATH."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jdgen.cli import main
from jdgen.hooks import offered_hooks
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
HOOKS = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture
def repository(tmp_path) -> Path:
    """A git repository holding a new jdgen project, every file staged."""
    folder = tmp_path / "positions"
    folder.mkdir()
    with contextlib.chdir(folder):
        result = CliRunner().invoke(main, ["init"])
        assert result.exit_code == 0, result.output
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    return folder


def git(folder: Path, *args: str) -> None:
    environment = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "HR",
                   "GIT_AUTHOR_EMAIL": "hr@example.com", "GIT_COMMITTER_NAME": "HR",
                   "GIT_COMMITTER_EMAIL": "hr@example.com"}
    subprocess.run(["git", *args], cwd=folder, check=True, env=environment, capture_output=True)


def pre_commit(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run pre-commit in ``folder`` as a fresh shell would: the PATH holds
    git, and neither jdgen nor the Python it is installed in."""
    git_folder = str(Path(shutil.which("git") or "git").parent)
    environment = {
        **{name: value for name, value in os.environ.items() if name not in ("VIRTUAL_ENV", "PYTHONPATH")},
        "PATH": os.pathsep.join(dict.fromkeys([git_folder, *os.defpath.split(os.pathsep)])),
        "PRE_COMMIT_HOME": str(folder.parent / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    assert shutil.which("jdgen", path=environment["PATH"]) is None
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=folder, env=environment,
                          capture_output=True, text=True)


def hook_names() -> list[str]:
    return [hook["name"] for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))]


def test_the_offered_hooks_run_jdgen_check_and_translate_status():
    assert HOOKS.read_text(encoding="utf-8") == offered_hooks(), "regenerate it from jdgen.hooks.offered_hooks()"
    hooks = {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}
    assert hooks["jdgen-check"]["entry"] == "jdgen check"
    assert hooks["jdgen-translate-status"]["entry"] == "jdgen translate status --check"
    assert all(hook["pass_filenames"] is False and hook["language"] == "python" for hook in hooks.values())


@pytest.mark.parametrize(("path", "covered"), [
    ("specs/bcm-001.yaml", True), ("specs/X.YML", True), ("shared/branch.yaml", True),
    ("common/bank.yaml", True), ("translations/en.po", True), ("translations/glossary.yaml", True),
    ("templates/corporate/form.docx", True), ("templates/corporate/labels.yaml", True), ("jdgen.toml", True),
    ("README.md", False), ("output/zh/BCM-001.pdf", False), ("notjdgen.toml", False),
])
def test_the_hooks_cover_every_input_jdgen_reads(path, covered):
    for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8")):
        assert bool(re.search(hook["files"], path)) is covered, (hook["id"], path)


def test_init_configures_the_same_hooks(repository):
    configured = yaml.safe_load((repository / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    offered = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    [local] = configured["repos"]
    keys = ("id", "name", "pass_filenames", "files")
    assert [{key: hook[key] for key in keys} for hook in local["hooks"]] == [
        {key: hook[key] for key in keys} for hook in offered]
    for hook, offered_hook in zip(local["hooks"], offered, strict=True):
        assert hook["entry"].endswith(offered_hook["entry"].removeprefix("jdgen"))


def test_init_hooks_pass_then_catch_an_untranslated_text(repository):
    result = pre_commit(repository, "run", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in hook_names():
        assert any(line.startswith(name) and line.endswith("Passed") for line in result.stdout.splitlines())

    spec = next((repository / "specs").glob("*.yaml"))
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("physical: ", "physical: 新的要求,"), encoding="utf-8")
    git(repository, "add", "-A")
    result = pre_commit(repository, "run", "--all-files")
    assert result.returncode == 1
    assert "physical: untranslated (en)" in result.stdout
    assert [line for line in result.stdout.splitlines() if line.endswith("Failed")] == [
        line for line in result.stdout.splitlines() if line.startswith(tuple(hook_names()))]


def test_a_commit_that_breaks_only_a_shared_file_is_stopped(repository):
    """The spec extends shared/branch.yaml; a commit touching that file alone
    runs the hooks (the staged files only, as 'git commit' does) and fails."""
    (repository / "shared").mkdir()
    (repository / "shared/branch.yaml").write_text("tools+: [打印机]\n", encoding="utf-8")
    spec = next((repository / "specs").glob("*.yaml"))
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("\ntitle: ", "\nextends: shared/branch.yaml\ntitle: ", 1), encoding="utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "-q", "--no-verify", "-m", "start")
    (repository / "shared/branch.yaml").write_text("tools+: [打印机\n", encoding="utf-8")
    git(repository, "add", "shared/branch.yaml")
    result = pre_commit(repository, "run")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "shared/branch.yaml:" in result.stdout and "[yaml-syntax]" in result.stdout
    assert [line for line in result.stdout.splitlines() if line.endswith("Failed")] == [
        line for line in result.stdout.splitlines() if line.startswith(tuple(hook_names()))]


@pytest.mark.slow  # pre-commit builds an environment and installs jdgen and its dependencies into it
@pytest.mark.skipif(not (REPO / ".git").exists(), reason="the jdgen sources are not a git checkout")
def test_the_repository_hooks_through_try_repo(repository):
    """pre-commit installs jdgen from this checkout into its own environment
    (from PyPI: the dependencies) and runs the offered hooks."""
    result = pre_commit(repository, "try-repo", str(REPO), "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in hook_names():
        assert any(line.startswith(name) and line.endswith("Passed") for line in result.stdout.splitlines())

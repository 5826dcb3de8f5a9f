"""The two versions a redline compares: spec files of the project, or the
project as it was at a git revision (its specs, catalogs and template read
from git into a temporary folder)."""

from __future__ import annotations

import contextlib
import datetime
import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.labels import LabelSet
from jdgen.project import Project, UsageError
from jdgen.spec.collection import LoadedSpec, load_specs

PROJECT_FOLDERS = ("specs", "shared", "templates", "translations")


@dataclass
class Version:
    """The specs (by id), labels and catalogs of one version."""

    name: str
    """As the user named it: ``HEAD~1``, ``specs/bcm-001.yaml``, ``the working tree``."""
    entries: dict[str, LoadedSpec] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    """Each spec's file (relative to the project) by id."""
    failed: set[str] = field(default_factory=set)
    """The files (relative to the project) holding a spec that is not valid."""
    labels: LabelSet | None = None
    catalogs: CatalogFolder | None = None
    template: tuple[Path, str] | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    revision: str | None = None
    """The commit, for a version read from git."""


def load_version(project: Project, name: str, paths: list[Path] | None, template_name: str,
                 stack: contextlib.ExitStack) -> Version:
    """The project's specs under ``paths`` (the working tree), or with
    ``paths`` None, the project at git revision ``name``."""
    if paths is not None:
        return _read(project, name, paths, template_name, project.display)
    commit = resolve_revision(project.root, name)
    root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="jdgen-diff-")))
    _extract(project.root, commit, root)
    then = Project(root, project.source_language, project.languages)
    version = _read(then, name, [], template_name, lambda path: f"{name}:{then.display(path)}")
    version.revision = commit
    return version


def _read(project: Project, name: str, paths: list[Path], template_name: str, display) -> Version:
    version = Version(name)
    in_specs = (project.root / "specs").is_dir()
    files = project.spec_files(paths) if paths or in_specs else []

    def whole_set() -> list[Path]:
        return project.spec_files([]) if in_specs else []

    entries, version.diagnostics, _ = load_specs(files, display, project.source_language, project.root, whole_set)
    relative = {display(path): project.display(path) for path in files}
    version.entries = {entry.spec.id: entry for entry in entries}
    version.files = {entry.spec.id: relative[entry.loaded.path] for entry in entries}
    version.failed = set(relative.values()) - set(version.files.values())
    folder, shown = project.template_folder(template_name)
    shown = display(folder) if folder.is_relative_to(project.root) else shown
    version.template = (folder, shown)
    try:
        version.labels = LabelSet.load(folder, shown)
    except JdgenError as error:
        version.diagnostics += error.diagnostics
    version.catalogs = CatalogFolder(project.translations, display(project.translations))
    return version


def _git(folder: Path, *arguments: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *arguments], cwd=folder, capture_output=True)
    except FileNotFoundError:
        raise UsageError("git revisions need git, which is not installed") from None


def resolve_revision(folder: Path, revision: str) -> str:
    """The commit ``revision`` names; UsageError when there is none."""
    if revision.startswith("-"):
        raise UsageError(f"{revision!r} is not a git revision")
    found = _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if found.returncode != 0:
        inside = _git(folder, "rev-parse", "--is-inside-work-tree").returncode == 0
        where = "in this git repository" if inside else "here: this folder is not in a git repository"
        raise UsageError(f"unknown revision {revision!r}: no such file, folder or git revision {where}")
    return found.stdout.decode().strip()


def _extract(folder: Path, commit: str, root: Path) -> None:
    """Write the project's folders as they were at ``commit`` into ``root``."""
    prefix = _git(folder, "rev-parse", "--show-prefix").stdout.decode().strip()
    top = Path(_git(folder, "rev-parse", "--show-toplevel").stdout.decode().strip())
    tree = f"{commit}:{prefix}" if prefix else commit
    listed = _git(top, "ls-tree", "--name-only", tree)
    names = [name for name in listed.stdout.decode().splitlines() if name in PROJECT_FOLDERS]
    if not names:
        return
    archive = _git(top, "archive", "--format=tar", tree, *names)
    if archive.returncode != 0:
        raise UsageError(f"cannot read revision {commit[:12]} from git: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(root, filter="data")


def revision_author(folder: Path, version: Version) -> tuple[str | None, datetime.datetime | None]:
    """Who made ``version`` and when: its commit's author and date, or for the
    working tree the git user (and no date, the caller's now)."""
    with contextlib.suppress(UsageError):  # no git: nobody known
        return _author(folder, version)
    return None, None


def _author(folder: Path, version: Version) -> tuple[str | None, datetime.datetime | None]:
    if version.revision:
        shown = _git(folder, "log", "-1", "--format=%an%x00%aI", version.revision).stdout.decode().strip()
        author, _, date = shown.partition("\0")
        return author or None, datetime.datetime.fromisoformat(date) if date else None
    configured = _git(folder, "config", "user.name")
    return (configured.stdout.decode().strip() or None) if configured.returncode == 0 else None, None

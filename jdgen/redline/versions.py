"""The two versions a redline compares, each read in its own project: spec
files or folders (read in the project that holds them: the nearest folder
above them with a ``specs/`` folder or a ``jdgen.toml``), or the project as
it was at a git revision (its specs, shared files, own fields, catalogs,
templates and settings read from git into a temporary folder).

Each version has its own settings (``jdgen.toml``: source language,
documents, template), labels and catalogs. A version read from files
beside the current catalogs (``jdgen diff old/x.yaml specs/x.yaml``) also
finds its texts' translations among the catalogs' obsolete (``#~``)
entries, where ``translate update`` puts the translation of a text that
was changed."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import io
import os
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from jdgen.defaults import FIELDS_FILE
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder, PoCatalog
from jdgen.jobspec.collection import LoadedSpec, load_specs
from jdgen.labels import LabelSet
from jdgen.project import Forms, Project, UsageError
from jdgen.settings import SETTINGS_FILE, Settings, load_settings

PROJECT_FOLDERS = ("specs", "shared", "templates", "translations", SETTINGS_FILE, FIELDS_FILE)


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
    labels: dict[str, LabelSet | None] = field(default_factory=dict)
    """The labels of each template its specs are made with, by template name (None: they have errors)."""
    templates: dict[str, tuple[Path, str]] = field(default_factory=dict)
    """Each template its specs are made with, by name: its folder and the folder as shown."""
    made_with: dict[str, str] = field(default_factory=dict)
    """The template each spec is made with (Project.template_for), by id."""
    default: str = ""
    """The template of a spec that is not in this version."""
    catalogs: CatalogFolder | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    revision: str | None = None
    """The commit, for a version read from git."""
    settings: Settings = field(default_factory=Settings)
    """The settings of the version's project."""

    @property
    def labels_usable(self) -> bool:
        """Whether the labels of every template of the version can be used."""
        return all(labels is not None for labels in self.labels.values())

    def labels_of(self, spec_id: str) -> LabelSet | None:
        return self.labels[self.made_with[spec_id]]

    def template_of(self, spec_id: str) -> tuple[Path, str]:
        """The template the redline of a position is drawn with: its spec's in this version, else the default."""
        return self.templates[self.made_with.get(spec_id, self.default)]


def load_version(project: Project, name: str, paths: list[Path] | None, template_name: str | None,
                 stack: contextlib.ExitStack, obsolete_translations: bool = False) -> Version:
    """The specs under ``paths`` in the project holding them, or with
    ``paths`` None, the project (the current one) at git revision ``name``.
    ``template_name`` None: the template the version's settings name.
    ``obsolete_translations``: obsolete catalog entries translate too."""
    if paths is not None:
        found = _project_of(paths[0], project) if paths else project
        version = _with_settings(Version(name), found.root, project.shown)
        if found is not project:
            found = Project(found.root, version.settings.source_language, version.settings.languages)
        return _read(found, version, paths, template_name, project.shown, obsolete_translations)
    commit = resolve_revision(project.root, name)
    root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="jdgen-diff-")))
    _extract(project.root, commit, root)

    def shown_as(path: Path) -> str:
        return f"{name}:{then.shown(path)}"

    version = _with_settings(Version(name, revision=commit), root, shown_as)
    then = Project(root, version.settings.source_language, version.settings.languages)
    return _read(then, version, [], template_name, shown_as, False)


def _project_of(path: Path, current: Project) -> Project:
    """The project holding ``path``: the nearest folder at or above it with a
    ``specs/`` folder or a ``jdgen.toml``, else the current project."""
    start = path.resolve()
    for folder in (start, *start.parents) if start.is_dir() else start.parents:
        if folder == current.root.resolve():
            return current
        if (folder / "specs").is_dir() or (folder / SETTINGS_FILE).is_file():
            return Project(folder)
    return current


def _with_settings(version: Version, root: Path, shown_as) -> Version:
    """``version`` with the settings of the project at ``root`` (their problems reported)."""
    try:
        version.settings = load_settings(root)
    except JdgenError as error:
        version.diagnostics += [replace(problem, path=shown_as(root / problem.path)) for problem in error.diagnostics]
    return version


def _read(project: Project, version: Version, paths: list[Path], template_name: str | None, shown_as,
          obsolete_translations: bool) -> Version:
    in_specs = (project.root / "specs").is_dir()
    files = project.spec_files(paths) if paths or in_specs else []

    def whole_set() -> list[Path]:
        return project.spec_files([]) if in_specs else []

    entries, found, _ = load_specs(files, shown_as, project.source_language, project.root, whole_set)
    version.diagnostics += found
    relative = {shown_as(path): project.shown(path) for path in files}
    version.entries = {entry.spec.id: entry for entry in entries}
    version.files = {entry.spec.id: relative[entry.loaded.path] for entry in entries}
    version.failed = set(relative.values()) - set(version.files.values())
    forms = Forms(version.settings.template, version.settings.forms, template_name)
    project = dataclasses.replace(project, forms=forms)
    version.default = project.template_for("")
    version.made_with = {spec_id: project.template_for(version.files[spec_id], entry.spec.template)
                         for spec_id, entry in version.entries.items()}
    for name in sorted({version.default, *version.made_with.values()}):
        folder, shown = project.template_folder(name)
        shown = shown_as(folder) if folder.is_relative_to(project.root) else shown
        version.templates[name] = (folder, shown)
        try:
            version.labels[name] = LabelSet.load(folder, shown)
        except JdgenError as error:
            version.labels[name] = None
            version.diagnostics += error.diagnostics
    catalogs = _WithObsolete if obsolete_translations else CatalogFolder
    version.catalogs = catalogs(project.translations, shown_as(project.translations))
    return version


class _WithObsolete(CatalogFolder):
    """Catalogs in which a text without a current entry is translated by its
    obsolete (``#~``) entry: the translation an earlier version of a spec had."""

    def _read(self, language: str) -> PoCatalog | None:
        catalog = super()._read(language)
        if catalog is not None:
            for msgid, message in catalog.obsolete.items():
                if msgid not in catalog:
                    catalog[msgid] = message
        return catalog


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
    """Write the project's folders as they were at ``commit`` into ``root``.

    A link (a template folder linked into the project) leads where the
    same link leads from the project folder ``folder`` now, as git keeps a
    link, not what it leads to."""
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
    links: dict[str, str] = {}

    def without_links(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
        if member.issym() or member.islnk():
            links[member.name] = member.linkname
            return None
        return tarfile.data_filter(member, path)

    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(root, filter=without_links)
    for name, target in links.items():
        leads_to = (folder / name).parent / target
        if leads_to.exists() and not os.path.lexists(root / name):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(leads_to.resolve(), root / name, target_is_directory=leads_to.is_dir())


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

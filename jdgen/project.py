"""Where a project's files are: specs, templates, translations, output."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jdgen import defaults
from jdgen.english import DEFAULT_ENGLISH, English

PACKAGED_TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_FILE = "form.docx"
"""A template folder's Word document; ``labels.yaml`` beside it holds its labels."""
SPEC_SUFFIXES = (".yaml", ".yml")
"""In any case: ``.YAML`` is a spec too."""


class UsageError(Exception):
    """The command line names something that does not exist (exit status 2)."""


@dataclass(frozen=True)
class Project:
    """A folder holding ``specs/`` and optionally ``templates/`` and ``translations/``."""

    root: Path
    source_language: str = defaults.SOURCE_LANGUAGE
    """The language of the plain texts of a spec that names none (jdgen.toml)."""
    languages: tuple[str, ...] = defaults.OUTPUTS
    """The documents the project builds (jdgen.toml); the register shows their languages."""
    english: English = DEFAULT_ENGLISH
    """How the project writes English (jdgen.toml)."""

    def shown(self, path: Path) -> str:
        """A path as users see it: relative to the project when inside it."""
        if not path.is_absolute():
            return path.as_posix()
        if path.is_relative_to(self.root):
            return path.relative_to(self.root).as_posix()
        if path.resolve().is_relative_to(self.root.resolve()):  # through a link
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        return path.as_posix()

    def spec_files(self, paths: list[Path]) -> list[Path]:
        """Expand folders to the YAML files in them (sorted); default ``specs/``.

        Hidden files and folders (``.git``, macOS's ``._x.yaml``) are left
        out; a folder that cannot be read is listed itself, for loading it to
        report the problem."""
        if not paths:
            return self._default_specs()
        files: list[Path] = []
        for path in paths:
            if os.path.isdir(path):  # os.path, not Path: a name too long to look up is no file, not a crash
                files += _specs_in(path)
            elif os.path.isfile(path):
                files.append(path)
            else:
                raise UsageError(f"no such file or folder: {self.shown(path)}")
        return list(dict.fromkeys(files))

    def _default_specs(self) -> list[Path]:
        """The specs of ``specs/``; where there are none, say how to start."""
        folder = self.root / defaults.SPECS_FOLDER
        start = "run 'jdgen init' to start a project here (with an example spec), or run jdgen in a project's folder"
        if not folder.is_dir():
            raise UsageError(f"there is no specs/ folder in {self.root}: {start}")
        files = _specs_in(folder)
        if not files:
            raise UsageError("specs/ holds no spec (.yaml file): add one, or run 'jdgen init' to get an example")
        return files

    def template_folder(self, name: str) -> tuple[Path, str]:
        """The folder of template ``name``: the project's own, else the built-in one."""
        for link in (self.root / "templates", self.root / "templates" / name):
            if os.path.lexists(link) and not link.is_dir():
                raise UsageError(_not_a_folder(link, self.shown(link)))
        own = self.root / "templates" / name
        if own.is_dir():
            return own, self.shown(own)
        packaged = PACKAGED_TEMPLATES / name
        if packaged.is_dir():
            return packaged, f"<built-in template {name}>"
        raise UsageError(f"no template {name!r}: there is no folder templates/{name}")

    @property
    def translations(self) -> Path:
        return self.root / "translations"

    @property
    def fields_file(self) -> Path:
        """The file that declares the project's own fields (jdgen.jobspec.own_fields)."""
        return self.root / defaults.FIELDS_FILE



def _not_a_folder(path: Path, shown: str) -> str:
    """Why a template path that exists is unusable: a broken link, or a file."""
    if path.is_symlink() and not path.exists():
        return (f"{shown} is a link to {os.readlink(path)}, which does not exist: replace the link by a copy "
                f"of the template folder, or remove it to use the built-in template")
    return f"{shown} is a file, not a template folder"


def _specs_in(folder: Path) -> list[Path]:
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        found.append(Path(error.filename))

    for parent, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(parent, name) for name in names
                  if not name.startswith(".") and name.lower().endswith(SPEC_SUFFIXES) and Path(parent, name).is_file()]
    return sorted(found)

"""Where a project's files are: specs, templates, translations, output."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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

    def display(self, path: Path) -> str:
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
        files: list[Path] = []
        for path in paths or [self.root / "specs"]:
            if path.is_dir():
                files += _specs_in(path)
            elif path.is_file():
                files.append(path)
            else:
                raise UsageError(f"no such file or folder: {self.display(path)}")
        return list(dict.fromkeys(files))

    def template_folder(self, name: str) -> tuple[Path, str]:
        """The folder of template ``name``: the project's own, else the built-in one."""
        own = self.root / "templates" / name
        if own.is_dir():
            return own, self.display(own)
        packaged = PACKAGED_TEMPLATES / name
        if packaged.is_dir():
            return packaged, f"<built-in template {name}>"
        raise UsageError(f"no template {name!r}: there is no folder templates/{name}")

    @property
    def translations(self) -> Path:
        return self.root / "translations"


def _specs_in(folder: Path) -> list[Path]:
    found: list[Path] = []
    for parent, folders, names in os.walk(folder, onerror=lambda error: found.append(Path(error.filename))):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(parent, name) for name in names
                  if not name.startswith(".") and name.lower().endswith(SPEC_SUFFIXES) and Path(parent, name).is_file()]
    return sorted(found)

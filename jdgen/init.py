"""``jdgen init``: a new project with one example spec, ready to build.

The files come from the package: ``jdgen/starter/`` holds those of every
project (a name starting with ``dot-`` is written with a dot: ``.gitignore``),
``jdgen/starter/<template>/`` the example spec and its catalog made for one
built-in form; ``jdgen.toml`` names that form. With them go the JSON Schema
the example's ``yaml-language-server`` line names, generated from the
installed model, and the pre-commit configuration (jdgen.hooks). Nothing is
written over an existing file, and either every file is written or none.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path, PurePosixPath

from jdgen import defaults
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.file_errors import cannot_write
from jdgen.output import put_in_place, stage
from jdgen.settings import SETTINGS_FILE

STARTER = Path(__file__).parent / "starter"
SCHEMA_FILE = "jdgen-spec.schema.json"
PRE_COMMIT_FILE = ".pre-commit-config.yaml"
_HIDDEN = "dot-"


SETTINGS_TEMPLATE = re.compile(rb'^template = "default" *', re.M)
"""Where the starter's ``jdgen.toml`` names the project's form (up to its comment)."""


def starter_templates() -> list[str]:
    """The built-in forms a project may start on: those with an example of their own."""
    return sorted(path.name for path in STARTER.iterdir() if path.is_dir() and path.name != "__pycache__")


def starter_files(template: str = defaults.TEMPLATE) -> dict[str, bytes]:
    """The files of a new project on the built-in form ``template``, by path
    relative to its folder."""
    from jdgen.hooks import init_configuration
    from jdgen.jobspec.schema import spec_schema

    files = {}
    for folder in (STARTER, STARTER / template):
        for path in sorted(folder.iterdir() if folder == STARTER else folder.rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                relative = path.relative_to(folder).as_posix()
                name = path.name
                if name.startswith(_HIDDEN):
                    relative = relative[:-len(name)] + "." + name[len(_HIDDEN):]
                files[relative] = path.read_bytes()
    files[SETTINGS_FILE] = SETTINGS_TEMPLATE.sub(
        lambda found: f'template = "{template}"'.ljust(len(found[0]) - 1).encode() + b" ", files[SETTINGS_FILE])
    files = dict(sorted({**files, PRE_COMMIT_FILE: init_configuration().encode("utf-8")}.items()))
    files[SCHEMA_FILE] = (json.dumps(spec_schema(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def init_project(folder: Path, shown: str, template: str = defaults.TEMPLATE) -> list[str]:
    """Write a new project on the built-in form ``template`` into ``folder``
    (shown to users as ``shown``); return the files written. All or nothing:
    raise JdgenError naming every file that is already there and every file
    standing where a folder goes, having written nothing; or naming what the
    file system refused, having removed everything this run wrote."""
    files = starter_files(template)
    prefix = "" if shown in ("", ".") else shown.rstrip("/") + "/"
    obstacles = _obstacles(folder, shown, prefix, files)
    if obstacles:
        raise JdgenError(obstacles)
    _write_all(folder, prefix, files)
    return [f"{prefix}{name}" for name in files]


def _obstacles(folder: Path, shown: str, prefix: str, files: dict[str, bytes]) -> list[Diagnostic]:
    """Everything in the way of writing ``files`` into ``folder``: files
    where a folder goes, and files that exist already."""
    taken = next((path for path in (folder, *folder.parents) if os.path.lexists(path)), None)
    if taken is not None and not os.path.isdir(taken):
        where = shown if taken == folder else taken.as_posix()
        return [Diagnostic(where, None, "is a file: name a folder for the new project", code="project")]
    folders = sorted({parent for name in files for parent in PurePosixPath(name).parents if parent.name})
    in_the_way = [Diagnostic(f"{prefix}{name}", None, "is a file where jdgen init puts a folder: move it away, "
                             "or start the project in another folder", code="project")
                  for name in map(str, folders)
                  if os.path.lexists(folder / name) and not os.path.isdir(folder / name)]
    existing = [Diagnostic(f"{prefix}{name}", None, "already exists; jdgen init writes over no file: "
                           "move it away, or start the project in another folder", code="project")
                for name in files if os.path.lexists(folder / name)]
    return in_the_way + existing


def _write_all(folder: Path, prefix: str, files: dict[str, bytes]) -> None:
    """Write every file, or, when the file system refuses one, none: each is
    staged first and put in place once all are staged; on a failure (or
    Ctrl-C) the files, staging files and folders this run made are removed."""
    made_folders: list[Path] = []
    staged: dict[Path, Path] = {}
    placed: list[Path] = []
    failing = prefix.rstrip("/") or "."
    try:
        for name, data in files.items():
            target = folder / name
            for missing in reversed([path for path in (target.parent, *target.parent.parents)
                                     if not os.path.lexists(path)]):
                failing = _shown(missing, folder, prefix)
                missing.mkdir()
                made_folders.append(missing)
            failing = f"{prefix}{name}"
            staged[target] = stage(target, data)
        for target, staging in staged.items():
            failing = _shown(target, folder, prefix)
            if os.path.lexists(target):
                raise JdgenError([Diagnostic(failing, None, "appeared while jdgen init ran; jdgen init writes "
                                             "over no file: move it away, then run it again", code="project")])
            put_in_place(staging, target)
            placed.append(target)
    except BaseException as error:
        for path in [*placed, *staged.values()]:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        for made in reversed(made_folders):
            with contextlib.suppress(OSError):
                made.rmdir()
        if isinstance(error, OSError):
            raise JdgenError([cannot_write(failing, error)]) from None
        raise


def _shown(path: Path, folder: Path, prefix: str) -> str:
    """``path`` as shown: relative to the project folder, after its name."""
    if path.is_relative_to(folder):
        relative = path.relative_to(folder).as_posix()
        return f"{prefix}{relative}" if relative != "." else prefix.rstrip("/") or "."
    return path.as_posix()

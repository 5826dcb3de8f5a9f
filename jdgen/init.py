"""``jdgen init``: a new project with one example spec, ready to build.

The files come from the package (``jdgen/starter/``; a name starting with
``dot-`` is written with a dot: ``.gitignore``), with the JSON Schema the
example's ``yaml-language-server`` line names, generated from the installed
model, and the pre-commit configuration (jdgen.hooks). Nothing is written over an existing file.
"""

from __future__ import annotations

import json
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.output import write_atomically

STARTER = Path(__file__).parent / "starter"
SCHEMA_FILE = "jdgen-spec.schema.json"
PRE_COMMIT_FILE = ".pre-commit-config.yaml"
_HIDDEN = "dot-"


def starter_files() -> dict[str, bytes]:
    """The files of a new project, by path relative to its folder."""
    from jdgen.hooks import init_configuration
    from jdgen.spec.schema import spec_schema

    files = {}
    for path in sorted(STARTER.rglob("*")):
        if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in path.parts:
            relative = path.relative_to(STARTER).as_posix()
            name = path.name
            if name.startswith(_HIDDEN):
                relative = relative[:-len(name)] + "." + name[len(_HIDDEN):]
            files[relative] = path.read_bytes()
    files = dict(sorted({**files, PRE_COMMIT_FILE: init_configuration().encode("utf-8")}.items()))
    files[SCHEMA_FILE] = (json.dumps(spec_schema(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def init_project(folder: Path, shown: str) -> list[str]:
    """Write a new project into ``folder`` (shown to users as ``shown``);
    return the files written. Raise JdgenError naming every file that is
    already there, having written nothing."""
    files = starter_files()
    prefix = "" if shown in ("", ".") else shown.rstrip("/") + "/"
    existing = [name for name in files if (folder / name).exists() or (folder / name).is_symlink()]
    if folder.exists() and not folder.is_dir():
        raise JdgenError([Diagnostic(shown, None, "is a file: name a folder for the new project", code="project")])
    if existing:
        raise JdgenError([Diagnostic(f"{prefix}{name}", None, "already exists; jdgen init writes over no file: "
                                     "move it away, or start the project in another folder", code="project")
                           for name in existing])
    for name, data in files.items():
        write_atomically(folder / name, data)
    return [f"{prefix}{name}" for name in files]

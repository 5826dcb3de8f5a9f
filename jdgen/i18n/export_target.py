"""Where ``jdgen translate export -o FILE`` may write.

Never over a file of the project (a catalog or the glossary in
translations/, a spec, a template, jdgen.toml) nor into a folder where jdgen
would read the new file as one; never over the catalog being exported;
never over a file jdgen did not write. An earlier export, which carries
jdgen's mark (a ``X-Jdgen-Export`` header field in a PO file, the category
``jdgen translate export`` in a workbook), is replaced only when asked
(``--overwrite``): a translator may have filled it in.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import read_catalog
from jdgen.i18n.po.model import header_fields
from jdgen.project import Project
from jdgen.settings import SETTINGS_FILE

EXPORT_FIELD = "X-Jdgen-Export"
"""The PO header field that marks an export; its value names the catalog exported."""
EXPORT_CATEGORY = "jdgen translate export"
"""The category property that marks an exported workbook."""
_LARGEST_EXPORT = 64 * 1024 * 1024
"""A larger file is no export of jdgen's (and is not read to find out)."""
_PROJECT_FOLDERS = {
    "translations": "the folder of the project's catalogs and glossary",
    "specs": "the folder of the project's specs",
    "templates": "the folder of the project's templates",
}


def refusal(project: Project, output: Path, catalog: Path, overwrite: bool) -> Diagnostic | None:
    """Why the export may not be written to ``output``, or None when it may."""
    shown = project.shown(output)

    def refuse(what: str) -> Diagnostic:
        return Diagnostic(shown, None, what, code="export-exists")

    resolved = output.absolute().resolve()
    if resolved == catalog.absolute().resolve() or _same_file(output, catalog):
        return refuse("is the catalog being exported; jdgen writes over no catalog: name another file, "
                      "such as en-for-translator.po")
    root = project.root.absolute().resolve()
    for folder, what in _PROJECT_FOLDERS.items():
        if resolved.is_relative_to(root / folder):
            return refuse(f"is in {folder}/, {what}; jdgen writes exports outside it: name a file elsewhere")
    if resolved == root / SETTINGS_FILE:
        return refuse("is the project's settings; jdgen writes over no project file: name another file")
    if not os.path.lexists(output):
        return None
    source = earlier_export(output)
    if source is None:
        return refuse("exists and is not an export of jdgen's; jdgen writes over no file it did not write: "
                      "name another file, or move this one away")
    if not overwrite:
        return refuse(f"exists: an earlier export of {source}; to replace it (import what the translator "
                      "filled in first), give --overwrite, or name another file")
    return None


def _same_file(one: Path, other: Path) -> bool:
    """Whether two names are one file (a hard link)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def earlier_export(path: Path) -> str | None:
    """The catalog ``path`` was exported from, if it is an export of jdgen's
    (carrying its mark), else None."""
    try:
        if not path.is_file() or path.stat().st_size > _LARGEST_EXPORT:
            return None
        if zipfile.is_zipfile(path):
            return _workbook_export(path)
        fields = header_fields(read_catalog(path, path.name))
    except (OSError, JdgenError):
        return None
    return fields.get(EXPORT_FIELD) or None


def _workbook_export(path: Path) -> str | None:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except Exception:  # openpyxl reports a damaged or foreign package with many exception types
        return None
    try:
        properties = workbook.properties
        return (properties.description or "a catalog") if properties.category == EXPORT_CATEGORY else None
    finally:
        workbook.close()

"""The files organisations keep their forms in, made readable: an old Word
(.doc), WPS (.wps), RTF or OpenDocument (.odt) file is converted to .docx by
LibreOffice in a scratch folder, then read like any .docx; a folder given to
the import stands for the documents in it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jdgen.importer.package import NotAForm
from jdgen.importer.reading import ENCRYPTED, OLE_MAGIC, holds
from jdgen.office import INSTALL as OFFICE_INSTALL
from jdgen.office import OfficeMissing, OfficeTimeout, find_office, run_office

CONVERTED = {".doc", ".wps", ".rtf", ".odt", ".dot", ".wpt"}
"""Suffixes LibreOffice converts to .docx for the import."""
READ = {".docx", ".docm", ".dotx"} | CONVERTED
"""Suffixes a folder's documents have."""
INSTALL = (f"is converted to .docx by LibreOffice, which was not found: {OFFICE_INSTALL}, "
           "or save the file as .docx in Word or WPS")
SECONDS = 120
"""Time allowed for one conversion."""


def documents_in(paths: list[Path]) -> list[Path]:
    """The documents named: a file as it is, a folder as the documents in it
    and its subfolders (by name; hidden files and Word's ~$ lock files left out)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        found += sorted(item for item in path.rglob("*") if item.is_file() and item.suffix.lower() in READ
                        and not item.name.startswith((".", "~$")))
    return found


def _needs_conversion(path: Path) -> bool:
    if path.suffix.lower() in CONVERTED:
        return True
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError:
        return False
    return head == OLE_MAGIC and not holds(path, ENCRYPTED)  # a .doc named .docx


@contextlib.contextmanager
def readable(path: Path) -> Iterator[Path]:
    """``path`` itself when it is a .docx, else a .docx LibreOffice made of
    it (removed afterwards); NotAForm when it cannot be made."""
    if not _needs_conversion(path):
        yield path
        return
    kind = "an old Word 97-2003 (.doc) file" if path.suffix.lower() in (".doc", ".dot", ".docx") \
        else f"a {path.suffix.lower()} file"
    try:
        office = find_office()
    except OfficeMissing:
        raise NotAForm(f"this is {kind}, which {INSTALL}") from None
    with tempfile.TemporaryDirectory(prefix="jdgen-import-") as scratch:
        source = Path(scratch) / f"document{path.suffix.lower() if path.suffix.lower() in CONVERTED else '.doc'}"
        os.symlink(path.resolve(), source)
        try:
            run_office(office, [source], "docx:MS Word 2007 XML", Path(scratch) / "out", timeout=SECONDS)
        except OfficeTimeout:
            raise NotAForm(f"this is {kind}; LibreOffice did not convert it in {SECONDS} s: open it in Word "
                           "or WPS and save it as .docx") from None
        made = Path(scratch) / "out" / "document.docx"
        if not made.is_file() or made.stat().st_size == 0:
            raise NotAForm(f"this is {kind} and LibreOffice could not convert it: open it in Word or WPS and "
                           "save it as a Word document (.docx), then import that")
        yield made

"""The files organisations keep their forms in, made readable: an old Word
(.doc), WPS (.wps), RTF or OpenDocument (.odt) file is converted to .docx by
LibreOffice in a scratch folder (one run for all the documents of an
import), then read like any .docx; a folder given to the import stands
for the documents in it."""

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
"""Time allowed for each document of a conversion run."""


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


def _kind(path: Path) -> str:
    """What a file needing conversion is, in a user's words."""
    return "an old Word 97-2003 (.doc) file" if path.suffix.lower() in (".doc", ".dot", ".docx") \
        else f"a {path.suffix.lower()} file"


class Readable:
    """The .docx to read for each document of an import: the document itself,
    or the .docx that one LibreOffice run for all the documents needing it
    made in a scratch folder (a LibreOffice start costs seconds, one per
    file of a folder of 200 would cost minutes); a document that could
    not be converted keeps its own error."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.made: dict[Path, Path] = {}
        self.failed: dict[Path, str] = {}

    def convert(self, paths: list[Path]) -> None:
        """Convert each of ``paths`` that needs it, all in one LibreOffice run."""
        wanted = list(dict.fromkeys(path for path in paths if path not in self.made and path not in self.failed
                                    and _needs_conversion(path)))
        if not wanted:
            return
        try:
            office = find_office()
        except OfficeMissing:
            self.failed.update({path: f"this is {_kind(path)}, which {INSTALL}" for path in wanted})
            return
        sources = []
        for number, path in enumerate(wanted, start=len(self.made) + len(self.failed)):
            # a name of its own: two documents of one name (a.doc, old/a.doc) must not meet in the output folder
            suffix = path.suffix.lower() if path.suffix.lower() in CONVERTED else ".doc"
            source = self.scratch / f"document-{number}{suffix}"
            os.symlink(path.resolve(), source)
            sources.append(source)
        out = self.scratch / "out"
        timed_out = False
        try:
            run_office(office, sources, "docx:MS Word 2007 XML", out, timeout=SECONDS * len(sources))
        except OfficeTimeout:
            timed_out = True  # the documents converted before it stopped are kept
        for path, source in zip(wanted, sources, strict=True):
            made = out / f"{source.stem}.docx"
            if made.is_file() and made.stat().st_size > 0:
                self.made[path] = made
            elif timed_out:
                self.failed[path] = (f"this is {_kind(path)}; LibreOffice did not convert it in time: open it in "
                                     "Word or WPS and save it as .docx")
            else:
                self.failed[path] = (f"this is {_kind(path)} and LibreOffice could not convert it: open it in Word "
                                     "or WPS and save it as a Word document (.docx), then import that")

    def docx(self, path: Path) -> Path:
        """The .docx to read for ``path`` (converted first if ``convert`` was
        not told of it); NotAForm when it could not be made."""
        self.convert([path])
        if path in self.failed:
            raise NotAForm(self.failed[path])
        return self.made.get(path, path)


@contextlib.contextmanager
def readable(paths: list[Path]) -> Iterator[Readable]:
    """The .docx of each of ``paths``, converted in one LibreOffice run
    where needed; the converted files are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="jdgen-import-") as scratch:
        found = Readable(Path(scratch))
        found.convert(paths)
        yield found

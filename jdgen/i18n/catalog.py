"""Gettext catalogs: ``translations/<lang>.po``, the source text as msgid.

Read strictly and written losslessly by jdgen.i18n.po; held as Babel
catalogs (jdgen.i18n.po.model.PoCatalog).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.po.model import FUZZY, PoCatalog, msgstr_of, set_header_field
from jdgen.i18n.po.reader import read_po
from jdgen.i18n.po.writer import write_po
from jdgen.output import write_atomically

__all__ = [
    "FUZZY", "CatalogFolder", "PoCatalog", "copy_message", "entry_status", "invalid_translation",
    "invalid_translations", "read_catalog", "serialize_catalog", "stamp", "write_catalog",
]


class CatalogFolder:
    """The translation catalogs of a project folder, loaded on first use."""

    def __init__(self, folder: Path, shown_folder: str = "translations") -> None:
        self.folder = folder
        self.shown_folder = shown_folder
        self._catalogs: dict[str, PoCatalog | JdgenError | None] = {}

    def path_for(self, language: str) -> Path:
        return self.folder / f"{language}.po"

    def shown_path(self, language: str) -> str:
        return f"{self.shown_folder}/{language}.po"

    def get(self, language: str) -> PoCatalog | None:
        """Return the catalog of ``language``, or None when there is none.

        Raises JdgenError (every syntax error, located) when the file exists
        but cannot be read; only what needs this language's catalog fails.
        """
        if language not in self._catalogs:
            try:
                self._catalogs[language] = self._read(language)
            except JdgenError as error:
                self._catalogs[language] = error
        catalog = self._catalogs[language]
        if isinstance(catalog, JdgenError):
            raise JdgenError(catalog.diagnostics)
        return catalog

    def _read(self, language: str) -> PoCatalog | None:
        path = self.path_for(language)
        if not path.is_file():
            return None
        return read_catalog(path, self.shown_path(language), language)

    @cached_property
    def languages(self) -> list[str]:
        """The languages that have a catalog in the folder."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.po"))


def read_catalog(path: Path, shown: str, language: str | None = None) -> PoCatalog:
    """Read a PO file strictly; raise JdgenError listing every syntax error, located.

    Without ``language``, the catalog's own ``Language`` header decides.
    Translations jdgen cannot use (a line break, a control character) do
    not stop the reading: they are listed in the catalog's ``invalid``.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise JdgenError([Diagnostic(shown, None, f"cannot read the catalog: {error.strerror}",
                                     code="file-unreadable")]) from None
    return read_po(data, shown, language)


def entry_status(message: Message, catalog: Catalog | None = None) -> str:
    """``translated``, ``fuzzy`` or ``missing``: what a catalog entry needs.

    With ``catalog``, a translation jdgen cannot use counts as missing.
    """
    if message.fuzzy:
        return "fuzzy"
    if catalog is not None and message.id in getattr(catalog, "invalid", {}):
        return "missing"
    return "translated" if msgstr_of(message) else "missing"


UNTRANSLATED = "; the entry counts as untranslated until it is corrected"


def invalid_translation(catalog: Catalog | None, msgid: str) -> Diagnostic | None:
    """The located error that makes the catalog's translation of ``msgid``
    unusable, if there is one."""
    problem = getattr(catalog, "invalid", {}).get(msgid)
    return None if problem is None else _untranslated(problem)


def invalid_translations(catalog: Catalog | None) -> list[Diagnostic]:
    """Every such error of the catalog, in file order."""
    return [_untranslated(problem) for problem in getattr(catalog, "invalid", {}).values()]


def _untranslated(problem: Diagnostic) -> Diagnostic:
    return replace(problem, message=problem.message + UNTRANSLATED)


def serialize_catalog(catalog: Catalog) -> bytes:
    """The catalog as PO text: unwrapped lines, previous msgids, in catalog order."""
    return write_po(catalog)


def write_catalog(path: Path, catalog: Catalog) -> bool:
    """Write ``catalog`` to ``path`` atomically unless the file already says
    exactly that; return whether it was written."""
    content = serialize_catalog(catalog)
    if path.is_file() and path.read_bytes() == content:
        return False
    write_atomically(path, content)
    return True


def stamp(catalog: PoCatalog, field: str, when: datetime | None = None) -> None:
    """Set a date field of the header (``POT-Creation-Date``, ``PO-Revision-Date``)."""
    when = when or datetime.now(UTC)
    set_header_field(catalog, field, when.strftime("%Y-%m-%d %H:%M%z"))


def copy_message(message: Message) -> Message:
    """A copy of ``message`` with the same flags (``Message.clone`` may add
    ``python-format``)."""
    copy = Message(message.id, message.string, lineno=message.lineno, context=message.context)
    copy.flags = set(message.flags)
    copy.locations = list(message.locations)
    copy.auto_comments = list(message.auto_comments)
    copy.user_comments = list(message.user_comments)
    copy.previous_id = list(message.previous_id)
    return copy

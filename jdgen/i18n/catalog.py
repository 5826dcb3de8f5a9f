"""Gettext catalogs: ``translations/<lang>.po``, the source text as msgid."""

from __future__ import annotations

import io
from functools import cached_property
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, unescape, write_po

from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.output import write_atomically

FUZZY = "fuzzy"


class CatalogFolder:
    """The translation catalogs of a project folder, loaded on first use."""

    def __init__(self, folder: Path, display_folder: str = "translations") -> None:
        self.folder = folder
        self.display_folder = display_folder
        self._catalogs: dict[str, Catalog | None] = {}

    def path_for(self, language: str) -> Path:
        return self.folder / f"{language}.po"

    def display_path(self, language: str) -> str:
        return f"{self.display_folder}/{language}.po"

    def get(self, language: str) -> Catalog | None:
        """Return the catalog of ``language``, or None when there is none.

        Raises JdgenError when the file exists but cannot be read.
        """
        if language not in self._catalogs:
            self._catalogs[language] = self._read(language)
        return self._catalogs[language]

    def _read(self, language: str) -> Catalog | None:
        path = self.path_for(language)
        if not path.is_file():
            return None
        return read_catalog(path, self.display_path(language), language)

    @cached_property
    def languages(self) -> list[str]:
        """The languages that have a catalog in the folder."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.po"))


def read_catalog(path: Path, display_path: str, language: str | None = None) -> Catalog:
    """Read a PO file; raise JdgenError (located) when it cannot be read.

    Without ``language``, the catalog's own ``Language`` header decides.
    """
    try:
        with path.open("rb") as stream:
            catalog = read_po(stream, locale=language, abort_invalid=True)
    except OSError as error:
        raise JdgenError([Diagnostic(display_path, None, f"cannot read the catalog: {error.strerror}")]) from None
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        line = getattr(error, "lineno", 1) or 1
        raise JdgenError([Diagnostic(
            display_path, Position(line, 1), f"cannot read the catalog: {error}",
        )]) from None
    _restore_previous_ids(catalog)
    return catalog


def entry_status(message: Message) -> str:
    """``translated``, ``fuzzy`` or ``missing``: what a catalog entry needs."""
    if message.fuzzy:
        return "fuzzy"
    return "translated" if message.string else "missing"


def serialize_catalog(catalog: Catalog) -> bytes:
    """The catalog as PO text: unwrapped lines, previous msgids, in catalog order."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=True, sort_by_file=False, omit_header=False)
    return buffer.getvalue()


def write_catalog(path: Path, catalog: Catalog) -> bool:
    """Write ``catalog`` to ``path`` atomically unless the file already says the
    same (header dates aside); return whether it was written."""
    content = serialize_catalog(catalog)
    if path.is_file() and _without_dates(path.read_bytes()) == _without_dates(content):
        return False
    write_atomically(path, content)
    return True


def _without_dates(content: bytes) -> bytes:
    """A catalog's text less the header dates Babel refreshes on every write."""
    return b"\n".join(
        line for line in content.splitlines()
        if not line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))
    )


def _restore_previous_ids(catalog: Catalog) -> None:
    """Turn ``#| msgid`` comments back into previous ids.

    Babel writes a fuzzy entry's previous msgid but reads it back as a user
    comment; without this, the next update would drop what changed.
    """
    for message in catalog:
        previous, comments = [], []
        for comment in message.user_comments:
            if comment.startswith("| msgid "):
                previous.append(unescape(comment[len("| msgid "):].strip()))
            elif comment.startswith('| "') and previous:
                previous[-1] += unescape(comment[2:].strip())
            else:
                comments.append(comment)
        if previous:
            message.previous_id = previous
            message.user_comments = comments

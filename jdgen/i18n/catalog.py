"""Gettext catalogs: ``translations/<lang>.po``, the source text as msgid."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, unescape

from jdgen.diagnostics import Diagnostic, JdgenError, Position


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
        try:
            with path.open("rb") as stream:
                catalog = read_po(stream, locale=language, abort_invalid=True)
        except (PoFileError, UnicodeDecodeError, ValueError) as error:
            line = getattr(error, "lineno", 1) or 1
            raise JdgenError([Diagnostic(
                self.display_path(language), Position(line, 1),
                f"cannot read the catalog: {error}",
            )]) from None
        _restore_previous_ids(catalog)
        return catalog

    @cached_property
    def languages(self) -> list[str]:
        """The languages that have a catalog in the folder."""
        if not self.folder.is_dir():
            return []
        return sorted(path.stem for path in self.folder.glob("*.po"))


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

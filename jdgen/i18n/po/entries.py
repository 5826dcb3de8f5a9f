"""The entries of a PO file as read, and the catalog they make: header,
duplicates, contexts and plurals refused, unusable translations located."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import Diagnostic
from jdgen.i18n.po.model import FUZZY, PoCatalog, locale, msgid_of, msgstr_of, shorten, unusable
from jdgen.i18n.po.strings import Text


@dataclass
class Entry:
    """One entry as read: its comments, and each keyword's text."""

    line: int = 0
    comment_lines: list[str] = field(default_factory=list)
    user_comments: list[str] = field(default_factory=list)
    auto_comments: list[str] = field(default_factory=list)
    locations: list[tuple[str, int | None]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous: dict[str, Text] = field(default_factory=dict)
    last_previous: Text | None = None
    texts: dict[str, Text] = field(default_factory=dict)
    last: Text | None = None
    obsolete: bool | None = None
    """Whether its keywords are ``#~`` lines (None until the first keyword)."""

    @property
    def complete(self) -> bool:
        return any(key == "msgstr" or key.startswith("msgstr[") for key in self.texts)

def build_catalog(entries: list[Entry], language: str | None, path: str,
                  error: Callable[[int, int, str], None]) -> PoCatalog | None:
    """The catalog ``entries`` make, or None after reporting each problem to
    ``error`` (line, column, message); ``path`` is the file as shown."""
    return _Builder(path, error).catalog(entries, language)


class _Builder:
    def __init__(self, path: str, report: Callable[[int, int, str], None]) -> None:
        self.path = path
        self.report = report
        self.failed = False

    def error(self, line: int, column: int, message: str) -> None:
        self.failed = True
        self.report(line, column, message)

    def catalog(self, entries: list[Entry], language: str | None) -> PoCatalog | None:
        header: Entry | None = None
        messages: list[tuple[Entry, Message]] = []
        for entry in entries:
            message = self.message(entry)
            if message is None:
                continue
            if message.id == "" and not entry.obsolete:
                if header is not None or messages:
                    where = "again" if header is not None else "after other entries"
                    self.error(entry.texts["msgid"].line, entry.texts["msgid"].column,
                               f"a header entry (msgid \"\") {where}; the header comes first, once")
                    continue
                header = entry
                header_message = message
                continue
            if message.id == "":
                msgid = entry.texts["msgid"]
                self.error(msgid.line, msgid.column, "an obsolete entry with an empty msgid")
                continue
            messages.append((entry, message))
        if self.failed:
            return None
        fields = _header_fields(msgstr_of(header_message)) if header is not None else {}
        if header is not None:
            self.check_header(header, fields)
        language = language or fields.get("language") or None
        catalog = PoCatalog(locale=locale(language), fuzzy=header is not None and FUZZY in header.flags)
        if header is not None:
            catalog.header = msgstr_of(header_message)
            catalog.header_comments = list(header.comment_lines)
        seen: dict[str, int] = {}
        for entry, message in messages:
            msgid, text = entry.texts["msgid"], msgid_of(message)
            if text in seen:
                self.error(msgid.line, msgid.column,
                           f"duplicate msgid \"{shorten(text)}\" (first on line {seen[text]}); "
                           "keep one entry")
                continue
            seen[text] = msgid.line
            if entry.obsolete:
                catalog.obsolete[text] = message
            else:
                catalog[text] = message
                problem = unusable(message)
                if problem is not None and message.string:
                    index, description = problem
                    catalog.invalid[text] = Diagnostic(
                        self.path, entry.texts["msgstr"].position(msgstr_of(message), index),
                        f'the translation of "{shorten(text)}" {description}',
                        code="catalog-bad-translation",
                    )
        return None if self.failed else catalog

    def message(self, entry: Entry) -> Message | None:
        values: dict[str, str] = {}
        for keyword, text in [*entry.texts.items(), *(("#| " + k, t) for k, t in entry.previous.items())]:
            try:
                values[keyword] = text.decode()
            except UnicodeDecodeError:
                self.error(text.line, text.column, f"the escape sequences of this {text.keyword} "
                                                   "do not form UTF-8 text")
                return None
            if "\x04" in values[keyword]:
                position = text.position(values[keyword], values[keyword].index("\x04"))
                self.error(position.line, position.column,
                           "U+0004 cannot be in a PO string (gettext separates a message context with it)")
                return None
        for keyword in ("msgctxt", "msgid_plural", "#| msgctxt", "#| msgid_plural"):
            if keyword in entry.texts or keyword in values:
                text = entry.texts.get(keyword) or entry.previous[keyword.removeprefix("#| ")]
                kind = "message contexts" if keyword.endswith("msgctxt") else "plural forms"
                self.error(text.line, text.column, f"jdgen catalogs have no {kind} ({text.keyword})")
                return None
        message = Message(values["msgid"], values["msgstr"], lineno=entry.texts["msgid"].line)
        message.flags = set(entry.flags)  # exactly as written: Babel would add python-format
        # Babel's annotation says a line number, but its own read_po keeps None for a location without one
        message.locations = list(entry.locations)  # type: ignore[arg-type]
        message.auto_comments = list(entry.auto_comments)
        message.user_comments = list(entry.user_comments)
        message.previous_id = [values["#| msgid"]] if "#| msgid" in values else []
        return message

    def check_header(self, header: Entry, fields: dict[str, str]) -> None:
        msgstr = header.texts["msgstr"]
        for line in msgstr.decode().split("\n"):
            if line.strip() and ":" not in line:
                self.error(msgstr.line, msgstr.column, f"header line without 'Name:': '{shorten(line)}'")
        charset = re.search(r"charset=([^\s;]+)", fields.get("content-type", ""))
        if charset and charset.group(1).lower() not in ("utf-8", "utf8", "us-ascii", "ascii", "charset"):
            self.error(msgstr.line, msgstr.column,
                       f"the header declares charset={charset.group(1)}; jdgen reads UTF-8 catalogs only")


def _header_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip().lower(), value.strip())
    return fields

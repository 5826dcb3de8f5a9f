"""The entries of a PO file as read, and the catalog they make: header,
duplicates and contexts refused, unusable translations located."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import Diagnostic
from jdgen.i18n.po.model import FUZZY, PoCatalog, forms_of, locale, msgid_of, msgstr_of, plural_id, shorten, unusable
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
        forms = _plural_count(fields.get("plural-forms"))
        seen: dict[str, int] = {}
        for entry, message in messages:
            msgid, text = entry.texts["msgid"], msgid_of(message)
            if text in seen:
                self.error(msgid.line, msgid.column,
                           f"duplicate msgid \"{shorten(text)}\" (first on line {seen[text]}); "
                           "keep one entry")
                continue
            seen[text] = msgid.line
            if plural_id(message) is not None and forms is not None and len(forms_of(message)) != forms:
                self.error(msgid.line, msgid.column,
                           f"\"{shorten(text)}\" has {len(forms_of(message))} plural forms; the header's Plural-Forms "
                           f"says nplurals={forms}: give msgstr[0] to msgstr[{forms - 1}]")
                continue
            if entry.obsolete:
                catalog.obsolete[text] = message
            else:
                catalog[text] = message
                self.check_translation(catalog, entry, message)
        return None if self.failed else catalog

    def check_translation(self, catalog: PoCatalog, entry: Entry, message: Message) -> None:
        """Locate a translation (or a plural form of one) that no document can hold."""
        text = msgid_of(message)
        keywords = ["msgstr"] if plural_id(message) is None else [f"msgstr[{n}]" for n in range(len(forms_of(message)))]
        for keyword, form in zip(keywords, forms_of(message), strict=True):
            problem = unusable(Message(text, form))
            if problem is not None:
                index, description = problem
                catalog.invalid[text] = Diagnostic(
                    self.path, entry.texts[keyword].position(form, index),
                    f'the translation of "{shorten(text)}" {description}',
                    code="catalog-bad-translation",
                )
                return

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
        for keyword in ("msgctxt", "#| msgctxt"):
            if keyword in entry.texts or keyword in values:
                text = entry.texts.get(keyword) or entry.previous[keyword.removeprefix("#| ")]
                self.error(text.line, text.column, f"jdgen catalogs have no message contexts ({text.keyword})")
                return None
        if "msgid_plural" in values:
            forms = [values[key] for key in entry.texts if key.startswith("msgstr[")]
            message = Message((values["msgid"], values["msgid_plural"]), tuple(forms), lineno=entry.texts["msgid"].line)
        else:
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


def _plural_count(plural_forms: str | None) -> int | None:
    """The nplurals of a ``Plural-Forms`` header, None when it has none."""
    found = re.search(r"nplurals\s*=\s*(\d+)", plural_forms or "")
    return int(found[1]) if found else None

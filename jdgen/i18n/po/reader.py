"""Read a PO file strictly: every error located at its line and column,
every error of the file reported (up to MAX_ERRORS)."""

from __future__ import annotations

import re

from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.i18n.po.entries import Entry, build_catalog
from jdgen.i18n.po.model import ISOLATE_END, ISOLATE_START, PoCatalog, shorten
from jdgen.i18n.po.strings import Syntax, Text, read_strings
from jdgen.memo import copies

MAX_ERRORS = 50
"""A file in the wrong format would otherwise give an error a line."""

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?![\w\[])")
_WORD = re.compile(r"[^ \t\"]+")
_CONFLICT = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_TRAILING_BACKSLASH_GUARDED = re.compile(r"\\ +$")


def read_po(data: bytes, shown: str, language: str | None = None) -> PoCatalog:
    """Parse a PO file; raise JdgenError listing every error, each located.

    Without ``language``, the ``Language`` field of the header decides the
    catalog's locale.
    """
    return _read(data, shown, language)


@copies(maxsize=16)
def _read(data: bytes, shown: str, language: str | None) -> PoCatalog:
    """The catalog read from ``data``, remembered by its bytes."""
    return _Reader(shown).read(data, language)


class _Reader:
    def __init__(self, shown: str) -> None:
        self.path = shown
        self.errors: list[Diagnostic] = []
        self.entry = Entry()
        self.entries: list[Entry] = []

    def error(self, line: int, column: int, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(Diagnostic(self.path, Position(line, column), message, code="catalog-syntax"))

    def read(self, data: bytes, language: str | None) -> PoCatalog:
        text = self._decode(data)
        if text is not None:
            lines = text.split("\n")
            for number, line in enumerate(lines, start=1):
                if line.endswith("\r"):
                    line = line[:-1]
                try:
                    self._line(number, line)
                except Syntax as problem:
                    self.error(number, problem.column, problem.message)
            self._finish_entry(len(lines))
        catalog = None if self.errors else build_catalog(self.entries, language, self.path, self.error)
        if self.errors or catalog is None:
            raise JdgenError(self.errors)
        return catalog

    def _decode(self, data: bytes) -> str | None:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as problem:
            before = data[:problem.start]
            line = before.count(b"\n") + 1
            column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
            self.error(line, column, f"byte 0x{data[problem.start]:02X} is not UTF-8; save the catalog as UTF-8")
            return None

    # one line at a time

    def _line(self, number: int, line: str) -> None:
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        column = indent + 1
        if not stripped:
            return
        if line.startswith(_CONFLICT):
            raise Syntax(1, "merge conflict marker: keep the right version of the entries, "
                             "then delete the marker lines (<<<<<<<, =======, >>>>>>>)")
        if stripped.startswith("#~"):
            rest = stripped[2:]
            if rest.startswith("|"):
                self._keyword_line(number, rest[1:], column + 3, previous=True, obsolete=True)
            elif rest.strip(" \t"):
                self._keyword_line(number, rest, column + 2, previous=False, obsolete=True)
            return
        if stripped.startswith("#"):
            self._comment(number, stripped, column)
            return
        self._keyword_line(number, stripped, column, previous=False, obsolete=False)

    def _start_entry_if_done(self, number: int) -> None:
        """A comment or a new msgid after a complete entry starts the next entry."""
        if self.entry.texts:
            self._finish_entry(number)

    def _comment(self, number: int, line: str, column: int) -> None:
        self._start_entry_if_done(number)
        entry = self.entry
        if not entry.line:
            entry.line = number
        entry.comment_lines.append(line)
        kind, rest = line[1:2], line[2:]
        if kind == ",":
            entry.flags += [flag.strip() for flag in rest.split(",") if flag.strip()]
        elif kind == ":":
            entry.locations += _references(rest)
        elif kind == ".":
            entry.auto_comments.append(_comment_text(rest))
        elif kind == "|":
            self._keyword_line(number, rest, column + 2, previous=True, obsolete=False)
        else:
            entry.user_comments.append(_comment_text(line[1:]))

    def _keyword_line(self, number: int, text: str, column: int, *, previous: bool, obsolete: bool) -> None:
        """A keyword and its strings, or a continuation string (``text`` starts at ``column``)."""
        stripped = text.lstrip(" \t")
        column += len(text) - len(stripped)
        if not stripped:
            raise Syntax(column, "a line with nothing after its prefix")
        if stripped.startswith('"'):
            target = self.entry.last_previous if previous else self.entry.last
            if target is None or (previous and self.entry.texts):
                raise Syntax(column, "a string with no keyword before it")
            if not previous and self.entry.obsolete != obsolete:
                raise Syntax(column, "this string continues an obsolete entry: start it with #~"
                              if self.entry.obsolete else "an entry cannot mix obsolete (#~) lines and active ones")
            read_strings(stripped, column, number, target)
            return
        match = _KEYWORD.match(stripped)
        if match is None:
            found = _WORD.match(stripped)
            assert found is not None  # stripped is not empty and starts with neither a blank nor a quote
            word = found.group()
            if word.startswith("msg"):
                raise Syntax(column, f"unknown keyword '{word}' (expected msgid, msgstr, msgctxt, "
                                      "msgid_plural or msgstr[n])")
            raise Syntax(column, f"text outside quotes: '{shorten(stripped)}'; "
                                  "a PO line is a comment (#), a keyword, or a quoted string")
        keyword = match.group(1)
        value = Text(keyword, number, column)
        after = stripped[match.end():]
        value_column = column + match.end() + len(after) - len(after.lstrip(" \t"))
        if previous:
            self._previous_keyword(number, value, obsolete)
        else:
            self._keyword(number, value, match, obsolete)
        if not after.strip(" \t"):
            raise Syntax(column, f"{keyword} needs a quoted string after it")
        value_text = after.strip(" \t")
        if not value_text.startswith('"'):
            raise Syntax(value_column, f"text outside quotes after {keyword}: '{shorten(value_text)}'")
        read_strings(after.lstrip(" \t"), value_column, number, value)

    def _previous_keyword(self, number: int, value: Text, obsolete: bool) -> None:
        self._start_entry_if_done(number)
        entry = self.entry
        if not entry.line:
            entry.line = number
        order = ("msgctxt", "msgid", "msgid_plural")
        if value.keyword not in order:
            raise Syntax(value.column, f"'{value.keyword}' cannot be a previous (#|) keyword")
        if value.keyword in entry.previous or any(
                order.index(key) > order.index(value.keyword) for key in entry.previous):
            raise Syntax(value.column, f"'#| {value.keyword}' is out of place")
        if value.keyword == "msgid_plural" and "msgid" not in entry.previous:
            raise Syntax(value.column, "'#| msgid_plural' without '#| msgid' before it")
        entry.previous[value.keyword] = value
        entry.last_previous = value

    def _keyword(self, number: int, value: Text, match: re.Match, obsolete: bool) -> None:
        keyword = value.keyword
        entry = self.entry
        if keyword in ("msgctxt", "msgid") and entry.complete:
            self._finish_entry(number)
            entry = self.entry
        if entry.obsolete is not None and entry.obsolete != obsolete:
            raise Syntax(value.column, "an entry cannot mix obsolete (#~) lines and active ones")
        seen = list(entry.texts)
        if keyword == "msgctxt":
            if seen:
                self._incomplete(seen)
                entry = self.entry
        elif keyword == "msgid":
            if seen and seen != ["msgctxt"]:
                self._incomplete(seen)
                entry = self.entry
        elif keyword == "msgid_plural":
            if seen[-1:] != ["msgid"]:
                raise Syntax(value.column, "msgid_plural must follow a msgid")
        elif keyword == "msgstr":
            if "msgid" not in seen:
                raise Syntax(value.column, "msgstr without a msgid before it")
            if "msgid_plural" in seen:
                raise Syntax(value.column, "an entry with msgid_plural needs msgstr[0], msgstr[1], …")
            if "msgstr" in seen:
                raise Syntax(value.column, "a second msgstr for the same msgid")
        else:
            index = int(match.group(2))
            if "msgid_plural" not in seen:
                raise Syntax(value.column, f"{keyword} without a msgid_plural before it")
            expected = sum(1 for key in seen if key.startswith("msgstr["))
            if index != expected:
                raise Syntax(value.column, f"{keyword} out of order (expected msgstr[{expected}])")
        if not entry.line:
            entry.line = number
        entry.obsolete = obsolete
        entry.texts[keyword] = value
        entry.last = value

    def _incomplete(self, seen: list[str]) -> None:
        """Report an entry that has a msgid but no msgstr, and start afresh."""
        entry = self.entry
        first = entry.texts[seen[0]]
        self.error(first.line, first.column, f"{seen[-1]} has no msgstr after it")
        self.entry = Entry()

    def _finish_entry(self, number: int) -> None:
        entry = self.entry
        self.entry = Entry()
        if not entry.texts:
            if entry.comment_lines:
                target = "msgid after it" if not entry.previous else "msgid after its #| lines"
                self.error(entry.line, 1, f"comments with no {target}: an entry needs msgid and msgstr")
            return
        if not entry.complete:
            seen = list(entry.texts)
            first = entry.texts[seen[0]]
            self.error(first.line, first.column, f"{seen[-1]} has no msgstr after it")
            return
        self.entries.append(entry)


def _references(text: str) -> list[tuple[str, int | None]]:
    """``#:`` references: ``file``, ``file:line``, a name with spaces isolated by FSI/PDI."""
    references: list[tuple[str, int | None]] = []
    for token in re.findall(f"{ISOLATE_START}[^{ISOLATE_END}]*{ISOLATE_END}(?::\\d+)?|\\S+", text):
        name, line = token, None
        head, colon, tail = token.rpartition(":")
        if colon and tail.isdigit() and head:
            name, line = head, int(tail)
        if name.startswith(ISOLATE_START) and name.endswith(ISOLATE_END):
            name = name[1:-1]
        references.append((name, line))
    return references


def _comment_text(text: str) -> str:
    """A comment's text: less the one space after ``#``, and less the space
    that the writer added before a trailing backslash."""
    text = text[1:] if text.startswith(" ") else text
    return text[:-1] if _TRAILING_BACKSLASH_GUARDED.search(text) else text

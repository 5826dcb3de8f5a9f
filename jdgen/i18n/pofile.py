"""Read gettext PO files strictly, and write them losslessly.

jdgen keeps Babel's ``Catalog`` and ``Message`` as the model of a catalog,
but reads and writes the PO text itself, because Babel's ``read_po`` and
``write_po`` are made for lenient extraction, not for files people edit:

- ``read_po`` accepts a string whose closing quote is missing (and drops
  its last character), unknown escape sequences (``\\q``) and text after a
  closing quote; it keeps the first of two entries with the same msgid and
  drops the second; it reports a stray keyword or a merge-conflict marker
  with a line number one too low and no column, and a UTF-8 BOM as a
  misformatted keyword on line 0; and it reads a ``#| msgid`` back as a
  translator comment;
- ``write_po`` adds a ``python-format`` flag to any text that looks like a
  %-format (``10% of``), drops the flags and previous msgid of obsolete
  entries, and rebuilds the header from Catalog attributes (dropping fields
  it does not know, such as Poedit's ``X-Generator``).

A stricter check before Babel would still leave the writer's problems, and
mean parsing twice; polib would be a new dependency for a small grammar,
and its syntax errors carry a line but no column. A PO file's grammar is
small (comment lines ``#``, ``#.``, ``#:``, ``#,``, ``#|``, ``#~``; the
keywords msgctxt, msgid, msgid_plural, msgstr and msgstr[n], each followed
by quoted strings with C escapes, continued by further quoted strings), so
this module implements it: every error has a line and a column, every error
of the file is reported (up to MAX_ERRORS), and reading then writing a
catalog jdgen wrote gives the same bytes.

The file is UTF-8 (a BOM is allowed; Windows line ends are read too).
Message contexts and plural forms are read and refused: jdgen has neither.
A translation no document can hold (a line break, a control character,
jdgen's private-use marks, only spaces) is not a syntax error: the catalog
is read, and ``PoCatalog.invalid`` locates each such translation.
The header entry is kept as written (its comment lines and its msgstr),
and changed only field by field (``set_header_field``). Flags are written
without any format flag (``python-format`` and the like): jdgen texts are
never format strings, and GNU ``msgfmt --check-format`` would judge a
correct translation of ``达到目标的 10% of 总量`` by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel.core import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message

from jdgen import marks
from jdgen.diagnostics import Diagnostic, JdgenError, Position

FUZZY = "fuzzy"
MAX_ERRORS = 50
"""A file in the wrong format would otherwise give an error a line."""

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?![\w\[])")
_WORD = re.compile(r"[^ \t\"]+")
_CONFLICT = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_ESCAPES = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "\\": 92, '"': 34}
_WRITE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
                  "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_UNFIT_TRANSLATION = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\ufffe\\uffff{marks.ALL}]")
_TRAILING_BACKSLASH = re.compile(r"\\ *$")
_TRAILING_BACKSLASH_GUARDED = re.compile(r"\\ +$")
_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"
"""GNU gettext writes a file name with spaces between these (FSI … PDI)."""


class PoCatalog(Catalog):
    """A Babel catalog that also keeps its header entry as written, and knows
    which of its translations jdgen cannot use.

    ``header`` is the header entry's msgstr and ``header_comments`` the
    comment lines above it, exactly as read; None (a catalog made in
    memory) means Babel's default header.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.header: str | None = None
        self.header_comments: list[str] | None = None
        self.invalid: dict[str, Diagnostic] = {}
        """msgid → the error that makes its translation unusable (a line
        break, a control character, one of jdgen's marks, or blank), located
        at the character; the entry counts as untranslated."""


def new_catalog(language: str | None, project: str) -> PoCatalog:
    """An empty catalog for ``language`` with Babel's default header, fixed now."""
    catalog = PoCatalog(locale=_locale(language), project=project, fuzzy=False)
    catalog.header_comments = catalog.header_comment.splitlines()
    catalog.header = _default_header(catalog)
    if language and catalog.locale is None:
        set_header_field(catalog, "Language", language)
    return catalog


def _locale(language: str | None) -> Locale | None:
    if not language:
        return None
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


# -- the header ---------------------------------------------------------------

def _default_header(catalog: Catalog) -> str:
    return "".join(f"{name}: {value.strip()}\n" for name, value in catalog.mime_headers)


def header_text(catalog: Catalog) -> str:
    """The header entry's msgstr: as read, else Babel's default for the catalog."""
    header = getattr(catalog, "header", None)
    if header is None:
        return _default_header(catalog)
    return header


def header_fields(catalog: Catalog) -> dict[str, str]:
    """The header's fields, name → value (the first of a repeated name)."""
    fields: dict[str, str] = {}
    for line in header_text(catalog).split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip(), value.strip())
    return fields


def set_header_field(catalog: PoCatalog, name: str, value: str) -> None:
    """Set one header field, in place if the header has it, else at its end;
    every other byte of the header stays as it was."""
    text = header_text(catalog)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.partition(":")[0].strip().lower() == name.lower():
            lines[index] = f"{name}: {value}"
            catalog.header = "\n".join(lines)
            return
    if text and not text.endswith("\n"):
        text += "\n"
    catalog.header = f"{text}{name}: {value}\n"


# -- reading --------------------------------------------------------------------

class _Syntax(Exception):
    def __init__(self, column: int, message: str) -> None:
        self.column = column
        self.message = message


@dataclass
class _Text:
    """A keyword's value as read: its bytes, and the strings they came from."""

    keyword: str
    line: int
    column: int
    data: bytearray = field(default_factory=bytearray)
    strings: list[tuple[int, int, str]] = field(default_factory=list)
    """(line, column, text) of each quoted string, the quotes left out."""

    def decode(self) -> str:
        return self.data.decode("utf-8")

    def position(self, text: str, index: int) -> Position:
        """Where character ``index`` of the decoded value was written."""
        offset = len(text[:index].encode("utf-8"))
        for line, column, source in self.strings:
            _, columns = _unescape(source, column, line)
            if offset < len(columns):
                return Position(line, columns[offset])
            offset -= len(columns)
        return Position(self.line, self.column)


@dataclass
class _Entry:
    line: int = 0
    comment_lines: list[str] = field(default_factory=list)
    user_comments: list[str] = field(default_factory=list)
    auto_comments: list[str] = field(default_factory=list)
    locations: list[tuple[str, int | None]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous: dict[str, _Text] = field(default_factory=dict)
    last_previous: _Text | None = None
    texts: dict[str, _Text] = field(default_factory=dict)
    last: _Text | None = None
    obsolete: bool | None = None
    """Whether its keywords are ``#~`` lines (None until the first keyword)."""

    @property
    def complete(self) -> bool:
        return any(key == "msgstr" or key.startswith("msgstr[") for key in self.texts)


def read_po(data: bytes, display_path: str, language: str | None = None) -> PoCatalog:
    """Parse a PO file; raise JdgenError listing every error, each located.

    Without ``language``, the ``Language`` field of the header decides the
    catalog's locale.
    """
    return _Reader(display_path).read(data, language)


class _Reader:
    def __init__(self, display_path: str) -> None:
        self.path = display_path
        self.errors: list[Diagnostic] = []
        self.entry = _Entry()
        self.entries: list[_Entry] = []

    def error(self, line: int, column: int, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(Diagnostic(self.path, Position(line, column), message))

    def read(self, data: bytes, language: str | None) -> PoCatalog:
        text = self._decode(data)
        if text is not None:
            lines = text.split("\n")
            for number, line in enumerate(lines, start=1):
                if line.endswith("\r"):
                    line = line[:-1]
                try:
                    self._line(number, line)
                except _Syntax as problem:
                    self.error(number, problem.column, problem.message)
            self._finish_entry(len(lines))
        catalog = self._catalog(language) if not self.errors else None
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
            raise _Syntax(1, "merge conflict marker: keep the right version of the entries, "
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
            raise _Syntax(column, "a line with nothing after its prefix")
        if stripped.startswith('"'):
            target = self.entry.last_previous if previous else self.entry.last
            if target is None or (previous and self.entry.texts):
                raise _Syntax(column, "a string with no keyword before it")
            if not previous and self.entry.obsolete != obsolete:
                raise _Syntax(column, "this string continues an obsolete entry: start it with #~"
                              if self.entry.obsolete else "an entry cannot mix obsolete (#~) lines and active ones")
            _read_strings(stripped, column, number, target)
            return
        match = _KEYWORD.match(stripped)
        if match is None:
            word = _WORD.match(stripped).group()
            if word.startswith("msg"):
                raise _Syntax(column, f"unknown keyword '{word}' (expected msgid, msgstr, msgctxt, "
                                      "msgid_plural or msgstr[n])")
            raise _Syntax(column, f"text outside quotes: '{_shorten(stripped)}'; "
                                  "a PO line is a comment (#), a keyword, or a quoted string")
        keyword = match.group(1)
        value = _Text(keyword, number, column)
        after = stripped[match.end():]
        value_column = column + match.end() + len(after) - len(after.lstrip(" \t"))
        if previous:
            self._previous_keyword(number, value, obsolete)
        else:
            self._keyword(number, value, match, obsolete)
        if not after.strip(" \t"):
            raise _Syntax(column, f"{keyword} needs a quoted string after it")
        value_text = after.strip(" \t")
        if not value_text.startswith('"'):
            raise _Syntax(value_column, f"text outside quotes after {keyword}: '{_shorten(value_text)}'")
        _read_strings(after.lstrip(" \t"), value_column, number, value)

    def _previous_keyword(self, number: int, value: _Text, obsolete: bool) -> None:
        self._start_entry_if_done(number)
        entry = self.entry
        if not entry.line:
            entry.line = number
        order = ("msgctxt", "msgid", "msgid_plural")
        if value.keyword not in order:
            raise _Syntax(value.column, f"'{value.keyword}' cannot be a previous (#|) keyword")
        if value.keyword in entry.previous or any(
                order.index(key) > order.index(value.keyword) for key in entry.previous):
            raise _Syntax(value.column, f"'#| {value.keyword}' is out of place")
        if value.keyword == "msgid_plural" and "msgid" not in entry.previous:
            raise _Syntax(value.column, "'#| msgid_plural' without '#| msgid' before it")
        entry.previous[value.keyword] = value
        entry.last_previous = value

    def _keyword(self, number: int, value: _Text, match: re.Match, obsolete: bool) -> None:
        keyword = value.keyword
        entry = self.entry
        if keyword in ("msgctxt", "msgid") and entry.complete:
            self._finish_entry(number)
            entry = self.entry
        if entry.obsolete is not None and entry.obsolete != obsolete:
            raise _Syntax(value.column, "an entry cannot mix obsolete (#~) lines and active ones")
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
                raise _Syntax(value.column, "msgid_plural must follow a msgid")
        elif keyword == "msgstr":
            if "msgid" not in seen:
                raise _Syntax(value.column, "msgstr without a msgid before it")
            if "msgid_plural" in seen:
                raise _Syntax(value.column, "an entry with msgid_plural needs msgstr[0], msgstr[1], …")
            if "msgstr" in seen:
                raise _Syntax(value.column, "a second msgstr for the same msgid")
        else:
            index = int(match.group(2))
            if "msgid_plural" not in seen:
                raise _Syntax(value.column, f"{keyword} without a msgid_plural before it")
            expected = sum(1 for key in seen if key.startswith("msgstr["))
            if index != expected:
                raise _Syntax(value.column, f"{keyword} out of order (expected msgstr[{expected}])")
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
        self.entry = _Entry()

    def _finish_entry(self, number: int) -> None:
        entry = self.entry
        self.entry = _Entry()
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

    # from entries to a catalog

    def _catalog(self, language: str | None) -> PoCatalog | None:
        header: _Entry | None = None
        messages: list[tuple[_Entry, Message]] = []
        for entry in self.entries:
            message = self._message(entry)
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
        if self.errors:
            return None
        fields = _header_fields(header_message.string) if header is not None else {}
        if header is not None:
            self._check_header(header, fields)
        language = language or fields.get("language") or None
        catalog = PoCatalog(locale=_locale(language), fuzzy=header is not None and FUZZY in header.flags)
        if header is not None:
            catalog.header = header_message.string
            catalog.header_comments = list(header.comment_lines)
        seen: dict[str, int] = {}
        for entry, message in messages:
            msgid = entry.texts["msgid"]
            if message.id in seen:
                self.error(msgid.line, msgid.column,
                           f"duplicate msgid \"{_shorten(message.id)}\" (first on line {seen[message.id]}); "
                           "keep one entry")
                continue
            seen[message.id] = msgid.line
            if entry.obsolete:
                catalog.obsolete[message.id] = message
            else:
                catalog[message.id] = message
                problem = _unusable(message)
                if problem is not None and message.string:
                    index, description = problem
                    catalog.invalid[message.id] = Diagnostic(
                        self.path, entry.texts["msgstr"].position(message.string, index),
                        f'the translation of "{_shorten(message.id)}" {description}',
                    )
        return None if self.errors else catalog

    def _message(self, entry: _Entry) -> Message | None:
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
        message.locations = list(entry.locations)
        message.auto_comments = list(entry.auto_comments)
        message.user_comments = list(entry.user_comments)
        message.previous_id = [values["#| msgid"]] if "#| msgid" in values else []
        return message

    def _check_header(self, header: _Entry, fields: dict[str, str]) -> None:
        msgstr = header.texts["msgstr"]
        for line in msgstr.decode().split("\n"):
            if line.strip() and ":" not in line:
                self.error(msgstr.line, msgstr.column, f"header line without 'Name:': '{_shorten(line)}'")
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


_PLAIN_STRING = re.compile(r'"([^"\\]*)"')


def _read_strings(text: str, column: int, line: int, value: _Text) -> None:
    """Append the quoted strings of ``text`` (starting at ``column``) to ``value``."""
    index = 0
    while index < len(text):
        char = text[index]
        if char in " \t":
            index += 1
            continue
        if char != '"':
            raise _Syntax(column + index, f"text outside quotes: '{_shorten(text[index:])}'")
        plain = _PLAIN_STRING.match(text, index)
        if plain is not None:  # the common case: no escape sequence
            value.data += plain.group(1).encode("utf-8")
            value.strings.append((line, column + index + 1, plain.group(1)))
            index = plain.end()
            continue
        end = _closing_quote(text, index + 1)
        if end is None:
            ending = "a backslash ends the line" if text.endswith("\\") else "end of line within string"
            raise _Syntax(column + index, f'this string has no closing quote ({ending}); end it with "')
        source = text[index + 1:end]
        data, _ = _unescape(source, column + index + 1, line)
        value.data += data
        value.strings.append((line, column + index + 1, source))
        index = end + 1


def _closing_quote(text: str, start: int) -> int | None:
    """The index of the quote that ends the string starting at ``start``, if any."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == '"':
            return index
        else:
            index += 1
    return None


def _unescape(source: str, column: int, line: int) -> tuple[bytes, list[int]]:
    """The bytes a string's text (``source``, starting at ``column``) stands for,
    and the column each byte came from; raise _Syntax at a bad escape."""
    data = bytearray()
    columns: list[int] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char != "\\":
            encoded = char.encode("utf-8")
            data += encoded
            columns += [column + index] * len(encoded)
            index += 1
            continue
        following = source[index + 1:index + 2]
        if following in _ESCAPES:
            data.append(_ESCAPES[following])
            length = 2
        elif following and following in "01234567":
            digits = re.match(r"[0-7]{1,3}", source[index + 1:]).group()
            if int(digits, 8) > 0xFF:
                raise _Syntax(column + index, f"escape sequence '\\{digits}' is beyond a byte")
            data.append(int(digits, 8))
            length = 1 + len(digits)
        elif following == "x":
            digits = re.match(r"[0-9A-Fa-f]{0,2}", source[index + 2:]).group()
            if not digits:
                raise _Syntax(column + index, "escape sequence '\\x' needs hexadecimal digits")
            data.append(int(digits, 16))
            length = 2 + len(digits)
        else:
            raise _Syntax(column + index, f"invalid escape sequence '\\{following}' (use \\\\ for a backslash, "
                                          '\\" for a quote, \\n, \\t)')
        columns.append(column + index)
        index += length
    return bytes(data), columns


def _references(text: str) -> list[tuple[str, int | None]]:
    """``#:`` references: ``file``, ``file:line``, a name with spaces isolated by FSI/PDI."""
    references: list[tuple[str, int | None]] = []
    for token in re.findall(f"{_ISOLATE_START}[^{_ISOLATE_END}]*{_ISOLATE_END}(?::\\d+)?|\\S+", text):
        name, line = token, None
        head, colon, tail = token.rpartition(":")
        if colon and tail.isdigit() and head:
            name, line = head, int(tail)
        if name.startswith(_ISOLATE_START) and name.endswith(_ISOLATE_END):
            name = name[1:-1]
        references.append((name, line))
    return references


def _unusable(message: Message) -> tuple[int, str] | None:
    """Why a translation cannot stand in a document: (character index, reason), or None."""
    text = message.string
    if not isinstance(text, str) or not text:
        return None
    if not text.strip():
        return 0, "is blank"
    found = _UNFIT_TRANSLATION.search(text)
    if found is None:
        return None
    char = found.group()
    if char == "\n":
        kind = "has a line break"
        reason = "; a text is one line (in Excel, Alt+Enter makes a line break)"
    elif char in marks.ALL:
        kind = f"has the private-use character U+{ord(char):04X}"
        reason = " (reserved for jdgen's own marks)"
    elif char in "\ufffe\uffff":
        kind, reason = f"has the noncharacter U+{ord(char):04X}", ""
    else:
        kind, reason = f"has the control character U+{ord(char):04X}", ""
    return found.start(), f"{kind} at character {found.start() + 1}{reason}"


def unusable_translation(text: str) -> str | None:
    """Why ``text`` cannot be a translation, or None when it can."""
    problem = _unusable(Message("x", text))
    return problem[1] if problem else None


def _shorten(text: str, room: int = 40) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= room else text[: room - 1] + "…"


# -- writing --------------------------------------------------------------------

def write_po(catalog: Catalog) -> bytes:
    """The catalog as PO text: the header as read, then every entry in catalog
    order, then the obsolete ones; no line wrapping, no format flags."""
    lines: list[str] = []
    comments = getattr(catalog, "header_comments", None)
    if comments is None:
        comments = catalog.header_comment.splitlines()
        if catalog.fuzzy:
            comments.append("#, fuzzy")
    lines += comments
    lines.append('msgid ""')
    lines += _string_lines("msgstr", header_text(catalog), "")
    lines.append("")
    for message in catalog:
        if message.id:
            lines += _entry_lines(message, obsolete=False)
    for message in catalog.obsolete.values():
        lines += _entry_lines(message, obsolete=True)
    return ("\n".join(lines) + "\n").encode("utf-8")


def written_flags(message: Message) -> list[str]:
    """The flags jdgen writes: fuzzy first, then the rest sorted, never a format flag."""
    flags = sorted(flag for flag in message.flags if flag != FUZZY and not flag.endswith("-format"))
    return ([FUZZY] if FUZZY in message.flags else []) + flags


def _entry_lines(message: Message, obsolete: bool) -> list[str]:
    lines = [_comment("#", comment) for comment in message.user_comments for comment in comment.split("\n")]
    lines += [_comment("#.", comment) for comment in message.auto_comments for comment in comment.split("\n")]
    lines += [_guard_backslash(f"#: {_reference(path, line)}") for path, line in message.locations]
    flags = written_flags(message)
    if flags:
        lines.append(_guard_backslash("#, " + ", ".join(flags)))
    previous = message.previous_id
    if previous:
        prefix = "#~| " if obsolete else "#| "
        previous_id = previous[0] if isinstance(previous, (list, tuple)) else previous
        lines += _string_lines(prefix + "msgid", previous_id, prefix)
    prefix = "#~ " if obsolete else ""
    lines += _string_lines(prefix + "msgid", message.id, prefix)
    lines += _string_lines(prefix + "msgstr", message.string or "", prefix)
    lines.append("")
    return lines


def _comment(prefix: str, text: str) -> str:
    return _guard_backslash(f"{prefix} {text}" if text else prefix)


def _guard_backslash(line: str) -> str:
    """GNU gettext joins a line ending in a backslash with the next one, even
    a comment: such a line gets one more space, which the reader removes."""
    return line + " " if _TRAILING_BACKSLASH.search(line) else line


def _comment_text(text: str) -> str:
    """A comment's text: less the one space after ``#``, and less the space
    that ``_guard_backslash`` added."""
    text = text[1:] if text.startswith(" ") else text
    return text[:-1] if _TRAILING_BACKSLASH_GUARDED.search(text) else text


def _reference(path: str, line: int | None) -> str:
    if any(char.isspace() for char in path):
        path = f"{_ISOLATE_START}{path}{_ISOLATE_END}"
    return f"{path}:{line}" if line is not None else path


def _string_lines(keyword: str, text: str, prefix: str) -> list[str]:
    """``keyword "text"``, or for a text with inner line breaks, ``keyword ""``
    then one quoted line per line of the text (as GNU gettext writes it)."""
    pieces = text.split("\n")
    pieces = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    if len(pieces) <= 1:
        return [f'{keyword} "{_escape(text)}"']
    return [f'{keyword} ""'] + [f'{prefix}"{_escape(piece)}"' for piece in pieces]


def _escape(text: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda match: _WRITE_ESCAPES.get(match.group(), f"\\{ord(match.group()):03o}"), text)

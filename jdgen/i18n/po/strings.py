"""The quoted strings of a PO file: C escapes read to bytes, each byte
remembering the column it was written at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jdgen.diagnostics import Position
from jdgen.i18n.po.model import shorten

_ESCAPES = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "\\": 92, '"': 34}
_PLAIN_STRING = re.compile(r'"([^"\\]*)"')


class Syntax(Exception):
    def __init__(self, column: int, message: str) -> None:
        self.column = column
        self.message = message


@dataclass
class Text:
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
            _, columns = unescape(source, column, line)
            if offset < len(columns):
                return Position(line, columns[offset])
            offset -= len(columns)
        return Position(self.line, self.column)


def read_strings(text: str, column: int, line: int, value: Text) -> None:
    """Append the quoted strings of ``text`` (starting at ``column``) to ``value``."""
    index = 0
    while index < len(text):
        char = text[index]
        if char in " \t":
            index += 1
            continue
        if char != '"':
            raise Syntax(column + index, f"text outside quotes: '{shorten(text[index:])}'")
        plain = _PLAIN_STRING.match(text, index)
        if plain is not None:  # the common case: no escape sequence
            value.data += plain.group(1).encode("utf-8")
            value.strings.append((line, column + index + 1, plain.group(1)))
            index = plain.end()
            continue
        end = _closing_quote(text, index + 1)
        if end is None:
            ending = "a backslash ends the line" if text.endswith("\\") else "end of line within string"
            raise Syntax(column + index, f'this string has no closing quote ({ending}); end it with "')
        source = text[index + 1:end]
        data, _ = unescape(source, column + index + 1, line)
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


def unescape(source: str, column: int, line: int) -> tuple[bytes, list[int]]:
    """The bytes a string's text (``source``, starting at ``column``) stands for,
    and the column each byte came from; raise Syntax at a bad escape."""
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
            octal = re.match(r"[0-7]{1,3}", source[index + 1:])
            assert octal is not None  # following is an octal digit
            digits = octal.group()
            if int(digits, 8) > 0xFF:
                raise Syntax(column + index, f"escape sequence '\\{digits}' is beyond a byte")
            data.append(int(digits, 8))
            length = 1 + len(digits)
        elif following == "x":
            hexadecimal = re.match(r"[0-9A-Fa-f]{0,2}", source[index + 2:])
            assert hexadecimal is not None  # the pattern matches the empty string too
            digits = hexadecimal.group()
            if not digits:
                raise Syntax(column + index, "escape sequence '\\x' needs hexadecimal digits")
            data.append(int(digits, 16))
            length = 2 + len(digits)
        else:
            raise Syntax(column + index, f"invalid escape sequence '\\{following}' (use \\\\ for a backslash, "
                                          '\\" for a quote, \\n, \\t)')
        columns.append(column + index)
        index += length
    return bytes(data), columns

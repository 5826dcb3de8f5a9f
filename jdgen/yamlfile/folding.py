"""East Asian line folding: a line break inside a text with East Asian
characters on both sides folds into nothing, not a space (as Pandoc's
east_asian_line_breaks), for the pure-Python loader and for values libyaml read."""

from __future__ import annotations

import re
import string
import unicodedata

import yaml
from yaml.nodes import ScalarNode

_ASCII_PUNCTUATION = frozenset(string.punctuation)


def _wide(char: str) -> bool:
    """East Asian Wide or Fullwidth: CJK ideographs, kana, hangul, full-width forms."""
    return len(char) == 1 and unicodedata.east_asian_width(char) in ("W", "F")


def east_asian(near: str, far: str) -> bool:
    """Whether one side of a line break is East Asian: the character ``near``
    the break is wide, or is ASCII punctuation beside a wide one, ``far``
    (Chinese written with ASCII punctuation: '分析,' or '(或参与)')."""
    return _wide(near) or (near in _ASCII_PUNCTUATION and _wide(far))


class EastAsianFolding:
    """PyYAML scanner methods that fold a line break with East Asian text on
    both sides into nothing, not a space, in plain, quoted and folded block
    scalars (Pandoc's east_asian_line_breaks).

    Every fold passes through ``scan_line_break``: where it returns '' for a
    line break, the scanner takes that '' in place of the space."""

    _blanks: str | None = None
    """While a scalar's line break is folded: the blanks YAML drops beside it
    (none in a block scalar)."""
    _block_indent: int | None = None
    _line_head = ""
    """The character at the block's indentation on the current line."""
    pointer: int
    buffer: str
    """PyYAML's Reader, which this is mixed with, keeps these: the text read and where in it."""

    def _folding(self, blanks: str, scan, *args):
        self._blanks = blanks
        try:
            return scan(*args)
        finally:
            self._blanks = None

    def scan_plain_spaces(self, indent, start_mark):
        return self._folding(" ", super().scan_plain_spaces, indent, start_mark)

    def scan_flow_scalar_spaces(self, double, start_mark):
        return self._folding(" \t", super().scan_flow_scalar_spaces, double, start_mark)

    def scan_block_scalar(self, style):
        self._block_indent = None
        if style != ">":
            return super().scan_block_scalar(style)
        return self._folding("", super().scan_block_scalar, style)

    def scan_block_scalar_indentation(self):
        breaks, max_indent, end_mark = super().scan_block_scalar_indentation()
        self._block_indent, self._line_head = max(self.indent + 1, 1, max_indent), self.peek()
        return breaks, max_indent, end_mark

    def scan_block_scalar_breaks(self, indent):
        self._block_indent = indent
        breaks, end_mark = super().scan_block_scalar_breaks(indent)
        self._line_head = self.peek()
        return breaks, end_mark

    def scan_line_break(self):
        blanks, end = self._blanks, self.pointer
        if blanks is None:
            return super().scan_line_break()
        while end > 0 and self.buffer[end - 1] in blanks:
            end -= 1
        before = self.buffer[max(end - 2, 0):end]
        line_break = super().scan_line_break()
        joins = line_break == "\n" and east_asian(before[-1:], before[:-1]) and self._east_asian_ahead(blanks)
        return "" if joins else line_break

    def _east_asian_ahead(self, blanks: str) -> bool:
        """Whether the line after the break folds and starts East Asian."""
        if blanks:
            start = self.pointer
            while self.buffer[start] in blanks:
                start += 1
            return east_asian(self.buffer[start], self.buffer[start + 1:start + 2])
        # In a folded block, only lines at the block's indentation fold, not more indented ones.
        indent = self._block_indent
        if indent is None or self._line_head in " \t":
            return False
        line = self.buffer[self.pointer:self.pointer + indent + 2]
        return line[:indent] == " " * indent and east_asian(line[indent:indent + 1], line[indent + 1:])



class _Rescanner(yaml.reader.Reader, yaml.scanner.Scanner):
    """Reads one scalar of a file again (its source ``span``), as PyYAML does."""

    def __init__(self, span: str, indent: int) -> None:
        yaml.reader.Reader.__init__(self, span)
        yaml.scanner.Scanner.__init__(self)
        self.indent = indent

    def value(self, style: str | None) -> str:
        if not style:
            return self.scan_plain().value
        if style in "'\"":
            return self.scan_flow_scalar(style).value
        return self.scan_block_scalar(style).value


class _FoldingRescanner(EastAsianFolding, _Rescanner):
    """Reads one scalar again, joining East Asian lines without a space."""


_BREAK_BETWEEN = re.compile(r"([^ \t\r\n\x85]{1,2})[ \t]*(?:\r\n?|\n|\x85)[ \t]*(?=([^ \t\r\n\x85]{1,2}))")
"""A line break and up to two characters on each side, blanks left out."""
_PROPERTIES = re.compile(r"(?:[&!][^ \t\r\n]*[ \t\r\n]+(?:#[^\n]*\n[ \t\r\n]*)*)*")
"""A node's anchor and tag, where its position starts."""


def _after_properties(text: str, start: int = 0) -> int:
    """Where a node starting at ``start`` has its value: after its anchor and tag, if any."""
    found = _PROPERTIES.match(text, start)
    assert found is not None  # the pattern matches the empty string too
    return found.end()


def indentation(text: str, start: int) -> int:
    """The column of a block sequence whose position (its anchor or tag) is ``start``."""
    start = _after_properties(text, start)
    return start - text.rfind("\n", 0, start) - 1


def refolded(text: str, node: ScalarNode, indent: int) -> str:
    """libyaml's value of a string ``node``, folded again where a line break
    has East Asian text on both sides. ``indent`` is that of the node's block
    collection (it places a block scalar's explicit indentation)."""
    if node.start_mark.line == node.end_mark.line or node.style == "|":
        return node.value
    span = text[node.start_mark.index:node.end_mark.index]
    if span.isascii():  # no East Asian character to fold beside
        return node.value
    span = span[_after_properties(span):]
    breaks = _BREAK_BETWEEN.findall(span)
    if not any(east_asian(a[-1], a[:-1]) and east_asian(b[0], b[1:]) for a, b in breaks):
        return node.value
    try:
        # Only where PyYAML reads the scalar as libyaml did (it does unless the
        # two differ, e.g. on a tab inside a plain scalar).
        if _Rescanner(span, indent).value(node.style) == node.value:
            return _FoldingRescanner(span, indent).value(node.style)
    except yaml.YAMLError:
        pass
    return node.value



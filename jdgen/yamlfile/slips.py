"""Chinese input-method slips: full-width characters typed where YAML needs
ASCII ones (a colon after a key, spaces in the indentation, quotes)."""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from jdgen.diagnostics import Position
from jdgen.yamlfile import parser

_FULL_WIDTH_INDENTATION = "full-width space '\u3000' (U+3000) used for indentation; indent with ASCII spaces"
FULL_WIDTH_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂", "＇": "＇"}
_KEY = r"([A-Za-z0-9_][A-Za-z0-9_-]*)"
_LINE_START = r"[ \u3000]*(?:-[ \u3000]+)*"
_COLON_SLIP = re.compile(_LINE_START + _KEY + "：")
_SPACE_SLIP = re.compile(_LINE_START + "(?:" + _KEY + ":|(-))\u3000")
"""A full-width space after a key's colon or a list item's dash."""
_TEXT_SLIP = re.compile(f"{_KEY}：|(?:{_KEY}:|(-))\u3000")
"""Either slip at the start of a text or a key."""
_INDENTATION_SLIP = re.compile(r" *(\u3000[ \u3000]*)")
_QUOTE_SLIP = re.compile(rf"(?:^[ \u3000]*|[:：][ \u3000]*|- +)([{''.join(FULL_WIDTH_QUOTES)}])")

_Feature = tuple[str | int, ...]
"""What a YAML text has: ("node", line), ("key", line, key) or ("quoted", line, column)."""


def _colon_slip(key: str) -> str:
    return f"full-width colon '：' (U+FF1A) after {key!r}; use an ASCII colon and a space: '{key}: ...'"


def _space_slip(after: str) -> str:
    return f"full-width space '\u3000' (U+3000) after '{after}'; use an ASCII space"


def quotes(opening: str, closing: str) -> str:
    return f"'{opening}' and '{closing}' (U+{ord(opening):04X}, U+{ord(closing):04X})"


def _quote_slip(opening: str, closing: str) -> str:
    return f'full-width quotes {quotes(opening, closing)} are not YAML quotes; to quote a text, use ASCII quotes: "..."'


def text_slip(text: str) -> tuple[int, str] | None:
    """Where a text read from a line's start shows a slip ('grade：3', '-　电脑'), and the message."""
    slip = _TEXT_SLIP.match(text)
    if slip is None:
        return None
    message = _colon_slip(slip[1]) if slip[1] else _space_slip(f"{slip[2]}:" if slip[2] else "-")
    return slip.end() - 1, message


def key_slip(key: str) -> tuple[int, str] | None:
    """Where a key shows a slip, and the message: keys are plain names."""
    if key.startswith("\u3000"):
        return 0, _FULL_WIDTH_INDENTATION
    if key[:1] in FULL_WIDTH_QUOTES:
        return 0, _quote_slip(key[0], FULL_WIDTH_QUOTES[key[0]])
    return text_slip(key)


def breaking_slips(text: str) -> list[tuple[Position, str]]:
    """The input-method slips that break ``text``: a full-width colon after a
    key, full-width spaces in the indentation, full-width quotes around a value.

    The candidates are repaired (a full-width space taken for one space, else
    for two); if the repaired text is valid YAML, the slips reported are those
    where it has a key, a value, or a quoted text."""
    for width in (1, 2):
        repaired, candidates = _repaired(text, " " * width)
        if not candidates:
            return []
        root = parser.compose(repaired)
        if root is not None:
            found = _features(root)
            return [(position, message) for needed, position, message in candidates if needed in found]
    return []


def _repaired(text: str, full_width_space: str) -> tuple[str, list[tuple[_Feature, Position, str]]]:
    """``text`` with its candidate slips repaired, and for each, what the
    repaired YAML has if it was one, where it is, and the message."""
    repaired_lines: list[str] = []
    candidates: list[tuple[_Feature, Position, str]] = []
    for number, line in enumerate(text.split("\n")):
        # (start, end, replacement, what the YAML has if it is a slip, message)
        edits: list[tuple[int, int, str, _Feature | None, str]] = []
        if found := _INDENTATION_SLIP.match(line):
            edits.append((found.start(1), found.end(1), found[1].replace("\u3000", full_width_space),
                          ("node", number), _FULL_WIDTH_INDENTATION))
        if found := _COLON_SLIP.match(line):
            edits.append((found.end() - 1, found.end(), ": ", ("key", number, found[1]), _colon_slip(found[1])))
        if found := _SPACE_SLIP.match(line):
            feature: _Feature = ("key", number, found[1]) if found[1] else ("node", number)
            edits.append((found.end() - 1, found.end(), " ", feature, _space_slip(f"{found[1]}:" if found[1] else "-")))
        if (found := _QUOTE_SLIP.search(line)) and (end := line.rfind(FULL_WIDTH_QUOTES[found[1]])) > found.start(1):
            ascii_quote = "'" if found[1] in "‘＇" else '"'
            edits += [(found.start(1), found.end(1), ascii_quote, ("quoted", number), _quote_slip(found[1], line[end])),
                      (end, end + 1, ascii_quote, None, "")]
        shift = 0
        for start, end, replacement, needed, message in sorted(edits, key=lambda edit: edit[0]):
            if needed:
                needed += (start + shift,) if needed[0] == "quoted" else ()
                candidates.append((needed, Position(number + 1, start + 1), message))
            line = line[:start + shift] + replacement + line[end + shift:]
            shift += len(replacement) - (end - start)
        repaired_lines.append(line)
    return "\n".join(repaired_lines), candidates


def _features(root: Node) -> set[_Feature]:
    """The lines where nodes start, the keys with their lines, and the
    positions of quoted texts."""
    found: set[_Feature] = set()
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            start = node.start_mark
            found.add(("node", start.line))
            if isinstance(node, MappingNode):
                found.update(("key", key.start_mark.line, key.value) for key, _ in node.value
                             if isinstance(key, ScalarNode))
                stack += [part for pair in node.value for part in pair]
            elif isinstance(node, SequenceNode):
                stack += node.value
            elif isinstance(node, ScalarNode) and node.style in ("'", '"'):
                found.add(("quoted", start.line, start.column))
    return found



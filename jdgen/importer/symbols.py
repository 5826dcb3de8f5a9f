"""Boxes and ticks drawn in a symbol font (Insert Symbol's ``w:sym``, or a
run in Wingdings): read as the Unicode boxes they show, so that a choice
ticked with them reads as the choice made."""

from __future__ import annotations

_GLYPHS = {
    "wingdings": {0xFE: "☑", 0xFD: "☒", 0xFB: "☒", 0xFC: "✓", 0xA8: "☐", 0x6F: "□", 0x71: "□", 0x78: "☒"},
    "wingdings 2": {0x52: "☑", 0x53: "☒", 0x54: "☒", 0x50: "✓", 0xA3: "☐", 0x2A: "□", 0x51: "☒", 0x4F: "☒"},
}
"""Each symbol font's box and tick glyphs by their code (Word may add 0xF000 to it)."""


def sym_shown(font: str, code: str) -> str:
    """What a ``w:sym`` of ``font`` and hexadecimal ``code`` shows: its box or
    tick, or "" for a glyph that is none."""
    try:
        return _glyph(font, int(code, 16)) or ""
    except ValueError:
        return ""


def text_shown(font: str, text: str) -> str:
    """A run's ``text`` as it shows in ``font``: in a symbol font, its boxes and
    ticks (þ in Wingdings is ☑), other glyphs dropped; else the text."""
    if font.strip().lower() not in _GLYPHS:
        return text
    return "".join(_glyph(font, ord(character)) or "" for character in text)


def _glyph(font: str, number: int) -> str | None:
    glyphs = _GLYPHS.get(font.strip().lower(), {})
    return glyphs.get(number - 0xF000 if number >= 0xF000 else number)

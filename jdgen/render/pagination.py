"""Page breaks only where a printed form may have them.

A table row that may break across pages (one without ``w:cantSplit``, such
as the row of duties beside indicators) is cut by a reader wherever the page
ends: LibreOffice breaks such a row between any two lines, paying no heed
to a paragraph's "keep lines together". So the renderer cuts it itself,
into rows that never split, each holding the next paragraphs of every
column: a paragraph (a bilingual pair is one) is never cut, a heading stays
with what follows it (``w:keepNext``), and the page may break only between
two of these rows. The rows read as one: no border between them, and the
columns flow on. Where they break is chosen so that the columns' heights,
estimated from their text, stay level, leaving little space under the
shorter column.
"""

from __future__ import annotations

import copy
import functools
import math
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"

EM_TWIPS = 200
"""Twips of one em of body text (10 pt)."""
PADDING_TWIPS = 140
"""Twips of a cell's width its padding takes."""
ROW_LINES = 6
"""A row is closed once this many lines are in it and the columns are level..."""
MOST_LINES = 18
"""...and in any case past this many: the most a page leaves blank."""
LEVEL_LINES = 1.5
"""Columns this close in height count as level."""


@dataclass(frozen=True)
class ParagraphStyles:
    """What the page layout needs of a template's paragraph styles: which keep
    with the next paragraph (headings), and each one's left indent in twips."""

    kept: frozenset[str] = frozenset()
    indents: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, styles: bytes | None) -> ParagraphStyles:
        """From the package's ``word/styles.xml`` (none: nothing known)."""
        if styles is None:
            return cls()
        try:
            root = etree.fromstring(styles)
        except etree.XMLSyntaxError:
            return cls()
        kept, indents = set(), {}
        for style in root.iter(f"{_W}style"):
            name = style.get(f"{_W}styleId", "")
            keep = style.find(f"{_W}pPr/{_W}keepNext")
            if keep is not None and keep.get(f"{_W}val", "true") not in _OFF:
                kept.add(name)
            indent = style.find(f"{_W}pPr/{_W}ind")
            if indent is not None:
                left = indent.get(f"{_W}left") or indent.get(f"{_W}start") or "0"
                indents[name] = int(left) if left.lstrip("-").isdigit() else 0
        return cls(frozenset(kept), indents)


_OFF = ("0", "false", "off")


def keep_rows_whole(root: etree._Element, styles: ParagraphStyles) -> bool:
    """Cut every row of ``root`` that may break across pages into rows that
    may not. Return whether anything changed."""
    changed = False
    for row in list(root.iter(f"{_W}tr")):
        properties = row.find(f"{_W}trPr")
        if properties is not None and properties.find(f"{_W}cantSplit") is not None:
            continue
        _cut(row, styles)
        changed = True
    return changed


def _cut(row: etree._Element, styles: ParagraphStyles) -> None:
    cells = [child for child in row if child.tag == f"{_W}tc"]
    groups = _rows([_column(cell, styles) for cell in cells])
    template = copy.deepcopy(row)
    for cell in template.findall(f"{_W}tc"):
        template.remove(cell)
    properties = template.find(f"{_W}trPr")
    if properties is None:
        properties = etree.Element(f"{_W}trPr")
        template.insert(len(template.findall(f"{_W}tblPrEx")), properties)
    properties.insert(0, etree.Element(f"{_W}cantSplit"))
    for index, group in reversed(list(enumerate(groups))):
        new_row = copy.deepcopy(template)
        for cell, content in zip(cells, group, strict=True):
            new_row.append(_cell(cell, content, first=index == 0, last=index == len(groups) - 1))
        row.addnext(new_row)
    row.getparent().remove(row)


def _column(cell: etree._Element, styles: ParagraphStyles) -> list[tuple[list[etree._Element], float]]:
    """A cell's blocks, each with its height in lines: paragraphs and tables,
    a paragraph kept with the next one when it says so (a heading, or what
    leads into a chart), and a table with the paragraph after it."""
    width = _width(cell)
    blocks = []
    block: list[etree._Element] = []
    lines = 0.0
    for child in cell:
        if child.tag not in (f"{_W}p", f"{_W}tbl"):
            continue
        block.append(child)
        lines += _lines(child, width, styles)
        if not (child.tag == f"{_W}tbl" or _kept_with_next(child, styles.kept)):  # a chart leads into its list
            blocks.append((block, lines))
            block, lines = [], 0.0
    if block:
        blocks.append((block, lines))
    return blocks


def _rows(columns: list[list[tuple[list[etree._Element], float]]]) -> list[list[list[etree._Element]]]:
    """The blocks of each column grouped into rows, each row a list of every
    column's elements: the shortest column takes its next block, and a row
    is closed when it is tall enough and the columns still to come are
    level, or when it is as tall as a row may be."""
    rows: list[list[list[etree._Element]]] = []
    current: list[list[etree._Element]] = [[] for _ in columns]
    height = [0.0 for _ in columns]
    while any(columns):
        waiting = [index for index, blocks in enumerate(columns) if blocks]
        shortest = min(waiting, key=lambda index: height[index])
        block, lines = columns[shortest].pop(0)
        current[shortest] += block
        height[shortest] += lines
        waiting = [index for index, blocks in enumerate(columns) if blocks]
        tallest = max(height)
        level = not waiting or tallest - min(height[index] for index in waiting) <= LEVEL_LINES
        if (tallest >= ROW_LINES and level) or tallest >= MOST_LINES:
            rows.append(current)
            current = [[] for _ in columns]
            height = [0.0 for _ in columns]
    if any(current) or not rows:
        rows.append(current)
    return rows


_BORDER_ORDER = ["top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl"]


def _cell(cell: etree._Element, content: list[etree._Element], *, first: bool, last: bool) -> etree._Element:
    """A cell with ``cell``'s properties holding ``content``: a merged cell
    continues its merge below the first row, and no border parts the rows."""
    new = etree.Element(f"{_W}tc", cell.attrib)
    properties = cell.find(f"{_W}tcPr")
    properties = copy.deepcopy(properties) if properties is not None else etree.Element(f"{_W}tcPr")
    new.append(properties)
    merge = properties.find(f"{_W}vMerge")
    if merge is not None:
        if not first:
            merge.attrib.pop(f"{_W}val", None)
            content = []
    elif not (first and last):
        _open_borders(properties, top=not first, bottom=not last)
    new.extend(content)
    if not content or content[-1].tag != f"{_W}p":  # a cell ends with a paragraph
        new.append(_empty_paragraph(cell))
    return new


def _open_borders(properties: etree._Element, *, top: bool, bottom: bool) -> None:
    """No border on the ``top`` or ``bottom`` side of a cell."""
    borders = properties.find(f"{_W}tcBorders")
    if borders is None:
        borders = etree.SubElement(properties, f"{_W}tcBorders")
    sides = {etree.QName(side).localname: side for side in borders}
    for name, open_side in (("top", top), ("bottom", bottom)):
        if open_side:
            sides[name] = etree.Element(f"{_W}{name}")
            sides[name].set(f"{_W}val", "nil")
    borders[:] = [sides[name] for name in _BORDER_ORDER if name in sides]


def _empty_paragraph(cell: etree._Element) -> etree._Element:
    paragraph = etree.Element(f"{_W}p")
    source = cell.find(f"{_W}p/{_W}pPr/{_W}pStyle")
    if source is not None:
        etree.SubElement(paragraph, f"{_W}pPr").append(copy.deepcopy(source))
    return paragraph


def _kept_with_next(paragraph: etree._Element, kept_styles: Collection[str]) -> bool:
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        return False
    keep = properties.find(f"{_W}keepNext")
    if keep is not None:
        return keep.get(f"{_W}val", "true") not in _OFF
    style = properties.find(f"{_W}pStyle")
    return style is not None and style.get(f"{_W}val") in kept_styles


def _width(cell: etree._Element) -> int:
    """The twips of text a line of ``cell`` holds."""
    width = cell.find(f"{_W}tcPr/{_W}tcW")
    twips = int(width.get(f"{_W}w", "0")) if width is not None and width.get(f"{_W}type") == "dxa" else 0
    return twips - PADDING_TWIPS if twips else 4000


def _lines(element: etree._Element, width: int, styles: ParagraphStyles) -> float:
    """The lines ``element`` takes in a column ``width`` twips wide, about."""
    if element.tag != f"{_W}p":
        paragraphs = list(element.iter(f"{_W}p"))
        return sum(_lines(paragraph, width, styles) for paragraph in paragraphs
                   if paragraph.getparent().tag == f"{_W}tc")
    style = element.find(f"{_W}pPr/{_W}pStyle")
    indent = styles.indents.get(style.get(f"{_W}val", "") if style is not None else "", 0)
    ems = max(width - indent, 4 * EM_TWIPS) / EM_TWIPS
    lines = 0.0
    text_ems = 0.0
    for piece in element.iter(f"{_W}t", f"{_W}br", f"{_W}tab"):
        if piece.tag == f"{_W}br":
            lines += max(1, math.ceil(text_ems / ems))
            text_ems = 0.0
        elif piece.tag == f"{_W}tab":
            text_ems += 2
        else:
            text_ems += _text_ems(piece.text or "")
    return lines + max(1, math.ceil(text_ems / ems))


@functools.lru_cache(maxsize=4096)
def _text_ems(text: str) -> float:
    """The ems of ``text``: one for each wide (East Asian) character, a half
    for any other (once per text: a spec's texts come back in each of its
    documents and builds)."""
    return sum(1.0 if unicodedata.east_asian_width(char) in "WF" else 0.5 for char in text)

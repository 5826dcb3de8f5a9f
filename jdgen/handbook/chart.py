"""The handbook's organisation chart: the reporting tree of its positions
(and of each department's), drawn in the document itself after the
contents, each box a link to its position's form.

The tree and its rows are the site's (jdgen.site.orgchart): one position a
row, indented under its superior, so a chart of hundreds of positions grows
down the pages, not across them. Each chart is a table drawn with borders,
which Word and LibreOffice lay out and print alike:

- a row per position, never split by a page break, the chart's name
  repeated at the top of each page it runs on;
- a level of indentation is two narrow columns, the line from a superior
  down to its subordinates the border between them;
- the box is a bordered, shaded paragraph in the cell that spans the rest
  of the row, a hyperlink to the bookmark at the start of its form; the
  short line into it, the bottom border of a paragraph as high as the
  middle of the box's first line.

The positions linked to no other and by none are listed apart under the
chart, each linked to its form too; then, as the site's chart does, the
link problems that leave a position out of the tree (a reporting cycle, a
link to no position, an id claimed twice), in the words ``check`` gives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from jdgen.handbook.compose import W, bookmark
from jdgen.site.orgchart import Node, Row, reporting_tree, rows

LEVEL = 340
"""How far a subordinate's box is indented under its superior's, in twips
(0.6 cm), at most: deep trees get narrower levels so boxes keep ``BOX_WIDTH``."""
BOX_WIDTH = 4200
"""The least width of a box, in twips (7.4 cm)."""
GAP = 100
"""The space above each box, in twips."""
LINE_HEIGHT = 260
"""A line of a box's text, in twips (exact: the line into the box meets its middle)."""
BOX_PAD = 40
"""The space between a box's top border and its text, in twips (2 points)."""
BOX_INDENT = 110
"""The box's text from its cell's sides, in twips: its border, 4 points out
from the text, then falls just inside the cell."""
ELBOW = GAP + BOX_PAD + 10 + LINE_HEIGHT // 2
"""How far down a row the line into its box runs: the middle of the box's first line."""
LINE = 'w:val="single" w:sz="6" w:space="0" w:color="8C8C8C"'
"""The lines between boxes (¾ point, grey)."""
BOX_BORDER = 'w:val="single" w:sz="6" w:color="4A6F95"'
BOX_FILL = "EEF3F8"


@dataclass
class Member:
    """A position as the handbook's chart sees it."""

    spec_id: str
    title: str
    """Its title as the chart shows it (plain text, both languages in a bilingual handbook)."""
    department: str
    reports_to: str | None
    linked: Mapping[tuple[str, int], str] = field(default_factory=dict)
    number: int = 0
    """Its chapter: the box links to ``bookmark(number)``."""


@dataclass(frozen=True)
class ChartWords:
    """The chart's headings, in the handbook's language(s)."""

    chart: str
    unlinked: str
    by_department: str
    problems: str


def chart_xml(members: list[Member], words: ChartWords, width: int, problems: list[str]) -> list[str]:
    """The chart of ``members`` (in their chapters' order), from a new page:
    the whole set's tree, the positions linked to no other, the link
    ``problems`` (diagnostics' lines), then each department's tree when there
    are several; as body elements' XML, ``width`` the text's width in twips."""
    tree = reporting_tree(members)
    xml = [_heading(words.chart, size=32, new_page=True)]
    if tree.roots:
        xml.append(_tree_table(tree.roots, words.chart, width))
    if tree.unlinked:
        xml.append(_heading(words.unlinked, size=24))
        xml += [_unlinked_line(member) for member in tree.unlinked]
    if problems:
        xml.append(_heading(words.problems, size=24))
        xml += [_problem_line(problem) for problem in problems]
    departments: dict[str, list[Member]] = {}
    for member in members:
        departments.setdefault(member.department, []).append(member)
    if len(departments) > 1:
        xml.append(_heading(words.by_department, size=28, new_page=True))
        for name, part in sorted(departments.items()):
            department = reporting_tree(part)
            xml.append(_heading(name, size=24))
            xml.append(_tree_table(department.roots + [Node(member) for member in department.unlinked], name, width))
    return xml


def _tree_table(roots: list[Node[Member]], caption: str, width: int) -> str:
    """One tree as a table: a header row naming it (repeated on each page), then a row per position."""
    laid_out = rows(roots)
    levels = max((row.depth for row in laid_out), default=0)
    level = max(2 * 20, min(LEVEL, (width - BOX_WIDTH) // max(levels, 1)) // 2 * 2)
    half = level // 2
    box = width - levels * level
    grid = "".join(f'<w:gridCol w:w="{half}"/>' for _ in range(2 * levels)) + f'<w:gridCol w:w="{box}"/>'
    edges = "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = "".join(f'<w:{edge} w:w="0" w:type="dxa"/>' for edge in ("top", "left", "bottom", "right"))
    header = (f'<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
              f'<w:gridSpan w:val="{2 * levels + 1}"/></w:tcPr>'
              f'{_paragraph(caption, size=16, colour="767676", after=40)}</w:tc></w:tr>')
    body = "".join(_row(row, levels, half, box) for row in laid_out)
    return (f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{edges}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar>'
            f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
            f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}{body}</w:tbl>')


def _row(row: Row[Member], levels: int, half: int, box: int) -> str:
    """A position's row: the lines of the levels above it, then its box."""
    cells = []
    for level, goes_on in enumerate(row.lines):
        cells.append(_cell(half, _EMPTY))
        own = level == row.depth - 1
        if own and goes_on:  # ├: the line down the row, and into the box
            cells.append(_cell(half, _elbow(left=False), border=True))
        elif own:  # └: down to the box's middle, and into it
            cells.append(_cell(half, _elbow(left=True)))
        else:  # │ or nothing
            cells.append(_cell(half, _EMPTY, border=goes_on))
    member = row.node.position
    span = 2 * (levels - row.depth) + 1
    cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{box + (span - 1) * half}" w:type="dxa"/>'
                 + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                 + f'</w:tcPr>{_box(member)}</w:tc>')
    return f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{"".join(cells)}</w:tr>'


def _cell(width: int, content: str, border: bool = False) -> str:
    borders = f"<w:tcBorders><w:left {LINE}/></w:tcBorders>" if border else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{borders}</w:tcPr>{content}</w:tc>'


_EMPTY = ('<w:p><w:pPr><w:keepLines/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" '
          'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')
"""A cell's one paragraph, too small to make its row any taller."""


def _elbow(left: bool) -> str:
    """The line into a box: an empty paragraph as high as the box's middle,
    its bottom border the line (and, for the last subordinate, its left
    border the line down to it, indented by its own width so that it falls
    inside the cell, where the cell borders of the rows above fall)."""
    borders = (f"<w:left {LINE}/>" if left else "") + f"<w:bottom {LINE}/>"
    return (f'<w:p><w:pPr><w:keepLines/><w:pBdr>{borders}</w:pBdr><w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="{ELBOW}" w:lineRule="exact"/>'
            + ('<w:ind w:left="20"/>' if left else "")
            + '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')


def _box(member: Member) -> str:
    """A position's box: its title and id, a link to its form."""
    borders = "".join(f'<w:{edge} {BOX_BORDER} w:space="{space}"/>'
                      for edge, space in (("top", 2), ("left", 4), ("bottom", 2), ("right", 4)))
    return (f'<w:p><w:pPr><w:keepLines/><w:pBdr>{borders}</w:pBdr>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{BOX_FILL}"/><w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="{GAP}" w:after="0" w:line="{LINE_HEIGHT}" w:lineRule="exact"/>'
            f'<w:ind w:left="{BOX_INDENT}" w:right="{BOX_INDENT}"/></w:pPr>{_link(member, size=18)}</w:p>')


def _link(member: Member, size: int) -> str:
    """The member's title and id, linked to the start of its form."""
    return (f'<w:hyperlink w:anchor="{bookmark(member.number)}" w:history="1">'
            f'{_run(member.title, size)}{_run("  " + member.spec_id, size - 2, colour="666666")}</w:hyperlink>')


def _run(text: str, size: int, colour: str = "", bold: bool = False) -> str:
    properties = ("<w:b/>" if bold else "") + (f'<w:color w:val="{colour}"/>' if colour else "") \
        + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r>'


def _paragraph(text: str, size: int, colour: str = "", after: int = 0) -> str:
    return (f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="{after}"/></w:pPr>'
            f'{_run(text, size, colour)}</w:p>')


def _heading(text: str, size: int, new_page: bool = False) -> str:
    """A heading kept with what follows it; ``new_page`` starts a page."""
    return (f'<w:p xmlns:w="{W}"><w:pPr><w:keepNext/>{"<w:pageBreakBefore/>" if new_page else ""}'
            f'<w:spacing w:before="{0 if new_page else 240}" w:after="120"/></w:pPr>'
            f'{_run(text, size, bold=True)}</w:p>')


def _unlinked_line(member: Member) -> str:
    return f'<w:p xmlns:w="{W}"><w:pPr><w:spacing w:before="0" w:after="60"/></w:pPr>{_link(member, size=20)}</w:p>'


def _problem_line(problem: str) -> str:
    return (f'<w:p xmlns:w="{W}"><w:pPr><w:spacing w:before="0" w:after="60"/></w:pPr>'
            f'{_run(problem, 18, colour="9C0006")}</w:p>')

"""The organisation chart: the reporting tree of the positions, from their
``reports_to`` links, laid out one position a row, and drawn as an SVG of
boxes that link to their pages (the handbook draws the same rows in Word,
jdgen.handbook.chart).

The tree is laid out indented, one position a row, as a file browser shows
folders: a chart of 300 positions stays readable (it grows down, not
across), and every box is the same height, so the drawing is plain
arithmetic and the same set always gives the same bytes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Generic, Protocol, TypeVar

from jdgen.jobspec.links import REPORTS_TO

ROW = 36
"""Height of a row of the chart, in pixels."""
BOX = 28
"""Height of a box."""
INDENT = 28
"""How far a subordinate's box is indented under its superior's."""
MARGIN = 8
LINK_PROBLEMS = ("spec-link", "spec-id")
"""The diagnostics a chart lists apart (links that reach nowhere, reporting
cycles, ids claimed twice), in the words ``check`` gives: a position they
leave out of the tree is shown there."""


class Linked(Protocol):
    """A position as the chart sees it: its id and the ids it links to."""

    @property
    def spec_id(self) -> str: ...

    @property
    def reports_to(self) -> str | None:
        """The id of the position it reports to, when linked by id."""

    @property
    def linked(self) -> Mapping[tuple[str, int], str]:
        """Its other links (subordinates, career path): where, and the id."""


P = TypeVar("P", bound=Linked)


def split_links(links: Iterable[tuple[tuple[str | int, ...], str]]) -> tuple[str | None, dict[tuple[str, int], str]]:
    """A spec's links by id (jdgen.jobspec.collection.link_ids) as the chart
    takes them: the id it reports to, and its other links by ``(field, index)``."""
    pairs = list(links)
    reports_to = next((spec_id for at, spec_id in pairs if at == REPORTS_TO), None)
    return reports_to, {(str(at[-2]), int(at[-1])): spec_id for at, spec_id in pairs if at != REPORTS_TO}


@dataclass
class Node(Generic[P]):
    position: P
    children: list[Node[P]] = field(default_factory=list)


@dataclass
class Tree(Generic[P]):
    """The reporting tree: its roots (positions reporting to none of the
    set), and the positions linked to no other and by none, apart."""

    roots: list[Node[P]]
    unlinked: list[P]


def reporting_tree(positions: list[P]) -> Tree[P]:
    """The tree of ``positions`` (in their order) by their ``reports_to`` links;
    a link to a position outside ``positions`` (one left out, as a reporting
    cycle's are) makes a root, not a position linked to no other."""
    nodes = {position.spec_id.lower(): Node(position) for position in positions}
    linked = {target.lower() for position in positions for target in position.linked.values()}
    roots = []
    for position in positions:
        node = nodes[position.spec_id.lower()]
        parent = nodes.get(position.reports_to.lower()) if position.reports_to else None
        if parent is not None:
            parent.children.append(node)
        else:
            roots.append(node)
    def charted(node: Node[P]) -> bool:
        return bool(node.children or node.position.reports_to or node.position.spec_id.lower() in linked)

    return Tree([node for node in roots if charted(node)], [node.position for node in roots if not charted(node)])


@dataclass(frozen=True)
class Row(Generic[P]):
    """A row of the chart: a position, how deep it is, and the lines beside its box."""

    depth: int
    node: Node[P]
    lines: tuple[bool, ...]
    """For each level above it (``depth`` of them): whether the level's
    vertical line goes on below this row. The last is its own: a later
    sibling follows (├) or not (└); the others pass by (│) or not."""


def rows(roots: list[Node[P]]) -> list[Row[P]]:
    """The chart's rows, each position under its superior, depth first."""
    found: list[Row[P]] = []

    def walk(node: Node[P], depth: int, lines: tuple[bool, ...]) -> None:
        found.append(Row(depth, node, lines))
        for index, child in enumerate(node.children):
            walk(child, depth + 1, (*lines, index < len(node.children) - 1))

    for root in roots:
        walk(root, 0, ())
    return found


def draw(roots: list[Node[P]], title: Callable[[P], str], href: Callable[[P], str], label: str) -> str:
    """The SVG of the tree under ``roots``: each box shows ``title(position)``
    and the id, and links to ``href(position)``. ``label`` names the chart."""
    laid_out = rows(roots)
    parts: list[str] = []
    width = 0
    row_of = {id(row.node): index for index, row in enumerate(laid_out)}
    for index, row in enumerate(laid_out):
        depth, node = row.depth, row.node
        x, y = MARGIN + depth * INDENT, MARGIN + index * ROW
        text = title(node.position)
        box = _text_width(text) + _text_width(node.position.spec_id) + 36
        width = max(width, x + box + MARGIN)
        if node.children:
            last = row_of[id(node.children[-1])]
            parts.append(f'<path class="link" d="M{x + 12} {y + BOX} V{MARGIN + last * ROW + BOX // 2}"/>')
        if depth:
            parts.append(f'<path class="link" d="M{x - INDENT + 12} {y + BOX // 2} H{x}"/>')
        parts.append(
            f'<a href="{escape(href(node.position))}"><rect x="{x}" y="{y}" width="{box}" height="{BOX}" rx="4"/>'
            f'<text x="{x + 10}" y="{y + 19}">{escape(text)}'
            f'<tspan class="id" dx="10">{escape(node.position.spec_id)}</tspan></text></a>')
    height = MARGIN * 2 + len(laid_out) * ROW
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart" role="img" aria-label="{escape(label)}" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">' + "".join(parts) + "</svg>")


def _text_width(text: str) -> int:
    """About how wide ``text`` is at the chart's 13-pixel font: wide (East
    Asian) characters take a full em, others about half."""
    return sum(13 if unicodedata.east_asian_width(char) in "WF" else 7 for char in text)

"""The organisation chart: the reporting tree of the positions, from their
``reports_to`` links, drawn as an SVG of boxes that link to their pages.

The tree is drawn indented, one position a row, as a file browser shows
folders: a chart of 300 positions stays readable (it grows down, not
across), and every box is the same height, so the drawing is plain
arithmetic and the same set always gives the same bytes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from jdgen.site.summary import Summary

ROW = 36
"""Height of a row of the chart, in pixels."""
BOX = 28
"""Height of a box."""
INDENT = 28
"""How far a subordinate's box is indented under its superior's."""
MARGIN = 8


@dataclass
class Node:
    position: Summary
    children: list[Node] = field(default_factory=list)


@dataclass
class Tree:
    """The reporting tree: its roots (positions reporting to none of the
    set), and the positions linked to no other and by none, apart."""

    roots: list[Node]
    unlinked: list[Summary]


def reporting_tree(positions: list[Summary]) -> Tree:
    """The tree of ``positions`` (in their order) by their ``reports_to`` links;
    a link to a position outside ``positions`` makes a root."""
    nodes = {position.key_of_id(): Node(position) for position in positions}
    linked = {target.lower() for position in positions for target in position.linked.values()}
    roots = []
    for position in positions:
        parent = nodes.get(position.reports_to.lower()) if position.reports_to else None
        if parent is not None:
            parent.children.append(nodes[position.key_of_id()])
        else:
            roots.append(nodes[position.key_of_id()])
    unlinked = [node.position for node in roots if not node.children and node.position.key_of_id() not in linked]
    chart_roots = [node for node in roots if node.children or node.position.key_of_id() in linked]
    return Tree(chart_roots, unlinked)


def draw(roots: list[Node], title: Callable[[Summary], str], href: Callable[[Summary], str],
         label: str) -> str:
    """The SVG of the tree under ``roots``: each box shows ``title(position)``
    and the id, and links to ``href(position)``. ``label`` names the chart."""
    rows: list[tuple[int, Node]] = []

    def walk(node: Node, depth: int) -> None:
        rows.append((depth, node))
        for child in node.children:
            walk(child, depth + 1)

    for root in roots:
        walk(root, 0)
    parts: list[str] = []
    width = 0
    row_of = {id(node): index for index, (_, node) in enumerate(rows)}
    for index, (depth, node) in enumerate(rows):
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
    height = MARGIN * 2 + len(rows) * ROW
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart" role="img" aria-label="{escape(label)}" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">' + "".join(parts) + "</svg>")


def _text_width(text: str) -> int:
    """About how wide ``text`` is at the chart's 13-pixel font: wide (East
    Asian) characters take a full em, others about half."""
    return sum(13 if unicodedata.east_asian_width(char) in "WF" else 7 for char in text)

"""Text boxes drawn as a form's grid (WPS, and Word forms drawn with the
drawing tools): saved in the order they were drawn, read in the order of
their place on the page, the boxes at one height a row, left to right."""

from __future__ import annotations

import re

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_POINT = 12700
_SAME_ROW = 45720
"""How far apart (in EMU, 0.05 inch) the tops of two boxes of one row may be."""
_VML_PLACE = re.compile(r"margin-(left|top)\s*:\s*(-?[\d.]+)\s*pt", re.IGNORECASE)


def position(box) -> tuple[int, int] | None:
    """Where a text box's content (w:txbxContent) is drawn: its left and top,
    in EMU from what it is placed against (DrawingML's offsets, or VML's
    margins); None for a box placed in the line of text, or not placed by figures."""
    for ancestor in box.iterancestors():
        if ancestor.tag == f"{_WP}anchor":
            left = ancestor.find(f"{_WP}positionH/{_WP}posOffset")
            top = ancestor.find(f"{_WP}positionV/{_WP}posOffset")
            if left is None or top is None:
                return None
            try:
                return int(left.text or ""), int(top.text or "")
            except ValueError:
                return None
        if ancestor.tag == f"{_WP}inline":
            return None
        places = dict((side.lower(), float(figure)) for side, figure in _VML_PLACE.findall(ancestor.get("style", "")))
        if "left" in places and "top" in places:
            return round(places["left"] * _EMU_PER_POINT), round(places["top"] * _EMU_PER_POINT)
    return None


def rows(boxes: list) -> list[list] | None:
    """The boxes one paragraph anchors in rows in reading order (top to
    bottom, each row left to right), when they are a grid: each placed by
    figures and some two of them side by side at one height; None otherwise."""
    places = [position(box) for box in boxes]
    placed = [(where, box) for where, box in zip(places, boxes, strict=True) if where is not None]
    if len(placed) < 2 or len(placed) != len(boxes):
        return None
    found: list[tuple[int, list[tuple[int, object]]]] = []
    for (left, top), box in sorted(placed, key=lambda item: (item[0][1], item[0][0])):
        if found and top - found[-1][0] <= _SAME_ROW:
            found[-1][1].append((left, box))
        else:
            found.append((top, [(left, box)]))
    if all(len(row) == 1 for _, row in found):
        return None
    return [[box for _, box in sorted(row, key=lambda item: item[0])] for _, row in found]

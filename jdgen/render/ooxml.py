"""Keep Word's property elements in schema order.

Word rejects (with a repair prompt) property elements out of the order the
WordprocessingML schema gives; docxtpl's merge tags insert ``w:vMerge`` and
``w:shd`` wherever is convenient. ``put_in_schema_order`` puts them back.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ORDER = {
    "tcPr": [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
        "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark",
    ],
    "tblPr": [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
        "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
    ],
}
_RANK = {
    f"{{{W}}}{parent}": {f"{{{W}}}{child}": rank for rank, child in enumerate(children)}
    for parent, children in _ORDER.items()
}


def put_in_schema_order(root: etree._Element) -> None:
    """Reorder the children of every table and cell property element in place."""
    for parent_tag, ranks in _RANK.items():
        for properties in root.iter(parent_tag):
            children = list(properties)
            ordered = sorted(children, key=lambda child: ranks.get(child.tag, len(ranks)))
            if ordered != children:
                properties[:] = ordered

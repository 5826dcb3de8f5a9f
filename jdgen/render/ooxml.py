"""Keep Word's property elements in schema order.

Also turns the marks of ``jdgen.marks`` into formatting, and heads a draft
with its notice.

Word rejects (with a repair prompt) property elements out of the order the
WordprocessingML schema gives; docxtpl's merge tags insert ``w:vMerge`` and
``w:shd`` wherever is convenient. ``put_in_schema_order`` puts them back.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from jdgen import marks
from jdgen.render.revisions import (
    DELETED,
    INSERTED,
    Revisions,
    declare_utc_dates,
    narrow_old_numbers,
    track_number_tabs,
    track_structure,
    whole_structure,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ORDER = {
    "tcPr": [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
        "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark",
    ],
    "rPr": [
        "ins", "del", "moveFrom", "moveTo",  # a paragraph mark's changes come first
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
        "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
        "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
        "specVanish", "oMath",
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
    """Reorder the children of every table, cell and run property element in place."""
    for parent_tag, ranks in _RANK.items():
        for properties in root.iter(parent_tag):
            children = list(properties)
            ordered = sorted(children, key=lambda child: ranks.get(child.tag, len(ranks)))
            if ordered != children:
                properties[:] = ordered


def apply_marks(root: etree._Element, revisions: Revisions | None = None) -> None:
    """Turn the marks of ``jdgen.marks`` in text runs into Word formatting:
    a draft gap becomes a highlighted run, a line break a ``w:br``, a
    revision a tracked change by ``revisions``'s author."""
    structure = []
    for text in list(root.iter(f"{{{W}}}t")):
        if text.text and any(mark in text.text for mark in marks.ALL):
            paragraph = text.getparent().getparent()
            structure += [(paragraph, mark) for mark in marks.structure_marks(text.text)]
            _split_run(text, revisions)
    if revisions is None:
        return
    if revisions.whole is not None:
        structure = whole_structure(root, revisions.whole)
    if structure:  # structure marks come with a redline's revisions
        track_structure(structure, revisions)
    track_number_tabs(root, revisions)
    narrow_old_numbers(root, revisions)
    declare_utc_dates(root)


_STATE = re.compile(f"([{marks.DRAFT_START}{marks.DRAFT_END}{marks.REVISION}])")
_REVISION = {marks.INSERTED_START: INSERTED, marks.DELETED_START: DELETED}


def _split_run(text: etree._Element, revisions: Revisions | None) -> None:
    """Replace the run holding ``text`` by runs of the same properties: one per
    piece of the text, highlighted where it is a draft gap, tracked where it
    is a revision, with ``w:br`` where it breaks lines."""
    run = text.getparent()
    properties = run.find(f"{{{W}}}rPr")
    children = [child for child in run if child is not properties]
    at = children.index(text)
    replacement: list[tuple[etree._Element, str | None]] = [(_run(properties, children[:at]), None)]
    highlighted, revision = False, None
    for piece in _STATE.split(marks.without_structure(text.text)):
        if piece in (marks.DRAFT_START, marks.DRAFT_END):
            highlighted = piece == marks.DRAFT_START
        elif piece and piece in marks.REVISION:
            revision = _REVISION.get(piece)
        elif piece:
            lines = piece.split(marks.LINE_BREAK)
            content = [_text(lines[0])]
            for line in lines[1:]:
                content += [etree.Element(f"{{{W}}}br"), _text(line)]
            replacement.append((_run(properties, content, highlighted), revision))
    replacement.append((_run(properties, children[at + 1:]), None))
    for new, _ in reversed(replacement):
        if len(new):
            run.addnext(new)
    run.getparent().remove(run)
    for new, kind in replacement:
        if kind and revisions is not None:  # revision marks come with a redline's revisions
            revisions.wrap(kind, new)


def _run(properties, content: list, highlighted: bool = False) -> etree._Element:
    """A ``w:r`` with a copy of ``properties`` (highlighted if asked) and ``content``;
    empty (falsy) when there is no content."""
    run = etree.Element(f"{{{W}}}r")
    if not content:
        return run
    if properties is not None or highlighted:
        copied = copy.deepcopy(properties) if properties is not None else etree.Element(f"{{{W}}}rPr")
        if highlighted:
            etree.SubElement(copied, f"{{{W}}}highlight").set(f"{{{W}}}val", "yellow")
        run.append(copied)
    run.extend(content)
    return run


def _text(value: str) -> etree._Element:
    element = etree.Element(f"{{{W}}}t")
    element.text = value
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


_NOTICE_XML = f"""<w:p xmlns:w="{W}"><w:pPr><w:pBdr>\
<w:top w:val="single" w:sz="12" w:space="4" w:color="C00000"/>\
<w:bottom w:val="single" w:sz="12" w:space="4" w:color="C00000"/></w:pBdr>\
<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/><w:spacing w:after="160"/><w:jc w:val="center"/></w:pPr>\
<w:r><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"></w:t></w:r></w:p>"""


def add_draft_notice(root: etree._Element, notice: str) -> None:
    """Put ``notice`` (it may hold line-break marks) at the top of the body of
    a document part, as a framed paragraph in bold red, so that nobody takes
    a draft for the real thing."""
    paragraph = etree.fromstring(_NOTICE_XML)
    paragraph.find(f".//{{{W}}}t").text = notice.replace(marks.DRAFT_START, "").replace(marks.DRAFT_END, "")
    root.find(f"{{{W}}}body").insert(0, paragraph)

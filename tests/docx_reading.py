"""Reading generated documents back for assertions."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml.ns import qn

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def open_document(path: Path):
    return docx.Document(str(path))


def paragraph_texts(document) -> list[str]:
    """The text of every paragraph in the body, nested tables included, in order."""
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))]


def full_text(document) -> str:
    return "\n".join(paragraph_texts(document))


def top_level_tables(document):
    return document.tables


def first_column_merge(table) -> list[str | None]:
    """The vMerge value of each row's first cell: 'restart', 'continue' or None."""
    values = []
    for row in table._tbl.tr_lst:
        tc = row.tc_lst[0]
        values.append(tc.tcPr.vMerge_val if tc.tcPr is not None else None)
    return values


def cell_text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t")))


def east_asia_font(document, run) -> str | None:
    """The eastAsia font a run is shown in: its own, else its paragraph style's
    chain, else the document defaults."""
    fonts = run.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    if fonts is not None and fonts.get(qn("w:eastAsia")):
        return fonts.get(qn("w:eastAsia"))
    paragraph = run.getparent()
    style_id = paragraph.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    style = document.styles.element.get_by_id(style_id.get(qn("w:val"))) if style_id is not None else None
    while style is not None:
        fonts = style.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
        based_on = style.find(qn("w:basedOn"))
        style = document.styles.element.get_by_id(based_on.get(qn("w:val"))) if based_on is not None else None
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None

"""The parts both built-in forms are made of (``scripts/make_default_template.py``,
``scripts/make_corporate_template.py``): the page, the paragraph styles,
fixed-layout bordered tables, labelled cells, docxtpl's paragraph loops
over numbered lists, the footer, and the reproducible package.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from jdgen.render.ooxml import put_in_schema_order

LATIN_FONT = "Times New Roman"
CJK_FONT = "SimSun"  # 宋体
CJK_HEADING_FONT = "SimHei"  # 黑体
LABEL_FILL = "F2F2F2"

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(21.0), Cm(29.7), Cm(1.8)
CONTENT_WIDTH = 17.4  # cm
LABEL_WIDTH = 2.8  # cm, the section label column
SUBLABEL_WIDTH = 2.5  # cm, the second label column of nested sections
CELL_MARGIN = 0.12  # cm, left and right padding inside cells
ITEM_INDENT = 0.7  # cm, hanging indent of numbered items
SUB_INDENT = 0.8  # cm, extra indent of sub-items


# ---------------------------------------------------------------- styles

def set_fonts(rpr_parent, latin: str, east_asia: str) -> None:
    """Set the Latin and East Asian font slots on a style's run properties."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for slot, font in (("ascii", latin), ("hAnsi", latin), ("cs", latin), ("eastAsia", east_asia)):
        fonts.set(qn(f"w:{slot}"), font)


def define_styles(document: docx.document.Document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = run_defaults.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for slot, font in (("ascii", LATIN_FONT), ("hAnsi", LATIN_FONT), ("cs", LATIN_FONT), ("eastAsia", CJK_FONT)):
        fonts.set(qn(f"w:{slot}"), font)
    run_defaults.find(qn("w:sz")).set(qn("w:val"), "20")
    run_defaults.find(qn("w:szCs")).set(qn("w:val"), "20")
    run_defaults.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    paragraph_defaults = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = paragraph_defaults.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "264")
    # Every paragraph whole on one page (a bilingual pair is one paragraph),
    # and never a single line of one left alone at a page's top or bottom.
    for index, tag in enumerate(("w:keepLines", "w:widowControl")):
        paragraph_defaults.insert(index, OxmlElement(tag))

    def paragraph_style(name: str, *, size=None, bold=False, align=None, left=0.0, hanging=0.0,
                        before=0, after=0, heading_font=False, color=None, keep_with_next=False):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        font = style.font
        font.bold = bold or None
        if size:
            font.size = Pt(size)
        if color:
            font.color.rgb = RGBColor.from_string(color)
        if heading_font:
            set_fonts(style.element, LATIN_FONT, CJK_HEADING_FONT)
        layout = style.paragraph_format
        if align is not None:
            layout.alignment = align
        if left or hanging:
            layout.left_indent = Cm(left + hanging)
            layout.first_line_indent = Cm(-hanging) if hanging else None
        layout.space_before = Pt(before)
        layout.space_after = Pt(after)
        layout.keep_with_next = keep_with_next or None
        return style

    paragraph_style("Form Title", size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                    heading_font=True, before=4, after=4)
    paragraph_style("Issuer", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
    paragraph_style("Label", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, heading_font=True)
    paragraph_style("Field", align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("Cell Text", align=WD_ALIGN_PARAGRAPH.LEFT)
    # headings stay with what they head
    paragraph_style("Group", bold=True, heading_font=True, before=2, keep_with_next=True)
    paragraph_style("Item", hanging=ITEM_INDENT, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("Item Heading", hanging=ITEM_INDENT, bold=True, heading_font=True, before=2,
                    keep_with_next=True)
    paragraph_style("Sub Item", left=ITEM_INDENT, hanging=SUB_INDENT, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("Sub Detail", left=ITEM_INDENT + SUB_INDENT, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("Box", align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style("Arrow", align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    paragraph_style("Form Footer", size=8, align=WD_ALIGN_PARAGRAPH.CENTER, color="595959")


# ---------------------------------------------------------------- tables

def set_child(parent, tag: str, **attributes) -> OxmlElement:
    """Return ``parent``'s child ``tag`` (created if absent) with attributes set."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def set_borders(parent_pr, tag: str, sides: dict[str, str]) -> None:
    borders = set_child(parent_pr, tag)
    for side, value in sides.items():
        set_child(borders, f"w:{side}", val=value, sz=4 if value != "nil" else 0, space=0, color="000000")


def make_table(container, widths: list[float], rows: int, *, borders: bool = True):
    """Add a fixed-layout table with columns of ``widths`` cm."""
    table = container.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    properties = table._tbl.tblPr
    total = sum(widths)
    set_child(properties, "w:tblW", w=int(Cm(total).twips), type="dxa")
    margins = set_child(properties, "w:tblCellMar")
    for side in ("left", "right"):
        set_child(margins, f"w:{side}", w=int(Cm(CELL_MARGIN).twips), type="dxa")
    value = "single" if borders else "nil"
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    set_borders(properties, "w:tblBorders", {side: value for side in sides})
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    for row in table.rows:  # a row is never cut by a page break (see allow_split)
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return table


def allow_split(row) -> None:
    """Let a row of free-length lists (duties, relationships) break across
    pages, between its paragraphs: held whole, it would leave most of a page
    blank before it."""
    properties = row._tr.get_or_add_trPr()
    properties.remove(properties.find(qn("w:cantSplit")))


def keep_with_next(row) -> None:
    """Keep a row on the page of the row after it (a label row with its content)."""
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def write(cell, text: str, style: str = "Field", *, first: bool = True):
    """Put ``text`` in ``cell`` as a paragraph of ``style``; ``first`` reuses the empty one."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = style
    paragraph.add_run(text)
    return paragraph


def item(cell, number: str, text: str, style: str = "Item", *, first: bool = False):
    """A numbered paragraph: the number, a tab to the hanging indent, the text."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = style
    paragraph.add_run(number)
    paragraph.add_run().add_tab()
    paragraph.add_run(text)
    return paragraph


def numbered_list(cell, items: str, *, first: bool = True, style: str = "Item") -> None:
    """A paragraph loop over ``items``, a list of ``{n, text}``: numbered
    paragraphs, a plain one for an item without a number (a list of one),
    and ``labels.none`` for an empty list."""
    write(cell, f"{{%p for entry in {items} %}}", style, first=first)
    item_or_plain(cell, "entry", style, PLAIN_STYLE.get(style, "Cell Text"))
    write(cell, "{%p endfor %}", style, first=False)
    write(cell, f"{{%p if not {items} %}}", style, first=False)
    write(cell, "{{ labels.none }}", PLAIN_STYLE.get(style, "Cell Text"), first=False)
    write(cell, "{%p endif %}", style, first=False)


def item_or_plain(cell, entry: str, style: str, plain_style: str) -> None:
    """``entry`` (``{n, text}``) as a numbered paragraph, or as a plain one when
    it has no number."""
    write(cell, f"{{%p if {entry}.n %}}", style, first=False)
    item(cell, f"{{{{ {entry}.n }}}}", f"{{{{ {entry}.text }}}}", style)
    write(cell, "{%p else %}", style, first=False)
    write(cell, f"{{{{ {entry}.text }}}}", plain_style, first=False)
    write(cell, "{%p endif %}", style, first=False)


PLAIN_STYLE = {"Sub Item": "Sub Detail"}
"""The style of an unnumbered item, by the style of its numbered siblings."""


def label(cell, key: str, *, text: str | None = None) -> None:
    """A shaded, centred label cell showing ``labels.<key>``."""
    write(cell, text or f"{{{{ labels.{key} }}}}", "Label")
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    shade(cell, LABEL_FILL)


def shade(cell, fill: str) -> None:
    set_child(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)


def section_label(table, key: str) -> None:
    """Merge the first column over every row and label it."""
    column = table.columns[0].cells
    merged = column[0].merge(column[-1]) if len(column) > 1 else column[0]
    label(merged, key)




def keep_together(table, *, with_next: bool = True) -> None:
    """Keep a small section's rows on one page (and with the next section)."""
    rows = table.rows
    for index, row in enumerate(rows):
        if with_next or index < len(rows) - 1:
            keep_with_next(row)


def footer(document) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.style = "Form Footer"
    paragraph.add_run("{{ document.footer }} · ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)



# ---------------------------------------------------------------- document

def new_document() -> docx.document.Document:
    """An A4 document with the forms' margins and styles."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.footer_distance = Cm(0.8)
    define_styles(document)
    return document


def finish(document: docx.document.Document) -> bytes:
    """The document's package: its title a label, elements in schema order, tidied."""
    document.core_properties.title = "{{ labels.form_title }}"
    put_in_schema_order(document.element)
    buffer = io.BytesIO()
    document.save(buffer)
    return _tidy(buffer.getvalue())


UNUSED_PARTS = {
    "docProps/thumbnail.jpeg": "docProps/thumbnail.jpeg",  # a picture of another document
    "word/stylesWithEffects.xml": "stylesWithEffects.xml",  # Word 2010 leftovers, 430 KB
}


def _fix_settings(settings) -> None:
    """python-docx's stock settings: a zoom without its required percentage,
    and Japanese as the East Asian theme-font language."""
    settings.find(qn("w:zoom")).set(qn("w:percent"), "100")
    settings.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")


def _tidy(package: bytes) -> bytes:
    """Drop python-docx's unused stock parts and the white space of every XML part."""
    source = zipfile.ZipFile(io.BytesIO(package))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in UNUSED_PARTS:
                continue
            data = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
                if info.filename == "word/settings.xml":
                    _fix_settings(root)
                for element in list(root):
                    target_name = element.get("Target") or element.get("PartName") or ""
                    if any(target_name.endswith(unused) for unused in UNUSED_PARTS.values()):
                        root.remove(element)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(info.filename, data)
    return output.getvalue()

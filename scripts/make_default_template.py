"""Write the default template, ``jdgen/templates/default/form.docx``.

The committed .docx is what users restyle in Word or LibreOffice; this script
is how it was first laid out, kept so the layout can be regenerated after a
structural change: ``python scripts/make_default_template.py``.

The form is a stack of bordered tables, one per section, each with the
section's label in a left-hand column merged over its rows (docxtpl tags:
``{%tr %}`` row loops, ``{%p %}`` paragraph loops, ``{% vm %}`` vertical
merges inside a row loop).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from jdgen.render.ooxml import put_in_schema_order

TARGET = Path(__file__).resolve().parent.parent / "jdgen" / "templates" / "default" / "form.docx"

LATIN_FONT = "Times New Roman"
CJK_FONT = "SimSun"  # 宋体
CJK_HEADING_FONT = "SimHei"  # 黑体
LABEL_FILL = "F2F2F2"
CURRENT_BOX_FILL = "D9E2F3"

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

def _set(parent, tag: str, **attributes) -> OxmlElement:
    """Return ``parent``'s child ``tag`` (created if absent) with attributes set."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def _borders(parent_pr, tag: str, sides: dict[str, str]) -> None:
    borders = _set(parent_pr, tag)
    for side, value in sides.items():
        _set(borders, f"w:{side}", val=value, sz=4 if value != "nil" else 0, space=0, color="000000")


def make_table(container, widths: list[float], rows: int, *, borders: bool = True):
    """Add a fixed-layout table with columns of ``widths`` cm."""
    table = container.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    properties = table._tbl.tblPr
    total = sum(widths)
    _set(properties, "w:tblW", w=int(Cm(total).twips), type="dxa")
    margins = _set(properties, "w:tblCellMar")
    for side in ("left", "right"):
        _set(margins, f"w:{side}", w=int(Cm(CELL_MARGIN).twips), type="dxa")
    value = "single" if borders else "nil"
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    _borders(properties, "w:tblBorders", {side: value for side in sides})
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
    _set(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)


def section_label(table, key: str) -> None:
    """Merge the first column over every row and label it."""
    column = table.columns[0].cells
    merged = column[0].merge(column[-1]) if len(column) > 1 else column[0]
    label(merged, key)


CHART_COLUMNS = 6  # units of a chart's width: rows of 1, 2 or 3 boxes share them (jdgen.context)
CHART_WIDTH = 7.0  # cm, within the column of 内部工作关系
CHART_SPACER = 0.2  # cm: a spacer column before each unit and after the last keeps boxes apart


def chart(cell, rows: str, *, first: bool = True) -> None:
    """A chart of bordered boxes: ``rows`` is a list of ``{boxes, arrow}``, each
    box ``{text, current, span}`` (the grid columns it spans); the boxes of a
    row sit side by side, an arrow row follows a row whose ``arrow`` is set,
    and this position's box is shaded."""
    write(cell, "", "Box", first=first).paragraph_format.keep_with_next = True
    unit = (CHART_WIDTH - CHART_SPACER * (CHART_COLUMNS + 1)) / CHART_COLUMNS
    table = make_table(cell, [CHART_SPACER, *[unit, CHART_SPACER] * CHART_COLUMNS], 6, borders=False)
    whole_rows = {0: (f"{{%tr for row in {rows} %}}", "Box"), 2: ("{%tr if row.arrow %}", "Box"),
                  3: ("↓", "Arrow"), 4: ("{%tr endif %}", "Box"), 5: ("{%tr endfor %}", "Box")}
    for index, (text, style) in whole_rows.items():
        cells = table.rows[index].cells
        write(cells[0].merge(cells[-1]), text, style)
    cells = table.rows[1].cells  # a spacer before each box, one after the last
    box = cells[2].merge(cells[-3])
    write(cells[0], "{%tc for box in row.boxes %}", "Box")
    write(cells[1], "", "Box")
    fill = f"{{% cellbg '{CURRENT_BOX_FILL}' if box.current else 'auto' %}}"
    write(box, f"{{% colspan box.span %}}{fill}{{{{ box.text }}}}", "Box")
    _borders(box._tc.get_or_add_tcPr(), "w:tcBorders", {side: "single" for side in ("top", "left", "bottom", "right")})
    write(cells[-2], "{%tc endfor %}", "Box")
    write(cells[-1], "", "Box")
    for row in (1, 3):  # the chart is never split: each box and arrow stays with what follows
        keep_with_next(table.rows[row])
    write(cell, "", "Box", first=False)  # room under the last box


# ---------------------------------------------------------------- sections

def title_block(document) -> None:
    widths = [4.0, 6.4, 2.4, 4.6]
    table = make_table(document, widths, 4)
    left = table.cell(0, 0).merge(table.cell(3, 0))
    write(left, "{{ labels.position_title }}", "Label")
    write(left, "{{ title }}", "Box", first=False)
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    middle = table.cell(0, 1).merge(table.cell(3, 1))
    write(middle, "{{ document.issuer }}", "Issuer")
    write(middle, "{{ labels.form_title }}", "Form Title", first=False)
    middle.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    fields = [("document_number", "document.number"), ("prepared_by", "document.prepared_by"),
              ("approved_by", "document.approved_by"), ("effective_date", "document.effective_date")]
    for row, (key, value) in enumerate(fields):
        label(table.cell(row, 2), key)
        write(table.cell(row, 3), f"{{{{ {value} }}}}")


def basic_info(document) -> None:
    table = make_table(document, [LABEL_WIDTH, 2.4, 2.3, 2.1, 2.0, 2.5, 3.3], 5)  # "500 people" on one line
    section_label(table, "basic")
    rows = [
        ("position_title", "title", None, None, "position_number", "id"),
        ("department", "basic.department", None, None, "prepared_on", "basic.prepared_on"),
        ("work_location", "basic.work_location", None, None, None, None),
        ("headcount", "basic.headcount", "supervised", "basic.supervised", "grade", "basic.grade"),
        ("reports_to", "basic.reports_to", None, None, "subordinates", "basic.subordinates"),
    ]
    for index, (key1, value1, key2, value2, key3, value3) in enumerate(rows):
        label(table.cell(index, 1), key1)
        value_cell = table.cell(index, 2)
        if key3 is None:  # one value across the row
            write(value_cell.merge(table.cell(index, 6)), f"{{{{ {value1} }}}}")
            continue
        if key2 is None:
            value_cell = value_cell.merge(table.cell(index, 4))
        else:
            label(table.cell(index, 3), key2)
            write(table.cell(index, 4), f"{{{{ {value2} }}}}")
        write(value_cell, f"{{{{ {value1} }}}}")
        label(table.cell(index, 5), key3)
        if key3 == "subordinates":  # one paragraph per position
            write(table.cell(index, 6), "{%p for position in basic.subordinates %}")
            write(table.cell(index, 6), "{{ position }}", first=False)
            write(table.cell(index, 6), "{%p endfor %}", first=False)
        else:
            write(table.cell(index, 6), f"{{{{ {value3} }}}}")


def two_column_section(document, key: str, left_key: str, right_key: str):
    half = (CONTENT_WIDTH - LABEL_WIDTH) / 2
    table = make_table(document, [LABEL_WIDTH, half, half], 2)
    section_label(table, key)
    label(table.cell(0, 1), left_key)
    label(table.cell(0, 2), right_key)
    keep_with_next(table.rows[0])
    allow_split(table.rows[1])
    return table.cell(1, 1), table.cell(1, 2)


def relationships(document) -> None:
    internal, external = two_column_section(document, "relationships", "internal", "external")
    chart(internal, "reporting_chart")
    numbered_list(internal, "internal", first=False)
    numbered_list(external, "external")


def one_cell_section(document, key: str):
    table = make_table(document, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], 1)
    label(table.cell(0, 0), key)
    return table.cell(0, 1)


def responsibilities(document) -> None:
    duties, indicators = two_column_section(document, "responsibilities", "duties", "indicators")
    write(duties, "{%p for group in duties %}", "Group")
    write(duties, "{%p if group.title %}", "Group", first=False)
    write(duties, "{{ group.n }}{{ group.title }}", "Group", first=False)
    write(duties, "{%p endif %}", "Group", first=False)
    numbered_list(duties, "group.entries", first=False)
    write(duties, "{%p endfor %}", "Group", first=False)

    write(indicators, "{%p for part in indicators %}", "Item Heading")
    item_or_plain(indicators, "part", "Item Heading", "Group")
    write(indicators, "{%p for entry in part.entries %}", "Sub Item", first=False)
    item_or_plain(indicators, "entry", "Sub Item", "Sub Detail")
    write(indicators, "{%p for detail in entry.details %}", "Sub Detail", first=False)
    write(indicators, "{{ detail }}", "Sub Detail", first=False)
    write(indicators, "{%p endfor %}", "Sub Detail", first=False)
    write(indicators, "{%p endfor %}", "Sub Item", first=False)
    write(indicators, "{%p endfor %}", "Item Heading", first=False)
    write(indicators, "{%p if not indicators %}", "Cell Text", first=False)
    write(indicators, "{{ labels.none }}", "Cell Text", first=False)
    write(indicators, "{%p endif %}", "Cell Text", first=False)


def labelled_rows(document, key: str, rows: list[tuple[str, str]]):
    """A section whose rows each have a sub-label and a numbered list."""
    table = make_table(document, [LABEL_WIDTH, SUBLABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH - SUBLABEL_WIDTH], len(rows))
    section_label(table, key)
    for index, (sub_key, items) in enumerate(rows):
        label(table.cell(index, 1), sub_key)
        numbered_list(table.cell(index, 2), items)


def qualifications(document) -> None:
    """学历要求 (when given), 资历 rows (one per level, or one spanning row),
    then the other rows."""
    level_width = 3.1  # a level name of 8 CJK characters on one line
    rest = CONTENT_WIDTH - LABEL_WIDTH - SUBLABEL_WIDTH - level_width
    table = make_table(document, [LABEL_WIDTH, SUBLABEL_WIDTH, level_width, rest], 13)
    tags = {0: "{%tr for row in education %}", 2: "{%tr endfor %}", 3: "{%tr for level in experience %}",
            4: "{%tr if level.name %}", 6: "{%tr else %}", 8: "{%tr endif %}", 9: "{%tr endfor %}",
            10: "{%tr for row in qualifications %}", 12: "{%tr endfor %}"}
    for row, tag in tags.items():
        write(table.cell(row, 0).merge(table.cell(row, 3)), tag)
    # The first column is one merged label cell: it starts in the 学历要求 row, else in the first 资历 row.
    label(table.cell(1, 0), "qualifications")
    merged(table.cell(1, 0), "restart")
    label(table.cell(1, 1), "", text="{{ row.label }}")
    numbered_list(table.cell(1, 2).merge(table.cell(1, 3)), "row.entries")
    keep_with_next(table.rows[1])  # the section does not start alone at the foot of a page
    starts = "loop.first and not education"
    for row in (5, 7):  # a level's row, and the row of a list for the whole position
        label(table.cell(row, 0), "", text=f"{{% if {starts} %}}{{{{ labels.qualifications }}}}{{% endif %}}")
        merged(table.cell(row, 0), f"{{% if {starts} %}}restart{{% else %}}continue{{% endif %}}")
        label(table.cell(row, 1), "", text="{% vm %}{{ labels.experience }}")
    label(table.cell(5, 2), "", text="{{ level.name }}")
    numbered_list(table.cell(5, 3), "level.entries")
    numbered_list(table.cell(7, 2).merge(table.cell(7, 3)), "level.entries")
    shade(table.cell(11, 0), LABEL_FILL)
    merged(table.cell(11, 0), "continue")
    label(table.cell(11, 1), "", text="{{ row.label }}")
    numbered_list(table.cell(11, 2).merge(table.cell(11, 3)), "row.entries")


def merged(cell, value: str) -> None:
    """Set the cell's vertical merge (``restart``, ``continue``, or a Jinja tag choosing one)."""
    cell._tc.get_or_add_tcPr().get_or_add_vMerge().set(qn("w:val"), value)


def career_path(document) -> None:
    cell = one_cell_section(document, "career_path")
    write(cell, "{%p if career_chart %}", "Box")
    chart(cell, "career_chart", first=False)
    write(cell, "{%p else %}", "Cell Text", first=False)
    write(cell, "{{ labels.none }}", "Cell Text", first=False)
    write(cell, "{%p endif %}", "Cell Text", first=False)


def training(document) -> None:
    labelled_rows(document, "training", [("training_topics", "training.topics"), ("training_hours", "training.hours")])


def environment(document) -> None:
    value_width = CONTENT_WIDTH - LABEL_WIDTH - SUBLABEL_WIDTH
    table = make_table(document, [LABEL_WIDTH, SUBLABEL_WIDTH, value_width], 3)
    write(table.cell(0, 0).merge(table.cell(0, 2)), "{%tr for condition in environment %}")
    label(table.cell(1, 0), "", text="{% vm %}{{ labels.environment }}")
    label(table.cell(1, 1), "", text="{{ condition.name }}")
    write(table.cell(1, 2), "{{ condition.value }}")
    write(table.cell(2, 0).merge(table.cell(2, 2)), "{%tr endfor %}")
    keep_together(table)


def last_rows(document) -> None:
    table = make_table(document, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], 2)
    for row, key in enumerate(("physical", "tools")):
        label(table.cell(row, 0), key)
        write(table.cell(row, 1), f"{{{{ {key} }}}}", "Cell Text")
    keep_together(table, with_next=False)


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

def build() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.footer_distance = Cm(0.8)
    define_styles(document)
    for part in (title_block, basic_info, relationships):
        part(document)
    write(one_cell_section(document, "summary"), "{{ summary }}", "Cell Text")
    for part in (responsibilities,):
        part(document)
    labelled_rows(document, "authority", [("work_authority", "authority.work"),
                                          ("expense_authority", "authority.expenses"),
                                          ("personnel_authority", "authority.personnel")])
    for part in (qualifications, career_path, training, environment, last_rows, footer):
        part(document)
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


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")

"""Write the corporate template, ``jdgen/templates/corporate/form.docx``: the
generic Chinese corporate 岗位说明书, numbered sections one under another.

    python scripts/make_corporate_template.py

一、岗位基本信息 (a table of label and value pairs), 二、岗位目的,
三、岗位职责 (a row per duty: 序号 | 职责描述 | 权重), 四、关键绩效指标 (a row
per measure: 指标 | 目标值 | 考核周期 | 权重), 五、任职资格 (学历, 专业, 经验,
证书, 技能), 六、工作关系, 七、工作条件, then the sign-off row. Each section's
heading is a label (``labels.basic`` reads 一、岗位基本信息 in this form's
labels.yaml), so the English and bilingual documents number theirs too.
Rows are never cut by a page break; table headers repeat on a new page.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.shared import Pt
from word_form import (
    CJK_HEADING_FONT,
    CONTENT_WIDTH,
    LATIN_FONT,
    finish,
    footer,
    keep_together,
    keep_with_next,
    label,
    make_table,
    new_document,
    numbered_list,
    set_fonts,
    write,
)

TARGET = Path(__file__).resolve().parent.parent / "jdgen" / "templates" / "corporate" / "form.docx"

LABEL_WIDTH = 2.6  # cm, "Position Title" and 工作地点 on one line
HALF_VALUE = CONTENT_WIDTH / 2 - LABEL_WIDTH  # a value beside a label, two pairs a row
ROW_LABEL_WIDTH = 3.8  # cm, the label of a row across the table: "Physical Requirements" on one line
VALUE_WIDTH = CONTENT_WIDTH - ROW_LABEL_WIDTH  # a value across the row


def section_heading(document, key: str) -> None:
    """A section's numbered heading (its label), kept with its table."""
    document.add_paragraph(f"{{{{ labels.{key} }}}}", "Section Heading")


def define_heading_style(document) -> None:
    style = document.styles.add_style("Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.bold = True
    style.font.size = Pt(12)
    set_fonts(style.element, LATIN_FONT, CJK_HEADING_FONT)
    layout = style.paragraph_format
    layout.space_before, layout.space_after = Pt(9), Pt(3)
    layout.keep_with_next = True


def header_row(row) -> None:
    """A table's first row, labels of its columns, repeated on every page the table runs onto."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    keep_with_next(row)


def whole_row(table, row: int, text: str, style: str = "Field") -> None:
    """A row of one cell across the table: a docxtpl row tag, or a line of its own."""
    cells = table.rows[row].cells
    write(cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0], text, style)


def title(document) -> None:
    """The issuer over the form's title, the document number under it; each only when given."""
    for style, text in (("Issuer", "{%p if document.issuer %}"), ("Issuer", "{{ document.issuer }}"),
                        ("Issuer", "{%p endif %}"), ("Form Title", "{{ labels.form_title }}"),
                        ("Issuer", "{%p if document.number %}"), ("Issuer", "{{ document.number }}"),
                        ("Issuer", "{%p endif %}")):
        document.add_paragraph(text, style)


def basic(document) -> None:
    section_heading(document, "basic")
    table = make_table(document, [LABEL_WIDTH, HALF_VALUE, LABEL_WIDTH, HALF_VALUE], 4)
    pairs = [
        (("position_title", "title"), ("position_number", "id")),
        (("department", "basic.department"), ("work_location", "basic.work_location")),
        (("reports_to", "basic.reports_to"), ("headcount", "basic.headcount")),
    ]
    for row, pair in enumerate(pairs):
        for column, (key, value) in enumerate(pair):
            label(table.cell(row, 2 * column), key)
            write(table.cell(row, 2 * column + 1), f"{{{{ {value} }}}}")
    label(table.cell(3, 0), "subordinates")
    subordinates = table.cell(3, 1).merge(table.cell(3, 3))
    write(subordinates, "{%p for position in basic.subordinates %}")
    write(subordinates, "{{ position }}", first=False)
    write(subordinates, "{%p endfor %}", first=False)
    keep_together(table, with_next=False)


def purpose(document) -> None:
    section_heading(document, "summary")
    table = make_table(document, [CONTENT_WIDTH], 1)
    write(table.cell(0, 0), "{{ summary }}", "Cell Text")


def duties(document) -> None:
    """A row per duty, numbered in its group; a group's title, if it has one, on a row of its own."""
    section_heading(document, "responsibilities")
    table = make_table(document, [1.4, CONTENT_WIDTH - 1.4 - 2.0, 2.0], 9)
    for column, key in enumerate(("serial_number", "duties", "weight")):
        label(table.cell(0, column), key)
    header_row(table.rows[0])
    tags = {1: "{%tr for group in duties %}", 2: "{%tr if group.title %}", 4: "{%tr endif %}",
            5: "{%tr for entry in group.entries %}", 7: "{%tr endfor %}", 8: "{%tr endfor %}"}
    for row, tag in tags.items():
        whole_row(table, row, tag)
    whole_row(table, 3, "{{ group.n }}{{ group.title }}", "Group")
    keep_with_next(table.rows[3])
    cells = table.rows[6].cells
    write(cells[0], "{{ loop.index }}", "Box")
    write(cells[1], "{{ entry.text }}", "Cell Text")
    write(cells[2], "{{ entry.weight }}", "Box")


def indicators(document) -> None:
    """A row per quantitative measure: its name, target, period and weight."""
    section_heading(document, "indicators")
    widths = [6.6, 4.8, 3.2, 2.8]
    table = make_table(document, widths, 7)
    for column, key in enumerate(("measure", "target", "period", "weight")):
        label(table.cell(0, column), key)
    header_row(table.rows[0])
    whole_row(table, 1, "{%tr for measure in measures %}")
    cells = table.rows[2].cells
    write(cells[0], "{{ measure.name }}", "Cell Text")
    for cell, value in zip(cells[1:], ("measure.target.figure", "measure.target.period", "measure.weight"),
                           strict=True):
        write(cell, f"{{{{ {value} }}}}", "Box")
    whole_row(table, 3, "{%tr endfor %}")
    whole_row(table, 4, "{%tr if not measures %}")
    whole_row(table, 5, "{{ labels.none }}", "Box")
    whole_row(table, 6, "{%tr endif %}")


def labelled_table(document, rows: list[tuple[str, str]]):
    """A table of rows, each a label beside a value cell; return the value cells."""
    table = make_table(document, [ROW_LABEL_WIDTH, VALUE_WIDTH], len(rows))
    cells = []
    for row, (key, _) in enumerate(rows):
        label(table.cell(row, 0), key)
        cells.append(table.cell(row, 1))
    return table, cells


def qualifications(document) -> None:
    section_heading(document, "qualifications")
    rows = [("education", "qualifications_by_key.education"), ("major", "qualifications_by_key.major"),
            ("experience", ""), ("certificates", "qualifications_by_key.certificates"),
            ("abilities", "qualifications_by_key.abilities")]
    _, cells = labelled_table(document, rows)
    for cell, (key, value) in zip(cells, rows, strict=True):
        if key in ("education", "major"):
            write(cell, f"{{{{ {value} }}}}", "Cell Text")
        elif key == "experience":  # a list, or a list per level under the level's name
            write(cell, "{%p for level in experience %}", "Group")
            write(cell, "{%p if level.name %}", "Group", first=False)
            write(cell, "{{ level.name }}", "Group", first=False)
            write(cell, "{%p endif %}", "Group", first=False)
            numbered_list(cell, "level.entries", first=False)
            write(cell, "{%p endfor %}", "Group", first=False)
        else:
            numbered_list(cell, value)


def relationships(document) -> None:
    section_heading(document, "relationships")
    rows = [("internal", "internal"), ("external", "external")]
    _, cells = labelled_table(document, rows)
    for cell, (_, value) in zip(cells, rows, strict=True):
        numbered_list(cell, value)


def conditions(document) -> None:
    section_heading(document, "environment")
    table = make_table(document, [ROW_LABEL_WIDTH, VALUE_WIDTH], 4)
    whole_row(table, 0, "{%tr for condition in environment %}")
    label(table.cell(1, 0), "", text="{{ condition.name }}")
    write(table.cell(1, 1), "{{ condition.value }}", "Cell Text")
    whole_row(table, 2, "{%tr endfor %}")
    label(table.cell(3, 0), "physical")
    write(table.cell(3, 1), "{{ physical }}", "Cell Text")
    keep_together(table, with_next=True)


def sign_off(document) -> None:
    """编制, 核准 and 生效日期: blank when absent, to be filled in by hand."""
    document.add_paragraph("", "Field")
    width = CONTENT_WIDTH / 3 - LABEL_WIDTH
    table = make_table(document, [LABEL_WIDTH, width] * 3, 1)
    fields = [("prepared_by", "document.prepared_by"), ("approved_by", "document.approved_by"),
              ("effective_date", "document.effective_date")]
    for column, (key, value) in enumerate(fields):
        label(table.cell(0, 2 * column), key)
        write(table.cell(0, 2 * column + 1), f"{{{{ {value} }}}}")


def build() -> bytes:
    document = new_document()
    define_heading_style(document)
    for part in (title, basic, purpose, duties, indicators, qualifications, relationships, conditions, sign_off,
                 footer):
        part(document)
    return finish(document)


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")

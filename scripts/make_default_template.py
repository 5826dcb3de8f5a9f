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

from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from word_form import (
    CONTENT_WIDTH,
    LABEL_FILL,
    LABEL_WIDTH,
    SUBLABEL_WIDTH,
    allow_split,
    finish,
    footer,
    item_or_plain,
    keep_together,
    keep_with_next,
    label,
    make_table,
    new_document,
    numbered_list,
    section_label,
    set_borders,
    shade,
    write,
)

TARGET = Path(__file__).resolve().parent.parent / "jdgen" / "templates" / "default" / "form.docx"

CURRENT_BOX_FILL = "D9E2F3"


CHART_COLUMNS = 6  # units of a chart's width: rows of 1, 2 or 3 boxes share them (jdgen.context)
CHART_WIDTH = 7.0  # cm, within the column of 内部工作关系
CHART_SPACER = 0.2  # cm: a spacer column before each unit and after the last keeps boxes apart
CHART_ROOM = "\u2060"
"""What the room above a chart's first box holds: a word joiner, which shows
nothing. LibreOffice resolves a tracked table row without any text wrongly
when the same redline moves text (it drops an inserted one on Accept All)."""


def chart(cell, rows: str, *, first: bool = True) -> None:
    """A chart of bordered boxes: ``rows`` is a list of ``{boxes, arrow}``, each
    box ``{text, current, span}`` (the grid columns it spans); the boxes of a
    row sit side by side, an arrow row follows a row whose ``arrow`` is set,
    and this position's box is shaded.

    The room above the first box is the table's first row, not a paragraph
    before it: a redline that adds or removes the chart then inserts or
    deletes it with the table (a paragraph mark before a table cannot be
    tracked away), and the chart is the first thing in ``cell`` when
    ``first``."""
    unit = (CHART_WIDTH - CHART_SPACER * (CHART_COLUMNS + 1)) / CHART_COLUMNS
    table = make_table(cell, [CHART_SPACER, *[unit, CHART_SPACER] * CHART_COLUMNS], 7, borders=False)
    if first:
        cell._tc.remove(cell.paragraphs[0]._p)
    whole_rows = {0: (CHART_ROOM, "Box"), 1: (f"{{%tr for row in {rows} %}}", "Box"),
                  3: ("{%tr if row.arrow %}", "Box"), 4: ("↓", "Arrow"), 5: ("{%tr endif %}", "Box"),
                  6: ("{%tr endfor %}", "Box")}
    for index, (text, style) in whole_rows.items():
        cells = table.rows[index].cells
        write(cells[0].merge(cells[-1]), text, style)
    keep_with_next(table.rows[0])  # the room stays with the first box
    cells = table.rows[2].cells  # a spacer before each box, one after the last
    box = cells[2].merge(cells[-3])
    write(cells[0], "{%tc for box in row.boxes %}", "Box")
    write(cells[1], "", "Box")
    fill = f"{{% cellbg '{CURRENT_BOX_FILL}' if box.current else 'auto' %}}"
    write(box, f"{{% colspan box.span %}}{fill}{{{{ box.text }}}}", "Box")
    sides = ("top", "left", "bottom", "right")
    set_borders(box._tc.get_or_add_tcPr(), "w:tcBorders", {side: "single" for side in sides})
    write(cells[-2], "{%tc endfor %}", "Box")
    write(cells[-1], "", "Box")
    for row in (2, 4):  # the chart is never split: each box and arrow stays with what follows
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
    label(table.cell(1, 0), "", text="{% vm %}{{ labels.qualifications }}")
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



# ---------------------------------------------------------------- document

def build() -> bytes:
    document = new_document()
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
    return finish(document)


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")

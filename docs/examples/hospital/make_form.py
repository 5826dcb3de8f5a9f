"""Write the hospital's 岗位说明书 template, templates/hospital/form.docx.

Run from the project folder after `jdgen template new hospital --from corporate`
(python make_form.py [PATH], default templates/hospital/form.docx): it keeps
that copy's styles, page and footer and replaces its body with the hospital's
layout, tags written as docs/template-cookbook.md shows them. Running it again
on its own output writes the same form.
"""

import sys

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

PATH = sys.argv[1] if len(sys.argv) > 1 else "templates/hospital/form.docx"
WIDTH = 17.4  # cm of text width (A4 with the corporate form's margins)

document = docx.Document(PATH)
body = document.element.body
for child in list(body):
    if child.tag != qn("w:sectPr"):
        body.remove(child)
# six sections on one A4 page: less room above each heading than the corporate form's
document.styles["Section Heading"].paragraph_format.space_before = Pt(4)
document.sections[0].top_margin = document.sections[0].bottom_margin = Cm(1.5)


def paragraph(text, style, size=None, container=None):
    """Add a paragraph of one run to the body (or a cell) in STYLE."""
    target = container if container is not None else document
    p = target.add_paragraph(style=style)
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    return p


def shade(cell, fill="F2F2F2"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def table(widths, grid=True):
    """A fixed-layout table of len(widths) columns (cm), no rows yet."""
    t = document.add_table(rows=0, cols=len(widths))
    t.style = document.styles["Table Grid"] if grid else document.styles["Normal Table"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for column, width in zip(t.columns, widths, strict=True):
        column.width = Cm(width)
    if not grid:
        no_borders(t)
    return t


def row(t, texts, labels=(), merge=False, style="Field"):
    """A row of one paragraph per cell; cells whose index is in LABELS are labels."""
    r = t.add_row()
    r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for i, (cell, text) in enumerate(zip(r.cells, texts, strict=True)):
        cell.width = t.columns[i].width
        cell.paragraphs[0].style = document.styles["Label" if i in labels else style]
        cell.paragraphs[0].add_run(text)
        if i in labels:
            shade(cell)
    if merge:
        r.cells[0].merge(r.cells[-1])
        # merging keeps every cell's paragraph: keep the first only
        for extra in r.cells[0].paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    return r


def tag_row(t, tag):
    """A row holding one {%tr %} tag, in its first cell."""
    texts = [tag] + [""] * (len(t.columns) - 1)
    return row(t, texts)


def list_cell(cell, items, style="Field"):
    """Fill CELL with a numbered list: one paragraph per item, 无 when empty."""
    first = cell.paragraphs[0]
    first.style = document.styles[style]
    first.add_run(f"{{%p for entry in {items} %}}")
    for text in (
        "{{ entry.n }}{{ entry.text }}",
        "{%p endfor %}",
        f"{{%p if not {items} %}}",
        "{{ labels.none }}",
        "{%p endif %}",
    ):
        paragraph(text, style, container=cell)


def heading(key):
    paragraph(f"{{{{ labels.{key} }}}}", "Section Heading")


# Title line: 「XX市第一人民医院 岗位说明书」; in a bilingual document each language on a line
paragraph("{%p if labels.form_title.en is defined %}", "Form Title")
paragraph("{{ document.issuer.zh }} {{ labels.form_title.zh }}", "Form Title")
paragraph("{{ document.issuer.en }} {{ labels.form_title.en }}", "Form Title")
paragraph("{%p else %}", "Form Title")
paragraph("{{ document.issuer }} {{ labels.form_title }}", "Form Title")
paragraph("{%p endif %}", "Form Title")

# the small line: 文件编号 / 版本 / 生效日期, a borderless table
small = table([2.4, 3.4, 2.4, 3.4, 2.4, 3.4], grid=False)
r = row(
    small,
    [
        "{{ labels.document_number }}",
        "{{ document.number }}",
        "{{ custom_labels.version }}",
        "{{ custom.version if custom_raw.version else '' }}",
        "{{ labels.effective_date }}",
        "{{ document.effective_date }}",
    ],
    style="Issuer",
)
for cell in r.cells:
    for run in cell.paragraphs[0].runs:
        run.font.size = Pt(9)

# 一、岗位基本信息
heading("basic")
basic = table([2.6, 6.1, 2.6, 6.1])
row(basic, ["{{ labels.position_title }}", "{{ title }}", "{{ labels.position_number }}", "{{ id }}"], labels=(0, 2))
row(
    basic,
    ["{{ labels.department }}", "{{ basic.department }}", "{{ labels.reports_to }}", "{{ basic.reports_to }}"],
    labels=(0, 2),
)
r = row(basic, ["{{ labels.subordinates }}", "", "{{ labels.headcount }}", "{{ basic.headcount }}"], labels=(0, 2))
first = r.cells[1].paragraphs[0]
first.add_run("{%p for position in basic.subordinates %}")
paragraph("{{ position }}", "Field", container=r.cells[1])
paragraph("{%p endfor %}", "Field", container=r.cells[1])
r = row(basic, ["{{ labels.grade }}", "{{ basic.grade }}", "", ""], labels=(0,))
r.cells[1].merge(r.cells[3])
for extra in r.cells[1].paragraphs[1:]:
    extra._p.getparent().remove(extra._p)

# 二、岗位目的
heading("summary")
purpose = table([WIDTH])
row(purpose, ["{{ summary }}"])

# 三、岗位职责: 序号 | 职责内容 | 权重(%), numbered 1..n over every group (`done`: the duties of the groups before)
heading("responsibilities")
duties = table([1.6, 13.4, 2.4])
row(duties, ["{{ labels.serial_number }}", "{{ labels.duties }}", "{{ labels.weight }} (%)"], labels=(0, 1, 2))
tag_row(duties, "{%tr for group in duties %}")
tag_row(duties, "{%tr set done = duties[:loop.index0] | map(attribute='entries') | map('length') | sum %}")
tag_row(duties, "{%tr if group.title %}")
row(duties, ["{{ group.title }}", "", ""], merge=True, style="Group")
tag_row(duties, "{%tr endif %}")
tag_row(duties, "{%tr for entry in group.entries %}")
row(
    duties,
    [
        "{{ done + loop.index }}",
        "{{ entry.text }}",
        "{{ entry.weight_value if entry.weight_value is not none else '' }}",
    ],
)
tag_row(duties, "{%tr endfor %}")
tag_row(duties, "{%tr endfor %}")

# 四、任职资格
heading("qualifications")
quals = table([3.4, 14.0])
row(quals, ["{{ labels.education }}", "{{ qualifications_by_key.education }}"], labels=(0,))
row(quals, ["{{ labels.major }}", "{{ qualifications_by_key.major }}"], labels=(0,))
r = row(quals, ["{{ labels.experience }}", ""], labels=(0,))
cell = r.cells[1]
cell.paragraphs[0].add_run("{%p for level in experience %}")
for text in (
    "{%p if level.name %}",
    "{{ level.name }}",
    "{%p endif %}",
    "{%p for entry in level.entries %}",
    "{{ entry.n }}{{ entry.text }}",
    "{%p endfor %}",
    "{%p endfor %}",
    "{%p if not experience %}",
    "{{ labels.none }}",
    "{%p endif %}",
):
    paragraph(text, "Field", container=cell)
r = row(quals, ["{{ labels.certificates }}", ""], labels=(0,))
list_cell(r.cells[1], "qualifications_by_key.certificates")
r = row(quals, ["{{ labels.abilities }}", ""], labels=(0,))
list_cell(r.cells[1], "qualifications_by_key.abilities")

# 五、工作环境: 工作场所, 工作时间 (and further conditions), then 职业危害 (own field)
heading("environment")
env = table([3.4, 14.0])
tag_row(env, "{%tr for condition in environment %}")
row(env, ["{{ condition.name }}", "{{ condition.value }}"], labels=(0,))
tag_row(env, "{%tr endfor %}")
r = row(env, ["{{ custom_labels.hazards }}", ""], labels=(0,))
cell = r.cells[1]
cell.paragraphs[0].add_run("{%p for hazard in custom.hazards %}")
# numbered as the language numbers a list (1、 / 1.), unnumbered when one (or 无)
for text in (
    "{% if custom_raw.hazards | length > 1 %}{{ loop.index }}{{ '、' if lang == 'zh' else '. ' }}"
    "{% endif %}{{ hazard }}",
    "{%p endfor %}",
):
    paragraph(text, "Field", container=cell)

# 六、考核指标: 指标 | 目标 | 权重
heading("indicators")
kpi = table([9.4, 5.0, 3.0])
row(kpi, ["{{ labels.measure }}", "{{ labels.target }}", "{{ labels.weight }}"], labels=(0, 1, 2))
tag_row(kpi, "{%tr for measure in measures %}")
row(kpi, ["{{ measure.name }}", "{{ measure.target.text }}", "{{ measure.weight }}"])
tag_row(kpi, "{%tr endfor %}")
tag_row(kpi, "{%tr if not measures %}")
row(kpi, ["{{ labels.none }}", "", ""], merge=True)
tag_row(kpi, "{%tr endif %}")

# sign-off line: 编制人 / 审核人 / 批准人
sign = table([2.4, 3.4, 2.4, 3.4, 2.4, 3.4], grid=False)
row(
    sign,
    [
        "{{ labels.prepared_by }}",
        "{{ document.prepared_by }}",
        "{{ custom_labels.reviewed_by }}",
        "{{ custom.reviewed_by if custom_raw.reviewed_by else '' }}",
        "{{ labels.approved_by }}",
        "{{ document.approved_by }}",
    ],
    labels=(),
)
for cell in sign.rows[0].cells:
    cell.paragraphs[0].paragraph_format.space_before = Pt(6)

document.save(PATH)
print("wrote", PATH)

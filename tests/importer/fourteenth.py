"""A fourteenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a county
hydrological station's survey worker on a public institution's printed
form whose position code is written one digit a box (eight narrow cells,
every other row merged across them), the station as 单位名称 beside its
section as 所在科室; a Swiss-owned tool maker's quality engineer issued as
a Chinese version and, after a section break onto a new page with a page
header of its own, the same form in English (the Chinese ruling, as its
note says); an auto-parts distributor's warehouse team lead whose whole
form is a table pasted from Excel as a link (a LINK field whose result is
the table: the field begun in the paragraph before it and ended in the
paragraph after), the company and the title in the range's first merged
row, the duties one row each (numbered 1、 in their text) under a label
merged down, the date as Excel shows it (2024/3/11); a Glasgow museum
trust's learning officer in English whose About us and Purpose of the post each open with a dropped capital
(a framed paragraph of one letter, the rest of the word in the paragraph
after it), labels set off by tabs, Responsible to and Responsible for; a
city commercial bank's corporate relationship manager with a competence
table under a diagonal header cell (能力项 ＼ 等级, w:tl2br) whose levels
are ● and ○ one a cell; a steel group's overhead crane operator printed
by an HR system as plain text and pasted into Word in a monospaced font,
labels and values aligned by runs of spaces with no colon, two pairs a
line, rules of = and - between blocks, duties numbered 01 02; a container
terminal's quay crane driver whose headings are plain bold paragraphs
with a rule under them, given an outline level (so they show in the
navigation pane) but no heading style, the duties and requirements in
Word's picture bullets (a numbering level drawing an image).

A few values are ambiguous on purpose, with no truth for them: the
station's 岗位类别 row; the Swiss form's English version (a translation,
the Chinese version ruling) and its 语言要求 row; the distributor's 技能
row (WMS and Excel: knowledge or abilities) and the note under its table;
the museum's Responsible for (freelance educators and volunteers: not
positions of an organisation chart), its salary and contract lines and
its PVG line; the bank's competence table (levels of competences the
model keeps nowhere) and its explanatory line; the steel print's 打印日期
beside its 制表日期 (the same day); the terminal's 工作环境 line. A careful
import places them right or names them in a warning.

Truth choices: a code written one character a box is the characters
read in order; a public institution's 单位名称 is the issuer when a 所在科室
names the department; the version that rules is the source, its
translation no value; a field's shown result is its value (the LINK
field's table is the form); a dropped capital is the first letter of its
paragraph's first word; aligned columns of the plain-text print pair
each label with the text after it; a picture bullet is no part of its
item. The museum's form gives no grade (a salary only) and no approver,
the distributor's no approver and the Swiss form no headcount, so their
truths have none.

122 facts in all, 14 to 19 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.fourteenth`` for the figures.

First measured on the importer that had met the thirteenth batch (before
it was tuned on it): 94/122 facts right (77.0 %), 14 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
water_station_digit_boxes      16/19    1        2
swiss_tool_maker_two_versions  8/16     2        6
parts_distributor_excel_link   18/18    0        0
museum_trust_drop_caps         8/14     4        2
bank_competence_dots           18/18    0        0
steel_plain_text_print         8/19     7        4
terminal_picture_bullets       18/18    0        0
=============================  =======  =======  ======

The silent errors, as the comparison shows them: the digit boxes' code
read as its first box alone (3) and the station (单位名称) not taken as
the issuer; the Swiss form's English version joined to the Chinese
values (the place, the summary, the education, the major and the hours
each followed by its English, the English duties after the Chinese
ones); the museum's PVG line kept as experience and the preparer's job
title kept with her name; the plain-text print's second pair on a line
kept in the first's value (炼钢厂炼钢车间      直接上级    天车班班长), so no
superior and no approver, and its duties keeping their numbers 01 02.
Flagged: the station's department; the Swiss form's superior and
experience; the museum's issuer, superior, hours and summary; the
plain-text print's issuer, title, number, headcount, grade, preparer and
date.

After the rules it showed (a code written one character a box, in a
table whose other rows merge the boxes' columns, read whole; the form a
second time in another language read once, the second version reported
row by row as its translation; columns of labels and values aligned by
spaces with no colon read as pairs, several a line; an organisation's
label of the department (单位名称, 所在单位) beside a section's (所在科室) the
issuer; a signer's job title after a comma set apart from the name; a
dropped capital the first letter of the paragraph after it; 01  02 an
item's number; a label no field has after a labelled line reported
whatever its value's length; a line above the form's labels whose
label no field has and whose value names an organisation (单位：…有限公司)
the issuer, to check; Responsible to, Purpose of the post and
organisations ending in Trust as labels and issuers): 121/122 (99.2 %),
0 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
water_station_digit_boxes      19/19    0        0
swiss_tool_maker_two_versions  16/16    0        0
parts_distributor_excel_link   18/18    0        0
museum_trust_drop_caps         13/14    1        0
bank_competence_dots           18/18    0        0
steel_plain_text_print         19/19    0        0
terminal_picture_bullets       18/18    0        0
=============================  =======  =======  ======

Flagged, not read: the museum's hours (Hours: no label of the working
hours alone, as a label read for them would take the Location after it
for the environment's place; reported as a label no field has). The
second batch's government_position_code gains its department by the
rule of an organisation and its section (所在单位 and 所在处室).
"""

from __future__ import annotations

import io
import struct
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt

from tests.importer.eleventh import _lines, _widths
from tests.importer.forms import _font, _numbered, _numbering, _write
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _spanned_widths(table, *inches: float) -> None:
    """The table's grid set to these widths, and each cell as wide as the columns it spans, as Word keeps them."""
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)
    for row in table._tbl.tr_lst:
        column = 0
        for cell in row.tc_lst:
            cell.width = Inches(sum(inches[column:column + cell.grid_span]))
            column += cell.grid_span


def _boxes(row, first: int, characters: str) -> None:
    """``characters`` one a cell of ``row`` from column ``first``, centred, as on a printed form's boxes."""
    for offset, character in enumerate(characters):
        cell = row.cells[first + offset]
        _write(cell, character)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def water_station_digit_boxes(path: Path) -> dict:
    """A county hydrological station's survey worker on a public
    institution's printed form: the position code one digit a box, every
    other row merged across the boxes, the station as 单位名称 beside its
    section as 所在科室."""
    document = docx.Document()
    _footer(document, "浙江省事业单位岗位设置管理用表（三）")
    _title(document, "事业单位岗位说明书", font="宋体")
    summary = "承担本站水位、流量、降水和泥沙等水文要素的测验与资料整编，为防汛抗旱和水资源管理提供准确及时的水文信息。"
    duties = ["按测验任务书开展水位、流量、降水量和含沙量的观测与测验；", "维护保养缆道、测船、流速仪和自动监测设备，保证设备完好；",
              "汛期参加24小时值班，开展洪水测报和应急监测；", "负责测验原始记录的校核和水文资料的初步整编；",
              "完成站上交办的水质采样和其他工作。"]
    code = "33112107"
    rows = [("单位名称", "青田县水文站"), ("所在科室", "测验科"), ("岗位名称", "水文勘测工"), ("岗位类别", "工勤技能岗位"),
            ("岗位等级", "技术工四级"), ("直接上级", "测验科科长"), ("岗位数量", "2"), ("工作地点", "青田县鹤城街道大溪水文测验基地"),
            ("岗位目的", summary), ("岗位职责", None), ("学历", "高中（中专）及以上"), ("专业", "水文、水利工程、测绘等相关专业"),
            ("工作经历", "具有2年以上水文测验工作经历"), ("资格证书", "水文勘测工四级（中级工）及以上职业技能等级证书"),
            ("身体条件", "身体健康，会游泳，能适应野外作业和汛期值班")]
    table = document.add_table(rows=len(rows) + 1, cols=len(code) + 1)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "岗位代码")
    _boxes(table.rows[0], 1, code)
    for index, (label, value) in enumerate(rows, 1):
        _write(table.cell(index, 0), label)
        cell = table.cell(index, 1).merge(table.cell(index, len(code)))
        if value is None:
            _write(cell, *(f"{number}．{duty}" for number, duty in enumerate(duties, 1)))
        else:
            _write(cell, value)
    _spanned_widths(table, 1.3, *([0.6] * len(code)))
    document.add_paragraph()
    _lines(document, "填表人：叶建平　　　　审核人：徐晓东　　　　填表日期：2024年4月16日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "青田县水文站", "title": "水文勘测工", "id": code,
        "basic.department": "测验科", "basic.grade": "技术工四级", "basic.reports_to": "测验科科长", "basic.headcount": 2,
        "basic.work_location": "青田县鹤城街道大溪水文测验基地", "summary": summary, "duties": duties,
        "qualifications.education": "高中（中专）及以上", "qualifications.major": "水文、水利工程、测绘等相关专业",
        "qualifications.experience": ["具有2年以上水文测验工作经历"],
        "qualifications.certificates": ["水文勘测工四级（中级工）及以上职业技能等级证书"],
        "physical": "身体健康，会游泳，能适应野外作业和汛期值班", "document.prepared_by": "叶建平",
        "document.approved_by": "徐晓东", "basic.prepared_on": "2024-04-16",
    }


def _version(document, rows: list[tuple[str, list[str] | None]], duties: list[str]) -> None:
    """One language's table of the form: each label beside its lines, the duties numbered in their row."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, lines) in enumerate(rows):
        _write(table.cell(index, 0), label)
        table.cell(index, 0).paragraphs[0].runs[0].bold = True
        _shade(table.cell(index, 0), "E7E6E6")
        _write(table.cell(index, 1), *(lines or [f"{number}. {duty}" for number, duty in enumerate(duties, 1)]))
    _widths(table, 1.6, 4.6)


def swiss_tool_maker_two_versions(path: Path) -> dict:
    """A Swiss-owned tool maker's quality engineer: the Chinese version,
    then after a section break onto a new page, with a page header of its
    own, the same form in English; the Chinese version rules."""
    document = docx.Document()
    _header(document, "瑞恩精密刀具（苏州）有限公司")
    _footer(document, "RPT-HR-F012　第2版")
    _title(document, "岗位说明书（中文版）")
    _lines(document, "说明：本岗位说明书分中文版和英文版，两种文本如有不一致，以中文版为准。")
    summary = "负责公司硬质合金刀具产品的质量策划和过程质量控制，处理客户投诉，推动质量持续改进，确保产品满足客户和体系要求。"
    duties = ["编制新产品的控制计划、PFMEA和检验指导书；", "监控磨削、涂层等关键工序的过程能力，组织不合格品评审；",
              "处理客户投诉，运用8D方法分析原因并跟踪纠正措施；", "组织内部过程审核和产品审核，配合客户审核和IATF 16949外审；",
              "统计分析质量数据，每月编制质量报告。"]
    duties_en = ["Prepare control plans, PFMEAs and inspection instructions for new products.",
                 "Monitor process capability of grinding, coating and other key operations; lead reviews of "
                 "nonconforming products.",
                 "Handle customer complaints, analyse root causes with the 8D method and follow up corrective actions.",
                 "Conduct internal process and product audits; support customer audits and IATF 16949 audits.",
                 "Analyse quality data and prepare the monthly quality report."]
    hours = "周一至周五8:00-17:00"
    _version(document, [
        ("岗位名称", ["质量工程师"]), ("岗位编号", ["RPT-QA-04"]), ("所属部门", ["质量部"]), ("汇报对象", ["质量经理"]),
        ("工作地点", ["苏州工业园区星龙街"]), ("岗位目的", [summary]), ("主要职责", None), ("学历要求", ["本科及以上"]),
        ("专业要求", ["机械工程、材料科学与工程等相关专业"]), ("工作经验", ["3年以上机械加工或刀具行业质量工程经验"]),
        ("语言要求", ["英语读写熟练，能阅读德文技术资料者优先"]), ("工作时间", [hours])], duties)
    _lines(document, "", "编制：朱丽娜　　　　批准：Markus Vogel　　　　日期：2024年5月6日")
    english = document.add_section(WD_SECTION.NEW_PAGE)
    english.header.is_linked_to_previous = False
    english.header.paragraphs[0].text = "Rhein Precision Tools (Suzhou) Co., Ltd."
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("Job Description (English Version)").bold = True
    document.add_paragraph("Note: This job description is made in Chinese and English. In case of any discrepancy, "
                           "the Chinese version shall prevail.")
    _version(document, [
        ("Position", ["Quality Engineer"]), ("Position No.", ["RPT-QA-04"]), ("Department", ["Quality"]),
        ("Reports to", ["Quality Manager"]), ("Location", ["Xinglong Street, Suzhou Industrial Park"]),
        ("Job Purpose", ["To plan product quality and control process quality for the company's carbide cutting tools, "
                         "handle customer complaints and drive continual improvement, so that products meet customer "
                         "and system requirements."]),
        ("Key Responsibilities", None), ("Education", ["Bachelor's degree or above"]),
        ("Major", ["Mechanical Engineering, Materials Science and Engineering or related"]),
        ("Experience", ["3+ years of quality engineering in machining or the cutting tool industry"]),
        ("Languages", ["Fluent written English; able to read German technical documents preferred"]),
        ("Working Hours", ["Monday to Friday 8:00-17:00"])], duties_en)
    document.add_paragraph()
    document.add_paragraph("Prepared by: Zhu Lina        Approved by: Markus Vogel        Date: 6 May 2024")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "瑞恩精密刀具（苏州）有限公司", "title": "质量工程师", "id": "RPT-QA-04",
        "basic.department": "质量部", "basic.reports_to": "质量经理", "basic.work_location": "苏州工业园区星龙街",
        "summary": summary, "duties": duties, "qualifications.education": "本科及以上",
        "qualifications.major": "机械工程、材料科学与工程等相关专业",
        "qualifications.experience": ["3年以上机械加工或刀具行业质量工程经验"], "environment.hours": hours,
        "document.prepared_by": "朱丽娜", "document.approved_by": "Markus Vogel", "basic.prepared_on": "2024-05-06",
    }


def _field_run(*children):
    run = _element("w:r")
    for child in children:
        run.append(child)
    return run


def _linked_table(document, instruction: str, rows: int, cols: int):
    """A table pasted as a link: a LINK field begun in the paragraph before
    the table, its result the table, ended in the paragraph after it."""
    code = _element("w:instrText")
    code.text = f" {instruction} "
    code.set(qn("xml:space"), "preserve")
    opening = document.add_paragraph()
    for piece in (_element("w:fldChar", fldCharType="begin"), code, _element("w:fldChar", fldCharType="separate")):
        opening._p.append(_field_run(piece))
    table = document.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    document.add_paragraph()._p.append(_field_run(_element("w:fldChar", fldCharType="end")))
    return table


def _excel_cell(cell, text: str, bold: bool = False) -> None:
    """A cell as Excel pastes it: 等线 10 pt, no space after, the text vertically centred."""
    _write(cell, text)
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    for run in paragraph.runs:
        run.font.size = Pt(10)
        run.font.name = "等线"
        run.bold = bold
    _font(paragraph, "等线")
    cell._tc.get_or_add_tcPr().append(_element("w:vAlign", val="center"))


def parts_distributor_excel_link(path: Path) -> dict:
    """An auto-parts distributor's warehouse team lead: the whole form a
    table pasted from Excel as a link (a LINK field's result), the company
    and the title in the range's first merged row, the duties one row each
    under a label merged down, the date as Excel shows it."""
    document = docx.Document()
    _footer(document, "华通汽配 · 人力行政部")
    summary = "负责所辖库区的收货、上架、拣货和发货作业的组织与现场管理，保证库存准确和订单按时出库。"
    duties = ["根据每日订单和到货计划安排班组人员和叉车作业；", "监督收货验收和上架，确保实物与WMS系统库位一致；",
              "组织拣货、复核和打包，跟踪当日订单出库完成情况；", "组织周盘点和月度全盘，分析并处理盘点差异；",
              "落实库区5S和消防安全检查，做好班组考勤和培训。"]
    hours = "两班倒，早班7:30-16:30，晚班15:30-00:30"
    pairs = [("岗位名称", "仓储组长", "岗位编号", "HT-CC-05"), ("所属部门", "仓储物流中心", "直接上级", "仓储主管"),
             ("直接下级", "拣货员、复核员、叉车工", "定编人数", "4"), ("岗位等级", "G5", "工作地点", "佛山市南海区狮山物流园3号库")]
    after = [("学历", "中专及以上", "工作经验", "3年以上仓库管理工作经验，1年以上班组管理经验"),
             ("技能", "熟练使用WMS系统和Excel", "证书", "叉车司机证（N1）"), ("编制人", "梁晓燕", "编制日期", "2024/3/11")]
    table = _linked_table(document, 'LINK Excel.Sheet.12 "D:\\\\人事\\\\岗位说明书\\\\2024年岗位说明书汇总.xlsx" '
                          '"仓储组长!R1C1:R16C4" \\a \\f 4 \\h', 3 + len(pairs) + len(duties) + len(after), 4)
    _excel_cell(table.cell(0, 0).merge(table.cell(0, 3)), "华通汽配供应链有限公司岗位说明书", bold=True)
    table.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, cells in enumerate(pairs, 1):
        for column, text in enumerate(cells):
            _excel_cell(table.cell(index, column), text, bold=column % 2 == 0)
    row = len(pairs) + 1
    _excel_cell(table.cell(row, 0), "岗位概述", bold=True)
    _excel_cell(table.cell(row, 1).merge(table.cell(row, 3)), summary)
    first = row + 1
    _excel_cell(table.cell(first, 0).merge(table.cell(first + len(duties) - 1, 0)), "岗位职责", bold=True)
    for offset, duty in enumerate(duties):
        _excel_cell(table.cell(first + offset, 1).merge(table.cell(first + offset, 3)), f"{offset + 1}、{duty}")
    row = first + len(duties)
    for offset, cells in enumerate(after[:2]):
        for column, text in enumerate(cells):
            _excel_cell(table.cell(row + offset, column), text, bold=column % 2 == 0)
    row += 2
    _excel_cell(table.cell(row, 0), "工作时间", bold=True)
    _excel_cell(table.cell(row, 1).merge(table.cell(row, 3)), hours)
    for column, text in enumerate(after[2]):
        _excel_cell(table.cell(row + 1, column), text, bold=column % 2 == 0)
    _spanned_widths(table, 1.1, 2.1, 1.1, 2.1)
    _lines(document, "注：本表链接自《2024年岗位说明书汇总.xlsx》，表格内容如有更新，请右键选择“更新链接”。")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "华通汽配供应链有限公司", "title": "仓储组长", "id": "HT-CC-05",
        "basic.department": "仓储物流中心", "basic.reports_to": "仓储主管", "basic.subordinates": ["拣货员", "复核员", "叉车工"],
        "basic.headcount": 4, "basic.grade": "G5", "basic.work_location": "佛山市南海区狮山物流园3号库", "summary": summary,
        "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.experience": ["3年以上仓库管理工作经验，1年以上班组管理经验"],
        "qualifications.certificates": ["叉车司机证（N1）"], "environment.hours": hours, "document.prepared_by": "梁晓燕",
        "basic.prepared_on": "2024-03-11",
    }


def _dropped(document, text: str) -> None:
    """``text`` as a paragraph opening with a dropped capital: its first
    letter alone in a framed paragraph three lines high, the rest after it."""
    body = document.add_paragraph(text[1:])
    body._p.addprevious(parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
        'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:after="0" w:line="1077" w:lineRule="exact"/>'
        '<w:textAlignment w:val="baseline"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/>'
        f'<w:color w:val="7B2C3B"/><w:position w:val="-10"/><w:sz w:val="144"/></w:rPr><w:t>{text[0]}</w:t></w:r></w:p>'))


def _tabbed(document, label: str, value: str) -> None:
    """A bold label, a tab to a stop at 1.9 inches, the value."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
    paragraph.paragraph_format.space_after = Pt(2)
    paragraph.add_run(label).bold = True
    paragraph.add_run(f"\t{value}")


def museum_trust_drop_caps(path: Path) -> dict:
    """A Glasgow museum trust's learning officer in English: About us and
    Purpose of the post each open with a dropped capital, the labels set
    off by tabs, Responsible to and Responsible for."""
    document = docx.Document()
    trust = "Kelvinhaugh Museum & Art Gallery Trust"
    _header(document, trust)
    _footer(document, "Kelvinhaugh Museum & Art Gallery Trust is a Scottish charity, No. SC041873.")
    document.add_heading("Job Description", level=1)
    summary = ("To plan, deliver and evaluate a programme of learning activities for schools, families and community "
               "groups that opens the museum's collections to the widest possible audience.")
    duties = ["Plan and deliver gallery-based workshops and tours for nursery, primary and secondary schools, linked to "
              "Curriculum for Excellence.",
              "Develop and run the family programme, including weekend and holiday activities.",
              "Build partnerships with community groups, schools and the local authority's education services.",
              "Recruit, brief and support freelance artist educators and volunteer guides.",
              "Produce learning resources for teachers and families, in print and online.",
              "Collect visitor data and feedback and report on the programme against its targets."]
    _tabbed(document, "Job title:", "Learning and Engagement Officer")
    _tabbed(document, "Reference:", "KMAG-LE-117")
    _tabbed(document, "Department:", "Learning and Engagement")
    _tabbed(document, "Responsible to:", "Learning and Engagement Manager")
    _tabbed(document, "Responsible for:", "Freelance artist educators and volunteer guides")
    _tabbed(document, "Salary:", "£27,420 – £30,150 per annum")
    _tabbed(document, "Hours:", "35 hours per week, including some weekends and evenings")
    _tabbed(document, "Location:", "Kelvinhaugh Museum, Glasgow")
    _tabbed(document, "Contract:", "Permanent")
    document.add_heading("About us", level=2)
    _dropped(document, "Kelvinhaugh Museum & Art Gallery Trust cares for one of Scotland's finest civic collections "
                       "of fine and decorative art, natural history and social history, and welcomes more than "
                       "400,000 visitors a year.")
    document.add_heading("Purpose of the post", level=2)
    _dropped(document, summary)
    document.add_heading("Main duties and responsibilities", level=2)
    for duty in duties:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    for label, value in (("Qualifications: ", "A degree or equivalent qualification"),
                         ("Experience: ", "At least two years' experience of delivering learning programmes in a "
                                          "museum, gallery or heritage setting"),
                         ("Disclosure: ", "Membership of the PVG Scheme for regulated work with children")):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(label).bold = True
        paragraph.add_run(value)
    document.add_paragraph()
    document.add_paragraph("Prepared by: Fiona MacLeod, HR Adviser\tDate: 12 March 2024")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": trust, "title": "Learning and Engagement Officer",
        "id": "KMAG-LE-117", "basic.department": "Learning and Engagement",
        "basic.reports_to": "Learning and Engagement Manager", "basic.work_location": "Kelvinhaugh Museum, Glasgow",
        "environment.hours": "35 hours per week, including some weekends and evenings", "summary": summary,
        "duties": duties, "qualifications.education": "A degree or equivalent qualification",
        "qualifications.experience": ["At least two years' experience of delivering learning programmes in a museum, "
                                      "gallery or heritage setting"],
        "document.prepared_by": "Fiona MacLeod", "basic.prepared_on": "2024-03-12",
    }


def _diagonal(cell, top_right: str, bottom_left: str) -> None:
    """A header cell split by a diagonal line (斜线表头): one word at the top right, one at the bottom left."""
    _write(cell, top_right, bottom_left)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>'))


def bank_competence_dots(path: Path) -> dict:
    """A city commercial bank's corporate relationship manager: a grid of
    pairs, the duties numbered in a cell, and a competence table under a
    diagonal header cell whose levels are ● and ○ one a cell."""
    document = docx.Document()
    bank = "临江银行股份有限公司"
    _header(document, f"{bank}　人力资源部")
    _footer(document, "LJB-HR-JD-2024-019")
    _title(document, "职位说明书")
    summary = "负责开发和维护辖内公司客户，营销存款、贷款、结算和投行等对公产品，做好客户授信的调查和贷后管理，实现分配的业务指标。"
    duties = ["开展公司客户的市场调研和营销拓展，建立客户档案；", "营销对公存款、结算、票据和供应链融资等产品，完成业务指标；",
              "开展授信前尽职调查，撰写调查报告并提交审批；", "做好贷后检查和风险预警，配合不良资产清收；",
              "维护客户关系，及时处理客户需求和投诉。"]
    pairs = [("职位名称", "对公客户经理", "职位编码", "LJB-GS-021"), ("所属部门", "公司金融部", "直接上级", "公司金融部总经理"),
             ("职级", "P5", "编制人数", "6"), ("工作地点", "临江分行营业部", "", "")]
    wide = [("职位概要", [summary]), ("工作职责", [f"{number}．{duty}" for number, duty in enumerate(duties, 1)]),
            ("学历", ["全日制本科及以上"]), ("专业", ["金融、经济、会计等相关专业"]), ("工作经验", ["3年以上银行对公业务或信贷工作经验"]),
            ("资格证书", ["银行业专业人员职业资格证书"])]
    table = document.add_table(rows=len(pairs) + len(wide), cols=4)
    table.style = "Table Grid"
    for index, cells in enumerate(pairs):
        for column, text in enumerate(cells):
            if text:
                _write(table.cell(index, column), text)
            if column % 2 == 0:
                _shade(table.cell(index, column), "DDEBF7")
    for index, (label, lines) in enumerate(wide, len(pairs)):
        _write(table.cell(index, 0), label)
        _shade(table.cell(index, 0), "DDEBF7")
        _write(table.cell(index, 1).merge(table.cell(index, 3)), *lines)
    _spanned_widths(table, 1.1, 2.0, 1.1, 2.0)
    document.add_paragraph()
    heading = document.add_paragraph()
    heading.add_run("能力素质要求").bold = True
    levels = [("客户开发能力", 4), ("沟通协调能力", 4), ("风险识别能力", 3), ("财务分析能力", 3), ("团队合作", 3)]
    grid = document.add_table(rows=len(levels) + 1, cols=6)
    grid.style = "Table Grid"
    _diagonal(grid.cell(0, 0), "等级", "能力项")
    for level in range(1, 6):
        _write(grid.cell(0, level), str(level))
        grid.cell(0, level).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, (name, level) in enumerate(levels, 1):
        _write(grid.cell(index, 0), name)
        for column in range(1, 6):
            _write(grid.cell(index, column), "●" if column <= level else "○")
            grid.cell(index, column).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _widths(grid, 1.7, 0.9, 0.9, 0.9, 0.9, 0.9)
    _lines(document, "说明：●表示本职位要求达到的等级，1级为最低，5级为最高。", "",
           "编制：邵文博　　　　审批：林海涛　　　　日期：2024年2月27日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": bank, "title": "对公客户经理", "id": "LJB-GS-021",
        "basic.department": "公司金融部", "basic.reports_to": "公司金融部总经理", "basic.grade": "P5", "basic.headcount": 6,
        "basic.work_location": "临江分行营业部", "summary": summary, "duties": duties,
        "qualifications.education": "全日制本科及以上", "qualifications.major": "金融、经济、会计等相关专业",
        "qualifications.experience": ["3年以上银行对公业务或信贷工作经验"], "qualifications.certificates": ["银行业专业人员职业资格证书"],
        "document.prepared_by": "邵文博", "document.approved_by": "林海涛", "basic.prepared_on": "2024-02-27",
    }


def _width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font: two for a wide character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def _columns(*pieces: str, widths: tuple[int, ...] = (12, 20, 12)) -> str:
    """``pieces`` padded with spaces to the print's column widths, as a plain-text report aligns them."""
    padded = [piece + " " * max(width - _width(piece), 1) for piece, width in zip(pieces, widths, strict=False)]
    return "".join(padded) + "".join(pieces[len(widths):])


def steel_plain_text_print(path: Path) -> dict:
    """A steel group's overhead crane operator printed by an HR system as
    plain text and pasted into Word in a monospaced font: labels and values
    aligned by spaces, no colon, two pairs a line, rules of = and -, duties
    numbered 01 02."""
    document = docx.Document()
    summary = "按生产指令操作炼钢跨桥式起重机，完成铁水、废钢、钢包和设备吊运，保证吊运作业安全、准确、及时。"
    duties = ["接班前检查天车的制动器、钢丝绳、吊具和限位装置，填写点检记录", "按指挥信号和生产节奏完成兑铁、加废钢和钢包吊运",
              "严格执行“十不吊”规定，发现异常立即停车并报告", "配合检修人员做好天车的定期检修和润滑",
              "做好交接班记录和作业区域的清洁"]
    hours = "四班三倒"
    rule, thin = "=" * 64, "-" * 64
    lines = [rule, " " * 22 + "岗 位 说 明 书", "单位：宏岳钢铁集团有限公司" + " " * 12 + "打印日期：2024-04-18", thin,
             _columns("岗位编码", "HY-LG-0317", "岗位名称", "炼钢车间天车工"), _columns("所属部门", "炼钢厂炼钢车间", "直接上级", "天车班班长"),
             _columns("岗位定员", "24", "岗位等级", "操作五级"), _columns("工作地点", "炼钢厂2#转炉跨"), thin, "岗位概要",
             f"    {summary}", "岗位职责", *(f"    {number:02d}  {duty}" for number, duty in enumerate(duties, 1)), "任职资格",
             "    " + _columns("学历", "高中、中专及以上", widths=(12,)),
             "    " + _columns("工作经验", "1年以上冶金企业天车操作经验", widths=(12,)),
             "    " + _columns("资格证书", "特种设备作业人员证（桥式起重机司机Q2）", widths=(12,)),
             "    " + _columns("身体条件", "矫正视力0.8以上，无色盲、恐高症", widths=(12,)),
             _columns("工作时间", hours), thin, _columns("制表人", "何振宇", "审核人", "陈立新", widths=(8, 12, 8, 12)) +
             " " * 4 + "制表日期  2024-04-18", rule]
    for line in lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(line)
        run.font.name = "新宋体"
        run.font.size = Pt(10.5)
        _font(paragraph, "新宋体")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "宏岳钢铁集团有限公司", "title": "炼钢车间天车工", "id": "HY-LG-0317",
        "basic.department": "炼钢厂炼钢车间", "basic.reports_to": "天车班班长", "basic.headcount": 24, "basic.grade": "操作五级",
        "basic.work_location": "炼钢厂2#转炉跨", "summary": summary, "duties": duties,
        "qualifications.education": "高中、中专及以上", "qualifications.experience": ["1年以上冶金企业天车操作经验"],
        "qualifications.certificates": ["特种设备作业人员证（桥式起重机司机Q2）"], "physical": "矫正视力0.8以上，无色盲、恐高症",
        "environment.hours": hours, "document.prepared_by": "何振宇", "document.approved_by": "陈立新",
        "basic.prepared_on": "2024-04-18",
    }


def _png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A PNG image of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _picture_bullets(document) -> str:
    """A bullet list whose bullet is a picture (w:numPicBullet), as Word's
    Define New Bullet > Picture writes one; its numId."""
    number_id = _numbering(document, "bullet", "")
    numbering_part = document.part.numbering_part
    image = document.part.package.get_or_add_image_part(io.BytesIO(_png(12, 12, (0, 94, 162))))
    relation = numbering_part.relate_to(image, RT.IMAGE)
    numbering = numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:numPicBullet {nsdecls("w", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" w:numPicBulletId="0"><w:pict>'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:9pt;height:9pt" o:bullet="t">'
        f'<v:imagedata r:id="{relation}" o:title="蓝方块"/></v:shape></w:pict></w:numPicBullet>'))
    abstract = numbering.find(qn("w:abstractNum"))
    level = abstract.find(qn("w:lvl"))
    level.find(qn("w:lvlText")).addnext(_element("w:lvlPicBulletId", val="0"))
    level.append(parse_xml(f'<w:pPr {nsdecls("w")}><w:ind w:left="420" w:hanging="420"/></w:pPr>'))
    level.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>'
                           '<w:color w:val="auto"/></w:rPr>'))
    return number_id


def _outline_heading(document, text: str) -> None:
    """A heading made by hand: a bold paragraph with a rule under it, at outline level 1, in no heading style."""
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(
        f'<w:pPr {nsdecls("w")}><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
        'w:color="1F4E79"/></w:pBdr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'))
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(12)
    _font(paragraph, "黑体")


def terminal_picture_bullets(path: Path) -> dict:
    """A container terminal's quay crane driver: headings bold paragraphs
    with a rule under them at outline level 1 in no heading style, the
    duties and requirements in Word's picture bullets."""
    document = docx.Document()
    terminal = "东港集装箱码头有限公司"
    _header(document, terminal)
    _footer(document, "DG-HR-QR-07")
    _title(document, "岸桥司机岗位说明书")
    bullets = _picture_bullets(document)
    summary = "操作岸边集装箱起重机完成船舶集装箱的装卸作业，确保作业安全、高效，达到码头的船时效率目标。"
    duties = ["接班时对岸桥进行班前检查，确认制动、吊具和安全装置完好；", "按配载图和理货指令完成集装箱装卸船作业；",
              "与指挥手、集卡司机和理货员密切配合，防止碰撞和吊具挂舱；", "遇大风、设备故障等异常情况按应急程序处置并报告；",
              "填写设备运行记录和交接班记录。"]
    hours = "四班二运转，每班12小时"
    _outline_heading(document, "一、基本信息")
    _lines(document, "岗位名称：岸桥司机　　　　岗位编号：DG-CZ-12", "所属部门：操作部　　　　直接上级：桥吊队长",
           "岗位定员：36人　　　　工作地点：东港港区二期集装箱码头")
    _outline_heading(document, "二、岗位概述")
    _lines(document, summary)
    _outline_heading(document, "三、岗位职责")
    for duty in duties:
        _numbered(document._body, duty, bullets)
    _outline_heading(document, "四、任职要求")
    for requirement in ("学历：高中（中专）及以上", "经验：2年以上岸桥或场桥操作经验", "证书：特种设备作业人员证（门座式起重机司机Q2）",
                        "身体条件：矫正视力1.0以上，无色盲、恐高症和心脏病"):
        _numbered(document._body, requirement, bullets)
    _outline_heading(document, "五、工作条件")
    _lines(document, f"工作时间：{hours}", "工作环境：高空司机室作业，露天码头，夜间作业")
    document.add_paragraph()
    sign = document.add_paragraph("编制：吕国庆　　　　审批：庞志远　　　　日期：2024年5月20日")
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": terminal, "title": "岸桥司机", "id": "DG-CZ-12",
        "basic.department": "操作部", "basic.reports_to": "桥吊队长", "basic.headcount": 36,
        "basic.work_location": "东港港区二期集装箱码头", "summary": summary, "duties": duties,
        "qualifications.education": "高中（中专）及以上", "qualifications.experience": ["2年以上岸桥或场桥操作经验"],
        "qualifications.certificates": ["特种设备作业人员证（门座式起重机司机Q2）"], "physical": "矫正视力1.0以上，无色盲、恐高症和心脏病",
        "environment.hours": hours, "document.prepared_by": "吕国庆", "document.approved_by": "庞志远",
        "basic.prepared_on": "2024-05-20",
    }


FOURTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("water_station_digit_boxes", water_station_digit_boxes),
    ("swiss_tool_maker_two_versions", swiss_tool_maker_two_versions),
    ("parts_distributor_excel_link", parts_distributor_excel_link),
    ("museum_trust_drop_caps", museum_trust_drop_caps),
    ("bank_competence_dots", bank_competence_dots),
    ("steel_plain_text_print", steel_plain_text_print),
    ("terminal_picture_bullets", terminal_picture_bullets))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(FOURTEENTH)

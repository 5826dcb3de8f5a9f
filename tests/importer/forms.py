"""Hand-made style job-description forms, written with python-docx in the
shapes real forms take (unlike jdgen's template), each with the facts an
import must recover from it."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _font(paragraph, name: str = "仿宋_GB2312") -> None:
    for run in paragraph.runs:
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), name)


def _write(cell, *lines: str, style: str | None = None) -> None:
    """Lines as paragraphs of ``cell`` (its first, empty one reused)."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 and not cell.paragraphs[0].text else cell.add_paragraph()
        paragraph.add_run(line)
        if style:
            paragraph.style = style
        _font(paragraph)


def grid(document, rows: list[tuple[str | list[str], ...]]) -> None:
    """A table of as many columns as the longest row: a cell's text one
    paragraph, a list its paragraphs, an empty text an empty cell."""
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for index, row in enumerate(rows):
        for column, texts in enumerate(row):
            if texts:
                _write(table.cell(index, column), *([texts] if isinstance(texts, str) else texts))


def _label_rows(document, rows: list[tuple[str, list[str]]]):
    """A gridded table of two columns: each label beside its lines."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, lines) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), *lines)
    return table


def _numbering(document, number_format: str, text: str) -> str:
    """A numbering definition of one level (``chineseCounting`` with ``%1、``,
    ``decimal`` with ``%1.``) added to the document; its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = str(100 + len(numbering.findall(qn("w:abstractNum"))))
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", number_format), ("w:lvlText", text)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    abstract.append(level)
    numbering.insert(0, abstract)
    number = numbering.add_num(abstract_id)
    return str(number.numId)


def _numbered(cell, text: str, number_id: str) -> None:
    """A paragraph numbered by Word (numPr), not by its text."""
    paragraph = cell.add_paragraph() if cell.paragraphs[0].text else cell.paragraphs[0]
    paragraph.add_run(text)
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", number_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        numbering.append(child)
    properties.append(numbering)
    _font(paragraph)


def one_big_table(path: Path) -> dict:
    """One table for the whole form: section labels stacked (基本 / 信息) in a
    merged first column, label variants, a title above the table, spacer
    rows, a list as one paragraph with ；, a reporting chain as text, line
    breaks made with Shift+Enter, full-width numbering, a headcount in words."""
    document = docx.Document()
    document.add_paragraph("****银行客户经理岗位说明书")
    document.add_paragraph("")
    table = document.add_table(rows=14, cols=3)
    table.style = "Table Grid"

    def section(first: int, last: int, *label: str) -> None:
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        _write(merged, *label)

    section(0, 4, "基本", "信息")
    for row, (label, value) in enumerate([("岗位名称", "客户经理"), ("岗位编号", "KH-01"), ("部门", "公司业务部"),
                                          ("定员", "若干"), ("直接上级", "支行行长")]):
        _write(table.cell(row, 1), label)
        _write(table.cell(row, 2), value)
    section(5, 5, "岗位", "概要")
    _write(table.cell(5, 1).merge(table.cell(5, 2)), "以客户为中心，处理存贷款及其它中间业务，", "维护客户关系。")
    section(6, 6, "工作", "关系")
    _write(table.cell(6, 1), "支行行长→客户经理→客户专员")
    _write(table.cell(6, 2), "（1）向行长汇报工作", "（2）指导客户专员")
    # row 7: an empty spacer row
    section(8, 8, "岗位", "职责")
    _write(table.cell(8, 1).merge(table.cell(8, 2)),
           "1、开发和维护客户；2、营销金融产品；3、收集市场信息。")
    section(9, 11, "任职", "资格")
    _write(table.cell(9, 1), "学历")
    _write(table.cell(9, 2), "本科及以上学历")
    _write(table.cell(10, 1), "能力")
    cell = table.cell(10, 2)
    paragraph = cell.paragraphs[0]
    paragraph.add_run("沟通能力强")
    paragraph.add_run().add_break()  # Shift+Enter
    paragraph.add_run("善于团队协作")
    _font(paragraph)
    _write(table.cell(11, 1), "知识")
    _write(table.cell(11, 2), "熟悉金融法规")
    section(12, 12, "使用", "工具")
    _write(table.cell(12, 1).merge(table.cell(12, 2)), "电脑、电话、传真机")
    section(13, 13, "身体", "要求")
    _write(table.cell(13, 1).merge(table.cell(13, 2)), "身体健康")
    document.save(path)
    return {
        "title": "客户经理", "id": "KH-01", "document.issuer": "****银行",
        "basic.department": "公司业务部", "basic.reports_to": "支行行长", "basic.subordinates": ["客户专员"],
        "summary": "以客户为中心，处理存贷款及其它中间业务，维护客户关系。",
        "relationships.internal": ["向行长汇报工作", "指导客户专员"],
        "duties": ["开发和维护客户", "营销金融产品", "收集市场信息"],
        "qualifications.education": "本科及以上学历",
        "qualifications.abilities": ["沟通能力强", "善于团队协作"],
        "qualifications.knowledge": "熟悉金融法规",
        "tools": ["电脑", "电话", "传真机"], "physical": "身体健康",
    }


def table_per_section(path: Path) -> dict:
    """A table per section, each [label | content], duties in Word's automatic
    numbering (groups numbered 一、 and their duties 1. by numbering definitions), a heading
    row with typed numbering (一、基本信息), typed values: a date with
    leading zeros, a grade in words, money, a percentage, class hours per
    level, and a row whose label is no field's (年龄)."""
    document = docx.Document()
    title = document.add_paragraph("职位说明书")
    _font(title)

    def section(label: str, rows: list[tuple[str, ...]]):
        heading = document.add_paragraph(label)
        _font(heading)
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        table.style = "Table Grid"
        for index, row in enumerate(rows):
            for column, text in enumerate(row):
                _write(table.cell(index, column), text)
        return table

    section("一、基本信息", [("职位名称", "柜员", "职位编号", "GY-02"), ("所属部门", "营业部", "编制日期", "2014年12月09日"),
                        ("定员人数", "6人", "职位薪资等级", "五级"), ("直接上级职位", "营业部主管", "直接下级职位", "无")])
    section("二、职位概要", [("在柜台办理存取款和结算业务。",)])
    table = section("三、主要职责", [("工作描述", ""), ("工作指标", "")])
    groups, items = _numbering(document, "chineseCounting", "%1、"), _numbering(document, "decimal", "%1.")
    for text, number_id in [("日常业务", groups), ("办理存取款业务", items), ("办理转账结算", items),
                            ("内部管理", groups), ("保管重要空白凭证", items)]:
        _numbered(table.cell(0, 1), text, number_id)
    _write(table.cell(1, 1), "定量指标", "存款类指标：存款余额净增60万元", "服务类指标：客户满意度≥95%（权重30%）",
           "定性指标：实行扣分制", "违反现金管理规定的，每次扣5分")
    section("四、任职资格", [("资历", "初级柜员", "一年以上柜面经验"), ("资历", "高级柜员", "三年以上柜面经验"),
                        ("学历", "大专及以上", ""), ("年龄", "三十五岁以下", "")])
    section("五、培训", [("培训内容", "反洗钱知识"), ("培训期限", "初级柜员专业学习：20课时；高级柜员专业学习：40课时")])
    document.save(path)
    return {
        "title": "柜员", "id": "GY-02", "basic.department": "营业部", "basic.prepared_on": "2014-12-09",
        "basic.headcount": 6, "basic.grade": 5, "basic.reports_to": "营业部主管",
        "summary": "在柜台办理存取款和结算业务。",
        "duties": [{"title": "日常业务", "items": ["办理存取款业务", "办理转账结算"]},
                   {"title": "内部管理", "items": ["保管重要空白凭证"]}],
        "indicators.quantitative": [
            {"name": "存款类指标", "measures": [{"name": "存款余额净增", "target": {"amount": 600000}}]},
            {"name": "服务类指标", "measures": [{"name": "客户满意度", "target": {"percent": 95, "compare": "at_least"},
                                              "weight": 30}]}],
        "indicators.qualitative": {"method": "实行扣分制", "deductions": [{"rule": "违反现金管理规定的", "points": 5}]},
        "qualifications.experience": {"junior": ["一年以上柜面经验"], "senior": ["三年以上柜面经验"]},
        "qualifications.education": "大专及以上",
        "levels": {"junior": "初级柜员", "senior": "高级柜员"},
        "training.topics": ["反洗钱知识"], "training.hours": {"junior": 20, "senior": 40},
    }


def english_form(path: Path) -> dict:
    """An English form: ``label: value`` lines in one cell, duties in the List
    Number style, a date written 2014-12-09, the headcount as 2 people."""
    document = docx.Document()
    document.add_paragraph("Job Description")
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "Basic Information")
    _write(table.cell(0, 1), "Position Title: Teller", "Position No.: TL-03", "Department: Branch Office",
           "Date Prepared: 2014-12-09", "Headcount: 2 people", "Reports To: Branch Supervisor")
    _write(table.cell(1, 0), "Job Summary")
    _write(table.cell(1, 1), "Handles counter business for customers.")
    _write(table.cell(2, 0), "Responsibilities")
    for duty in ("Handles deposits and withdrawals.", "Keeps cash and vouchers safe."):
        _write(table.cell(2, 1), duty, style="List Number")
    _write(table.cell(3, 0), "Tools Used")
    _write(table.cell(3, 1), "Computer, note counter and printer")
    document.save(path)
    return {
        "source_language": "en", "title": "Teller", "id": "TL-03", "basic.department": "Branch Office", "basic.prepared_on": "2014-12-09",
        "basic.headcount": 2, "basic.reports_to": "Branch Supervisor",
        "summary": "Handles counter business for customers.",
        "duties": ["Handles deposits and withdrawals.", "Keeps cash and vouchers safe."],
        "tools": ["computer", "note counter", "printer"],
    }


def split_over_pages(path: Path) -> dict:
    """A title above the table, sections missing (no indicators, no
    training), the duties continued in a second table after a page break
    and a line saying so, a note under the form that fits no field."""
    document = docx.Document()
    document.add_paragraph("大堂经理职位说明书")
    first = document.add_table(rows=3, cols=2)
    first.style = "Table Grid"
    _write(first.cell(0, 0), "职位名称")
    _write(first.cell(0, 1), "大堂经理")
    _write(first.cell(1, 0), "所属部门")
    _write(first.cell(1, 1), "营业部")
    _write(first.cell(2, 0), "主要职责")
    _write(first.cell(2, 1), "1．引导客户办理业务", "2．维护营业厅秩序")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("（续表）")
    second = document.add_table(rows=2, cols=2)
    second.style = "Table Grid"
    _write(second.cell(0, 1), "3．处理客户投诉")
    _write(second.cell(1, 0), "任职资格")
    _write(second.cell(1, 1), "大专及以上学历", "两年以上银行工作经验")
    document.add_paragraph("注：本说明书每年修订一次。")
    document.save(path)
    return {
        "title": "大堂经理", "basic.department": "营业部",
        "duties": ["引导客户办理业务", "维护营业厅秩序", "处理客户投诉"],
        "qualifications.experience": ["大专及以上学历", "两年以上银行工作经验"],
    }


def no_table(path: Path) -> dict:
    """No table at all: numbered headings (一、基本信息), several ``标签：值``
    on a line (full-width spaces between), groups numbered （一）, indicators
    with no 定量指标 heading, a date written 2016.03.01, a headcount of 3名."""
    document = docx.Document()
    for line in ["XX银行 综合柜员 岗位说明书", "一、基本信息", "岗位名称：综合柜员　　所属部门：营业部",
                 "岗位编号：ZH-9　　定编人数：3名", "直接上级：营业部主管　　直接下级：无", "编制日期：2016.03.01",
                 "二、岗位概要", "负责柜面业务办理。", "三、岗位职责", "（一）现金业务", "1、办理现金存取", "2、清点现金",
                 "（二）非现金业务", "1、办理转账", "四、考核指标", "业务量指标：日均笔数≥80笔", "差错率指标：差错率≤0.1%",
                 "五、任职资格", "学历：大专以上", "知识：熟悉会计知识", "六、工作环境", "工作地点：营业网点",
                 "工作时间：8:30-17:00", "七、使用工具", "电脑、点钞机"]:
        _font(document.add_paragraph(line))
    document.save(path)
    return {
        "title": "综合柜员", "id": "ZH-9", "document.issuer": "XX银行", "basic.department": "营业部",
        "basic.prepared_on": "2016-03-01", "basic.headcount": 3, "basic.reports_to": "营业部主管",
        "summary": "负责柜面业务办理。",
        "duties": [{"title": "现金业务", "items": ["办理现金存取", "清点现金"]},
                   {"title": "非现金业务", "items": ["办理转账"]}],
        "indicators.quantitative": [
            {"name": "业务量指标", "measures": [{"name": "日均笔数", "target": {"count": 80, "unit": "笔",
                                                                         "compare": "at_least"}}]},
            {"name": "差错率指标", "measures": [{"name": "差错率", "target": {"percent": 0.1, "compare": "at_most"}}]}],
        "qualifications.education": "大专以上", "qualifications.knowledge": "熟悉会计知识",
        "environment.place": "营业网点", "environment.hours": "8:30-17:00", "tools": ["电脑", "点钞机"],
    }


FORMS = {"one_big_table": one_big_table, "table_per_section": table_per_section, "english_form": english_form,
         "split_over_pages": split_over_pages, "no_table": no_table}
UNPLACED = {"one_big_table": ["若干"], "table_per_section": ["三十五岁以下"], "english_form": [],
            "split_over_pages": ["注：本说明书每年修订一次。"], "no_table": []}
"""What each form holds that the import reports instead of placing."""

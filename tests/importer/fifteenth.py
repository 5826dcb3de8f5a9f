"""A fifteenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a car dealership's
service advisor on an ordinary bordered grid in the clerk's own words (岗位,
上级岗位, 下属岗位, 定编人数, 岗位宗旨, 工作内容, 任职条件 over 学历 / 专业 /
工作年限, 编写人 | 审批人 | 生效日期); a pharmaceutical distributor's GSP quality
controller whose title in the heading and in the footer is a REF field to a
bookmark on the value in the table, its duties numbered by SEQ fields; a
city sports school's athletics coach (a 事业单位 with 岗位等级) whose remarks are
Word endnotes (w:endnoteReference) after the grade and the education; a
Vietnamese-owned garment factory's sewing line leader in a table of three
columns, the Vietnamese label, the Chinese label and the Chinese value; a
supermarket chain's fresh-food section chief on the HR template whose every
value cell still holds the template's guidance as hidden text (w:vanish),
the value typed after it, one cell holding only its hidden guidance; an
Indian-owned IT services company's test engineer in English, every fact a
line "Label – value" set apart by an en dash, under bold headings (Role
Summary, Roles & Responsibilities, Must Have Skills, Good to Have); an
international school's Chinese teacher whose title and section headings
carry pinyin over them as Word's phonetic guide (w:ruby).

A few values are ambiguous on purpose, with no truth for them: the
dealership's 能力要求 row (knowledge or skills); the pharmaceutical form's
执业资格 line (执业药师 preferred: 优先); the endnotes' own texts (remarks, not
values); the garment factory's 语言 row (Vietnamese and Chinese: no field
holds languages); the supermarket's 其他要求 (健康证 and a working condition in
one line); the IT form's Must Have Skills and Good to Have
lists (skills or knowledge) and its Work Mode line; the school's 教师资格 line
(a certificate, but 或 one of two) and its 课时 line (a teaching load); the
sign-offs that name a role or department with the person (the pharmaceutical
form's 批准 | 质量负责人　林志远, the supermarket's 审核人 | 门店店长 邓志明,
the school's 编制：人力资源部 沈佳怡 and 审批：中学部校长 Daniel Whitfield). A
careful import places them right or names them in a warning.

Truth choices: a field's shown result is its value (the REF field shows the
bookmarked title, a SEQ field a duty's number); an endnote's mark is not part
of the value it follows; hidden text is not read (a cell holding only hidden
guidance is empty); the Vietnamese label stands beside the Chinese one and
the value is Chinese; the pinyin over a character is not part of its text.
A 下属岗位 of 无 is no subordinate. The dealership's 生效日期 is the document's effective date, not the date it
was prepared. The IT company's date 12-Mar-2024 is the date prepared.

111 facts in all, 14 to 17 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.fifteenth`` for the figures.

First measured on the importer that had met the thirteenth batch: 75/111
facts right (67.6 %), 16 silent errors:

============================  =======  =======  ======
form                          right    flagged  silent
============================  =======  =======  ======
dealership_service_advisor    11/17    3        3
pharma_ref_seq_fields         13/16    0        3
sports_school_endnotes        15/16    0        1
vietnamese_two_label_columns  8/16     3        5
supermarket_hidden_guidance   14/15    1        0
it_services_en_dash_lines     4/17     11       2
school_pinyin_headings        10/14    2        2
============================  =======  =======  ======

The silent errors, as the comparison shows them: the dealership's sign-off
row (编写人 | 审批人 | 生效日期 in cells of one row) not read; the pharmaceutical
form's footer number kept with the REF field's title and the page after
it, its 编制 cell's name kept with the date and the date not read; the
sports school's 编制时间 line not read; the Vietnamese label of the next row
kept at the end of five values (Định biên taken as a second subordinate);
the IT form's Openings and Date lines not read; the pinyin of the next
heading kept with the school's work location (to the end of the duties) and
as a second experience. Flagged: most of the IT form's en-dash lines, the
Vietnamese form's issuer, duties and experience, the dealership's superior,
summary and experience, the supermarket's department, the school's summary
and duties. None of the hidden guidance was read as a value.

After the rules it showed (a phonetic guide's pinyin never text; a table's
column of labels in a language the import does not know beside the labels
it knows their glosses, reported once, also beside a label no field has;
a sign-off row of 标签：值 cells read cell by cell; a signer's name and the
date in one cell two facts, the date the date prepared; a number and the
text after it across a wide gap parted; a known label set apart by an en
or em dash a pair, but not inside a listed item; 12-Mar-2024 a date; a
label offering two words for its last, 所属门店/部门, named by the one
known; 编写人, 编制时间, 上级岗位, 岗位宗旨, 工作年限, Openings, Career Level
and Reports into as labels): 108/111 (97.3 %), 0 silent errors:

============================  =======  =======  ======
form                          right    flagged  silent
============================  =======  =======  ======
dealership_service_advisor    17/17    0        0
pharma_ref_seq_fields         16/16    0        0
sports_school_endnotes        16/16    0        0
vietnamese_two_label_columns  15/16    1        0
supermarket_hidden_guidance   15/15    0        0
it_services_en_dash_lines     15/17    2        0
school_pinyin_headings        14/14    0        0
============================  =======  =======  ======

Flagged, not read: the garment factory's issuer (the page header's two
names, Vietnamese over Chinese, both reported) and the IT company's (its
page header's name reported); the IT company's department under
Practice, a word no form before used for one (reported as not placed,
the department named missing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from tests.importer.eleventh import _lines, _widths
from tests.importer.forms import _font, _write
from tests.importer.fresh import _element
from tests.importer.ninth import _field, _shade, _text_run
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _grid(document, rows: list[tuple[str, ...]], widths: tuple[float, ...]):
    """A bordered table, one row a tuple of cell texts; a text ``None`` is merged into the cell before it."""
    table = document.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    for index, cells in enumerate(rows):
        start = 0
        for column, text in enumerate(cells):
            if text is None:
                table.cell(index, start).merge(table.cell(index, column))
                continue
            start = column
            if text:
                _write(table.cell(index, column), *text.split("\n"))
    _widths(table, *widths)
    return table


def dealership_service_advisor(path: Path) -> dict:
    """A car dealership's service advisor on an ordinary bordered grid in the
    clerk's own words, 任职条件 split into 学历 / 专业 / 工作年限 rows, the
    sign-off a row of 编写人 | 审批人 | 生效日期."""
    document = docx.Document()
    company = "苏州恒达之星汽车销售服务有限公司"
    _header(document, company)
    _title(document, "岗位说明书", font="宋体")
    summary = "接待进厂维修保养的客户，准确了解车辆故障和客户需求，开具维修委托书并跟踪维修进度，确保按时交车和客户满意。"
    duties = ["接待进店客户，进行环车检查和问诊，记录车辆状况；", "估算维修项目、费用和交车时间，开具维修委托书并取得客户确认；",
              "跟踪车间维修进度，维修项目有增减时及时与客户沟通；", "交车时向客户解释维修内容和费用，陪同客户结算；",
              "交车后三日内进行回访，处理客户投诉和建议；", "维护客户档案，提醒客户定期保养，完成售后产值任务。"]
    rows = [("岗位", "服务顾问", "岗位编号", "HD-SH-03"), ("所在部门", "售后服务部", "上级岗位", "服务经理"),
            ("下属岗位", "无", "定编人数", "6"), ("岗位宗旨", summary, None, None),
            ("工作内容", "\n".join(f"{number}）{duty}" for number, duty in enumerate(duties, 1)), None, None),
            ("任职条件", "学历：大专及以上", None, None), ("", "专业：汽车检测与维修、汽车营销等相关专业", None, None),
            ("", "工作年限：2年以上汽车4S店售后接待工作经验", None, None),
            ("", "能力要求：熟悉汽车构造和常见故障，具有良好的沟通能力和服务意识", None, None),
            ("工作时间", "8:30-17:30，月休6天，周末轮休", None, None),
            ("编写人：顾敏", "审批人：陈立华", "生效日期：2024年5月6日", None)]
    table = _grid(document, rows, (1.1, 2.2, 1.1, 2.2))
    table.cell(5, 0).merge(table.cell(8, 0))
    for index in range(4):
        _shade(table.cell(index, 0), "F2F2F2")
        _shade(table.cell(index, 2), "F2F2F2")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "服务顾问", "id": "HD-SH-03",
        "basic.department": "售后服务部", "basic.reports_to": "服务经理", "basic.subordinates": None,
        "basic.headcount": 6, "summary": summary, "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.major": "汽车检测与维修、汽车营销等相关专业",
        "qualifications.experience": ["2年以上汽车4S店售后接待工作经验"], "environment.hours": "8:30-17:30，月休6天，周末轮休",
        "document.prepared_by": "顾敏", "document.approved_by": "陈立华", "document.effective_date": "2024-05-06",
    }


def _bookmarked(paragraph, name: str, text: str) -> None:
    """``text`` at the end of ``paragraph`` inside a bookmark named ``name``."""
    paragraph._p.append(_element("w:bookmarkStart", id="1", name=name))
    paragraph._p.append(_text_run(text))
    paragraph._p.append(_element("w:bookmarkEnd", id="1"))


def pharma_ref_seq_fields(path: Path) -> dict:
    """A pharmaceutical distributor's GSP quality controller: the title in
    the heading and the footer a REF field to a bookmark on the value in the
    table, the duties numbered by SEQ fields."""
    document = docx.Document()
    company = "湖北康桥医药有限公司"
    title = "质量管理员"
    _header(document, f"{company}　GSP质量管理体系文件")
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("文件编号：KQ-ZL-GW-006　　")
    _field(footer, "REF 岗位名称 \\h", title)
    footer.add_run("岗位说明书　第")
    _field(footer, "PAGE", "1")
    footer.add_run("页")
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(heading, "REF 岗位名称 \\h  \\* MERGEFORMAT", title)
    heading.add_run("岗位说明书")
    for run in heading.runs:
        run.bold = True
        run.font.size = Pt(16)
    summary = "负责公司药品经营全过程的质量管理，确保药品购进、验收、储存、养护和销售符合《药品经营质量管理规范》的要求。"
    duties = ["审核供货单位、购货单位和所经营药品的合法资质，建立质量档案；", "指导和监督药品验收、储存、养护和出库复核工作；",
              "负责不合格药品的确认和处理，组织质量查询和质量投诉的调查；", "收集药品质量信息，开展药品不良反应报告工作；",
              "组织质量管理制度的培训和内审，督促整改措施的落实。"]
    table = document.add_table(rows=11, cols=4)
    table.style = "Table Grid"
    pairs = [("岗位名称", "", "岗位编号", "KQ-QA-02"), ("所属部门", "质量管理部", "直接上级", "质量负责人"),
             ("直接下级", "验收员、养护员", "工作地点", "武汉市东西湖区物流中心")]
    for index, cells in enumerate(pairs):
        for column, text in enumerate(cells):
            if text:
                _write(table.cell(index, column), text)
    _bookmarked(table.cell(0, 1).paragraphs[0], "岗位名称", title)
    wide = [("岗位目的", [summary]), ("岗位职责", None), ("学历", ["药学相关专业大学专科及以上"]),
            ("专业", ["药学、中药学、医学或生物相关专业"]), ("工作经验", ["3年以上药品经营质量管理工作经历"]),
            ("执业资格", ["执业药师优先，须具有药学初级以上专业技术职称"]), ("编制", ["曹丽娟　2024年2月20日"]),
            ("批准", ["质量负责人　林志远"])]
    for index, (label, lines) in enumerate(wide, len(pairs)):
        _write(table.cell(index, 0), label)
        cell = table.cell(index, 1).merge(table.cell(index, 3))
        if lines is not None:
            _write(cell, *lines)
            continue
        for number, duty in enumerate(duties, 1):
            paragraph = cell.paragraphs[0] if number == 1 else cell.add_paragraph()
            _field(paragraph, "SEQ 职责 \\* ARABIC", str(number))
            paragraph.add_run(f"．{duty}")
    _widths(table, 1.1, 2.0, 1.1, 2.0)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": title, "id": "KQ-QA-02",
        "basic.department": "质量管理部", "basic.reports_to": "质量负责人", "basic.subordinates": ["验收员", "养护员"],
        "basic.work_location": "武汉市东西湖区物流中心", "summary": summary, "duties": duties,
        "qualifications.education": "药学相关专业大学专科及以上", "qualifications.major": "药学、中药学、医学或生物相关专业",
        "qualifications.experience": ["3年以上药品经营质量管理工作经历"], "document.number": "KQ-ZL-GW-006",
        "document.prepared_by": "曹丽娟", "basic.prepared_on": "2024-02-20",
    }


def _endnotes(document, notes: list[str]) -> None:
    """The document's endnotes part: Word's separator notes, then ``notes`` numbered from 1."""
    separators = ''.join(
        f'<w:endnote w:type="{kind}" w:id="{number}"><w:p><w:r><w:{kind}/></w:r></w:p></w:endnote>'
        for number, kind in ((-1, "separator"), (0, "continuationSeparator")))
    entries = "".join(
        f'<w:endnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:endnote>' for number, text in enumerate(notes, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {nsdecls("w")}>{separators}{entries}'
           '</w:endnotes>')
    part = Part(PackURI("/word/endnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml", xml.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.ENDNOTES)


def _endnote_mark(paragraph, number: int) -> None:
    """The mark of endnote ``number`` at the end of ``paragraph``, raised as Word raises it."""
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:endnoteReference w:id="{number}"/></w:r>'))


def sports_school_endnotes(path: Path) -> dict:
    """A city sports school's athletics coach, a public institution's post
    with 岗位等级, whose remarks are Word endnotes marked after the grade and
    the education."""
    document = docx.Document()
    school = "江城市体育运动学校"
    _header(document, school)
    _title(document, "专业技术岗位说明书", font="方正小标宋简体")
    summary = "负责田径（短跨项目）运动员的选材、训练和参赛，完成向省队输送后备人才和市运会参赛任务。"
    duties = ["制定年度、阶段和周训练计划，组织实施日常训练课；", "开展基层选材，建立运动员档案和训练日志；",
              "带队参加省、市各级比赛，做好赛前准备和赛后总结；", "关心运动员文化学习和思想品德，做好安全管理；",
              "参与教练员业务学习和训练科研。"]
    rows = [("岗位名称", "田径教练员"), ("岗位编号", "JCTX-ZJ-07"), ("所在科室", "训练科"), ("岗位类别", "专业技术岗位"),
            ("岗位等级", "专业技术十级"), ("直接上级", "训练科科长"), ("岗位目的", summary), ("岗位职责", ""),
            ("学历", "大学本科及以上"), ("专业", "运动训练、体育教育专业"),
            ("工作经历", "具有2年以上田径专项训练工作经历，或曾获省级以上田径比赛前三名"), ("工作时间", "周二至周六，寒暑假集训期间另行安排")]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        if label == "岗位职责":
            _write(table.cell(index, 1), *(f"{number}．{duty}" for number, duty in enumerate(duties, 1)))
        else:
            _write(table.cell(index, 1), value)
        if label == "岗位等级":
            _endnote_mark(table.cell(index, 1).paragraphs[0], 1)
        if label == "学历":
            _endnote_mark(table.cell(index, 1).paragraphs[0], 2)
    _widths(table, 1.3, 4.9)
    document.add_paragraph()
    _lines(document, "编制科室：人事科　　编制人：周海燕　　审核人：刘建国", "编制时间：2024年3月12日")
    _endnotes(document, ["岗位等级按《江城市事业单位岗位设置管理实施意见》核定，聘期三年。",
                         "具有国家一级运动员及以上等级称号者，学历可放宽至大学专科。"])
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": school, "title": "田径教练员", "id": "JCTX-ZJ-07",
        "basic.department": "训练科", "basic.grade": "专业技术十级", "basic.reports_to": "训练科科长", "summary": summary,
        "duties": duties, "qualifications.education": "大学本科及以上", "qualifications.major": "运动训练、体育教育专业",
        "qualifications.experience": ["具有2年以上田径专项训练工作经历，或曾获省级以上田径比赛前三名"],
        "environment.hours": "周二至周六，寒暑假集训期间另行安排", "document.prepared_by": "周海燕",
        "document.approved_by": "刘建国", "basic.prepared_on": "2024-03-12",
    }


def vietnamese_two_label_columns(path: Path) -> dict:
    """A Vietnamese-owned garment factory's sewing line leader: a table of
    three columns, the Vietnamese label, the Chinese label, the Chinese value;
    the date written dd/mm/yyyy as the parent company writes it."""
    document = docx.Document()
    company = "凭祥富安服装有限公司"
    _header(document, "CÔNG TY TNHH MAY MẶC PHÚ AN", company)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("BẢN MÔ TẢ CÔNG VIỆC").bold = True
    title.add_run().add_break()
    title.add_run("岗位说明书").bold = True
    _font(title, "宋体")
    summary = "组织本缝纫组按生产计划完成日产量，控制产品质量和物料损耗，带好组内员工。"
    duties = ["根据生产计划安排组内工序和人员，平衡流水线；", "指导员工按工艺要求操作，解决生产中的技术问题；",
              "巡查半成品质量，发现问题及时返修并上报；", "统计组内日产量和工时，填写生产日报；",
              "做好新员工带教和组内考勤、5S管理。"]
    rows = [("Chức danh", "职位名称", "缝纫组长"), ("Mã chức danh", "职位编号", "PA-SX-015"), ("Bộ phận", "所属部门", "缝纫二车间"),
            ("Cấp trên trực tiếp", "直接上级", "车间主任"), ("Cấp dưới trực tiếp", "直接下级", "缝纫工"),
            ("Định biên", "定员", "8人"), ("Nơi làm việc", "工作地点", "凭祥市边境经济合作区厂区"),
            ("Mục đích công việc", "岗位目的", summary), ("Nhiệm vụ chính", "主要职责", ""),
            ("Trình độ học vấn", "学历", "初中及以上"), ("Kinh nghiệm", "工作经验", "3年以上服装缝纫工作经验，1年以上班组管理经验"),
            ("Ngôn ngữ", "语言", "会说普通话，懂越南语者优先"), ("Thời gian làm việc", "工作时间", "每天8小时，每周6天，旺季按需加班"),
            ("Người lập", "编制人", "黄秋菊"), ("Ngày lập", "编制日期", "15/04/2024")]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for index, (vietnamese, chinese, value) in enumerate(rows):
        table.cell(index, 0).paragraphs[0].add_run(vietnamese).italic = True
        _write(table.cell(index, 1), chinese)
        _shade(table.cell(index, 0), "FFF2CC")
        _shade(table.cell(index, 1), "FFF2CC")
        if chinese == "主要职责":
            _write(table.cell(index, 2), *(f"{number}. {duty}" for number, duty in enumerate(duties, 1)))
        else:
            _write(table.cell(index, 2), value)
    _widths(table, 1.6, 1.0, 3.8)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "缝纫组长", "id": "PA-SX-015",
        "basic.department": "缝纫二车间", "basic.reports_to": "车间主任", "basic.subordinates": ["缝纫工"],
        "basic.headcount": 8, "basic.work_location": "凭祥市边境经济合作区厂区", "summary": summary, "duties": duties,
        "qualifications.education": "初中及以上", "qualifications.experience": ["3年以上服装缝纫工作经验，1年以上班组管理经验"],
        "environment.hours": "每天8小时，每周6天，旺季按需加班", "document.prepared_by": "黄秋菊", "basic.prepared_on": "2024-04-15",
    }


def _hidden(paragraph, text: str) -> None:
    """``text`` as hidden text (w:vanish), grey and italic as the template wrote its guidance."""
    run = paragraph.add_run(text)
    run.italic = True
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    run.font.hidden = True


def supermarket_hidden_guidance(path: Path) -> dict:
    """A supermarket chain's fresh-food section chief on the HR template
    whose every value cell still holds the template's guidance as hidden
    text, the value typed after it; one cell holds only its guidance."""
    document = docx.Document()
    company = "万家惠连锁超市有限公司"
    _header(document, company)
    _footer(document, "WJH-HR-F-021　第2版")
    note = document.add_paragraph()
    _hidden(note, "【模板说明】灰色斜体文字为填写提示，已设为隐藏文字，打印和阅读时不显示，请勿删除。")
    _title(document, "岗位说明书")
    summary = "负责门店生鲜课的商品订货、陈列、鲜度管理和损耗控制，带领课内员工完成生鲜销售和毛利指标。"
    duties = ["根据销售数据和库存制定每日订货计划，把控到货质量；", "按陈列标准组织果蔬、肉品、水产的陈列和补货；",
              "执行鲜度管理和出清制度，控制生鲜损耗率；", "监督食品安全和卫生制度的落实，做好温度记录；",
              "安排课内员工排班，组织培训和绩效考核。"]
    rows = [("岗位名称", "（填写本岗位的规范名称）", "生鲜课长"), ("岗位编码", "（由人力资源部统一编制）", "WJH-MD-SX-01"),
            ("所属门店/部门", "（填写门店及部门全称）", "光谷店生鲜课"), ("直接上级", "（填写上级岗位名称，不写人名）", "店长"),
            ("直接下级", "（填写下级岗位名称，多个岗位用顿号分开）", ""), ("定编人数", "（填写数字）", "1"),
            ("岗位概要", "（用一句话概括本岗位存在的目的）", summary), ("主要职责", "（按重要程度排序，每条以动词开头）", None),
            ("学历", "（最低学历要求）", "高中或中专及以上"), ("工作经验", "（写明年限和行业）", "3年以上超市生鲜部门工作经验，1年以上管理经验"),
            ("其他要求", "（证书、身体条件等）", "持有健康证，能适应早班和冷库作业"), ("工作时间", "（班次及休息安排）", "早班6:00-14:30，每周休息1天"),
            ("编制人", "（签名）", "孙倩"), ("审核人", "（签名）", "门店店长 邓志明"), ("编制日期", "（年/月/日）", "2024/3/18")]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, guidance, value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        paragraph = table.cell(index, 1).paragraphs[0]
        _hidden(paragraph, guidance)
        if value is None:
            for number, duty in enumerate(duties, 1):
                table.cell(index, 1).add_paragraph(f"{number}、{duty}")
        elif value:
            paragraph.add_run(value)
    _widths(table, 1.4, 4.8)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "生鲜课长", "id": "WJH-MD-SX-01",
        "basic.department": "光谷店生鲜课", "basic.reports_to": "店长", "basic.subordinates": None, "basic.headcount": 1,
        "summary": summary, "duties": duties, "qualifications.education": "高中或中专及以上",
        "qualifications.experience": ["3年以上超市生鲜部门工作经验，1年以上管理经验"], "environment.hours": "早班6:00-14:30，每周休息1天",
        "document.prepared_by": "孙倩", "basic.prepared_on": "2024-03-18",
    }


def _bold_heading(document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)


def it_services_en_dash_lines(path: Path) -> dict:
    """An Indian-owned IT services company's test engineer in English, every
    fact a line "Label – value" set apart by an en dash, under bold headings."""
    document = docx.Document()
    company = "Kaveri Infotech Solutions (Dalian) Co., Ltd."
    _header(document, company)
    _footer(document, "Confidential – for internal circulation only")
    _title(document, "JOB DESCRIPTION", font="Calibri")
    summary = ("Own the testing of client releases for the banking accounts, from test planning to sign-off, "
               "and build up the automation suites that keep regression cycles short.")
    duties = ["Analyse business requirements and prepare test scenarios, test cases and test data.",
              "Execute functional, integration and regression tests and log defects in JIRA.",
              "Develop and maintain automation scripts with Selenium and TestNG.",
              "Take part in daily stand-ups with the onsite team and report test status to the Test Manager.",
              "Mentor junior testers and review their test cases."]
    for line in ("Role Title – Senior Test Engineer", "Role Code – KIS-QA-2217", "Practice – Quality Engineering & Testing",
                 "Career Level – CL 9", "Reports into – Test Manager", "Location – Dalian Software Park",
                 "Openings – 4", "Work Mode – Hybrid (3 days in office)"):
        document.add_paragraph(line)
    _bold_heading(document, "Role Summary")
    document.add_paragraph(summary)
    _bold_heading(document, "Roles & Responsibilities")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _bold_heading(document, "Qualification & Experience")
    document.add_paragraph("Education – B.E./B.Tech or MCA")
    document.add_paragraph("Experience – 4 to 6 years in software testing, of which at least 2 years in test automation")
    _bold_heading(document, "Must Have Skills")
    for skill in ("Selenium WebDriver with Java", "SQL for test data validation", "Agile/Scrum testing practices"):
        document.add_paragraph(skill, style="List Bullet")
    _bold_heading(document, "Good to Have")
    for skill in ("ISTQB certification", "Banking domain knowledge", "Japanese or Chinese reading skills"):
        document.add_paragraph(skill, style="List Bullet")
    _bold_heading(document, "Shift Timings")
    document.add_paragraph("9:30 AM to 6:30 PM, Monday to Friday")
    document.add_paragraph()
    for line in ("Prepared by – Anitha Raghavan", "Approved by – Suresh Kumar", "Date – 12-Mar-2024"):
        document.add_paragraph(line)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Senior Test Engineer", "id": "KIS-QA-2217",
        "basic.department": "Quality Engineering & Testing", "basic.grade": "CL 9", "basic.reports_to": "Test Manager",
        "basic.work_location": "Dalian Software Park", "basic.headcount": 4, "summary": summary, "duties": duties,
        "qualifications.education": "B.E./B.Tech or MCA",
        "qualifications.experience": ["4 to 6 years in software testing, of which at least 2 years in test automation"],
        "environment.hours": "9:30 AM to 6:30 PM, Monday to Friday", "document.prepared_by": "Anitha Raghavan",
        "document.approved_by": "Suresh Kumar", "basic.prepared_on": "2024-03-12",
    }


_PINYIN = {"中": "zhōng", "文": "wén", "教": "jiào", "师": "shī", "岗": "gǎng", "位": "wèi", "说": "shuō", "明": "míng",
           "书": "shū", "基": "jī", "本": "běn", "信": "xìn", "息": "xī", "职": "zhí", "责": "zé", "任": "rèn", "资": "zī",
           "格": "gé", "工": "gōng", "作": "zuò", "条": "tiáo", "件": "jiàn", "目": "mù", "的": "dì"}


def _with_pinyin(paragraph, text: str, size: int = 28) -> None:
    """``text`` with each character's pinyin over it, as Word's phonetic guide (w:ruby) sets it."""
    for character in text:
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="{size // 2}"/>'
            f'<w:hpsRaise w:val="{size - 2}"/><w:hpsBaseText w:val="{size}"/><w:lid w:val="zh-CN"/></w:rubyPr>'
            f'<w:rt><w:r><w:rPr><w:sz w:val="{size // 2}"/></w:rPr><w:t>{_PINYIN[character]}</w:t></w:r></w:rt>'
            f'<w:rubyBase><w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr><w:t>{character}</w:t></w:r></w:rubyBase>'
            '</w:ruby></w:r>'))


def school_pinyin_headings(path: Path) -> dict:
    """An international school's Chinese teacher: the title and the section
    headings carry pinyin over each character (Word's phonetic guide), the
    facts below as lines of 标签：值."""
    document = docx.Document()
    school = "苏州湖畔国际学校"
    _header(document, f"{school}　Lakeside International School Suzhou")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _with_pinyin(title, "中文教师岗位说明书", 32)
    summary = "为中学部学生讲授中文（母语及第二语言）课程，落实IB中文课程要求，提高学生的中文读写和表达能力。"
    duties = ["按IB MYP和DP中文课程大纲备课、授课，设计单元教学计划；", "根据学生中文水平分层教学，批改作业并进行形成性和总结性评估；",
              "撰写学生学期报告，参加家长会，与家长保持沟通；", "组织中文演讲、书法和中华传统节日等校园文化活动；",
              "参加学科组教研和专业发展培训。"]
    sections = [("基本信息", ["岗位名称：中文教师", "岗位编号：LIS-SEC-CHN-02", "所属部门：中学部语言学科组",
                             "直接上级：语言学科组组长", "工作地点：苏州工业园区校区"]),
                ("岗位目的", [summary]), ("岗位职责", [f"{number}. {duty}" for number, duty in enumerate(duties, 1)]),
                ("任职资格", ["学历：硕士研究生及以上", "专业：汉语言文学、汉语国际教育等相关专业",
                             "经验：2年以上国际学校或双语学校中文教学经验，有IB教学经验者优先",
                             "教师资格：持有高级中学教师资格证或国际中文教师证书"]),
                ("工作条件", ["工作时间：周一至周五7:45-16:30", "课时：每周18-20课时"])]
    for heading, lines in sections:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        _with_pinyin(paragraph, heading, 24)
        _lines(document, *lines)
    document.add_paragraph()
    _lines(document, "编制：人力资源部 沈佳怡　　审批：中学部校长 Daniel Whitfield", "日期：2024年4月8日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": school, "title": "中文教师", "id": "LIS-SEC-CHN-02",
        "basic.department": "中学部语言学科组", "basic.reports_to": "语言学科组组长", "basic.work_location": "苏州工业园区校区",
        "summary": summary, "duties": duties, "qualifications.education": "硕士研究生及以上",
        "qualifications.major": "汉语言文学、汉语国际教育等相关专业",
        "qualifications.experience": ["2年以上国际学校或双语学校中文教学经验，有IB教学经验者优先"],
        "environment.hours": "周一至周五7:45-16:30", "basic.prepared_on": "2024-04-08",
    }


FIFTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("dealership_service_advisor", dealership_service_advisor),
    ("pharma_ref_seq_fields", pharma_ref_seq_fields),
    ("sports_school_endnotes", sports_school_endnotes),
    ("vietnamese_two_label_columns", vietnamese_two_label_columns),
    ("supermarket_hidden_guidance", supermarket_hidden_guidance),
    ("it_services_en_dash_lines", it_services_en_dash_lines),
    ("school_pinyin_headings", school_pinyin_headings))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(FIFTEENTH)

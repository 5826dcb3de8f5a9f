"""A seventeenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: an engineering
design institute's structural engineer on a template whose short values are
the results of FILLIN fields (Word asked for each when the form was made,
the prompt kept in the field's code), the duties typed; an airport ground
handling company's ramp team leader in a grid of three columns, label | ：|
value, the labels justified to the cell's width by distributed alignment
(w:jc="distribute"), the sign-off a line under the table; a water park's
lifeguard supervisor whose duties are a table of 序号 | 工作内容 | 每日 |
每周 | 每月 ticked √ in the column of their frequency; an English NHS
foundation trust's Band 5 physiotherapist (Job Title, Band, Directorate
beside Department, Reports to, Accountable to, Base) with a Person
Specification table of Criteria | Essential | Desirable | Assessed by; a
city sanitation group's street-cleaning team leader with no table at all,
each part a box drawn by paragraph borders (w:pBdr) round its lines, its
name a shaded first line; a cinema chain's projectionist on a form
protected as read-only whose values stand in the ranges left editable to
everyone (w:permStart / w:permEnd), one of them left empty; a South African
logistics company's warehouse supervisor in English (Job Grade (Paterson),
Key Performance Areas, Minimum Requirements, an employment-equity note).

A few values are ambiguous on purpose, with no truth for them: the
institute's 执业资格 row (一级注册结构工程师优先: preferred); the ground
handler's 身体条件 row; the water park's 备注 column and its 年龄 line; the
trust's Directorate (beside its Department), Accountable to (a second line
above the superior) and the Desirable column; the sanitation group's 安全要求
box; the cinema's 备注 row; the South African form's Advantageous line (a
diploma wished for) and its equity note. A careful import places them right
or names them in a warning.

Truth choices: a field's shown result is its value (a FILLIN field shows
what was typed at its prompt, never the prompt); a column of colons is no
part of a label or a value; a duty ticked in any frequency column is a duty
(the tick and its column no part of it); the person specification's
Essential column gives the requirements; a paragraph border is no text; an
editable range's text is the value and an empty range no value; a Paterson
grade is its code (C4). The water park's form, the trust's and the cinema's
name no approver, so their truths have none.

120 facts in all, 16 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.seventeenth`` for the figures.

First measured on the importer that had met the sixteenth batch, before any
rule was changed for them: 106/120 facts right (88.3 %), 5 silent errors:

==============================  =======  =======  ======
form                            right    flagged  silent
==============================  =======  =======  ======
design_institute_fillin_fields  17/18    1        0
ground_handling_colon_column    15/18    2        1
water_park_frequency_ticks      15/16    1        0
nhs_person_specification        12/16    3        1
sanitation_paragraph_boxes      17/17    0        0
cinema_editable_ranges          17/17    0        0
south_african_job_profile       13/18    2        3
==============================  =======  =======  ======

The silent errors, as the comparison shows them: the ground handler's
岗位人数 (8人) not read as the headcount; the trust's experience taken from
the Desirable column with the Assessed by codes (A, C; A, I), the
Essential column's experience lost; the South African form's direct reports
kept as one item (joined by "; "), its working hours running on into the
equity note and the Compiled by line, so no preparer. Flagged: the
institute's grade (岗位职级), the ground handler's subordinates (管辖岗位)
and preparer (编写：), the water park's duties, the trust's issuer, hours
and certificates, the South African grade (Job Grade (Paterson)) and
duties.

After the rules it showed (岗位人数 a label of the headcount, 管辖岗位 of the
subordinates, 岗位职级 of the grade, 编写 and Compiled by of the preparer;
a person specification's Assessed by column reported, no part of a value,
beside its Essential column read and its Desirable column reported; a
profession's registration (Registration with the …) a certificate, the
"and" inside an organisation's name no list's; subordinates joined by
semicolons split when each part is a short name; an equal-opportunity
statement ending the value above it; a duty table ticked by frequency,
each row a duty and its tick reported; a label with a scheme in brackets
and a colon (Job Grade (Paterson):) or its initials (Key Performance Areas
(KPAs)) read as the label; an English organisation's name above the form
up to 60 characters taken as the issuer): 119/120 (99.2 %), 0 silent
errors:

==============================  =======  =======  ======
form                            right    flagged  silent
==============================  =======  =======  ======
design_institute_fillin_fields  18/18    0        0
ground_handling_colon_column    18/18    0        0
water_park_frequency_ticks      16/16    0        0
nhs_person_specification        15/16    1        0
sanitation_paragraph_boxes      17/17    0        0
cinema_editable_ranges          17/17    0        0
south_african_job_profile       18/18    0        0
==============================  =======  =======  ======

Flagged: the trust's hours (Hours, a label no field has, reported: made a
label of the working hours, it took the Location after it in other forms
for the work environment's place).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.importer.eleventh import _lines, _widths
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _write
from tests.importer.fourteenth import _field_run
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _fillin(cell, prompt: str, value: str) -> None:
    """``value`` as the result of a FILLIN field asking ``prompt``, the cell's only paragraph."""
    paragraph = cell.paragraphs[0]
    code = _element("w:instrText")
    code.text = f' FILLIN "{prompt}" \\* MERGEFORMAT '
    code.set(qn("xml:space"), "preserve")
    result = _element("w:t")
    result.text = value
    for piece in (_element("w:fldChar", fldCharType="begin"), code, _element("w:fldChar", fldCharType="separate"),
                  result, _element("w:fldChar", fldCharType="end")):
        paragraph._p.append(_field_run(piece))


def design_institute_fillin_fields(path: Path) -> dict:
    """An engineering design institute's structural engineer: a template whose
    short values are FILLIN fields' results, the long ones typed."""
    document = docx.Document()
    institute = "浙江华建工程设计研究院有限公司"
    _header(document, institute)
    _footer(document, "HJY/RL-JL-03　岗位说明书模板（2023版）")
    _title(document, "岗位说明书", font="方正小标宋简体")
    summary = "在结构所所长领导下，承担民用建筑项目的结构方案、计算和施工图设计，保证设计质量和进度符合合同及规范要求。"
    duties = ["参与项目方案阶段的结构选型和技术经济比较；", "进行结构计算分析，编制计算书；",
              "绘制结构施工图，完成专业间的配合与会签；", "参加施工图审查答复和施工现场技术交底；",
              "处理施工过程中的结构设计变更和现场问题；", "指导助理结构设计师完成制图和校对工作。"]
    rows = [("岗位名称", "", "岗位编号", ""), ("所属部门", "", "直接上级", ""), ("直接下级", "", "岗位定员", ""),
            ("岗位职级", "", "工作时间", "标准工时制，项目高峰期需加班"),
            ("岗位概要", summary, None, None),
            ("主要职责", "\n".join(f"{number}．{duty}" for number, duty in enumerate(duties, 1)), None, None),
            ("学　　历", "本科及以上", None, None), ("专　　业", "土木工程、结构工程", None, None),
            ("工作经验", "3年以上民用建筑结构设计经验", None, None), ("执业资格", "一级注册结构工程师优先", None, None),
            ("编 制 人", "", "审 核 人", ""), ("编制日期", "", None, None)]
    table = _grid(document, rows, (1.1, 2.1, 1.1, 2.0))
    fields = {(0, 1): ("请输入岗位名称", "结构设计师"), (0, 3): ("请输入岗位编号", "HJY-JG-04"),
              (1, 1): ("请输入所属部门", "结构设计所"), (1, 3): ("请输入直接上级", "结构所所长"),
              (2, 1): ("请输入直接下级", "助理结构设计师"), (2, 3): ("请输入岗位定员", "6人"),
              (3, 1): ("请输入岗位职级", "P4"), (10, 1): ("编制人姓名", "陈海峰"), (10, 3): ("审核人姓名", "周建明"),
              (11, 1): ("编制日期", "2024年6月3日")}
    for (row, column), (prompt, value) in fields.items():
        _fillin(table.cell(row, column), prompt, value)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": institute, "title": "结构设计师", "id": "HJY-JG-04",
        "basic.department": "结构设计所", "basic.reports_to": "结构所所长", "basic.subordinates": ["助理结构设计师"],
        "basic.headcount": 6, "basic.grade": "P4", "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上", "qualifications.major": "土木工程、结构工程",
        "qualifications.experience": ["3年以上民用建筑结构设计经验"], "environment.hours": "标准工时制，项目高峰期需加班",
        "document.prepared_by": "陈海峰", "document.approved_by": "周建明", "basic.prepared_on": "2024-06-03",
    }


def ground_handling_colon_column(path: Path) -> dict:
    """An airport ground handling company's ramp team leader: a grid of label |
    ：| value, the labels spread to the cell's width, the sign-off under it."""
    document = docx.Document()
    company = "云南滇翔航空地面服务有限公司"
    _header(document, f"{company}　人力资源部")
    _title(document, "岗位说明书", font="黑体")
    summary = "带领装卸班组按航班保障标准完成行李、货邮的装卸和机坪作业，确保航班正点和作业安全。"
    duties = ["按航班计划安排班组人员和装卸设备；", "监督行李、货邮装卸和集装器操作，执行配载单；",
              "检查机坪作业安全，防止航空器和设备损伤；", "处理不正常航班的装卸保障和行李差错；", "填写装卸作业记录，做好交接班。"]
    rows = [("岗位名称", "装卸班组长"), ("岗位代码", "DX-ZX-02"), ("所属部门", "货运装卸部"), ("上级岗位", "装卸分队长"),
            ("管辖岗位", "装卸员"), ("岗位人数", "8人"), ("工作地点", "长水机场站坪及货运区"), ("岗位目的", summary),
            ("岗位职责", ""), ("学历要求", "高中或中专及以上"), ("工作经历", "2年以上民航机坪装卸工作经验"),
            ("资格证书", "民用机场场内机动车驾驶证"), ("身体条件", "身体健康，能从事搬运作业"),
            ("班　　制", "四班三运转，每班12小时")]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        table.cell(index, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        _write(table.cell(index, 1), "：")
        if label == "岗位职责":
            _write(table.cell(index, 2), *(f"（{number}）{duty}" for number, duty in enumerate(duties, 1)))
        else:
            _write(table.cell(index, 2), value)
    _widths(table, 1.2, 0.3, 4.8)
    _lines(document, "编写：杨丽萍　　　　批准：何建国　　　　日期：2024-05-20")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "装卸班组长", "id": "DX-ZX-02",
        "basic.department": "货运装卸部", "basic.reports_to": "装卸分队长", "basic.subordinates": ["装卸员"],
        "basic.headcount": 8, "basic.work_location": "长水机场站坪及货运区", "summary": summary, "duties": duties,
        "qualifications.education": "高中或中专及以上", "qualifications.experience": ["2年以上民航机坪装卸工作经验"],
        "qualifications.certificates": ["民用机场场内机动车驾驶证"], "environment.hours": "四班三运转，每班12小时",
        "document.prepared_by": "杨丽萍", "document.approved_by": "何建国", "basic.prepared_on": "2024-05-20",
    }


def water_park_frequency_ticks(path: Path) -> dict:
    """A water park's lifeguard supervisor: basic facts in a grid, the duties a
    table ticked √ in the column of how often each is done."""
    document = docx.Document()
    park = "长沙欢乐水世界旅游开发有限公司"
    _header(document, park)
    _title(document, "救生主管岗位说明书", font="黑体")
    summary = "组织和管理园区救生队伍，落实水上安全制度，预防和处置溺水等安全事故。"
    _grid(document, [("岗位名称", "救生主管", "岗位编号", "HLS-AQ-01"), ("所属部门", "安全保障部", "直接上级", "安全保障部经理"),
                     ("直接下级", "救生员", "编制人数", "2人"), ("岗位目的", summary, None, None)], (1.1, 2.0, 1.1, 2.1))
    heading = document.add_paragraph()
    heading.paragraph_format.space_before = Pt(8)
    heading.add_run("工作内容及频次").bold = True
    duties = [("开园前检查各救生岗台、救生器材和水质检测记录", "√", "", ""),
              ("安排救生员上岗轮换，巡查各岗在岗情况", "√", "", ""),
              ("组织救生员水上救援和心肺复苏演练", "", "√", ""),
              ("检查急救药品、AED设备并补充更换", "", "√", ""),
              ("统计安全事件，向部门经理提交安全报告", "", "", "√")]
    table = document.add_table(rows=len(duties) + 1, cols=6)
    table.style = "Table Grid"
    for column, text in enumerate(("序号", "工作内容", "每日", "每周", "每月", "备注")):
        _write(table.cell(0, column), text)
        _shade(table.cell(0, column), "D9E2F3")
    for index, (duty, daily, weekly, monthly) in enumerate(duties, 1):
        for column, text in enumerate((str(index), duty, daily, weekly, monthly)):
            if text:
                _write(table.cell(index, column), text)
    _write(table.cell(2, 5), "旺季每2小时一次")
    _widths(table, 0.5, 3.4, 0.5, 0.5, 0.5, 0.9)
    heading = document.add_paragraph()
    heading.paragraph_format.space_before = Pt(8)
    heading.add_run("任职要求").bold = True
    _lines(document, "1．学历：高中或中专及以上", "2．证书：游泳救生员国家职业资格证书（三级）",
           "3．经验：2年以上水上救生工作经验，其中1年以上带班经验", "4．年龄：20-35岁")
    heading = document.add_paragraph()
    heading.paragraph_format.space_before = Pt(8)
    heading.add_run("工作时间").bold = True
    _lines(document, "营业期9:00-19:00，做六休一；淡季按排班", "编制人：罗文静　　　编制日期：2024年4月2日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": park, "title": "救生主管", "id": "HLS-AQ-01",
        "basic.department": "安全保障部", "basic.reports_to": "安全保障部经理", "basic.subordinates": ["救生员"],
        "basic.headcount": 2, "summary": summary, "duties": [duty for duty, *_ in duties],
        "qualifications.education": "高中或中专及以上", "qualifications.certificates": ["游泳救生员国家职业资格证书（三级）"],
        "qualifications.experience": ["2年以上水上救生工作经验，其中1年以上带班经验"],
        "environment.hours": "营业期9:00-19:00，做六休一；淡季按排班", "document.prepared_by": "罗文静",
        "basic.prepared_on": "2024-04-02",
    }


def nhs_person_specification(path: Path) -> dict:
    """An NHS foundation trust's Band 5 physiotherapist: a table of the post's
    facts, Job Summary, Key Responsibilities, and a Person Specification of
    Criteria | Essential | Desirable | Assessed by."""
    document = docx.Document()
    trust = "Northfield and Ashby NHS Foundation Trust"
    _header(document, trust)
    _footer(document, "A = Application form   I = Interview   C = Certificates")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("JOB DESCRIPTION").bold = True
    _grid(document, [("Job Title", "Physiotherapist"), ("Band", "Band 5"), ("Directorate", "Clinical Support Services"),
                     ("Department", "Musculoskeletal Outpatient Physiotherapy"),
                     ("Reports to", "Team Lead Physiotherapist (MSK)"), ("Accountable to", "Head of Therapy Services"),
                     ("Base", "Ashby Community Hospital"), ("Hours", "37.5 hours per week"),
                     ("Job Reference", "284-TS-0412")], (1.8, 4.5))
    summary = ("To assess and treat patients with musculoskeletal conditions as an autonomous practitioner, "
               "managing a caseload under the supervision of senior physiotherapists.")
    duties = ["Assess patients' physical condition and plan treatment based on clinical reasoning",
              "Deliver individual and group treatment programmes and review their outcomes",
              "Keep accurate and timely patient records in line with Trust and HCPC standards",
              "Educate patients and carers in self-management and exercise",
              "Take part in the department's in-service training and clinical audit",
              "Supervise physiotherapy assistants and students on placement"]
    for heading, body in (("Job Summary", [summary]), ("Key Responsibilities", None)):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(heading).bold = True
        if body:
            document.add_paragraph(body[0])
    for duty in duties:
        document.add_paragraph(duty, style="List Number")
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Person Specification").bold = True
    table = _grid(document, [
        ("Criteria", "Essential", "Desirable", "Assessed by"),
        ("Qualifications", "BSc (Hons) Physiotherapy or equivalent\nRegistration with the Health and Care Professions "
                           "Council (HCPC)", "Membership of the Chartered Society of Physiotherapy", "A, C"),
        ("Experience", "Clinical placements in musculoskeletal outpatient settings",
         "Experience of working in an NHS outpatient department", "A, I"),
        ("Skills", "Good communication and IT skills", "Acupuncture training", "I")], (1.3, 2.3, 1.9, 0.8))
    for column in range(4):
        _shade(table.cell(0, column), "005EB8")
    _lines(document, "Prepared by: Sarah Collins", "Date: 12 March 2024", font="Arial")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": trust, "title": "Physiotherapist", "id": "284-TS-0412",
        "basic.grade": "Band 5", "basic.department": "Musculoskeletal Outpatient Physiotherapy",
        "basic.reports_to": "Team Lead Physiotherapist (MSK)", "basic.work_location": "Ashby Community Hospital",
        "environment.hours": "37.5 hours per week", "summary": summary, "duties": duties,
        "qualifications.education": "BSc (Hons) Physiotherapy or equivalent",
        "qualifications.certificates": ["Registration with the Health and Care Professions Council (HCPC)"],
        "qualifications.experience": ["Clinical placements in musculoskeletal outpatient settings"],
        "document.prepared_by": "Sarah Collins", "basic.prepared_on": "2024-03-12",
    }


def _boxed(document, name: str, *lines: str) -> None:
    """A part as a box drawn by paragraph borders round its lines, its name a shaded first line."""
    for index, text in enumerate((name, *lines)):
        paragraph = document.add_paragraph()
        properties = paragraph._p.get_or_add_pPr()
        borders = _element("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            borders.append(_element(f"w:{side}", val="single", sz="6", space="4", color="000000"))
        properties.append(borders)
        if index == 0:
            properties.append(_element("w:shd", val="clear", color="auto", fill="D9D9D9"))
            paragraph.add_run(text).bold = True
        else:
            paragraph.add_run(text)
        _font(paragraph, "宋体")
    document.add_paragraph()


def sanitation_paragraph_boxes(path: Path) -> dict:
    """A city sanitation group's street-cleaning team leader with no table:
    each part a box of paragraph borders, its name a shaded first line."""
    document = docx.Document()
    group = "深圳市绿洁环境服务集团有限公司"
    _header(document, f"{group}　岗位管理文件")
    _title(document, "清扫保洁班长岗位说明书", font="黑体")
    summary = "带领班组完成责任路段的道路清扫保洁，保证路面达到市容环境卫生作业标准。"
    duties = ["按作业计划安排班组人员和路段，检查到岗情况；", "巡查责任路段保洁质量，督促整改不达标点位；",
              "管理清扫工具、保洁车辆的领用和保养；", "处理突发污染、积水和垃圾堆放等情况并上报；", "组织班组作业安全教育，填写班组日志。"]
    _boxed(document, "一、基本信息", "岗位名称：清扫保洁班长", "岗位编号：LJ-QS-05", "所属部门：福田项目部",
           "直接上级：片区主管", "直接下级：道路保洁员", "定员：4人", "工作地点：福田区深南大道、彩田路等责任路段")
    _boxed(document, "二、岗位目的", summary)
    _boxed(document, "三、主要职责", *(f"{number}. {duty}" for number, duty in enumerate(duties, 1)))
    _boxed(document, "四、任职条件", "学历：初中及以上", "经验：1年以上环卫保洁工作经验")
    _boxed(document, "五、安全要求", "作业时穿着反光背心，遵守道路作业安全规定。")
    _boxed(document, "六、工作时间", "早班5:30-13:30，晚班13:30-21:30，轮班")
    _lines(document, "编制：刘春燕　　审批：黄志坚　　日期：2024年7月8日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": group, "title": "清扫保洁班长", "id": "LJ-QS-05",
        "basic.department": "福田项目部", "basic.reports_to": "片区主管", "basic.subordinates": ["道路保洁员"],
        "basic.headcount": 4, "basic.work_location": "福田区深南大道、彩田路等责任路段", "summary": summary,
        "duties": duties, "qualifications.education": "初中及以上", "qualifications.experience": ["1年以上环卫保洁工作经验"],
        "environment.hours": "早班5:30-13:30，晚班13:30-21:30，轮班", "document.prepared_by": "刘春燕",
        "document.approved_by": "黄志坚", "basic.prepared_on": "2024-07-08",
    }


def _editable(cell, number: int, *lines: str) -> None:
    """``lines`` in ``cell`` inside a range left editable to everyone."""
    if lines:
        _write(cell, *lines)
    cell.paragraphs[0]._p.insert(1 if cell.paragraphs[0]._p.pPr is not None else 0,
                                 _element("w:permStart", id=str(number), edGrp="everyone"))
    cell.paragraphs[-1]._p.append(_element("w:permEnd", id=str(number)))


def _read_only(document) -> None:
    """The document protected as Review → Restrict Editing → No changes (Read only) protects it."""
    document.settings.element.find(qn("w:defaultTabStop")).addprevious(
        _element("w:documentProtection", edit="readOnly", enforcement="1"))


def cinema_editable_ranges(path: Path) -> dict:
    """A cinema chain's projectionist on a form protected as read-only, the
    values typed in the ranges left editable, one range left empty."""
    document = docx.Document()
    company = "星河影城管理有限公司"
    _header(document, company)
    _title(document, "岗位说明书", font="黑体")
    summary = "按排片计划完成影片的放映和设备日常维护，保证放映质量和影厅安全。"
    duties = ["按排片表导入影片密钥和节目单，准时开映；", "巡查各影厅放映画面和声音质量，及时处理故障；",
              "做好放映机、服务器和音响设备的日常清洁和保养；", "填写放映日志和设备运行记录；", "配合影院完成包场、活动的放映保障。"]
    rows = [("岗位名称", "", "岗位编号", ""), ("所属部门", "", "直接上级", ""), ("直接下级", "", "岗位定员", ""),
            ("岗位级别", "", "填表日期", ""), ("岗位概述", "", None, None), ("岗位职责", "", None, None),
            ("学　　历", "", None, None), ("从业资格", "", None, None), ("工作经验", "", None, None),
            ("工作时间", "", None, None), ("备　　注", "", None, None), ("填 表 人", "", None, None)]
    table = _grid(document, rows, (1.1, 2.1, 1.1, 2.0))
    values = {(0, 1): ["放映员"], (0, 3): ["XH-FY-03"], (1, 1): ["放映部"], (1, 3): ["放映主管"], (2, 1): [],
              (2, 3): ["3人"], (3, 1): ["S2"], (3, 3): ["2024/8/19"], (4, 1): [summary],
              (5, 1): [f"{number}、{duty}" for number, duty in enumerate(duties, 1)], (6, 1): ["中专及以上"],
              (7, 1): ["电影放映员职业资格证书"], (8, 1): ["1年以上影院放映工作经验"],
              (9, 1): ["做五休二，按排班上早、晚班，节假日需上班"], (10, 1): ["本表一式两份，人力资源部和放映部各存一份"],
              (11, 1): ["吕雅琴"]}
    for number, ((row, column), lines) in enumerate(values.items(), 1):
        _editable(table.cell(row, column), number, *lines)
    _read_only(document)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "放映员", "id": "XH-FY-03",
        "basic.department": "放映部", "basic.reports_to": "放映主管", "basic.subordinates": None, "basic.headcount": 3,
        "basic.grade": "S2", "summary": summary, "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.certificates": ["电影放映员职业资格证书"], "qualifications.experience": ["1年以上影院放映工作经验"],
        "environment.hours": "做五休二，按排班上早、晚班，节假日需上班", "document.prepared_by": "吕雅琴",
        "basic.prepared_on": "2024-08-19",
    }


def south_african_job_profile(path: Path) -> dict:
    """A South African logistics company's warehouse supervisor: a Job Profile
    with a Paterson grade, Key Performance Areas, Minimum Requirements and an
    employment-equity note."""
    document = docx.Document()
    company = "Kgosi Freight Logistics (Pty) Ltd"
    _header(document, company, "Reg. No. 2009/014372/07")
    _footer(document, "HR-F-021 Job Profile Rev 3")
    title = document.add_paragraph()
    title.add_run("JOB PROFILE").bold = True
    _grid(document, [("Job Title:", "Warehouse Supervisor", "Position Number:", "KFL-WH-117"),
                     ("Department:", "Warehousing & Distribution", "Job Grade (Paterson):", "C4"),
                     ("Reporting to:", "Warehouse Manager", "Location:", "Prospecton, Durban"),
                     ("Direct Reports:", "Forklift Operators; Stock Controllers; General Workers", None, None)],
          (1.3, 1.9, 1.5, 1.6))
    summary = ("To supervise the receiving, storage and dispatch of customer stock on a shift, so that orders "
               "leave on time, complete and without damage.")
    duties = ["Plan the shift's work and allocate staff and equipment to receiving, picking and dispatch",
              "Ensure stock is received, put away and picked accurately on the warehouse management system",
              "Conduct cycle counts and investigate stock variances",
              "Enforce health and safety rules in terms of the OHS Act and report incidents",
              "Manage attendance, leave and discipline of the shift team"]
    for heading, lines in (("1. Job Purpose", [summary]), ("2. Key Performance Areas (KPAs)", [])):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(heading).bold = True
        for line in lines:
            document.add_paragraph(line)
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("3. Minimum Requirements").bold = True
    _lines(document, "Qualification: National Senior Certificate (Grade 12)",
           "Advantageous: Diploma in Logistics or Supply Chain Management",
           "Experience: 3 years' warehouse experience, of which 1 year in a supervisory role",
           "Certificates: Valid forklift operator certificate",
           "Working hours: Rotating shifts, 06:00–14:00 and 14:00–22:00, alternate Saturdays", font="Arial")
    note = document.add_paragraph("Kgosi Freight Logistics is an equal opportunity employer. Preference will be given "
                                  "to candidates from designated groups in line with our Employment Equity Plan.")
    note.runs[0].italic = True
    _lines(document, "Compiled by: Thandiwe Nkosi\tApproved by: Johan van der Merwe\tDate: 2024-02-28", font="Arial")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Warehouse Supervisor", "id": "KFL-WH-117",
        "basic.department": "Warehousing & Distribution", "basic.grade": "C4", "basic.reports_to": "Warehouse Manager",
        "basic.work_location": "Prospecton, Durban",
        "basic.subordinates": ["Forklift Operators", "Stock Controllers", "General Workers"], "summary": summary,
        "duties": duties, "qualifications.education": "National Senior Certificate (Grade 12)",
        "qualifications.experience": ["3 years' warehouse experience, of which 1 year in a supervisory role"],
        "qualifications.certificates": ["Valid forklift operator certificate"],
        "environment.hours": "Rotating shifts, 06:00–14:00 and 14:00–22:00, alternate Saturdays",
        "document.prepared_by": "Thandiwe Nkosi", "document.approved_by": "Johan van der Merwe",
        "basic.prepared_on": "2024-02-28",
    }


SEVENTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("design_institute_fillin_fields", design_institute_fillin_fields),
    ("ground_handling_colon_column", ground_handling_colon_column),
    ("water_park_frequency_ticks", water_park_frequency_ticks),
    ("nhs_person_specification", nhs_person_specification),
    ("sanitation_paragraph_boxes", sanitation_paragraph_boxes),
    ("cinema_editable_ranges", cinema_editable_ranges),
    ("south_african_job_profile", south_african_job_profile))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(SEVENTEENTH)

"""An eighteenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a county
bookshop's (新华书店) sales assistant on an ordinary grid revised by hand
without tracked changes, the old values struck through (w:strike) and the
new ones highlighted yellow (w:highlight) after them, a whole duty struck
out, a note under the table saying so; a printing and packaging plant's
offset press captain whose sign-off box (文件编号, 编制, 批准, 日期) was dragged
to the top right of the page, a floating table (w:tblpPr) standing in the
document before the title it sits beside; a county government service
centre's general-window clerk on a table of 序号 | 项目 | 内容 | 备注 (every
row of the form numbered, remarks beside two of them), key words of the
duties marked with Chinese emphasis dots (着重号, w:em); a pet hospital's
veterinarian on a two-column grid whose labels carry their own colons
(职位名称：, 汇报对象：, 督导对象：, 从业资格：, 工作年限：), the preparer and a date
alone on its line right-aligned under it; a driving school's instructor
whose title and company are Word's Title and Subtitle styles, the parts
under bold 一、二、 paragraphs, notes (注：1．…2．…), the sign-off and an
employee's acknowledgement left blank (签名：＿＿＿＿); a Canadian ski
resort's lift operations supervisor in English whose label cells and
headings are shown in capitals by the All Caps font setting (w:caps) over
text typed in ordinary case; a Philippine contact centre's team leader in
English exported from Google Docs (the Title style, every run in Arial,
● bullets of a numbering definition), the qualifications bullets with no
labels of their own.

A few values are ambiguous on purpose, with no truth for them: the
bookshop's 其他要求 row; the printing plant's 班组 and 劳动保护 rows; the
service centre's 岗位类别 and 能力要求 rows and its remarks (其中延时服务窗口2个,
夏季作息按县统一通知执行); the pet hospital's 备注 row; the driving school's
其他 line, its notes and the blank acknowledgement; the ski resort's Status
and Working conditions; the contact centre's Account line, its Direct
Reports (a role with a count in brackets) and the two qualification
bullets that are neither an education nor an experience (English skills,
night shifts). A careful import places them right or names them in a
warning.

Truth choices: struck-through text is deleted and highlighted text is
added (the note under the table says so), so the bookshop's superior,
headcount and date are the new values and its struck duty no duty; a
floating table's text is read where it stands on the page (its 编制, 批准
and 日期 the sign-off, its 文件编号 the document's number); an emphasis dot
and the All Caps setting are formatting, not text (the values are the
characters typed); a label's own colon is no part of it; a 下属人员 or
直接下级 of 无 is no subordinate; a date alone on the line under the
preparer is the date prepared; a qualifications bullet "Graduate of any
four-year course" is the education and "At least 2 years of experience…"
the experience. A value typed over two paragraphs (a summary broken by
Enter) is their texts joined.

119 facts in all, 14 to 19 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.eighteenth`` for the figures.

First measured on the importer that had met the seventeenth batch, before
any rule was changed for them: 77/119 facts right (64.7 %), 10 silent
errors:

===============================  =======  =======  ======
form                             right    flagged  silent
===============================  =======  =======  ======
bookshop_struck_revisions        10/16    2        4
printing_plant_floating_signoff  14/19    4        1
service_centre_numbered_rows     14/16    0        2
pet_hospital_colon_labels        13/18    4        1
driving_school_title_styles      15/18    2        1
ski_resort_all_caps_labels       0/18     18       0
contact_centre_google_docs       11/14    2        1
===============================  =======  =======  ======

The silent errors, as the comparison shows them: the bookshop's struck
values kept with the new ones (门市部主任门店店长, 3人4人, both dates) and its
struck duty kept; the printing plant's headcount under 岗位定编 reported
as 2人, a text no warning tied to the fact; the service centre's hours
joined to the remark beside them and its 填表时间 not a label; the pet
hospital's date alone under the preparer reported, not read; the driving
school's hours running on into the second note (2．本说明书由…); the
contact centre's education, a bullet with no label. Flagged: the ski
resort's form refused whole as two positions (its page footer, Human
Resources | Job Description, counted as a second form's title), labels
no field had (所在车间, 直接领导, 管理对象, 督导对象, 上岗证书, 主要工作, 文化程度,
常用设备, 岗位描述, 驾驶经历, Immediate Superior), the bookshop's hours
(两班制：…) read as a label no field has.

After the rules it showed (struck-through text deleted text, said once
in a warning quoting the first; a page header's or footer's form title
no second form, and the name before a bar in it no title; a remarks
column beside numbered rows, 序号 | 项目 | 内容 | 备注, reported, and a 备注
row under the working hours no condition of the work; the lines after a
label no field has no more of a value of one text above it; a date alone
under the preparer's name the date prepared; the first text beside a
label of one text its value, a colon in it and all, reported; a label of
a kind of experience among the qualifications, 驾驶经历, the experience;
Graduate of … a degree; certificates parted at semicolons; the labels
above): 117/119 (98.3 %), 0 silent errors:

===============================  =======  =======  ======
form                             right    flagged  silent
===============================  =======  =======  ======
bookshop_struck_revisions        16/16    0        0
printing_plant_floating_signoff  19/19    0        0
service_centre_numbered_rows     16/16    0        0
pet_hospital_colon_labels        18/18    0        0
driving_school_title_styles      18/18    0        0
ski_resort_all_caps_labels       17/18    1        0
contact_centre_google_docs       13/14    1        0
===============================  =======  =======  ======

Flagged: the ski resort's hours (Hours, a label no field has, reported:
as a label of the working hours it takes the Location after it in other
forms for the work environment's place); the contact centre's experience,
which holds the bullet Willing to work night shifts…, placed there as the
first field under Qualifications and reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _numbered, _numbering
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _pieces(cell, *pieces: tuple[str, str]) -> None:
    """One paragraph of ``cell`` made of pieces, each plain (""), struck through
    ("struck"), highlighted yellow ("new") or marked with emphasis dots ("dots")."""
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    for text, kind in pieces:
        run = paragraph.add_run(text)
        if kind == "struck":
            run.font.strike = True
        elif kind == "new":
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "dots":
            run._r.get_or_add_rPr().append(_element("w:em", val="dot"))
    _font(paragraph)


def bookshop_struck_revisions(path: Path) -> dict:
    """A county bookshop's sales assistant on a grid revised by hand: old
    values struck through, new ones highlighted after them, a duty struck out."""
    document = docx.Document()
    company = "江西省新华书店有限责任公司婺源县分公司"
    _header(document, company)
    _title(document, "岗位说明书", font="黑体")
    summary = ["在门店店长领导下，负责图书、文具的陈列和销售，", "为读者提供咨询和导购服务，完成门店销售任务。"]
    duties = [("负责责任区图书的上架、陈列和整理，保持书架整洁有序；", ""), ("接待读者，提供图书查询、推荐和导购服务；", ""),
              ("负责收银和会员卡办理，做到账款相符；", ""), ("负责音像制品的销售登记；", "struck"),
              ("参与新书到货验收和退货清点；", ""), ("配合门店开展阅读推广和校园书展活动。", "new")]
    table = _grid(document, [
        ("岗位名称", "图书营业员", "岗位编码", "WY-MS-03"), ("所属部门", "门市部", "直接上级", ""),
        ("直接下级", "无", "编制人数", ""), ("岗位描述", "\n".join(summary), None, None), ("工作职责", "", None, None),
        ("学　　历", "高中（中专）及以上", None, None), ("工作经验", "1年以上零售或图书销售工作经验", None, None),
        ("其他要求", "热爱图书，能熟练使用收银系统", None, None),
        ("工作时间", "两班制：早班8:30-15:00，晚班14:30-21:00", None, None),
        ("编 制 人", "吴晓燕", "审 核 人", "程建华"), ("编制日期", "", None, None)], (1.1, 2.1, 1.1, 2.0))
    _pieces(table.cell(1, 3), ("门市部主任", "struck"), ("门店店长", "new"))
    _pieces(table.cell(2, 3), ("3人", "struck"), ("4人", "new"))
    for number, (duty, kind) in enumerate(duties, 1):
        _pieces(table.cell(4, 1), (f"（{number}）{duty}", kind))
    _pieces(table.cell(10, 1), ("2022年3月1日", "struck"), (" ", ""), ("2024年3月18日", "new"))
    _lines(document, "说明：带删除线的文字为本次修订删去的内容，黄色底纹的文字为本次新增内容。", font="仿宋_GB2312")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "图书营业员", "id": "WY-MS-03",
        "basic.department": "门市部", "basic.reports_to": "门店店长", "basic.subordinates": None, "basic.headcount": 4,
        "summary": "".join(summary), "duties": [duty for duty, kind in duties if kind != "struck"],
        "qualifications.education": "高中（中专）及以上", "qualifications.experience": ["1年以上零售或图书销售工作经验"],
        "environment.hours": "两班制：早班8:30-15:00，晚班14:30-21:00", "document.prepared_by": "吴晓燕",
        "document.approved_by": "程建华", "basic.prepared_on": "2024-03-18",
    }


def _floating(table) -> None:
    """The table dragged by its handle to the top right of the page: Word makes it float (w:tblpPr)."""
    table._tbl.tblPr.find(qn("w:tblStyle")).addnext(_element(
        "w:tblpPr", leftFromText="180", rightFromText="180", vertAnchor="margin", horzAnchor="margin",
        tblpXSpec="right", tblpYSpec="top"))


def printing_plant_floating_signoff(path: Path) -> dict:
    """A printing and packaging plant's offset press captain: the sign-off box a
    floating table at the top right, before the title in the document."""
    document = docx.Document()
    company = "东莞市华彩印刷包装有限公司"
    _header(document, company)
    box = _grid(document, [("文件编号", "HC-RL-JD-012"), ("编　　制", "王秋菊"), ("批　　准", "黄伟明"),
                           ("日　　期", "2024-5-6")], (0.8, 1.4))
    _floating(box)
    _title(document, "胶印机长岗位说明书", font="黑体")
    _lines(document, "", "", "", "")
    summary = "负责本机台四色胶印机的印刷生产，带领机组按工单要求完成印刷任务，保证印品质量、产量和设备安全。"
    duties = ["按生产工单和签样稿做好印前准备，核对纸张、油墨和印版；", "调整水墨平衡和套印，首件送检合格后方可批量生产；",
              "生产过程中抽检印品，发现色差、套印不准等问题及时处理；", "负责机台设备的日常点检、润滑和清洁，做好交接班记录；",
              "带领副机长、续纸工、收纸工完成生产，指导新员工操作；", "执行安全操作规程和5S管理要求。"]
    _grid(document, [
        ("岗位名称", "胶印机长", "岗位编号", "HC-SC-011"), ("所在车间", "胶印车间", "班　　组", "一号机台"),
        ("直接领导", "车间主任", "管理对象", "副机长、续纸工、收纸工"), ("岗位定编", "2人", "工作时间", "两班倒，每班12小时"),
        ("工作概述", summary, None, None),
        ("岗位职责", "\n".join(f"({number}){duty}" for number, duty in enumerate(duties, 1)), None, None),
        ("学历要求", "高中或中专及以上", None, None), ("工作经验", "3年以上胶印机操作经验，其中1年以上副机长经历", None, None),
        ("上岗证书", "平版印刷工职业技能等级证书（四级及以上）", None, None),
        ("使用设备", "海德堡CD102四色胶印机、分光密度仪、看样台", None, None),
        ("劳动保护", "佩戴耳塞，接触油墨及清洗剂时戴防护手套", None, None)], (1.1, 2.1, 1.1, 2.0))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "胶印机长", "id": "HC-SC-011",
        "document.number": "HC-RL-JD-012", "basic.department": "胶印车间", "basic.reports_to": "车间主任",
        "basic.subordinates": ["副机长", "续纸工", "收纸工"], "basic.headcount": 2, "environment.hours": "两班倒，每班12小时",
        "summary": summary, "duties": duties, "qualifications.education": "高中或中专及以上",
        "qualifications.experience": ["3年以上胶印机操作经验，其中1年以上副机长经历"],
        "qualifications.certificates": ["平版印刷工职业技能等级证书（四级及以上）"],
        "tools": ["海德堡CD102四色胶印机", "分光密度仪", "看样台"], "document.prepared_by": "王秋菊",
        "document.approved_by": "黄伟明", "basic.prepared_on": "2024-05-06",
    }


def service_centre_numbered_rows(path: Path) -> dict:
    """A county government service centre's general-window clerk: a table of
    序号 | 项目 | 内容 | 备注, key words of the duties marked with emphasis dots."""
    document = docx.Document()
    centre = "桃江县政务服务中心"
    _header(document, centre)
    _title(document, "岗位说明书", font="方正小标宋简体")
    summary = "在综合受理科科长领导下，负责政务服务事项的咨询、受理和出件，为办事群众提供规范、便捷的窗口服务。"
    duties = [[("严格执行", ""), ("首问负责制", "dots"), ("和", ""), ("一次性告知制", "dots"), ("，为办事群众提供咨询引导；", "")],
              [("受理各类政务服务事项申请，审核申请材料是否齐全、符合法定形式；", "")],
              [("按照“", ""), ("一窗受理、集成服务", "dots"), ("”要求，将受理件及时流转至后台审批科室；", "")],
              [("跟踪办件进度，按时出件，做到", ""), ("限时办结", "dots"), ("；", "")],
              [("做好办件登记、统计和档案整理工作；", "")], [("收集群众意见建议，参与“好差评”回访。", "")]]
    hours = "周一至周五8:30-12:00、14:30-17:30，周六上午延时服务"
    rows = [("岗位名称", "综合窗口受理员", ""), ("岗位代码", "TJZW-ZH-05", ""), ("所在科室", "综合受理科", ""),
            ("岗位类别", "管理岗位", ""), ("直接上级", "综合受理科科长", ""), ("岗位数量", "6个", "其中延时服务窗口2个"),
            ("工作地点", "桃江县政务服务中心一楼综合受理区", ""), ("岗位概述", summary, ""), ("岗位职责", "", ""),
            ("学历要求", "大学专科及以上", ""), ("工作经历", "1年以上窗口服务或基层工作经历", ""),
            ("能力要求", "熟练使用办公软件和政务服务平台，普通话标准", ""), ("工作时间", hours, "夏季作息按县统一通知执行")]
    table = _grid(document, [("序号", "项目", "内容", "备注"), *((str(number), *row) for number, row in enumerate(rows, 1))],
                  (0.5, 1.0, 4.0, 1.0))
    for column in range(4):
        _shade(table.cell(0, column), "D9D9D9")
    for number, duty in enumerate(duties, 1):
        _pieces(table.cell(9, 2), (f"{number}．", ""), *duty)
    _lines(document, "填表人：邓美玲　　　审核人：王振华　　　填表时间：2024年6月12日", font="仿宋_GB2312")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": centre, "title": "综合窗口受理员", "id": "TJZW-ZH-05",
        "basic.department": "综合受理科", "basic.reports_to": "综合受理科科长", "basic.headcount": 6,
        "basic.work_location": "桃江县政务服务中心一楼综合受理区", "summary": summary,
        "duties": ["".join(text for text, _ in duty) for duty in duties], "qualifications.education": "大学专科及以上",
        "qualifications.experience": ["1年以上窗口服务或基层工作经历"], "environment.hours": hours,
        "document.prepared_by": "邓美玲", "document.approved_by": "王振华", "basic.prepared_on": "2024-06-12",
    }


def pet_hospital_colon_labels(path: Path) -> dict:
    """A pet hospital's veterinarian on a two-column grid whose labels end with
    their own colons, the preparer and the date right-aligned under it."""
    document = docx.Document()
    hospital = "成都宠爱有家动物医院有限公司"
    _header(document, hospital)
    _title(document, "执业兽医师职位说明书", font="黑体")
    summary = ["对就诊动物进行检查、诊断和治疗，制定治疗方案，", "保证诊疗质量和医疗安全。"]
    duties = ["接诊就诊动物，询问病史，进行体格检查和必要的辅助检查；", "根据检查结果作出诊断，制定治疗方案并向宠物主人说明；",
              "开具处方，完成门诊和住院动物的治疗，书写电子病历；", "参与外科手术和夜间急诊值班；",
              "指导兽医助理和宠物护士开展护理、化验工作；", "参加院内病例讨论和业务培训。"]
    tools = ["听诊器", "B超机", "DR影像系统", "血液生化分析仪"]
    hours = "早9:00至晚21:00，做四休二，需参与夜间急诊值班"
    _grid(document, [
        ("职位名称：", "执业兽医师"), ("职位编号：", "CA-YL-02"), ("所属科室：", "诊疗部"), ("汇报对象：", "医疗主管"),
        ("督导对象：", "兽医助理、宠物护士"), ("编制人数：", "3人"), ("职位目的：", "\n".join(summary)),
        ("主要工作：", "\n".join(f"{number}.{duty}" for number, duty in enumerate(duties, 1))), ("文化程度：", "大专及以上"),
        ("所学专业：", "动物医学、动物科学相关专业"), ("从业资格：", "执业兽医资格证书（执业兽医师）"),
        ("工作年限：", "2年以上小动物临床诊疗经验"), ("常用设备：", "、".join(tools)), ("工作时间：", hours),
        ("备　　注：", "本院为24小时急诊医院")], (1.4, 4.9))
    for line in ("", "制表人：何晓丽", "2024年4月22日"):
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph, "宋体")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": hospital, "title": "执业兽医师", "id": "CA-YL-02",
        "basic.department": "诊疗部", "basic.reports_to": "医疗主管", "basic.subordinates": ["兽医助理", "宠物护士"],
        "basic.headcount": 3, "summary": "".join(summary), "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.major": "动物医学、动物科学相关专业", "qualifications.certificates": ["执业兽医资格证书（执业兽医师）"],
        "qualifications.experience": ["2年以上小动物临床诊疗经验"], "tools": tools, "environment.hours": hours,
        "document.prepared_by": "何晓丽", "basic.prepared_on": "2024-04-22",
    }


def _part(document, heading: str, *lines: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(8)
    paragraph.add_run(heading).bold = True
    _font(paragraph, "黑体")
    _lines(document, *lines)


def driving_school_title_styles(path: Path) -> dict:
    """A driving school's instructor: the title and the company in Word's Title
    and Subtitle styles, parts under bold headings, notes, the sign-off and a
    blank employee's acknowledgement."""
    document = docx.Document()
    company = "宁德市安达机动车驾驶员培训有限公司"
    _font(document.add_paragraph("教练员岗位说明书", style="Title"), "黑体")
    _font(document.add_paragraph(company, style="Subtitle"), "楷体")
    _grid(document, [("岗位名称", "教练员", "岗位编号", "AD-JL-01"), ("所属部门", "教练部", "直接上级", "教练组长"),
                     ("下属人员", "无", "定　　员", "20人"), ("工作场所", "蕉城区漳湾训练场及考试路线", None, None)],
          (1.1, 2.1, 1.1, 2.0))
    summary = "按照教学大纲对学员进行科目二、科目三的驾驶技能培训，保证教学质量和训练安全，提高学员考试合格率。"
    duties = ["按教学大纲和培训计划组织学员训练，填写教学日志；", "训练前检查教练车的制动、转向和安全设施，发现故障及时报修；",
              "在训练中对学员进行安全文明驾驶教育，杜绝违规操作；", "按预约安排学员练车，不得私自收费或刁难学员；",
              "配合考试科安排学员参加考试，做好考前辅导；", "保持教练车整洁，按规定加油、保养。"]
    certificates = ["机动车驾驶教练员从业资格证", "C1及以上准驾车型驾驶证"]
    hours = "夏令时7:00-12:00、14:30-19:00；冬令时7:30-12:00、14:00-18:00"
    _part(document, "一、岗位概述", summary)
    _part(document, "二、岗位职责", *(f"{number}．{duty}" for number, duty in enumerate(duties, 1)))
    _part(document, "三、任职条件", "学历：高中及以上", "驾驶经历：5年以上安全驾驶经历",
          f"资格证书：{'；'.join(certificates)}", "其他：普通话标准，有耐心，服务意识强")
    _part(document, "四、工作时间", hours)
    _lines(document, "", "注：1．学员投诉经查实的，按《教练员考核办法》处理。", "　　2．本说明书由综合办公室负责解释。", "",
           "编制：林秀英　　　　批准：陈德发　　　　日期：2024年3月4日", "",
           "任职者确认：本人已阅读并理解本岗位说明书的全部内容。", "签名：＿＿＿＿＿＿　　　　日期：＿＿＿＿年＿＿月＿＿日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "教练员", "id": "AD-JL-01",
        "basic.department": "教练部", "basic.reports_to": "教练组长", "basic.subordinates": None, "basic.headcount": 20,
        "basic.work_location": "蕉城区漳湾训练场及考试路线", "summary": summary, "duties": duties,
        "qualifications.education": "高中及以上", "qualifications.experience": ["5年以上安全驾驶经历"],
        "qualifications.certificates": certificates, "environment.hours": hours, "document.prepared_by": "林秀英",
        "document.approved_by": "陈德发", "basic.prepared_on": "2024-03-04",
    }


def _capitals(paragraph) -> None:
    """Every run of the paragraph shown in capitals by the All Caps font setting, its text as typed."""
    for run in paragraph.runs:
        run.font.all_caps = True
        run.bold = True


def ski_resort_all_caps_labels(path: Path) -> dict:
    """A Canadian ski resort's lift operations supervisor in English: label
    cells and headings shown in capitals by All Caps over ordinary text."""
    document = docx.Document()
    company = "Silver Ridge Mountain Resort Ltd."
    _header(document, company)
    _footer(document, "Human Resources | Job Description")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("Job Description")
    _capitals(title)
    table = _grid(document, [
        ("Position title", "Lift Operations Supervisor", "Job code", "MO-LO-03"),
        ("Department", "Mountain Operations", "Reports to", "Lift Operations Manager"),
        ("Supervises", "Lift Operators and Lift Attendants", "Number of positions", "4"),
        ("Location", "Summit Express base area, Revelstoke, BC", "Status", "Full-time, seasonal (November–April)")],
        (1.6, 1.6, 1.6, 1.5))
    for row in table.rows:
        for column in (0, 2):
            _capitals(row.cells[column].paragraphs[0])
            _shade(row.cells[column], "DEEAF6")
    summary = ("Supervises the daily operation of the resort's chairlifts and surface lifts, ensuring that guests are "
               "loaded and unloaded safely and that every lift runs to the standards of the BC Safety Authority.")
    duties = ["Complete and sign the daily lift inspection checklists before lifts open to the public",
              "Schedule lift operators and attendants and assign them to lift stations each day",
              "Monitor loading and unloading, and stop or slow lifts when conditions require it",
              "Respond to lift stoppages and guest incidents, and coordinate evacuations with Ski Patrol",
              "Train new lift staff in operating procedures and guest service",
              "Keep operating logs, incident reports and staff time records"]
    certificates = ["Standard First Aid with CPR Level C", "BC Safety Authority ropeway operator training"]
    hours = "8-hour shifts between 7:30 a.m. and 5:00 p.m., including weekends and holidays"
    for heading, lines in (("Position summary", [summary]), ("Key responsibilities", [])):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(heading)
        _capitals(paragraph)
        for line in lines:
            document.add_paragraph(line)
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Qualifications and working conditions")
    _capitals(paragraph)
    for line in ("Education: High school diploma or equivalent",
                 "Experience: Two seasons of lift operations experience, including one in a lead role",
                 f"Certifications: {'; '.join(certificates)}",
                 "Working conditions: Outdoors in all weather, at temperatures down to -25 °C", f"Hours: {hours}",
                 "", "Prepared by: Megan Tremblay", "Approved by: Luc Gagnon", "Date: April 2, 2024"):
        document.add_paragraph(line)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Lift Operations Supervisor", "id": "MO-LO-03",
        "basic.department": "Mountain Operations", "basic.reports_to": "Lift Operations Manager",
        "basic.subordinates": ["Lift Operators", "Lift Attendants"], "basic.headcount": 4,
        "basic.work_location": "Summit Express base area, Revelstoke, BC", "summary": summary, "duties": duties,
        "qualifications.education": "High school diploma or equivalent",
        "qualifications.experience": ["Two seasons of lift operations experience, including one in a lead role"],
        "qualifications.certificates": certificates, "environment.hours": hours,
        "document.prepared_by": "Megan Tremblay", "document.approved_by": "Luc Gagnon", "basic.prepared_on": "2024-04-02",
    }


def contact_centre_google_docs(path: Path) -> dict:
    """A Philippine contact centre's team leader in English exported from
    Google Docs: the Title style, runs in Arial, ● bullets, unlabelled
    qualifications."""
    document = docx.Document()
    company = "Bayanihan Contact Solutions, Inc."
    document.add_paragraph().add_run(company).bold = True
    document.add_paragraph("Job Description", style="Title")
    hours = "Night shift, 10:00 PM to 7:00 AM, Monday to Friday"
    for line in ("Position Title: Customer Support Team Leader", "Job Code: BCS-OPS-TL01", "Department: Operations",
                 "Account: US Telecommunications Client", "Immediate Superior: Operations Manager",
                 "Direct Reports: Customer Service Representatives (15 to 18 per team)",
                 "Work Location: Eastwood City, Quezon City", f"Work Schedule: {hours}"):
        document.add_paragraph(line)
    summary = ("Leads a team of customer service representatives handling inbound calls and chats for the account, "
               "making sure the team meets its service level, quality and customer satisfaction targets.")
    duties = ["Monitor the team's real-time queue and adherence to schedule", "Conduct daily huddles and weekly one-on-one coaching sessions",
              "Handle escalated calls and customer complaints", "Review call recordings with the Quality Assurance team",
              "Prepare daily and weekly team performance reports", "Approve leave requests and manage attendance of the team"]
    bullet = _numbering(document, "bullet", "●")
    document.add_paragraph().add_run("Job Summary").bold = True
    document.add_paragraph(summary)
    document.add_paragraph().add_run("Duties and Responsibilities").bold = True
    for duty in duties:
        _numbered(document, duty, bullet)
    document.add_paragraph().add_run("Qualifications").bold = True
    for line in ("Graduate of any four-year course", "At least 2 years of experience as a team leader in a BPO company",
                 "Excellent English communication and coaching skills", "Willing to work night shifts and on holidays"):
        _numbered(document, line, bullet)
    document.add_paragraph()
    document.add_paragraph("Prepared by: Kristine Dela Cruz")
    document.add_paragraph("Date: 08 March 2024")
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.name = "Arial"
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Customer Support Team Leader",
        "id": "BCS-OPS-TL01", "basic.department": "Operations", "basic.reports_to": "Operations Manager",
        "basic.work_location": "Eastwood City, Quezon City", "environment.hours": hours, "summary": summary,
        "duties": duties, "qualifications.education": "Graduate of any four-year course",
        "qualifications.experience": ["At least 2 years of experience as a team leader in a BPO company"],
        "document.prepared_by": "Kristine Dela Cruz", "basic.prepared_on": "2024-03-08",
    }


EIGHTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("bookshop_struck_revisions", bookshop_struck_revisions),
    ("printing_plant_floating_signoff", printing_plant_floating_signoff),
    ("service_centre_numbered_rows", service_centre_numbered_rows),
    ("pet_hospital_colon_labels", pet_hospital_colon_labels),
    ("driving_school_title_styles", driving_school_title_styles),
    ("ski_resort_all_caps_labels", ski_resort_all_caps_labels),
    ("contact_centre_google_docs", contact_centre_google_docs))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(EIGHTEENTH)

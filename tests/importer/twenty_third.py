"""A twenty-third batch of held-out forms, each made as an HR department
makes one, in organisations and styles no other form file uses: a
Chongqing hot-pot chain's store kitchen head (后厨主管) on an ordinary
four-column grid inside a page border (Word's 页面边框, w:pgBorders), its
duties typed 1、2、 one a paragraph, its sign-off 制表 | 审核 | 批准 in the
grid's last row; a postpartum care centre's maternity nurse (母婴护理师) on
a three-column grid whose 任职要求 label cell is merged down over its
学历 / 经验 / 证书 rows, the headcount written 8名; a county funeral
service centre's reception clerk (业务接待员, a 事业单位 post) whose
duties are one sentence in one cell, parted by ；, its sign-off a line
under the table; a solar power station's operations duty officer
(运维值班员) whose sections are Word headings (Heading 2) numbered 第一部分
in their text, each followed by a two-column table, the sign-off four
labelled lines under the last; a rural guesthouse's housekeeper (民宿管家)
on a four-column grid whose requirements are one cell of lines marked
◆ typed in their text; a Kenyan health NGO's community health
coordinator in English, a two-column table whose duties cell holds Word
bullets (List Bullet), the date 3rd June 2024; a Scottish whisky
distillery's visitor centre guide in English, the details typed as
Label – value lines (an en dash), the duties numbered by Word's List
Number style, a Prepared by / Approved by line pair at the end.

A few values are ambiguous on purpose, with no truth for them: the hot-pot
chain's 薪资 row and 备注 line; the care centre's 其他 row (a health
certificate and a temperament together) and its 工作方式 row; the funeral
centre's 岗位性质 row (编外聘用), its 专业 不限 (no requirement) and its 其他
row, and the date alone under its sign-off line (signed or prepared); the solar station's 工作条件
row, its 岗位等级 (值班员岗: a rank a careful reader would not swear to
as a grade) and its footer's QY-HR-JD-2024; the guesthouse's ◆其他 line and 薪资 row; the Kenyan NGO's
Contract line (one year renewable), its sign-off names (each followed
by its role after a comma) and its closing equal-opportunity note; the distillery's Salary line and its Languages line. A careful
import places them right or names them in a warning.

Truth choices: a number typed before a duty (1、) is no part of it, nor is
a ◆ typed before a requirement, nor a bullet or number Word draws; 8名 is
a headcount of 8 and 1人 of 1; a duty sentence parted by ； is a list of
duties, the ； and the last item's 。 parting them and no part of any
(this truth first kept them; corrected to agree with the second, fourth,
twentieth and twenty-first batches' truths for the same shape: items one
a paragraph keep their closing ；, items in one sentence do not);
无 and None under the subordinates are none; a label in the 任职要求 merged
cell is no part of the rows beside it; 审核 is the approver where no 批准
signs, not where one does; 3rd June 2024 is 3 June, and 14/05/2024 on a
Scottish form 14 May; a Date line in a sign-off is the date prepared, and
a 生效日期 is the date of effect.

110 facts in all, 13 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twenty_third`` for the
figures.

First measured on the importer that had met the twenty-second batch,
before any rule was changed for them: 98/110 facts right (89.1 %), 5
silent errors:

==================================  =======  =======  ======
form                                right    flagged  silent
==================================  =======  =======  ======
hotpot_kitchen_page_border          16/18    1        1
care_centre_merged_requirements     15/15    0        0
funeral_centre_sentence_duties      15/16    0        1
solar_station_heading_tables        17/17    0        0
guesthouse_diamond_lines            15/16    1        0
kenyan_ngo_bulleted_cell            11/13    2        0
distillery_dash_lines               9/15     3        3
==================================  =======  =======  ======

The silent errors: the hot-pot form's date prepared not read; the funeral
centre's duties read without each item's closing ； (this truth kept it,
where the second, fourth, twentieth and twenty-first batches' truths drop
it for the same shape: corrected to agree, so the duties are right); the
distillery's work location running on into its "Hours –" and "Salary –"
lines, so no hours, and its preparer kept with the comma before the date.

After the rules it showed (a label two fields share, Location, read in the
part the last part's heading opened, not the part another field's label
took the walk to, so Hours could be a label of the working hours again; a
dashed line right after a dashed pair a label of its own when it reads as
one, Salary –; a signer's name without the comma before the date; a pair in
a cell beside another pair of the row, 日期：… beside 批准：刘国庆, its own,
not more of that signer's; a count under 编制 leaving a name under another
preparer's label, 制定人, the preparer; Word's Title style a heading; a page
margin's registration line, … Ltd, Registered in Scotland …, naming the
issuer; labels 制定人, 所在门店, 所属门店, Programme, Ref No.): 109/110
(99.1 %), 0 silent errors:

==================================  =======  =======  ======
form                                right    flagged  silent
==================================  =======  =======  ======
hotpot_kitchen_page_border          18/18    0        0
care_centre_merged_requirements     15/15    0        0
funeral_centre_sentence_duties      16/16    0        0
solar_station_heading_tables        17/17    0        0
guesthouse_diamond_lines            16/16    0        0
kenyan_ngo_bulleted_cell            12/13    1        0
distillery_dash_lines               15/15    0        0
==================================  =======  =======  ======

Flagged: the Kenyan NGO's id (AMT/PRG/017 cannot name a spec's files as
written; AMT-PRG-017 made from it, reported).

The rules (with a few more the earlier batches' flagged facts showed:
Responsible for a label of the subordinates, No line management
responsibility none; a superior written with the person holding it,
Principal Investigator, Dr Helen Moore, the position; University of …
and Sdn. Bhd. an organisation's name; 单位：… or 甲方（聘用单位）：… above the
labels the issuer; 直接 before a basic fact's label, 直接汇报对象, that
label; a sign-off table's column under 审核 beside 批准 the reviewer; 编号
among the position's facts its number, guessed; a department's
organisation path its last unit; labels 所属网点, 所属组织, Practice,
工作区域, 岗位编制人数, 专业范畴) gave earlier batches 25 facts they had
flagged, and lost none: second 103 -> 107/109, third 124 -> 125/126,
fourth 200 -> 201/202, tenth 98 -> 99/100, twelfth 112 -> 113/115,
thirteenth 113 -> 115/116, fourteenth 121 -> 122/122, fifteenth 109 ->
110/111, seventeenth 119 -> 120/120, eighteenth 117 -> 118/119,
nineteenth 118 -> 119/121, twentieth 119 -> 120/120, twenty-first 99 ->
105/111, twenty-second 105 -> 108/109 (seven of them the working hours
under Hours).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.fresh import _element
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _page_border(document) -> None:
    """A single-line border round every page, as Word's 页面边框 draws it."""
    section = document.sections[0]._sectPr
    borders = _element("w:pgBorders", offsetFrom="text")
    for side in ("top", "left", "bottom", "right"):
        borders.append(_element(f"w:{side}", val="single", sz="8", space="4", color="auto"))
    section.find(qn("w:pgMar")).addnext(borders)


def hotpot_kitchen_page_border(path: Path) -> dict:
    """A hot-pot chain's store kitchen head: a four-column grid inside a page
    border, duties typed 1、 one a paragraph, the sign-off in the last row."""
    document = docx.Document()
    _page_border(document)
    company = "重庆渝味坊餐饮管理有限公司"
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "全面负责门店后厨的出品质量、食品安全和成本控制，带领后厨团队按标准完成锅底、菜品和小料的准备与出品。"
    duties = ["每天开市前检查锅底、菜品和小料的准备情况，按标准组织出品；", "执行公司食品安全制度，检查食材的验收、储存和留样；",
              "根据营业情况编制原料申购计划，控制损耗和毛利；", "安排后厨人员排班，组织新员工岗前培训和技能考核；",
              "检查厨房设备和燃气安全，每日闭店后做好安全检查；", "处理顾客对出品的投诉，完成店长交办的其他工作。"]
    _grid(document, [
        ("岗位名称", "后厨主管", "岗位编号", "YWF-CF-02"), ("所在门店", "解放碑店", "直属上级", "门店店长"),
        ("管理下属", "切配工、配料员、洗碗工", "定编人数", "1人"), ("岗位概述", summary, None, None),
        ("岗位职责", "\n".join(f"{number}、{duty}" for number, duty in enumerate(duties, 1)), None, None),
        ("学历要求", "中专及以上", "专业要求", "烹饪相关专业"), ("工作经验", "3年以上火锅或中餐后厨管理经验", None, None),
        ("资格证书", "健康证、中式烹调师（中级）", None, None), ("工作时间", "10:00-23:00，两头班，月休4天", None, None),
        ("薪资", "面议", None, None), ("制表：何小燕", "审核：邓伟", "批准：刘国庆", "日期：2024年4月8日")], (1.1, 2.1, 1.1, 2.0))
    _lines(document, "备注：本说明书随门店岗位调整每年修订一次。")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "后厨主管", "id": "YWF-CF-02",
        "basic.department": "解放碑店", "basic.reports_to": "门店店长", "basic.subordinates": ["切配工", "配料员", "洗碗工"],
        "basic.headcount": 1, "summary": summary, "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.major": "烹饪相关专业", "qualifications.experience": ["3年以上火锅或中餐后厨管理经验"],
        "qualifications.certificates": ["健康证", "中式烹调师（中级）"], "environment.hours": "10:00-23:00，两头班，月休4天",
        "document.prepared_by": "何小燕", "document.approved_by": "刘国庆", "basic.prepared_on": "2024-04-08",
    }


def care_centre_merged_requirements(path: Path) -> dict:
    """A postpartum care centre's maternity nurse: a three-column grid, the
    任职要求 label merged down over its 学历 / 经验 / 证书 rows."""
    document = docx.Document()
    company = "杭州安馨月子会所有限公司"
    _header(document, company)
    _title(document, "母婴护理师岗位说明书", font="黑体")
    summary = "为入住产妇和新生儿提供24小时专业护理，观察母婴健康状况，指导产妇母乳喂养和产后恢复。"
    duties = ["负责新生儿的喂养、洗澡、抚触、脐部护理和大小便观察记录", "每日测量产妇体温、血压，观察恶露和伤口恢复情况",
              "指导产妇母乳喂养，处理乳房胀痛等常见问题", "发现母婴异常及时报告护士长和驻店医生",
              "做好母婴用品消毒和房间护理区清洁", "向家属讲解新生儿护理知识，做好出所宣教"]
    rows = [("岗位名称", "母婴护理师", None), ("所属部门", "护理部", None), ("汇报对象", "护士长", None),
            ("下属岗位", "无", None), ("岗位定员", "8名", None), ("岗位目的", summary, None),
            ("工作内容", "\n".join(duties), None),
            ("任职要求", "学历", "中专及以上"), ("", "经验", "1年以上母婴护理或医院产科工作经验"),
            ("", "证书", "母婴护理职业技能等级证书"), ("其他", "持健康证，性格温和，有耐心", None),
            ("工作方式", "24小时驻房，做26休4", None), ("编写人", "沈佳", None), ("审批人", "周丽华", None),
            ("编写日期", "2024年2月26日", None)]
    table = _grid(document, rows, (1.2, 1.0, 4.1))
    table.cell(7, 0).merge(table.cell(9, 0))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "母婴护理师", "basic.department": "护理部",
        "basic.reports_to": "护士长", "basic.subordinates": None, "basic.headcount": 8, "summary": summary,
        "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.experience": ["1年以上母婴护理或医院产科工作经验"], "qualifications.certificates": ["母婴护理职业技能等级证书"],
        "document.prepared_by": "沈佳", "document.approved_by": "周丽华", "basic.prepared_on": "2024-02-26",
    }


def funeral_centre_sentence_duties(path: Path) -> dict:
    """A county funeral service centre's reception clerk: the duties one
    sentence in one cell, parted by ；, the sign-off a line under the table."""
    document = docx.Document()
    centre = "宁乡市殡葬服务中心"
    _title(document, centre, font="宋体")
    _title(document, "工作岗位说明书", font="黑体")
    summary = "接待丧属，办理遗体接运、火化和骨灰寄存等殡葬业务手续，宣传殡葬惠民政策。"
    duties = ["接听24小时服务电话，登记接运信息并通知车辆；", "接待丧属，核验死亡证明和身份证件，办理火化登记；",
              "向丧属介绍服务项目和收费标准，开具收费单据；", "办理骨灰寄存、领取手续，做好档案登记；",
              "落实基本殡葬服务费用减免政策。"]
    _grid(document, [
        ("岗位名称", "业务接待员", "岗位编号", "BZ-YW-03"), ("所在科室", "业务科", "直接领导", "业务科科长"),
        ("下级岗位", "无", "岗位人数", "4"), ("岗位性质", "编外聘用", "工作地点", "中心业务大厅"),
        ("岗位概要", summary, None, None), ("工作职责", "".join(duties), None, None),
        ("学历", "高中及以上", "专业", "不限"), ("工作经历", "1年以上窗口服务工作经历", None, None),
        ("工作时间", "实行24小时值班制，上一天休一天", None, None), ("其他", "服从夜间应急调配", None, None)],
        (1.1, 2.1, 1.1, 2.0))
    document.add_paragraph()
    _lines(document, "拟制人：谭红梅　　　　审核人：易志刚　　　　批准人：喻建华", "2024年5月20日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": centre, "title": "业务接待员", "id": "BZ-YW-03",
        "basic.department": "业务科", "basic.reports_to": "业务科科长", "basic.subordinates": None, "basic.headcount": 4,
        "basic.work_location": "中心业务大厅", "summary": summary,
        "duties": [duty.rstrip("；。") for duty in duties],  # the marks part items in one sentence, as in twenty_first.py
        "qualifications.education": "高中及以上",
        "qualifications.experience": ["1年以上窗口服务工作经历"], "environment.hours": "实行24小时值班制，上一天休一天",
        "document.prepared_by": "谭红梅", "document.approved_by": "喻建华",
    }


def solar_station_heading_tables(path: Path) -> dict:
    """A solar power station's duty officer: sections as Word headings
    (第一部分 …), each followed by a two-column table."""
    document = docx.Document()
    company = "宁夏青阳新能源发电有限公司"
    _footer(document, "QY-HR-JD-2024")
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "负责光伏电站的运行值班、设备巡检和倒闸操作，保证电站安全稳定发电。"
    duties = ["按值班制度监视监控系统，记录发电量、辐照度和设备运行参数", "按巡检路线巡视逆变器、箱变、升压站和集电线路",
              "按调度指令和操作票进行倒闸操作，执行工作票制度", "发现设备缺陷及时登记并报告值长，配合检修消缺",
              "做好光伏组件清洗和除草工作的监督验收", "参加反事故演习和安全培训"]
    sections = (("第一部分　基本信息", [("岗位名称", "运维值班员"), ("岗位编号", "QY-YW-05"), ("所属部门", "运维部"),
                                       ("直接上级", "值长"), ("直接下级", "无"), ("岗位等级", "值班员岗")]),
                ("第二部分　岗位职责", [("岗位目的", summary), ("主要职责", "\n".join(duties))]),
                ("第三部分　任职资格", [("学历", "大专及以上"), ("专业", "电气工程及其自动化、新能源发电等相关专业"),
                                       ("经验", "1年以上光伏或风电电站运维工作经验"), ("证书", "高压电工作业证")]),
                ("第四部分　工作条件", [("工作时间", "四班三倒，每班8小时"), ("工作条件", "电站位于戈壁，夏季高温，需驻站工作")]))
    for heading, rows in sections:
        document.add_paragraph(heading, style="Heading 2")
        _grid(document, rows, (1.4, 4.9))
    document.add_paragraph()
    _lines(document, "编制：马晓军", "审核：杨帆", "批准：丁志远", "日期：2024年6月17日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "运维值班员", "id": "QY-YW-05",
        "basic.department": "运维部", "basic.reports_to": "值长", "basic.subordinates": None, "summary": summary,
        "duties": duties, "qualifications.education": "大专及以上", "qualifications.major": "电气工程及其自动化、新能源发电等相关专业",
        "qualifications.experience": ["1年以上光伏或风电电站运维工作经验"], "qualifications.certificates": ["高压电工作业证"],
        "environment.hours": "四班三倒，每班8小时", "document.prepared_by": "马晓军", "document.approved_by": "丁志远",
        "basic.prepared_on": "2024-06-17",
    }


def guesthouse_diamond_lines(path: Path) -> dict:
    """A rural guesthouse's housekeeper: a four-column grid whose requirements
    are one cell of lines marked ◆ in their text."""
    document = docx.Document()
    company = "莫干山竹溪里民宿有限公司"
    _title(document, f"{company}岗位说明书", font="黑体")
    summary = "为入住客人提供从预订、接待、入住到离店的全程管家服务，安排客房清洁和餐饮，提升客人入住体验。"
    duties = ["通过电话、微信和OTA平台回复客人咨询，确认预订", "接待到店客人，办理入住和离店手续，介绍周边游玩线路",
              "安排客房清洁和布草更换，检查房间卫生", "为客人预订早餐、晚餐和茶歇，协助厨房备餐",
              "收集客人评价，及时回复OTA点评", "管理前台备用金和客用品库存"]
    _grid(document, [
        ("职位名称", "民宿管家", "所属部门", "运营部"), ("汇报对象", "店长", "下属人员", "保洁员"),
        ("编制", "2人", "工作地点", "德清县莫干山镇竹溪村"), ("职位概述", summary, None, None),
        ("工作职责", "\n".join(f"{number}. {duty}" for number, duty in enumerate(duties, 1)), None, None),
        ("任职要求", "◆学历：大专及以上\n◆经验：1年以上酒店前台或民宿管家工作经验\n"
                     "◆其他：会开车，能住店", None, None),
        ("工作时间", "做五休二，8:30-17:30，节假日轮休", None, None), ("薪资", "4500-6000元/月，包食宿", None, None),
        ("制定人", "陆静", "审批人", "沈一鸣"), ("制定日期", "2024.3.15", "", "")], (1.1, 2.1, 1.1, 2.0))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "民宿管家", "basic.department": "运营部",
        "basic.reports_to": "店长", "basic.subordinates": ["保洁员"], "basic.headcount": 2,
        "basic.work_location": "德清县莫干山镇竹溪村", "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上",
        "qualifications.experience": ["1年以上酒店前台或民宿管家工作经验"], "environment.hours": "做五休二，8:30-17:30，节假日轮休",
        "document.prepared_by": "陆静", "document.approved_by": "沈一鸣", "basic.prepared_on": "2024-03-15",
    }


def kenyan_ngo_bulleted_cell(path: Path) -> dict:
    """A Kenyan health NGO's community health coordinator: a two-column table
    whose duties cell holds Word bullets, the date written 3rd June 2024."""
    document = docx.Document()
    ngo = "Afya Mashinani Trust"
    _header(document, ngo, "P.O. Box 12345-00100, Nairobi")
    _title(document, "JOB DESCRIPTION", font="Calibri")
    summary = ("To coordinate the work of community health promoters in Kisumu County so that households receive "
               "timely health education, referrals and follow-up.")
    duties = ["Plan and supervise the monthly household visits of 30 community health promoters",
              "Collect, check and submit community health data into KHIS every month",
              "Organise refresher trainings with the sub-county health management team",
              "Follow up referrals of pregnant women and children under five to health facilities",
              "Manage programme supplies and submit monthly activity reports"]
    table = _grid(document, [("Position", "Community Health Coordinator"), ("Ref No.", "AMT/PRG/017"),
                             ("Programme", "Community Health"), ("Duty Station", "Kisumu"),
                             ("Reports to", "Programme Manager"), ("Supervises", "Community Health Promoters"),
                             ("Job Purpose", summary), ("Key Responsibilities", ""),
                             ("Qualifications", "Diploma in Community Health or Nursing"),
                             ("Experience", "Minimum 3 years in community health programmes"),
                             ("Contract", "One year, renewable")], (1.8, 4.5))
    cell = table.cell(7, 1)
    for index, duty in enumerate(duties):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.style = document.styles["List Bullet"]
        paragraph.add_run(duty)
    document.add_paragraph()
    document.add_paragraph("Prepared by: Grace Achieng, HR Officer")
    document.add_paragraph("Approved by: Dr. Samuel Otieno, Executive Director")
    document.add_paragraph("Date: 3rd June 2024")
    document.add_paragraph("Afya Mashinani Trust is an equal opportunity employer.").runs[0].italic = True
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": ngo, "title": "Community Health Coordinator", "id": "AMT/PRG/017",
        "basic.department": "Community Health", "basic.work_location": "Kisumu", "basic.reports_to": "Programme Manager",
        "basic.subordinates": ["Community Health Promoters"], "summary": summary, "duties": duties,
        "qualifications.education": "Diploma in Community Health or Nursing",
        "qualifications.experience": ["Minimum 3 years in community health programmes"], "basic.prepared_on": "2024-06-03",
    }


def distillery_dash_lines(path: Path) -> dict:
    """A Scottish distillery's visitor centre guide: the details typed as
    Label – value lines, the duties numbered by Word's List Number style."""
    document = docx.Document()
    company = "Glen Corran Distillery Ltd"
    _footer(document, "Glen Corran Distillery Ltd, Registered in Scotland SC412345")
    heading = document.add_paragraph("Visitor Centre Guide", style="Title")
    heading.runs[0].font.size = Pt(24)
    for line in ("Department – Visitor Centre", "Reports to – Visitor Centre Manager", "Direct reports – None",
                 "Location – Glen Corran Distillery, Speyside", "Hours – 30 hours per week, March to November, including weekends",
                 "Salary – £11.50 per hour"):
        document.add_paragraph(line)
    summary = ("To give every visitor a warm welcome and a memorable tour of the distillery, telling the story of "
               "Glen Corran and its whisky, and to help the shop reach its sales targets.")
    duties = ["Lead guided tours of the distillery and tutored tastings for groups of up to 16",
              "Welcome visitors, take bookings and handle payments in the shop", "Keep the visitor centre, shop and tasting room clean and tidy",
              "Follow the distillery's health and safety and licensing rules", "Help with events, festivals and private tours"]
    document.add_paragraph("Purpose of the role", style="Heading 1")
    document.add_paragraph(summary)
    document.add_paragraph("What you will do", style="Heading 1")
    for duty in duties:
        document.add_paragraph(duty, style="List Number")
    document.add_paragraph("What you will bring", style="Heading 1")
    document.add_paragraph("Experience – At least one year in a customer-facing hospitality or retail role")
    document.add_paragraph("Qualifications – Personal Licence Holder (Scotland)")
    document.add_paragraph("Languages – German or French an advantage")
    document.add_paragraph()
    document.add_paragraph("Prepared by – Fiona MacLeod, 14/05/2024")
    document.add_paragraph("Approved by – Alasdair Grant")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Visitor Centre Guide", "basic.department": "Visitor Centre",
        "basic.reports_to": "Visitor Centre Manager", "basic.subordinates": None,
        "basic.work_location": "Glen Corran Distillery, Speyside",
        "environment.hours": "30 hours per week, March to November, including weekends", "summary": summary, "duties": duties,
        "qualifications.experience": ["At least one year in a customer-facing hospitality or retail role"],
        "qualifications.certificates": ["Personal Licence Holder (Scotland)"], "document.prepared_by": "Fiona MacLeod",
        "document.approved_by": "Alasdair Grant", "basic.prepared_on": "2024-05-14",
    }


TWENTY_THIRD: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("hotpot_kitchen_page_border", hotpot_kitchen_page_border),
    ("care_centre_merged_requirements", care_centre_merged_requirements),
    ("funeral_centre_sentence_duties", funeral_centre_sentence_duties),
    ("solar_station_heading_tables", solar_station_heading_tables),
    ("guesthouse_diamond_lines", guesthouse_diamond_lines),
    ("kenyan_ngo_bulleted_cell", kenyan_ngo_bulleted_cell),
    ("distillery_dash_lines", distillery_dash_lines))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTY_THIRD)

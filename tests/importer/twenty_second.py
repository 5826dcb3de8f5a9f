"""A twenty-second batch of held-out forms, each made as an HR department
makes one, in organisations and styles no other form file uses: a pig
breeding farm's AI technician (配种员) on an ordinary four-column grid
whose duties are bulleted ➢ by Word's numbering in a symbol font (a
bullet level whose character is Wingdings' Ø, as Chinese clerks pick it
from the bullet library), the sign-off rows inside the grid; a property
agency's store sales consultant (置业顾问) on a plain two-column grid in a
clerk's own labels (职位, 所属门店, 汇报上级, 门店编制 5名, 职位概述, 工作职责 numbered （1） in
their text), the sign-off typed 标签：值 in the grid's last row (拟稿 in the
label column, 审批 and 日期 in the value cell); a higher vocational
college's training-centre instructor (a 事业单位 post with 岗位类别 and 岗位等级)
whose grid is parted by shaded rows merged across (一、基本信息 …) and whose
duties are Word's automatic numbering in full-width digits
(decimalFullWidth, １．２．); a 5A scenic area's ticketing supervisor on a
four-column grid whose requirements are labelled lines in one cell (学历：,
经验：, 证书：), its subordinates two roles parted by 、, the sign-off and the
effective date lines under the table; a Singapore family clinic's clinic
assistant in English, a basic table then headings numbered 1.0, 2.0 by
Word's numbering (%1.0), the date 12/04/2024; an English hospice
charity's shop manager in English, a person specification as a table of
Requirement | E/D (each row marked Essential or Desirable by a letter);
a US-owned electronics plant in Chengdu's equipment maintenance
technician, labels written Chinese then English on one line (职位名称
Position Title) over English values, the company's English name over its
Chinese one in the page header, the sign-off a table of rows (Role |
Name | Signature | Date), the signature cells empty.

A few values are ambiguous on purpose, with no truth for them: the pig
farm's 专业 row (畜牧兽医类优先: a preference) and 工作环境 row; the agency's 薪酬 row
and its 其他要求 line; the college's 其他 row; the scenic area's 岗位层级 (主管级: a
level, not a grade a careful reader would swear to), its 证书 line (one
certificate or either of two) and its 身体 line; the clinic's Other
Requirements line, its footer's HR/JD/CA/2024 (a file reference or the
document's number) and its sign-off names (each followed by its role
after a comma); the hospice's Salary row, its Desirable rows and its
closing safeguarding note; the Chengdu plant's Shift pattern note, its
Language line and its Approved by row's date (the day it was approved:
no effective date is named). A careful import places them right or names
them in a warning.

Truth choices: a bullet or number Word draws (➢, １．) is no part of its
duty, nor is （1） typed before one; 5名 is a headcount of 5; a label's
colon in a sign-off cell (拟稿：) is no part of the label or the value; 审核
is the approver where no 批准 signs, not where one does; 无 under 直接下级 or
下属, Direct Reports: Nil and Direct Reports: None are no subordinate;
items parted by ", " in Responsible for are a list; 、 parts a list of
subordinates; 12/04/2024 on a Singapore form is 12 April and 20/05/2024
in the Chengdu plant's sign-off 20 May (its Prepared by row's date the
date prepared); a person specification's rows marked E are the
requirements, those marked D are not; a Date: line alone at the end of
an English form is the date prepared; a label's English after its
Chinese is no part of the value. Values keep their final ；, as the
earlier truths do.

109 facts in all, 13 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twenty_second`` for the
figures.

First sight: 96/109 (88.1 %), 5 silent errors: the agency's sign-off typed
标签：值 in its last row (拟稿 in the label column) read as a condition of
the work, its 门店编制 5名 reported as a label no field has; the hospice's
E/D letters read as levels of the experience.

After the rules it showed (a column of E/D letters a mark, the rows marked
E the requirements, those marked D reported, an E row naming schooling the
education; a grid row whose cells each open with a sign-off's label read
cell by cell, 拟稿 a label of the preparer; a unit's count of staff (门店编制)
taken as the headcount and reported; Main or Overall before a label of the
summary or the duties that label; 职业资格 and 职责概述 labels of the
certificates and the summary): 105/109 (96.3 %), 0 silent errors:

====================================  =======  =======  ======
form                                  right    flagged  silent
====================================  =======  =======  ======
pig_farm_symbol_bullets               16/16    0        0
property_agency_two_columns           15/16    1        0
vocational_college_fullwidth_numbers  18/18    0        0
scenic_area_labelled_lines            17/17    0        0
singapore_clinic_numbered_headings    13/13    0        0
hospice_shop_essential_letters        11/13    2        0
chengdu_plant_signoff_rows            15/16    1        0
====================================  =======  =======  ======

Flagged: the agency's department (所属门店, a label no field has); the
Chengdu plant's certificates (its Language row's cells read as more
certificates, reported); the hospice's subordinates (Responsible for) and hours (Hours: made a label
of the working hours, it takes a Location after it for the work
environment's place, as in the seventeenth batch).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _numbered, _numbering
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _symbol_bullets(document, character: str, font: str) -> str:
    """A bullet definition whose character is drawn in a symbol font, as
    Word's bullet library makes ➢ (Wingdings Ø); its numId."""
    number = _numbering(document, "bullet", character)
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath(f'./w:num[@w:numId="{number}"]/w:abstractNumId/@w:val')[0]
    level = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl')[0]
    properties = _element("w:rPr")
    properties.append(_element("w:rFonts", ascii=font, hAnsi=font, hint="default"))
    level.append(properties)
    return number


def _numbered_cell(cell, items: list[str], number: str) -> None:
    """The empty cell filled with items, each a paragraph of Word's numbering."""
    for item in items:
        _numbered(cell, item, number)
    for paragraph in cell.paragraphs:
        _font(paragraph)
    if not cell.paragraphs[0].text:
        cell._tc.remove(cell.paragraphs[0]._p)


def pig_farm_symbol_bullets(path: Path) -> dict:
    """A pig breeding farm's AI technician: an ordinary four-column grid,
    the duties bulleted ➢ by Word's numbering in Wingdings."""
    document = docx.Document()
    company = "湘潭金穗种猪繁育有限公司"
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "按配种计划完成后备母猪和断奶母猪的发情鉴定、人工授精和妊娠检查，提高配种分娩率。"
    duties = ["每天早晚两次用公猪试情，做好母猪发情鉴定和记录；", "按操作规程进行人工输精，一个发情期输精2-3次；",
              "配种后第21天和第28天进行返情检查，第28天后用B超做妊娠诊断；", "负责精液的接收、保存和使用登记，保证精液质量；",
              "在猪场管理系统中录入配种、返情、流产数据；", "严格执行场内生物安全制度，完成组长安排的其他工作。"]
    hours = "做六休一，早6:30-11:30，下午14:00-17:30；每月集中休假4天"
    table = _grid(document, [
        ("岗位名称", "配种员", "岗位编码", "JS-PH-07"), ("所属部门", "配怀舍", "直接上级", "配怀组长"),
        ("直接下级", "无", "编制人数", "3人"), ("岗位目的", summary, None, None), ("岗位职责", "", None, None),
        ("学　　历", "初中及以上", "专　　业", "畜牧兽医类优先"),
        ("工作经验", "1年以上规模猪场配种或产房工作经验", None, None),
        ("工作时间", hours, None, None), ("工作环境", "场内封闭管理，进场需隔离48小时并洗澡换衣", None, None),
        ("编制人", "曾海燕", "审核人", "罗建军"), ("编制日期", "2024年5月6日", None, None)], (1.1, 2.1, 1.1, 2.0))
    _numbered_cell(table.cell(4, 1), duties, _symbol_bullets(document, "Ø", "Wingdings"))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "配种员", "id": "JS-PH-07",
        "basic.department": "配怀舍", "basic.reports_to": "配怀组长", "basic.subordinates": None,
        "basic.headcount": 3, "summary": summary, "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.experience": ["1年以上规模猪场配种或产房工作经验"], "environment.hours": hours,
        "document.prepared_by": "曾海燕", "document.approved_by": "罗建军", "basic.prepared_on": "2024-05-06",
    }


def property_agency_two_columns(path: Path) -> dict:
    """A property agency's store sales consultant: a plain two-column grid in
    the clerk's own labels, the sign-off three 标签：值 cells in its last row."""
    document = docx.Document()
    agency = "南宁市邕城房地产经纪有限公司"
    _title(document, agency, font="宋体")
    _title(document, "职位说明书", font="宋体")
    summary = "在店长带领下开发房源和客源，为客户提供二手房买卖、租赁的居间服务，促成交易并协助办理过户。"
    duties = ["每天在商圈内开发房源，实地勘察并录入公司房源系统；", "通过门店接待、网络端口和电话接待客户，了解购房需求；",
              "为客户匹配房源，带看并做好带看记录；", "协助客户进行价格谈判，签订买卖或租赁合同；",
              "协助办理按揭、缴税和过户手续，跟进交房；", "维护老客户关系，做好售后回访。"]
    _grid(document, [
        ("职位", "置业顾问"), ("所属门店", "青秀区凤岭北店"), ("汇报上级", "店长"), ("下属", "无"), ("门店编制", "5名"),
        ("职位概述", summary), ("工作职责", "\n".join(f"（{number}）{duty}" for number, duty in enumerate(duties, 1))),
        ("学历", "大专及以上"), ("经验", "半年以上房产销售或中介工作经验"), ("证书", "房地产经纪人协理证书"),
        ("其他要求", "形象良好，普通话流利，有C1驾照"), ("上班时间", "9:00-21:00，早晚两班轮换，每周休息一天"),
        ("薪酬", "底薪+业绩提成"), ("拟稿：李春燕", "审批：黄志强　　　　日期：2024年3月18日")], (1.3, 5.0))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": agency, "title": "置业顾问", "basic.department": "青秀区凤岭北店",
        "basic.reports_to": "店长", "basic.subordinates": None, "basic.headcount": 5, "summary": summary,
        "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.experience": ["半年以上房产销售或中介工作经验"], "qualifications.certificates": ["房地产经纪人协理证书"],
        "environment.hours": "9:00-21:00，早晚两班轮换，每周休息一天", "document.prepared_by": "李春燕",
        "document.approved_by": "黄志强", "basic.prepared_on": "2024-03-18",
    }


def vocational_college_fullwidth_numbers(path: Path) -> dict:
    """A higher vocational college's training-centre instructor: a grid parted
    by shaded rows merged across, the duties numbered １．２． by Word."""
    document = docx.Document()
    college = "赣东交通职业技术学院"
    _title(document, f"{college}岗位说明书", font="方正小标宋简体")
    summary = "负责汽车检测与维修实训中心的实训教学组织和设备管理，指导学生完成实训项目，保障实训安全。"
    duties = ["按实训教学计划准备实训设备、工量具和耗材，做好课前检查；", "指导学生完成发动机拆装、底盘检修和整车故障诊断等实训项目；",
              "负责实训设备的日常维护保养和维修报修，建立设备台账；", "落实实训室安全管理制度，每次实训后检查水电和消防设施；",
              "参与实训项目开发和技能大赛集训指导；", "完成实训中心主任交办的其他工作。"]
    rows = [("一、基本信息", None, None, None),
            ("岗位名称", "实训指导教师", "岗位编号", "GD-SX-04"), ("所在部门", "汽车工程学院实训中心", "直接上级", "实训中心主任"),
            ("岗位类别", "专业技术岗位", "岗位等级", "专技十一级"), ("直接下级", "无", "岗位数量", "2"),
            ("二、岗位职责", None, None, None), ("岗位概述", summary, None, None), ("主要职责", "", None, None),
            ("三、任职条件", None, None, None), ("学历学位", "本科及以上学历、学士学位", "专业", "车辆工程、汽车服务工程"),
            ("工作经历", "3年以上汽车维修企业一线工作经历", None, None),
            ("职业资格", "汽车维修工（高级工）职业资格证书", None, None), ("其他", "能适应寒暑假技能大赛集训", None, None),
            ("四、审批", None, None, None), ("编制", "万晓红", "批准", "朱立新"), ("日期", "2024年3月1日", None, None)]
    table = _grid(document, rows, (1.1, 2.1, 1.1, 2.0))
    for index, row in enumerate(rows):
        if row[1] is None:
            _shade(table.cell(index, 0), "D9D9D9")
            table.cell(index, 0).paragraphs[0].runs[0].bold = True
    _numbered_cell(table.cell(7, 1), duties, _numbering(document, "decimalFullWidth", "%1．"))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": college, "title": "实训指导教师", "id": "GD-SX-04",
        "basic.department": "汽车工程学院实训中心", "basic.reports_to": "实训中心主任", "basic.grade": "专技十一级",
        "basic.subordinates": None, "basic.headcount": 2, "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上学历、学士学位", "qualifications.major": "车辆工程、汽车服务工程",
        "qualifications.experience": ["3年以上汽车维修企业一线工作经历"],
        "qualifications.certificates": ["汽车维修工（高级工）职业资格证书"], "document.prepared_by": "万晓红",
        "document.approved_by": "朱立新", "basic.prepared_on": "2024-03-01",
    }


def scenic_area_labelled_lines(path: Path) -> dict:
    """A 5A scenic area's ticketing supervisor: a four-column grid, the
    requirements labelled lines in one cell, the sign-off under the table."""
    document = docx.Document()
    company = "张家界云岭峡谷旅游开发有限公司"
    _header(document, company)
    _title(document, "票务主管岗位说明书", font="黑体")
    summary = "负责景区售票、检票和票务结算的日常管理，保证票款安全和游客入园秩序。"
    duties = ["制定票务管理制度和售检票作业流程，并监督执行；", "排定售票员、检票员班次，旺季和节假日调配人员增开窗口；",
              "每日核对电子票务系统和现金、移动支付票款，编制票务日报；", "处理游客退改签、优惠票核验和票务投诉；",
              "配合OTA渠道做好门票核销和对账；", "组织票务人员业务和服务礼仪培训。"]
    _grid(document, [
        ("岗位名称", "票务主管", "岗位编号", "YL-YY-11"), ("所属部门", "运营管理部", "直接上级", "运营管理部经理"),
        ("直接下级", "售票员、检票员", "岗位人数", "1人"), ("岗位层级", "主管级", "工作地点", "景区游客服务中心"),
        ("职责概述", summary, None, None), ("工作职责", "\n".join(duties), None, None),
        ("任职资格", "学历：大专及以上\n经验：3年以上景区或酒店票务、收银工作经验\n"
                     "证书：会计从业或收银员相关证书\n身体：身体健康，能适应旺季连续工作", None, None),
        ("工作时间", "综合计算工时，7:30-18:30轮班，旺季不休假，淡季补休", None, None)], (1.1, 2.1, 1.1, 2.0))
    document.add_paragraph()
    _lines(document, "编制：向丽　　　　审核：田永红　　　　批准：彭德军")
    _lines(document, "生效日期：2024年6月1日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "票务主管", "id": "YL-YY-11",
        "basic.department": "运营管理部", "basic.reports_to": "运营管理部经理", "basic.subordinates": ["售票员", "检票员"],
        "basic.headcount": 1, "basic.work_location": "景区游客服务中心", "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上",
        "qualifications.experience": ["3年以上景区或酒店票务、收银工作经验"],
        "environment.hours": "综合计算工时，7:30-18:30轮班，旺季不休假，淡季补休", "document.prepared_by": "向丽",
        "document.approved_by": "彭德军", "document.effective_date": "2024-06-01",
    }


def singapore_clinic_numbered_headings(path: Path) -> dict:
    """A Singapore family clinic's clinic assistant in English: a basic table,
    then headings numbered 1.0, 2.0 by Word's numbering."""
    document = docx.Document()
    clinic = "Senja Family Medical Clinic Pte Ltd"
    _header(document, clinic, "UEN 201412345K")
    _footer(document, "HR/JD/CA/2024")
    _title(document, "JOB DESCRIPTION", font="Arial")
    _grid(document, [("Job Title", "Clinic Assistant"), ("Department", "Clinic Operations"),
                     ("Reporting To", "Clinic Manager"), ("Direct Reports", "Nil"), ("Location", "Bukit Panjang Plaza")],
          (1.8, 4.5))
    summary = ("To support the doctors in the daily running of the clinic by registering patients, dispensing "
               "medication and keeping the clinic clean and well stocked.")
    duties = ["Register patients and verify NRIC, CHAS and corporate panel details", "Measure vital signs and record them in the clinic system",
              "Dispense and label medication as prescribed and explain dosage to patients",
              "Process payments, CHAS and MediSave claims and close the daily cash",
              "Assist doctors in procedures and prepare the treatment room", "Keep stock of medicine and consumables and report shortfalls"]
    hours = "Mon to Fri 8.30am to 9.30pm on rotating shifts, alternate Saturdays"
    heading = _numbering(document, "decimal", "%1.0")
    sections = (("Job Purpose", [summary]), ("Key Responsibilities", None),
                ("Job Requirements", ["Education: GCE 'O' Level or Nitec in Healthcare", "Experience: At least 1 year of experience as a clinic assistant",
                                      "Other Requirements: Able to speak Mandarin or Malay to converse with elderly patients"]),
                ("Working Hours", [hours]))
    for text, lines in sections:
        _numbered(document, text, heading)
        document.paragraphs[-1].runs[0].bold = True
        document.paragraphs[-1].paragraph_format.space_before = Pt(10)
        if lines is None:
            for duty in duties:
                document.add_paragraph(duty, style="List Bullet")
        else:
            for line in lines:
                document.add_paragraph(line)
    document.add_paragraph()
    for line in ("Prepared by: Goh Mei Ling, HR Executive", "Approved by: Dr Tan Wei Jie, Medical Director", "Date: 12/04/2024"):
        document.add_paragraph(line)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": clinic, "title": "Clinic Assistant", "basic.department": "Clinic Operations",
        "basic.reports_to": "Clinic Manager", "basic.subordinates": None, "basic.work_location": "Bukit Panjang Plaza",
        "summary": summary, "duties": duties, "qualifications.education": "GCE 'O' Level or Nitec in Healthcare",
        "qualifications.experience": ["At least 1 year of experience as a clinic assistant"], "environment.hours": hours,
        "basic.prepared_on": "2024-04-12",
    }


def hospice_shop_essential_letters(path: Path) -> dict:
    """An English hospice charity's shop manager: a person specification as
    a table of Requirement | E/D, each row marked by a letter."""
    document = docx.Document()
    charity = "Allendale Valley Hospice"
    _header(document, charity)
    _footer(document, "Registered charity no. 1071234")
    _title(document, "Job Description", font="Calibri")
    _grid(document, [("Job title", "Shop Manager"), ("Department", "Retail"), ("Reports to", "Retail Area Manager"),
                     ("Responsible for", "Assistant Shop Manager, Shop Volunteers"), ("Location", "Hexham shop, Fore Street"),
                     ("Hours", "37.5 hours per week including Saturdays"), ("Salary", "£23,500 per annum")], (1.8, 4.5))
    summary = ("To manage the hospice's Hexham shop so that it raises as much income as possible for patient care, "
               "leading a team of volunteers and giving customers and donors an excellent experience.")
    duties = ["Achieve the shop's weekly sales and Gift Aid targets", "Sort, price and display donated goods to a high standard",
              "Recruit, train and rota shop volunteers", "Bank takings and keep accurate cash and till records",
              "Keep the shop safe, clean and compliant with health and safety rules", "Promote the hospice's work to customers and donors"]
    for heading, text in (("Main purpose of the job", summary), ("Main duties and responsibilities", None)):
        document.add_paragraph().add_run(heading).bold = True
        if text:
            document.add_paragraph(text)
    number = _numbering(document, "decimal", "%1.")
    for duty in duties:
        _numbered(document, duty, number)
    document.add_paragraph().add_run("Person specification").bold = True
    _grid(document, [("Requirement", "E/D"), ("Educated to GCSE level including English and Maths", "E"),
                     ("Experience of managing a retail shop, charity or commercial", "E"),
                     ("Experience of leading volunteers", "D"), ("Full driving licence", "D")], (5.3, 1.0))
    document.add_paragraph("E = Essential, D = Desirable")
    document.add_paragraph("The hospice is committed to safeguarding adults and children; this post is subject to a basic DBS check.")
    document.add_paragraph("Date: 4 March 2024")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": charity, "title": "Shop Manager", "basic.department": "Retail",
        "basic.reports_to": "Retail Area Manager", "basic.subordinates": ["Assistant Shop Manager", "Shop Volunteers"],
        "basic.work_location": "Hexham shop, Fore Street", "summary": summary, "duties": duties,
        "qualifications.education": "Educated to GCSE level including English and Maths",
        "qualifications.experience": ["Experience of managing a retail shop, charity or commercial"],
        "environment.hours": "37.5 hours per week including Saturdays", "basic.prepared_on": "2024-03-04",
    }


def chengdu_plant_signoff_rows(path: Path) -> dict:
    """A US-owned electronics plant in Chengdu: labels Chinese then English on
    one line over English values, the company's English name over its Chinese one in the
page header, the sign-off a table of rows."""
    document = docx.Document()
    company = "Westbrook Electronics (Chengdu) Co., Ltd."
    _header(document, company, "韦斯布鲁克电子（成都）有限公司")
    _title(document, "岗位说明书 Position Description", font="Arial")
    summary = ("Keep the SMT and final assembly equipment running by preventive maintenance and fast breakdown "
               "repair, so that line availability stays above 95%.")
    duties = ["Carry out preventive maintenance of SMT, reflow and AOI equipment to the PM schedule",
              "Respond to equipment breakdowns within 10 minutes and record repairs in the CMMS",
              "Analyse repeated failures and propose improvements with the process engineers",
              "Manage spare parts for the line and raise purchase requests",
              "Follow lockout-tagout and ESD rules in all maintenance work"]
    _grid(document, [("职位名称 Position Title", "Equipment Maintenance Technician"), ("职位编号 Position Code", "CD-MFG-ME-08"),
                     ("部门 Department", "Manufacturing Engineering"), ("汇报对象 Reports To", "Maintenance Supervisor"),
                     ("下属 Direct Reports", "None"), ("职位目的 Job Purpose", summary),
                     ("主要职责 Key Responsibilities", "\n".join(duties)),
                     ("学历 Education", "College diploma in Mechatronics or Electrical Engineering"),
                     ("经验 Experience", "3 years of maintenance experience in an SMT factory"),
                     ("证书 Certificates", "Low-voltage Electrician Operation Certificate"),
                     ("语言 Language", "Basic English reading of equipment manuals"),
                     ("工作时间 Working Hours", "12-hour shifts, 4 days on and 4 days off")], (2.0, 4.3))
    document.add_paragraph("Shift pattern may change with production plan.")
    signoff = _grid(document, [("Role", "Name", "Signature", "Date"), ("编制 Prepared by", "Liu Yan", "", "20/05/2024"),
                               ("批准 Approved by", "Mark Reynolds", "", "22/05/2024")], (1.8, 1.7, 1.6, 1.2))
    for cell in signoff.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Equipment Maintenance Technician",
        "id": "CD-MFG-ME-08", "basic.department": "Manufacturing Engineering", "basic.reports_to": "Maintenance Supervisor",
        "basic.subordinates": None, "summary": summary, "duties": duties,
        "qualifications.education": "College diploma in Mechatronics or Electrical Engineering",
        "qualifications.experience": ["3 years of maintenance experience in an SMT factory"],
        "qualifications.certificates": ["Low-voltage Electrician Operation Certificate"],
        "environment.hours": "12-hour shifts, 4 days on and 4 days off", "document.prepared_by": "Liu Yan",
        "document.approved_by": "Mark Reynolds", "basic.prepared_on": "2024-05-20",
    }


TWENTY_SECOND: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("pig_farm_symbol_bullets", pig_farm_symbol_bullets),
    ("property_agency_two_columns", property_agency_two_columns),
    ("vocational_college_fullwidth_numbers", vocational_college_fullwidth_numbers),
    ("scenic_area_labelled_lines", scenic_area_labelled_lines),
    ("singapore_clinic_numbered_headings", singapore_clinic_numbered_headings),
    ("hospice_shop_essential_letters", hospice_shop_essential_letters),
    ("chengdu_plant_signoff_rows", chengdu_plant_signoff_rows))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTY_SECOND)

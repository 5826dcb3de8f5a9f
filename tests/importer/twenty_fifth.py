"""A twenty-fifth batch of held-out forms, each made as an HR department
makes one, in organisations and styles no other form file uses: a baijiu
distillery's 制酒工 on an ordinary four-column grid, its duties typed 1、
one a line, the sign-off one line under the table naming 编制, 审核, 会签
(two departments that countersign) and 批准, the 生效日期 on a line of its
own; a county people's court's contract court clerk (聘用制书记员) on a
two-column grid whose first row, merged across, holds the form's name
(岗位说明书) inside the table, the duties in Word's automatic numbering
（一）（二） (chineseCounting in full-width brackets) and the sign-off rows
inside the grid; a fitness club chain's personal trainer (私人教练) typed
without a table, each part's name a bold word in a character border (Word's
字符边框, w:bdr on the run), labelled lines and duties typed 1. under it; a
paper mill's paper machine operator (抄纸工) on a four-column grid in the
clerk's own labels (上级岗位, 下级岗位, 定编, 岗位职能, 文化程度, 工作年限,
上岗证书, 工作班制) whose duties are WPS's automatic numbering 1、 (decimal,
%1、), a 备注 row, the date written with leading zeros 2024年08月20日; a
petrol station's fuel attendant (加油员) on a plain two-column grid
(隶属部门, 直接主管, 管理对象, 岗位使命, 工作任务 typed 1. with no space, the
hours in two paragraphs), the sign-off three rows at its foot; a Canadian
First Nation band office's housing coordinator in English, a details table
whose labels end in colons, then headings typed in capitals, bold and underlined, Word bullets (List
Bullet), unlabelled qualification bullets, an approval by Chief and
Council by Band Council Resolution dated June 3, 2024; a South African
platinum mine's shift supervisor in English (a Job Profile of two
four-column tables, Job Purpose, Main Responsibilities in Word's decimal
numbering, Minimum Requirements and Inherent Requirements of the Job),
the sign-off lines dated 2024/06/20 and 2024/06/24 (year first, slashes).

A few values are ambiguous on purpose, with no truth for them: the
distillery's 年龄要求 row, its 工作环境 row and the 会签 departments; the
court's 岗位类别 row (司法辅助人员: no grade), its 技能要求 row (a typing
speed), its 其他要求 row and 政治面貌 row; the gym's 工作地点 (各门店: no one
place) and its 薪酬 line; the paper mill's 劳动防护 row and its 备注 row;
the petrol station's 岗位编制 (每站6-8人: no one number), its 经验 (不限)
and its 安全要求 row; the band office's Status, its Salary Range, its
driver's licence and language bullets (a licence or a condition; an
asset), and the approver (Chief and Council by resolution: a body, not a
signer); the mine's Direct Reports (roles with a count about them), its
Job Grade and its Inherent Requirements (a medical certificate of
fitness, shifts underground). A careful import places them right or
names them in a warning.

Truth choices: a number typed before a duty (1、, 1.) is no part of it,
nor is a number Word draws; a duty keeps its closing ；or 。 as typed; a
value in two paragraphs is one value, its lines joined as typed; 45人 is a
headcount of 45, 4名 of 4 and 定编 24人 of 24; 无 under 下属岗位, 下级岗位 or
管理对象 is none; two certificates parted by 、 are two; the form's name in
the grid's first row (岗位说明书) is no title, the post's name is; 审核人
is the approver where no 批准 signs, 批准, 批准人 and 审批人 the approver;
生效日期 is the effective date, 填报日期, 编制日期 and 日期 the date
prepared; 2024/06/20 is 20 June and June 3, 2024 is 3 June; a name with
its role in brackets after it is the name; Compiled by is who prepared
the form and its line's date the date prepared; a Shift Pattern is the
working hours; the date on the band office's approval line is the date
prepared, as the form gives no other.

109 facts in all, 13 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twenty_fifth`` for the
figures.

First sight: 101/109 (92.7 %), 1 silent error: the mine's approver with
the role in brackets after a name with particles (Johan van der Merwe
(Mine Manager)) kept whole; flagged: the mine's Shift Pattern, the band
office's unlabelled education and experience bullets and its approval
line's date, the court's name above the grid, the paper mill's 岗位职能,
the petrol station's 工作任务.

After the rules it showed (a surname's particles in a signer's name, so the
role in brackets after it is parted; Shift Pattern, 下级岗位, 岗位职能 and
工作任务 labels of the hours, the subordinates, the summary and the duties;
a court, a procuratorate, a government or an office (法院, 检察院, 政府,
办事处) an organisation named above the form; a post-secondary, tertiary,
college or associate degree or diploma among unlabelled requirements the
education; a sign-off line with no colon after its label closed by a
date after a comma (Approved by X, …, June 3, 2024), the date parted from
it, and an approver's date the date prepared, reported, when the form
gives no other; and, for values the truth leaves open, a number of
people in brackets among the subordinates and a part naming no
certificate split from a line of certificates flagged, a condition's
label read from a row without its colon): 109/109 (100.0 %), 0 silent
errors:

==============================  =======  =======  ======
form                            right    flagged  silent
==============================  =======  =======  ======
distillery_countersign_line     17/17    0        0
court_title_row_counted_duties  14/14    0        0
gym_character_borders           16/16    0        0
paper_mill_wps_numbering        18/18    0        0
petrol_station_two_column       15/15    0        0
band_office_typed_capitals      13/13    0        0
mine_job_profile                16/16    0        0
==============================  =======  =======  ======
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _numbered, _numbering
from tests.importer.fresh import _element
from tests.importer.sixth import _title
from tests.importer.styles import _header
from tests.importer.truth import figures
from tests.importer.twenty_fourth import _bulleted


def _hung_numbering(document, number_format: str, text: str) -> str:
    """A numbering definition of one level whose paragraphs hang 0.25 inch, as
    Word and WPS set them; its numId."""
    number_id = _numbering(document, number_format, text)
    level = document.part.numbering_part.element.find(qn("w:abstractNum")).find(qn("w:lvl"))
    properties = _element("w:pPr")
    properties.append(_element("w:ind", left="360", hanging="360"))
    level.append(properties)
    return number_id


def distillery_countersign_line(path: Path) -> dict:
    """A baijiu distillery's 制酒工: an ordinary four-column grid, duties typed
    1、, the sign-off one line with a 会签 among its signers."""
    document = docx.Document()
    company = "古蔺郎泉酒业有限公司"
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "按酱香型白酒传统工艺完成润粮、蒸粮、摊晾、加曲、堆积发酵、入窖和取酒等制酒操作，保证出酒率和基酒质量。"
    duties = ["按班组长安排完成润粮、上甑、蒸粮和摊晾工序；", "按工艺要求控制加曲量、堆积温度和入窖水分；",
              "配合完成下窖、封窖和开窖取酒，按质摘酒、分级入库；", "做好甑桶、晾堂和行车等设备工具的日常清洁和点检；",
              "如实填写生产原始记录和交接班记录；", "遵守安全生产和食品安全规定，完成车间交办的其他工作。"]
    _grid(document, [
        ("岗位名称", "制酒工", "岗位编号", "LQ-ZJ-015"), ("所属部门", "制酒二车间", "直接上级", "制酒班组长"),
        ("下属岗位", "无", "岗位定员", "45人"), ("岗位概要", summary, None, None),
        ("主要职责", "\n".join(f"{number}、{duty}" for number, duty in enumerate(duties, 1)), None, None),
        ("学历要求", "初中及以上", "年龄要求", "18-50周岁"), ("工作经验", "1年以上白酒酿造工作经验", None, None),
        ("证书要求", "健康证", None, None), ("工作时间", "生产季两班倒，每班8小时；端午、重阳投料期间服从车间统一安排", None, None),
        ("工作环境", "高温、高湿，有粉尘和酒精蒸气", None, None)], (1.1, 2.0, 1.1, 2.1))
    document.add_paragraph()
    _lines(document, "编制：罗建平　　审核：周明　　会签：生产部、质量部　　批准：刘德胜", "生效日期：2024年9月1日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "制酒工", "id": "LQ-ZJ-015",
        "basic.department": "制酒二车间", "basic.reports_to": "制酒班组长", "basic.subordinates": None, "basic.headcount": 45,
        "summary": summary, "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.experience": ["1年以上白酒酿造工作经验"], "qualifications.certificates": ["健康证"],
        "environment.hours": "生产季两班倒，每班8小时；端午、重阳投料期间服从车间统一安排",
        "document.prepared_by": "罗建平", "document.approved_by": "刘德胜", "document.effective_date": "2024-09-01",
    }


def court_title_row_counted_duties(path: Path) -> dict:
    """A county court's contract court clerk: the form's name in the grid's
    merged first row, duties numbered （一） by Word, the sign-off rows inside."""
    document = docx.Document()
    court = "安福县人民法院"
    _lines(document, court, font="宋体")
    summary = "在审判团队中承担庭前准备、庭审记录、文书送达和卷宗整理等审判辅助事务，保障审判工作依法有序进行。"
    duties = ["负责庭前准备工作，核对当事人身份，宣布法庭纪律", "负责庭审、调解和合议庭评议的记录，核对笔录并交有关人员签字",
              "负责法律文书的校对、印制和送达", "负责案件卷宗的整理、装订和归档", "负责审判流程管理系统中案件节点信息的录入",
              "完成审判团队交办的其他审判辅助事务"]
    table = _grid(document, [
        ("岗位说明书", None), ("岗位名称", "聘用制书记员"), ("所在部门", "民事审判第一庭"), ("直接上级", "审判团队负责人"),
        ("岗位类别", "司法辅助人员"), ("岗位人数", "4名"), ("岗位概述", summary), ("岗位职责", ""),
        ("学历", "大专及以上"), ("专业", "法律、文秘等相关专业"), ("技能要求", "中文录入每分钟不低于120字"),
        ("政治面貌", "不限"), ("其他要求", "遵守审判工作纪律和保密规定"), ("工作时间", "法定工作日8:30-12:00，14:30-17:30"),
        ("填报人", "黄丽"), ("审核人", "刘勇"), ("填报日期", "2024年6月18日")], (1.4, 4.9))
    heading = table.cell(0, 0).paragraphs[0]
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.runs[0].bold = True
    heading.runs[0].font.size = Pt(16)
    _font(heading, "黑体")
    counted = _numbering(document, "chineseCounting", "（%1）")
    for duty in duties:
        _numbered(table.cell(7, 1), duty, counted)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": court, "title": "聘用制书记员", "basic.department": "民事审判第一庭",
        "basic.reports_to": "审判团队负责人", "basic.headcount": 4, "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上", "qualifications.major": "法律、文秘等相关专业",
        "environment.hours": "法定工作日8:30-12:00，14:30-17:30", "document.prepared_by": "黄丽",
        "document.approved_by": "刘勇", "basic.prepared_on": "2024-06-18",
    }


def _boxed(document, text: str) -> None:
    """A part's name as a bold word in a character border (字符边框)."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    run = paragraph.add_run(text)
    run.bold = True
    run._r.get_or_add_rPr().append(_element("w:bdr", val="single", sz="4", space="0", color="auto"))
    _font(paragraph, "黑体")


def gym_character_borders(path: Path) -> dict:
    """A fitness club chain's personal trainer: no table, each part's name in a
    character border over labelled lines and duties typed 1."""
    document = docx.Document()
    company = "力行健身管理有限公司"
    _title(document, company, font="宋体")
    _title(document, "私人教练岗位说明书", font="黑体")
    summary = "为会员进行体能评估，制定并实施个性化训练计划，帮助会员安全、有效地达成健身目标，完成私教课销售指标。"
    duties = ["为新会员进行体测和体态评估，建立会员训练档案", "根据会员目标制定训练计划，按计划上好每一节私教课",
              "在训练中纠正会员动作，保证训练安全", "向会员介绍私教课程，完成个人月度课时和销售指标",
              "定期回访会员，跟进训练效果和饮食习惯", "参加门店例会、新会员体验课和教练内部培训"]
    _boxed(document, "岗位信息")
    _lines(document, "岗位名称：私人教练", "岗位编号：LX-JL-02", "所属部门：教练部", "汇报对象：教练经理", "工作地点：各门店")
    _boxed(document, "岗位目的")
    _lines(document, summary)
    _boxed(document, "岗位职责")
    _lines(document, *(f"{number}. {duty}" for number, duty in enumerate(duties, 1)))
    _boxed(document, "任职要求")
    _lines(document, "学历：高中及以上", "专业：体育教育、运动训练或运动康复", "经验：1年以上健身房私教工作经验",
           "证书：健身教练职业资格证书、CPR+AED急救证书")
    _boxed(document, "工作时间与待遇")
    _lines(document, "工作时间：早班7:00-15:00，晚班14:00-22:00，每周休息2天", "薪酬：底薪＋课时费＋销售提成")
    document.add_paragraph()
    _lines(document, "制定人：何晴　　　批准人：孟涛　　　日期：2024年10月8日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "私人教练", "id": "LX-JL-02",
        "basic.department": "教练部", "basic.reports_to": "教练经理", "summary": summary, "duties": duties,
        "qualifications.education": "高中及以上", "qualifications.major": "体育教育、运动训练或运动康复",
        "qualifications.experience": ["1年以上健身房私教工作经验"],
        "qualifications.certificates": ["健身教练职业资格证书", "CPR+AED急救证书"],
        "environment.hours": "早班7:00-15:00，晚班14:00-22:00，每周休息2天", "document.prepared_by": "何晴",
        "document.approved_by": "孟涛", "basic.prepared_on": "2024-10-08",
    }


def paper_mill_wps_numbering(path: Path) -> dict:
    """A paper mill's paper machine operator: a four-column grid in the clerk's
    own labels, duties in WPS's automatic numbering 1、, a 备注 row."""
    document = docx.Document()
    company = "山东鲁泉纸业有限公司"
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "按工艺技术规程操作纸机湿部和干燥部，控制纸张定量、水分和强度指标，保证纸机连续稳定运行。"
    duties = ["按机台长指令开停纸机，调整网部、压榨部和烘缸部的运行参数", "巡检流浆箱、真空系统和毛毯运行情况，及时处理断纸",
              "按规定取样检测定量和水分，根据检测结果调整操作", "负责更换毛毯、刮刀等消耗件，配合维修工检修设备",
              "做好机台及周边的清洁卫生", "认真填写纸机运行记录和交接班记录"]
    table = _grid(document, [
        ("岗位名称", "抄纸工", "所属车间", "造纸二车间"), ("上级岗位", "机台长", "下级岗位", "无"),
        ("定编", "24人", "工作地点", "二车间3号纸机"), ("岗位职能", summary, None, None), ("工作内容", "", None, None),
        ("文化程度", "高中或中专", "专业", "制浆造纸技术或机电类"), ("工作年限", "一年以上纸机操作经验", None, None),
        ("上岗证书", "企业内部上岗操作证", None, None), ("工作班制", "四班三倒", None, None),
        ("劳动防护", "佩戴耳塞、安全帽和防护手套", None, None),
        ("备注", "新员工须经车间三级安全教育考核合格后方可上岗", None, None),
        ("编制人", "高永强", "审批人", "贾立新"), ("日期", "2024年08月20日", None, None)], (1.0, 2.2, 1.0, 2.1))
    wps = _hung_numbering(document, "decimal", "%1、")
    for duty in duties:
        _numbered(table.cell(4, 1), duty, wps)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "抄纸工", "basic.department": "造纸二车间",
        "basic.reports_to": "机台长", "basic.subordinates": None, "basic.headcount": 24, "basic.work_location": "二车间3号纸机",
        "summary": summary, "duties": duties, "qualifications.education": "高中或中专", "qualifications.major": "制浆造纸技术或机电类",
        "qualifications.experience": ["一年以上纸机操作经验"], "qualifications.certificates": ["企业内部上岗操作证"],
        "environment.hours": "四班三倒", "document.prepared_by": "高永强", "document.approved_by": "贾立新",
        "basic.prepared_on": "2024-08-20",
    }


def petrol_station_two_column(path: Path) -> dict:
    """A petrol station's fuel attendant: a plain two-column grid, duties typed
    1. with no space, the hours in two paragraphs, three sign-off rows."""
    document = docx.Document()
    company = "河北燕通石油销售有限公司"
    _header(document, company)
    _title(document, "加油员岗位说明书", font="黑体")
    summary = "按加油站操作规程为顾客提供安全、准确、快捷的加油服务，推介便利店商品，维护站容站貌。"
    duties = ["引导车辆进站停靠，提示顾客熄火、禁止吸烟和使用手机", "按“一迎二问三核四加五收六送”服务规范为顾客加油",
              "准确收款、开票，交班时核对油品数量和款项", "推介便利店商品和会员卡业务",
              "每班检查加油机、静电接地和消防器材，发现异常立即报告", "保持加油区、卫生间的清洁"]
    hours = ["三班倒，每班8小时；", "节假日轮流值班"]
    _grid(document, [
        ("岗位名称", "加油员"), ("岗位编号", "YT-JY-06"), ("隶属部门", "第三加油站"), ("直接主管", "值班站长"),
        ("管理对象", "无"), ("岗位编制", "每站6-8人"), ("岗位使命", summary),
        ("工作任务", "\n".join(f"{number}.{duty}" for number, duty in enumerate(duties, 1))),
        ("学历", "初中及以上"), ("经验", "不限"), ("证书", "加油站操作员职业技能证书、健康证"),
        ("工作时间", "\n".join(hours)), ("安全要求", "严格遵守加油站安全管理“十不准”"),
        ("编制人", "白雪"), ("批准人", "王志刚"), ("编制日期", "2024年4月22日")], (1.4, 4.9))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "加油员", "id": "YT-JY-06",
        "basic.department": "第三加油站", "basic.reports_to": "值班站长", "basic.subordinates": None, "summary": summary,
        "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.certificates": ["加油站操作员职业技能证书", "健康证"], "environment.hours": "".join(hours),
        "document.prepared_by": "白雪", "document.approved_by": "王志刚", "basic.prepared_on": "2024-04-22",
    }


def _heading(document, text: str) -> None:
    """A heading as a clerk types it: capitals, bold and underlined."""
    run = document.add_paragraph().add_run(text)
    run.bold = run.underline = True


def band_office_typed_capitals(path: Path) -> dict:
    """A First Nation band office's housing coordinator: a details table, then
    headings typed in capitals, bold and underlined, over Word bullets."""
    document = docx.Document()
    band = "Kinew Lake First Nation"
    _header(document, band, "Band Administration Office")
    _title(document, "POSITION DESCRIPTION", font="Calibri")
    hours = "35 hours per week, Monday to Friday, 8:30 a.m. to 4:30 p.m."
    _grid(document, [("Position Title:", "Housing Coordinator"), ("Department:", "Housing and Capital Projects"),
                     ("Reports To:", "Band Manager"), ("Supervises:", "Housing Maintenance Workers"),
                     ("Location:", "Band Office, Kinew Lake"),
                     ("Status:", "Full-time, permanent"), ("Hours of Work:", hours),
                     ("Salary Range:", "Level 6 of the Band's salary grid")], (1.6, 4.7))
    summary = ("The Housing Coordinator manages the First Nation's rental and social housing, from tenant "
               "applications to repairs and new builds, in line with the Housing Policy approved by Chief and Council.")
    duties = ["Take housing applications and keep the housing waiting list up to date",
              "Prepare tenancy agreements and collect rent, following up on arrears",
              "Arrange annual unit inspections and schedule repairs with the maintenance workers",
              "Prepare proposals and reports for Indigenous Services Canada and CMHC housing programs",
              "Oversee contractors on new housing construction and renovation projects",
              "Report monthly to the Band Manager and the Housing Committee"]
    _heading(document, "POSITION SUMMARY")
    document.add_paragraph(summary)
    _heading(document, "DUTIES AND RESPONSIBILITIES")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _heading(document, "QUALIFICATIONS")
    for line in ["Post-secondary diploma in Business Administration, Property Management or a related field",
                 "Three years of experience in housing or property management, preferably in a First Nation community",
                 "Valid Class G driver's licence and a reliable vehicle",
                 "Knowledge of the Anishinaabemowin language is an asset"]:
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph()
    document.add_paragraph("Approved by Chief and Council, BCR No. 2024-031, June 3, 2024")
    document.add_paragraph("Employee signature: ______________________   Date: ____________")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": band, "title": "Housing Coordinator",
        "basic.department": "Housing and Capital Projects", "basic.reports_to": "Band Manager",
        "basic.subordinates": ["Housing Maintenance Workers"], "basic.work_location": "Band Office, Kinew Lake",
        "environment.hours": hours, "summary": summary,
        "duties": duties,
        "qualifications.education": "Post-secondary diploma in Business Administration, Property Management or a related field",
        "qualifications.experience": ["Three years of experience in housing or property management, "
                                      "preferably in a First Nation community"],
        "basic.prepared_on": "2024-06-03",
    }


def mine_job_profile(path: Path) -> dict:
    """A South African platinum mine's shift supervisor: a Job Profile of two
    four-column tables, responsibilities in Word's numbering, dated 2024/06/20."""
    document = docx.Document()
    mine = "Bokamoso Platinum Mine (Pty) Ltd"
    _header(document, mine)
    _title(document, "JOB PROFILE", font="Arial")
    _grid(document, [("Job Title", "Shift Supervisor (Mining)", "Job Code", "BPM-MIN-0412"),
                      ("Department", "Mining – No. 2 Shaft", "Job Grade", "C5 (Paterson)"),
                      ("Reports to", "Mine Overseer", "Direct Reports", "Miners and team members (about 30)"),
                      ("Location", "No. 2 Shaft, underground", "Shift Pattern", "Day and night shift, 9 days on, 5 days off")],
          (1.2, 2.0, 1.2, 1.9))
    summary = ("To supervise the mining crews of a section on shift so that the planned square metres are broken, "
               "cleaned and supported safely, to standard and within cost.")
    duties = ["Conduct the pre-shift safety meeting and inspect every working place before work starts",
              "Plan the shift's blasting, cleaning and support work with the miners and see that it is done to standard",
              "Ensure that the Mine Health and Safety Act, the mine's standards and procedures are obeyed",
              "Report daily on face advance, tonnes, support installed and incidents",
              "Coach and discipline team members and take part in their performance reviews",
              "Manage explosives, equipment and consumables issued to the section"]
    document.add_paragraph("Job Purpose", style="Heading 2")
    document.add_paragraph(summary)
    document.add_paragraph("Main Responsibilities", style="Heading 2")
    _bulleted(document, duties, _hung_numbering(document, "decimal", "%1."))
    document.add_paragraph("Minimum Requirements", style="Heading 2")
    _grid(document, [("Education", "Grade 12 (Matric)", "Certificate", "Blasting Certificate (Underground Hard Rock)"),
                      ("Experience", "5 years underground hard rock mining experience, of which 2 years as a miner", None, None)],
          (1.2, 2.0, 1.2, 1.9))
    document.add_paragraph("Inherent Requirements of the Job", style="Heading 2")
    document.add_paragraph("Valid Certificate of Fitness (COF) for underground work; willing to work shifts underground.")
    document.add_paragraph()
    document.add_paragraph("Compiled by: Thabo Nkosi (HR Business Partner)          Date: 2024/06/20")
    document.add_paragraph("Approved by: Johan van der Merwe (Mine Manager)         Date: 2024/06/24")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": mine, "title": "Shift Supervisor (Mining)", "id": "BPM-MIN-0412",
        "basic.department": "Mining – No. 2 Shaft", "basic.reports_to": "Mine Overseer",
        "basic.work_location": "No. 2 Shaft, underground",
        "environment.hours": "Day and night shift, 9 days on, 5 days off", "summary": summary, "duties": duties,
        "qualifications.education": "Grade 12 (Matric)",
        "qualifications.certificates": ["Blasting Certificate (Underground Hard Rock)"],
        "qualifications.experience": ["5 years underground hard rock mining experience, of which 2 years as a miner"],
        "document.prepared_by": "Thabo Nkosi", "document.approved_by": "Johan van der Merwe",
        "basic.prepared_on": "2024-06-20",
    }


TWENTY_FIFTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("distillery_countersign_line", distillery_countersign_line),
    ("court_title_row_counted_duties", court_title_row_counted_duties),
    ("gym_character_borders", gym_character_borders),
    ("paper_mill_wps_numbering", paper_mill_wps_numbering),
    ("petrol_station_two_column", petrol_station_two_column),
    ("band_office_typed_capitals", band_office_typed_capitals),
    ("mine_job_profile", mine_job_profile))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTY_FIFTH)

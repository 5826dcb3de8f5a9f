"""A twenty-sixth batch of held-out forms, each made as an HR department
makes one, in organisations and styles no other form file uses: a city
zoo's animal keeper (饲养员) on an ordinary four-column grid whose duties
are Word's automatic numbering in circled digits (decimalEnclosedCircle,
① ② ③ drawn by Word, not typed), the sign-off rows inside the grid; a
ready-mix concrete plant's mixer truck driver (搅拌车司机) on a two-column
grid whose label cells are shaded grey, its requirements one cell of
several 标签：值 pairs on a line parted by full-width spaces, the sign-off
a line under the table; a metro operating company's train driver
(电客车司机) on a two-column grid with 工作权限 and 工作关系 rows (parts no
field has), the duties in Word's numbering 1．(a half-width digit and a
full-width full stop), a 实施日期 row; a car rental company's store rental
agent (门店租赁专员) typed as a paper form without a table, each value
underlined on its label's line (the blanks filled in), the parts headed
一、二、 and the duties typed 1. ; a laundry chain's ironer (熨烫工) on a
grid whose every cell holds its label and value together (岗位名称：熨烫工),
two a row, the duties typed 1、 in one merged cell; a Norwegian ferry operator's able
seaman in English, the headings in Word's Small Caps font setting (w:smallCaps),
a details table, the duties in Word bullets, a rotation for the hours; a
Welsh hill farm's shepherd in English, every label bilingual Welsh then
English (Teitl y Swydd / Job Title), the sign-off rows Llofnodwyd / Signed.

A few values are ambiguous on purpose, with no truth for them: the zoo's
工作环境 row and its 其他 row; the concrete plant's 驾照 pair (a licence:
certificate or requirement) and its 年龄 pair; the metro's 工作权限 and
工作关系 rows, its 身体条件 row and its 岗位等级; the car rental's 薪资 line
and 驾照 line; the laundry's 岗位定员 (每店2-3人: no one number) and its
其他要求 cell; the ferry's Vessel, its STCW line (certificates as one
sentence of several) and its Language line; the farm's Accommodation row,
its Other row (working dogs an advantage, Welsh welcome: assets, not
requirements) and its department (the form names none).

Truth choices: a number Word draws (① or 1．) is no part of a duty, nor is
a typed 1. ; a duty keeps its closing ；or 。 as typed; 12人 is a headcount
of 12 and 无 under 直接下级 or 下属 is none; two certificates parted by 、
are two; 批准人 and 批准 are the approver where an 审核人 also signs;
编制日期 and 日期 are the date prepared, 实施日期 the effective date; a
label and its value in one cell are that field; the Welsh half of a
bilingual label is no part of a value; a rotation (14 days on, 14 days off)
is the working hours; the farm's Signed row, the owner's signature under
the form, is its approval; a role in brackets or after a comma on a
sign-off line is no part of the name.

107 facts in all, 13 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twenty_sixth`` for the
figures.

First sight: 102/107 (95.3 %), 1 silent error: the ferry's experience
bullet followed by its STCW bullet and its Language bullet, all three
kept as the experience; flagged: the zoo's name above the title, the
farm's Yn atebol i / Responsible to, its experience (the Arall / Other
row read as a level of experience) and its Llofnodwyd / Signed row.

After the rules it showed (an item with no label after a list item
opened by its label reported, not placed; a label of two languages of
one script set apart by a slash, one half in sentence case, named by the
half known; a row after the qualifications row whose certificates were
read no level of experience; a zoo, a museum, a library or a gallery
(动物园, 博物馆, 图书馆, …, Zoo) an organisation named above the form):
106/107 (99.1 %), 0 silent errors:

===================================  =======  =======  ======
form                                 right    flagged  silent
===================================  =======  =======  ======
zoo_enclosed_circle_numbering        18/18    0        0
concrete_shaded_labels               15/15    0        0
metro_full_width_stop_numbering      15/15    0        0
car_rental_underlined_blanks         16/16    0        0
laundry_label_and_value_in_one_cell  16/16    0        0
ferry_small_caps_headings            14/14    0        0
hill_farm_welsh_english_labels       12/13    1        0
===================================  =======  =======  ======

The farm's approver stays flagged: Signed alone names no signer's role
(an employee signs under it as often as an owner), so the row is
reported as a label no field has, quoting the name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _numbered, _numbering
from tests.importer.fresh import _element
from tests.importer.sixth import _title
from tests.importer.styles import _header
from tests.importer.truth import figures


def zoo_enclosed_circle_numbering(path: Path) -> dict:
    """A city zoo's animal keeper: an ordinary four-column grid, duties in
    Word's circled-digit numbering, the sign-off rows inside the grid."""
    document = docx.Document()
    zoo = "南宁市动物园"
    _title(document, zoo, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "负责所分管兽舍动物的日常饲养管理，保证动物健康、安全和良好的展出状态，配合开展科普宣传。"
    duties = ["按饲料配方准备和投喂饲料，记录动物采食情况", "每日清扫兽舍、运动场和展区，定期消毒",
              "观察动物精神、粪便和行为，发现异常及时报告兽医", "配合兽医做好免疫、驱虫和治疗保定工作",
              "巡查笼舍门锁和隔障设施，防止动物逃逸和游客伤害", "开展动物丰容，参与科普讲解活动",
              "填写饲养日志，完成科室交办的其他工作"]
    table = _grid(document, [
        ("岗位名称", "饲养员", "岗位编号", "NZ-SY-03"), ("所在科室", "动物管理科", "直接上级", "饲养班班长"),
        ("直接下级", "无", "岗位定员", "12人"), ("岗位目的", summary, None, None), ("工作职责", "", None, None),
        ("学历要求", "高中或中专及以上", "专业要求", "畜牧兽医、动物科学等相关专业"),
        ("工作经验", "1年以上动物饲养工作经验", None, None), ("资格证书", "健康证", None, None),
        ("工作时间", "实行轮班制，节假日按排班值班", None, None),
        ("工作环境", "露天及兽舍内作业，接触动物及其排泄物", None, None), ("其他", "能吃苦耐劳，无动物毛发过敏史", None, None),
        ("编制人", "梁晓燕", "审核人", "韦国强"), ("批准人", "陆振华", "编制日期", "2024年7月10日")],
        (1.1, 2.0, 1.1, 2.1))
    circled = _numbering(document, "decimalEnclosedCircle", "%1")
    for duty in duties:
        _numbered(table.cell(4, 1), duty, circled)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": zoo, "title": "饲养员", "id": "NZ-SY-03",
        "basic.department": "动物管理科", "basic.reports_to": "饲养班班长", "basic.subordinates": None, "basic.headcount": 12,
        "summary": summary, "duties": duties, "qualifications.education": "高中或中专及以上",
        "qualifications.major": "畜牧兽医、动物科学等相关专业", "qualifications.experience": ["1年以上动物饲养工作经验"],
        "qualifications.certificates": ["健康证"], "environment.hours": "实行轮班制，节假日按排班值班",
        "document.prepared_by": "梁晓燕", "document.approved_by": "陆振华", "basic.prepared_on": "2024-07-10",
    }


def _shade(cell, fill: str = "D9D9D9") -> None:
    """A cell shaded as a clerk shades a label cell."""
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill=fill))


def concrete_shaded_labels(path: Path) -> dict:
    """A ready-mix concrete plant's mixer truck driver: a two-column grid of
    grey label cells, the requirements several pairs to a line in one cell."""
    document = docx.Document()
    company = "佛山市顺建混凝土有限公司"
    _title(document, company, font="宋体")
    _title(document, "搅拌车司机岗位说明书", font="黑体")
    summary = "按调度指令将商品混凝土安全、准时运送到施工现场，配合现场完成卸料，保证混凝土质量不受运输影响。"
    duties = ["服从调度安排，按发货单核对工地、强度等级和方量后出车；", "运输途中保持搅拌筒正常转动，严禁私自向罐内加水；",
              "到达工地后配合施工方卸料，并请现场人员签收发货单；", "每日出车前检查车辆制动、灯光和液压系统，做好例行保养；",
              "收车后清洗搅拌筒和车身，防止混凝土结块；", "遵守交通法规，发生事故或故障立即报告车队。"]
    rows = [("岗位名称", "搅拌车司机"), ("所属部门", "运输车队"), ("直接上级", "车队队长"), ("下属", "无"),
            ("工作地点", "顺德区容桂站及各施工现场"), ("岗位概述", summary), ("岗位职责", "\n".join(duties)),
            ("任职资格", "学历：初中及以上　　驾照：A2\n经验：3年以上重型车辆驾驶经验　　年龄：25-50周岁"),
            ("工作时间", "两班制，夜间浇筑时服从调度加班")]
    table = _grid(document, rows, (1.3, 5.0))
    for row in table.rows:
        _shade(row.cells[0])
    document.add_paragraph()
    _lines(document, "编制：冯志伟　　　审核：陈美玲　　　批准：黎国栋　　　日期：2024年5月28日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "搅拌车司机", "basic.department": "运输车队",
        "basic.reports_to": "车队队长", "basic.subordinates": None, "basic.work_location": "顺德区容桂站及各施工现场",
        "summary": summary, "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.experience": ["3年以上重型车辆驾驶经验"], "environment.hours": "两班制，夜间浇筑时服从调度加班",
        "document.prepared_by": "冯志伟", "document.approved_by": "黎国栋", "basic.prepared_on": "2024-05-28",
    }


def metro_full_width_stop_numbering(path: Path) -> dict:
    """A metro company's train driver: a two-column grid with authority and
    relations rows, duties in Word's numbering 1．, an effective date row."""
    document = docx.Document()
    company = "合肥城市轨道交通运营有限公司"
    _header(document, company)
    _title(document, "岗位说明书", font="黑体")
    summary = "按列车运行图和行车规章驾驶电客车，确保列车安全、正点运行，处置运营中的列车故障和突发事件。"
    duties = ["出乘前按规定参加班前点名，领取行车备品", "按作业标准完成列车出库检查和动车试验",
              "按信号显示和调度命令驾驶列车，执行站台作业标准", "运营中监视列车运行状态，按故障处理指南处置一般故障",
              "发生突发事件时按应急预案组织乘客疏散", "填写司机报单，做好交接班"]
    table = _grid(document, [
        ("岗位名称", "电客车司机"), ("岗位编号", "HF-YY-SJ-01"), ("所属部门", "乘务中心"), ("直接上级", "乘务班组长"),
        ("岗位等级", "技能岗四级"), ("岗位职能", summary), ("岗位职责", ""),
        ("工作权限", "对违反行车规章的指令有权拒绝执行；紧急情况下有权采取紧急制动"),
        ("工作关系", "内部：行车调度、车站值班站长；外部：公安、消防"),
        ("学历", "大专及以上"), ("专业", "城市轨道交通车辆、电气化等相关专业"), ("工作经验", "独立驾驶电客车1年以上"),
        ("身体条件", "无色盲色弱，矫正视力5.0以上"), ("工作时间", "四班两运转，含早班、夜班"),
        ("编制人", "孙倩"), ("批准人", "许文斌"), ("实施日期", "2024年9月1日")], (1.4, 4.9))
    stop = _numbering(document, "decimal", "%1．")
    for duty in duties:
        _numbered(table.cell(6, 1), duty, stop)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "电客车司机", "id": "HF-YY-SJ-01",
        "basic.department": "乘务中心", "basic.reports_to": "乘务班组长", "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上", "qualifications.major": "城市轨道交通车辆、电气化等相关专业",
        "qualifications.experience": ["独立驾驶电客车1年以上"], "environment.hours": "四班两运转，含早班、夜班",
        "document.prepared_by": "孙倩", "document.approved_by": "许文斌", "document.effective_date": "2024-09-01",
    }


def _blank_filled(document, label: str, value: str) -> None:
    """A paper form's line: the label, then its value typed over the blank (underlined)."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}：")
    paragraph.add_run(f"  {value}  ").underline = True
    _font(paragraph, "宋体")


def car_rental_underlined_blanks(path: Path) -> dict:
    """A car rental company's store agent: no table, each value underlined on
    its label's line, parts headed 一、二、, duties typed 1. ."""
    document = docx.Document()
    company = "厦门鹭通汽车租赁有限公司"
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "在门店为客户办理车辆租赁、交车和还车手续，核验客户证件，维护门店车辆和客户关系，完成门店出租率指标。"
    duties = ["接待到店和电话咨询客户，介绍车型、租金和租赁规则", "核验客户身份证、驾驶证和信用卡，签订租赁合同",
              "与客户共同验车，拍照记录车况并办理交车手续", "办理还车验车、油量核对和费用结算",
              "跟进车辆违章和事故理赔资料的收集", "整理合同档案，每日上报门店出租日报"]
    _lines(document, "一、基本信息", font="黑体")
    for label, value in (("岗位名称", "门店租赁专员"), ("所属部门", "湖里门店"), ("直接上级", "门店店长"),
                         ("岗位编号", "LT-MD-08"), ("工作地点", "厦门高崎机场门店")):
        _blank_filled(document, label, value)
    _lines(document, "二、岗位概要", font="黑体")
    _lines(document, summary)
    _lines(document, "三、岗位职责", font="黑体")
    _lines(document, *(f"{number}. {duty}" for number, duty in enumerate(duties, 1)))
    _lines(document, "四、任职要求", font="黑体")
    for label, value in (("学历", "大专及以上"), ("专业", "市场营销、汽车服务等相关专业"),
                         ("经验", "1年以上汽车租赁或销售工作经验"), ("驾照", "C1及以上，驾龄2年以上")):
        _blank_filled(document, label, value)
    _lines(document, "五、工作时间及薪资", font="黑体")
    _blank_filled(document, "工作时间", "做六休一，早班8:00-16:00，晚班14:00-22:00")
    _blank_filled(document, "薪资", "底薪＋出租提成")
    document.add_paragraph()
    paragraph = document.add_paragraph()
    for label, value in (("编制", "郑丽华"), ("审批", "黄建明"), ("日期", "2024年3月15日")):
        paragraph.add_run(f"{label}：")
        paragraph.add_run(f"  {value}  ").underline = True
        paragraph.add_run("　　")
    _font(paragraph, "宋体")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "门店租赁专员", "id": "LT-MD-08",
        "basic.department": "湖里门店", "basic.reports_to": "门店店长", "basic.work_location": "厦门高崎机场门店",
        "summary": summary, "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.major": "市场营销、汽车服务等相关专业", "qualifications.experience": ["1年以上汽车租赁或销售工作经验"],
        "environment.hours": "做六休一，早班8:00-16:00，晚班14:00-22:00", "document.prepared_by": "郑丽华",
        "document.approved_by": "黄建明", "basic.prepared_on": "2024-03-15",
    }


def laundry_label_and_value_in_one_cell(path: Path) -> dict:
    """A laundry chain's ironer: every cell of the grid holds a label and its
    value together, two a row, the duties one merged cell."""
    document = docx.Document()
    company = "成都洁丽雅洗衣连锁有限公司"
    _title(document, company, font="宋体")
    _title(document, "熨烫工岗位说明书", font="黑体")
    summary = "按衣物面料和洗涤标识完成熨烫、整形和包装，保证出品平整、无污渍、无损伤，按时交付门店。"
    duties = ["按水洗唛标识和面料选择熨烫温度和方式", "熨烫衬衫、西服、大衣等衣物，做到挺括、线条顺直",
              "熨烫前检查衣物有无污渍和破损，发现问题退回复洗或登记", "按订单号挂衣、套袋和贴标签，核对件数",
              "每日清洁熨斗、烫台和吸风机，按规定使用蒸汽设备", "节约用电用汽，保持车间整洁"]
    _grid(document, [
        ("岗位名称：熨烫工", "岗位编号：JLY-SC-05"), ("所属部门：中央洗衣工厂", "直接上级：熨烫组组长"),
        ("岗位定员：每店2-3人", "下属岗位：无"), (f"岗位概述：{summary}", None),
        ("岗位职责：\n" + "\n".join(f"{number}、{duty}" for number, duty in enumerate(duties, 1)), None),
        ("学历要求：初中及以上", "工作经验：半年以上洗衣店熨烫经验"), ("证书要求：健康证", "工作时间：8:30-18:00，月休4天"),
        ("其他要求：能适应高温环境站立作业", None), ("编制人：罗静", "批准人：唐伟"), ("日期：2024年6月3日", None)],
        (3.15, 3.15))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "熨烫工", "id": "JLY-SC-05",
        "basic.department": "中央洗衣工厂", "basic.reports_to": "熨烫组组长", "basic.subordinates": None,
        "summary": summary, "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.experience": ["半年以上洗衣店熨烫经验"], "qualifications.certificates": ["健康证"],
        "environment.hours": "8:30-18:00，月休4天", "document.prepared_by": "罗静", "document.approved_by": "唐伟",
        "basic.prepared_on": "2024-06-03",
    }


def _small_caps(document, text: str) -> None:
    """A heading shown in small capitals by the font setting, typed in ordinary case."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.small_caps = True


def ferry_small_caps_headings(path: Path) -> dict:
    """A Norwegian ferry operator's able seaman in English: headings in Word's
    Small Caps, a details table, duties in Word bullets."""
    document = docx.Document()
    company = "Vestfjord Ferjeselskap AS"
    _header(document, company, "Job Description")
    _title(document, "Able Seaman", font="Calibri")
    hours = "Rotation of 14 days on board and 14 days off, 12-hour watches"
    _grid(document, [("Position", "Able Seaman"), ("Position No.", "VF-DK-021"), ("Department", "Deck"),
                     ("Reports to", "Chief Officer"), ("Vessel", "MF Lofotvær and relief vessels"),
                     ("Working Hours", hours)], (1.6, 4.7))
    summary = ("The Able Seaman keeps watch, handles mooring and the car deck, and maintains the ship's deck "
               "and safety equipment so that the ferry sails safely and on time.")
    duties = ["Stand navigational watch as lookout and helmsman under the officer of the watch",
              "Handle mooring lines and the ramps when arriving and leaving port",
              "Direct cars and lorries on the car deck and secure them for the crossing",
              "Carry out maintenance of the deck, hull and life-saving appliances",
              "Take part in safety drills and keep fire-fighting equipment ready for use",
              "Assist passengers, in particular those with reduced mobility"]
    _small_caps(document, "Purpose of the job")
    document.add_paragraph(summary)
    _small_caps(document, "Main duties")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _small_caps(document, "Qualifications and experience")
    document.add_paragraph("Education: Vocational certificate (fagbrev) as Able Seaman", style="List Bullet")
    document.add_paragraph("Experience: At least two years at sea on passenger vessels", style="List Bullet")
    document.add_paragraph("STCW basic safety training, crowd management and a valid seafarer's medical certificate",
                           style="List Bullet")
    document.add_paragraph("Language: Good Norwegian and English", style="List Bullet")
    document.add_paragraph()
    document.add_paragraph("Prepared by: Ingrid Solberg, HR Adviser")
    document.add_paragraph("Approved by: Erik Hansen, Fleet Manager")
    document.add_paragraph("Date: 2 September 2024")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Able Seaman", "id": "VF-DK-021",
        "basic.department": "Deck", "basic.reports_to": "Chief Officer", "environment.hours": hours,
        "summary": summary, "duties": duties,
        "qualifications.education": "Vocational certificate (fagbrev) as Able Seaman",
        "qualifications.experience": ["At least two years at sea on passenger vessels"],
        "document.prepared_by": "Ingrid Solberg", "document.approved_by": "Erik Hansen",
        "basic.prepared_on": "2024-09-02",
    }


def hill_farm_welsh_english_labels(path: Path) -> dict:
    """A Welsh hill farm's shepherd in English: every label Welsh then English,
    the sign-off rows Llofnodwyd / Signed."""
    document = docx.Document()
    farm = "Fferm Cwm Eithin"
    _title(document, farm, font="Arial")
    _title(document, "Swydd-ddisgrifiad / Job Description", font="Arial")
    summary = ("To look after the farm's flock of 1,200 Welsh Mountain ewes on the hill and in-bye land "
               "through the shepherding year, with the Farm Manager.")
    duties = ["Check the flock daily on the hill and in-bye fields, on foot and by quad bike",
              "Lamb the ewes in April and care for ewes and lambs through lambing",
              "Gather the hill with dogs for shearing, dipping, weaning and sales",
              "Give vaccinations, drenches and foot treatment and keep the medicine book",
              "Maintain fences, walls, gates and handling pens",
              "Keep flock records up to date for EID tagging and the farm's assurance scheme"]
    hours = "45 hours a week, longer during lambing and gathering, with time off in lieu"
    table = _grid(document, [
        ("Teitl y Swydd / Job Title", "Shepherd"), ("Yn atebol i / Responsible to", "Farm Manager"),
        ("Lleoliad / Location", "Cwm Eithin, near Llanuwchllyn, Gwynedd"), ("Oriau / Hours", hours),
        ("Llety / Accommodation", "Farm cottage available"), ("Pwrpas y Swydd / Job Purpose", summary),
        ("Prif Ddyletswyddau / Main Duties", ""),
        ("Profiad / Experience", "Three years' experience of hill sheep, including lambing"),
        ("Cymwysterau / Qualifications", "Certificate of Competence in the Safe Use of Sheep Dips (PA1 and PA4)\n"
                                         "Lantra quad bike (ATV) certificate"),
        ("Arall / Other", "Own working dogs an advantage; Welsh speaker welcome"),
        ("Paratowyd gan / Prepared by", "Gwen Pritchard"), ("Llofnodwyd / Signed", "Dafydd Morgan (Owner)"),
        ("Dyddiad / Date", "14 May 2024")], (2.0, 4.3))
    cell = table.cell(6, 1)
    for index, duty in enumerate(duties):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(duty)
        paragraph.style = "List Bullet"
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": farm, "title": "Shepherd", "basic.reports_to": "Farm Manager",
        "basic.work_location": "Cwm Eithin, near Llanuwchllyn, Gwynedd", "summary": summary, "duties": duties,
        "qualifications.experience": ["Three years' experience of hill sheep, including lambing"],
        "qualifications.certificates": ["Certificate of Competence in the Safe Use of Sheep Dips (PA1 and PA4)",
                                        "Lantra quad bike (ATV) certificate"],
        "environment.hours": hours, "document.prepared_by": "Gwen Pritchard", "document.approved_by": "Dafydd Morgan",
        "basic.prepared_on": "2024-05-14",
    }


TWENTY_SIXTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("zoo_enclosed_circle_numbering", zoo_enclosed_circle_numbering),
    ("concrete_shaded_labels", concrete_shaded_labels),
    ("metro_full_width_stop_numbering", metro_full_width_stop_numbering),
    ("car_rental_underlined_blanks", car_rental_underlined_blanks),
    ("laundry_label_and_value_in_one_cell", laundry_label_and_value_in_one_cell),
    ("ferry_small_caps_headings", ferry_small_caps_headings),
    ("hill_farm_welsh_english_labels", hill_farm_welsh_english_labels))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTY_SIXTH)

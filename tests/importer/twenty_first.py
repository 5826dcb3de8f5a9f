"""A twenty-first batch of held-out forms, each made as an HR department
makes one, in organisations and styles no other form file uses: an oolong
tea factory's tea-making worker on an ordinary four-column grid under a
watermark (Word's Design > Watermark: a WordArt shape in the page header
drawing 内部资料 across the page), the sign-off rows inside the grid; a
courier depot's delivery courier on a two-column grid whose duties are
one paragraph of items numbered inline 1）2）3）, its requirements one
sentence of comma-parted items, the preparer and the date in one cell; a
township comprehensive culture station's full-time manager (a 事业单位 post
with 岗位类别 and 岗位等级) whose two-character labels are spread to the
width of the four-character ones by expanded character spacing
(w:spacing in the run, not spaces), the date written 2024.6.3; a county
water supply company's meter reader as a controlled document, the number
and version in the page header and the sign-off (编制 | 审核 | 批准 |
发布日期 over their values) a table in the page footer, the body under 一、
二、 headings with the duties in Word's automatic numbering （1）; a
postpartum care centre's maternity nurse (月嫂) whose long labels are
squeezed into their narrow cells by character scaling (w:w, 80 % and
66 %), duties typed with ● bullets, two certificates parted by 、; an
Indian tea estate's assistant field manager in English (Designation :,
Reporting To :, No. of Positions : with a space before the colon, Key
Result Areas lettered a) b), a Prepared by | Approved by table, the date
15.07.2024); a US trucking company's dispatcher in English on the classic
American template (a block of bold Label:<tab>value lines with FLSA
Status and Prepared Date, Essential Duties and Responsibilities running
on into "include the following. Other duties may be assigned.", italic
run-in Education: / Experience: labels, Physical Demands, Work
Environment), the date 03/12/2024.

A few values are ambiguous on purpose, with no truth for them: the tea
factory's 劳保 row; the courier's 要求 sentence but for its education and
experience (an age range, an e-bike, 吃苦耐劳) and its 收入 line (pay, no
field holds it); the culture station's 所在单位 (the station itself, no
department), 岗位类别 and 其他 rows; the water company's 发布日期 (the
day the document was issued: prepared or effective) and its 工作环境
line; the maternity centre's 年龄 and 健康 rows; the tea estate's
Languages and Age lines and its sign-off names (each over its role in
one cell); the dispatcher's FLSA Status, its Physical Demands and Work
Environment paragraphs and its Language Skills line. A careful import
places them right or names them in a warning.

Truth choices: a watermark is no text of the form; inline numbers 1）2）
are a list's numbering, and the ； or 。 after each item parts the items
as the semicolons of one paragraph do (the second and fourth batches'
truths, 1、拓展个人客户；2、销售理财产品；3、维护客户关系。, read so; this
batch's truth first kept them and was corrected to agree); expanded
character spacing and character scaling draw no characters (学　历 is not written, 学历 is); a footer's
sign-off table signs the form (批准 the approver, 审核 only a reviewer);
审核人 is the approver where no 批准 signs; an automatic number is no
part of its duty; ● typed before a duty is its bullet; a full-width
space inside a name (杨　静) is no part of it; 2024.6.3 is 3 June 2024,
15.07.2024 on an Indian form 15 July, and 03/12/2024 on a US form 12
March; the US form's introductory sentence is no duty; 无 under 下属岗位,
下级岗位 or 直接管理对象, and "This job has no supervisory
responsibilities.", are no subordinate; 证书 | 无 is no certificate; a
label's space before its colon (Designation :) is no part of it.
Values keep their final ；, as the earlier truths do.

111 facts in all, 13 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twenty_first`` for the
figures.

First measured on the importer that had met the twentieth batch, before
any rule was changed for them: 88/111 facts right (79.3 %), 10 silent
errors (the courier's duties then counted wrong for their closing ；,
since dropped from the truth):

==============================  =======  =======  ======
form                            right    flagged  silent
==============================  =======  =======  ======
tea_factory_watermark           16/17    1        0
courier_depot_inline_numbers    5/13     4        4
culture_station_spaced_labels   15/18    1        2
water_company_footer_signoff    14/16    2        0
maternity_centre_scaled_labels  15/17    2        0
indian_tea_estate_designation   11/15    2        2
us_trucking_dispatcher          12/15    1        2
==============================  =======  =======  ======

The silent errors: the courier's 制表 cell (the preparer and the date) no
label, its experience in a sentence under 要求, no label; the culture
station's date after the approver's name run into the name (黎明华2024.6.3);
the tea estate's No. of Positions no label and its heading Qualification &
Experience joined to the last duty; the dispatcher's 03/12/2024 read
day-first (flagged, but read the wrong way round for a US form) and
its heading Essential Duties and Responsibilities running on into "include
the following." read as more of the summary.

After the rules (a date both ways round read month-first on a form that
says it is American: FLSA, USD, an equal-opportunity employer, a town's
state code; a date after a wide gap kept apart from the name before it;
the date beside the approver's name the date prepared, flagged, when the
form has no other; a section's heading running on into a sentence in lower
case the heading, the sentence reported; 制表, 要求, No. of Positions, JD
Code, Educational Qualification, Qualification & Experience labels of
their fields): 99/111 (89.2 %), 0 silent errors:

==============================  =======  =======  ======
form                            right    flagged  silent
==============================  =======  =======  ======
tea_factory_watermark           16/17    1        0
courier_depot_inline_numbers    8/13     5        0
culture_station_spaced_labels   17/18    1        0
water_company_footer_signoff    14/16    2        0
maternity_centre_scaled_labels  15/17    2        0
indian_tea_estate_designation   14/15    1        0
us_trucking_dispatcher          15/15    0        0
==============================  =======  =======  ======
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

from tests.importer.eleventh import _lines
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _numbered, _numbering
from tests.importer.fresh import _element
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures

_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def _watermark(document, text: str) -> None:
    """A text watermark as Word's Design > Watermark makes it: a WordArt
    shape in the page header, centred on the page, grey and turned."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w")} {_VML}><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:414pt;height:138pt;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="{text}"/></v:shape>'
        '</w:pict></w:r>'))


def tea_factory_watermark(path: Path) -> dict:
    """An oolong tea factory's tea-making worker: an ordinary four-column grid
    under a 内部资料 watermark, the sign-off rows inside the grid."""
    document = docx.Document()
    company = "安溪县祥华乡凤山茶业有限公司"
    _watermark(document, "内部资料")
    _title(document, company, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "按铁观音初制工艺完成晒青、摇青、杀青、揉捻、烘干各道工序，保证毛茶品质稳定。"
    duties = ["根据鲜叶老嫩和天气情况，掌握晒青、晾青的时间和程度；", "按工艺要求进行摇青和做青，观察青叶走水和红边情况；",
              "操作杀青机、包揉机、速包机和烘干机，做好设备点检；", "做好每批毛茶的批次登记，配合品管员取样审评；",
              "保持做青间、揉捻间的清洁卫生，落实食品安全要求；", "完成车间主任安排的其他工作。"]
    hours = "茶季（4月中旬至5月、9月下旬至10月）两班倒，淡季8:00-17:30"
    table = _grid(document, [
        ("岗位名称", "制茶工（做青）", "岗位编号", "FS-SC-03"), ("所在车间", "初制车间", "直接上级", "车间主任"),
        ("下属岗位", "无", "定员人数", "6人"), ("岗位目的", summary, None, None), ("主要职责", "", None, None),
        ("文化程度", "初中及以上", "工作经验", "3年以上乌龙茶做青经验"), ("技能证书", "评茶员（五级）职业技能等级证书", None, None),
        ("工作时间", hours, None, None), ("劳　　保", "工作服、口罩、防烫手套", None, None),
        ("编　　制", "陈秀琴", "批　　准", "林国辉"), ("日　　期", "2024年4月2日", None, None)], (1.1, 2.1, 1.1, 2.0))
    cell = table.cell(4, 1)
    for number, duty in enumerate(duties, 1):
        paragraph = cell.paragraphs[0] if number == 1 else cell.add_paragraph()
        paragraph.add_run(f"{number}. {duty}")
        _font(paragraph)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "制茶工（做青）", "id": "FS-SC-03",
        "basic.department": "初制车间", "basic.reports_to": "车间主任", "basic.subordinates": None,
        "basic.headcount": 6, "summary": summary, "duties": duties, "qualifications.education": "初中及以上",
        "qualifications.experience": ["3年以上乌龙茶做青经验"], "qualifications.certificates": ["评茶员（五级）职业技能等级证书"],
        "environment.hours": hours, "document.prepared_by": "陈秀琴", "document.approved_by": "林国辉",
        "basic.prepared_on": "2024-04-02",
    }


def courier_depot_inline_numbers(path: Path) -> dict:
    """A courier depot's delivery courier: a two-column grid, the duties one
    paragraph numbered inline 1）2）3）, the requirements one sentence."""
    document = docx.Document()
    depot = "永康市东城快递服务部"
    _title(document, f"{depot}岗位职责说明", font="宋体")
    document.add_paragraph()
    duties = ["每天7:30前到网点参加晨会，领取并扫描本片区派件；", "按路线及时派送快件，做到当日件当日派完；",
              "派送时核对收件人信息，当面验视或按约定放入快递柜、驿站；", "上门揽收散件，按规定验视、实名登记并扫描上传；",
              "处理客户电话和投诉，问题件当天报网点客服；", "每天下班前上交代收货款，爱护电动三轮车和巴枪。"]
    hours = "早7:30至晚19:00，每月休息4天"
    _grid(document, [
        ("岗位", "快递员（收派）"), ("所属网点", "东城网点"), ("直接上级", "网点负责人"), ("岗位人数", "12人"),
        ("派送区域", "东城街道、江南街道"), ("工作内容", "".join(f"{number}）{duty}" for number, duty in enumerate(duties, 1))),
        ("要求", "初中以上文化，年龄20-45岁，半年以上快递或外卖配送经验，会骑电动三轮车，吃苦耐劳"),
        ("上班时间", hours), ("收入", "底薪加派件提成，多劳多得"), ("制表", "周晓东　　2024年6月18日")], (1.3, 5.0))
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": depot, "title": "快递员（收派）", "basic.department": "东城网点",
        "basic.reports_to": "网点负责人", "basic.headcount": 12, "basic.work_location": "东城街道、江南街道",
        "duties": [duty.rstrip("；。") for duty in duties],  # the marks part items in one paragraph, as in fourth.py
        "qualifications.education": "初中以上文化",
        "qualifications.experience": ["半年以上快递或外卖配送经验"], "environment.hours": hours,
        "document.prepared_by": "周晓东", "basic.prepared_on": "2024-06-18",
    }


def _spread(cell, points: float) -> None:
    """The cell's label spread by expanded character spacing (Format > Font > Advanced)."""
    for run in cell.paragraphs[0].runs:
        run._r.get_or_add_rPr().append(_element("w:spacing", val=str(int(points * 20))))


def culture_station_spaced_labels(path: Path) -> dict:
    """A township culture station's manager: a 事业单位 post on a grid whose
    two-character labels are spread by expanded character spacing."""
    document = docx.Document()
    station = "凤冈县永安镇综合文化站"
    _title(document, "永安镇事业单位岗位说明书", font="方正小标宋简体")
    _lines(document, f"单位：{station}")
    summary = "负责全镇公共文化服务的组织实施和文化站场馆的日常管理，指导村（社区）综合文化服务中心开展群众文化活动。"
    duties = ["制定文化站年度工作计划，组织开展节庆文艺演出、广场舞比赛等群众文化活动；",
              "负责文化站图书室、多功能厅、文体活动室的免费开放和日常管理；", "指导各村（社区）农家书屋、文化服务中心的建设和使用；",
              "挖掘、整理本镇非物质文化遗产项目，配合做好申报工作；", "负责文化市场的日常巡查，配合县文化执法大队开展检查；",
              "做好文化站固定资产、活动档案和信息报送工作。"]
    hours = "实行坐班制，周一至周五8:30-12:00，14:30-18:00，节假日活动期间轮流值班"
    table = _grid(document, [
        ("岗位名称", "文化站专职管理员", "岗位编号", "YA-WH-01"), ("岗位类别", "管理岗位", "岗位等级", "管理九级"),
        ("所在单位", station, "上级岗位", "文化站站长"), ("下级岗位", "无", "岗位数量", "1个"),
        ("岗位概述", summary, None, None), ("岗位职责", "\n".join(duties), None, None),
        ("学历", "大学专科及以上", "专业", "文化管理、艺术类、汉语言文学"),
        ("经历", "2年以上基层文化工作经历", "证书", "无"), ("其他", "能组织群众文艺活动，有一项文艺特长", None, None),
        ("工作时间", hours, None, None)], (1.2, 2.0, 1.1, 2.0))
    for row, column in ((6, 0), (6, 2), (7, 0), (7, 2), (8, 0)):
        _spread(table.cell(row, column), 14)
    document.add_paragraph()
    _lines(document, "编写人：杨　静　　　　审核人：黎明华　　　　2024.6.3")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": station, "title": "文化站专职管理员", "id": "YA-WH-01",
        "basic.grade": "管理九级", "basic.reports_to": "文化站站长", "basic.subordinates": None, "basic.headcount": 1, "summary": summary, "duties": duties,
        "qualifications.education": "大学专科及以上", "qualifications.major": "文化管理、艺术类、汉语言文学",
        "qualifications.experience": ["2年以上基层文化工作经历"], "qualifications.certificates": None,
        "environment.hours": hours, "document.prepared_by": "杨静", "document.approved_by": "黎明华",
        "basic.prepared_on": "2024-06-03",
    }


def water_company_footer_signoff(path: Path) -> dict:
    """A county water supply company's meter reader as a controlled document:
    the number in the page header, the sign-off a table in the page footer."""
    document = docx.Document()
    company = "桐庐县自来水有限公司"
    _header(document, f"{company}　　　　　　　　文件编号：TLSW-HR-JD-017　　版本：A/1")
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    signoff = footer.add_table(rows=2, cols=4, width=Inches(6.3))
    signoff.style = "Table Grid"
    for column, (label, name) in enumerate((("编制", "方丽萍"), ("审核", "吴建新"), ("批准", "钟海涛"),
                                            ("发布日期", "2024-03-15"))):
        signoff.cell(0, column).text = label
        signoff.cell(1, column).text = name
        for row in (0, 1):
            signoff.cell(row, column).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _title(document, "抄表收费员岗位说明书", font="黑体")
    heading = document.add_paragraph()
    heading.add_run("一、基本信息").bold = True
    _grid(document, [("岗位名称", "抄表收费员", "岗位编码", "YY-CB-02"), ("所属部门", "营业所", "直接上级", "营业所所长"),
                     ("岗位定员", "8人", "工作区域", "城区及分水、富春江片区")], (1.1, 2.1, 1.1, 2.0))
    summary = "按抄表计划准确抄录用户水表读数，催缴水费，及时发现和上报表具及管网异常，保证水费回收率。"
    duties = ["按抄表例日和线路完成居民及非居民用户的水表抄读，不估抄、不漏抄；", "使用抄表机录入读数，对水量突增突减的用户现场核实；",
              "发放缴费通知单，对欠费用户进行催缴，执行停水程序前按规定书面告知；", "发现水表损坏、倒装、偷盗用水等情况拍照留存并上报；",
              "巡查表井和管网，发现漏水及时报抢修班；", "解答用户关于水价、水量和缴费的咨询。"]
    requirements = ["学历：高中（中专）及以上", "经验：1年以上抄表、收费或客户服务工作经验", "技能：会使用智能手机和抄表机，能骑摩托车"]
    hours = "标准工时，周一至周六轮休，每月抄表高峰期需加班"
    for text, lines in (("二、岗位目的", [summary]), ("三、岗位职责", None), ("四、任职资格", requirements),
                        ("五、工作时间", [hours]), ("六、工作环境", ["以户外工作为主，需进出地下表井"])):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.add_run(text).bold = True
        _font(paragraph, "黑体")
        if lines is None:
            number = _numbering(document, "decimal", "（%1）")
            for duty in duties:
                _numbered(document, duty, number)
        else:
            _lines(document, *lines, font="仿宋_GB2312")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "document.number": "TLSW-HR-JD-017",
        "title": "抄表收费员", "id": "YY-CB-02", "basic.department": "营业所", "basic.reports_to": "营业所所长",
        "basic.headcount": 8, "basic.work_location": "城区及分水、富春江片区", "summary": summary, "duties": duties,
        "qualifications.education": "高中（中专）及以上", "qualifications.experience": ["1年以上抄表、收费或客户服务工作经验"],
        "environment.hours": hours, "document.prepared_by": "方丽萍", "document.approved_by": "钟海涛",
    }


def _squeeze(cell, percent: int) -> None:
    """The cell's label squeezed by character scaling (Format > Font > Advanced > Scale)."""
    for run in cell.paragraphs[0].runs:
        run._r.get_or_add_rPr().append(_element("w:w", val=str(percent)))


def maternity_centre_scaled_labels(path: Path) -> dict:
    """A postpartum care centre's maternity nurse: long labels squeezed into
    narrow cells by character scaling, duties typed with ● bullets."""
    document = docx.Document()
    centre = "成都市锦江区悦禾母婴护理有限公司"
    _header(document, centre)
    _footer(document, "人力行政中心　2024年版")
    _title(document, "母婴护理师岗位说明书", font="黑体")
    summary = "在护理部主任指导下，为入住的产妇和新生儿提供24小时专业生活护理，协助产妇产后恢复和母乳喂养。"
    duties = ["观察并记录产妇体温、血压、恶露和伤口恢复情况，发现异常及时报告护士；",
              "指导和协助产妇母乳喂养，做好乳房护理；", "负责新生儿的喂养、洗澡、抚触、脐部护理和大小便观察；",
              "按营养师食谱配合送餐，督促产妇按时进餐；", "做好房间内婴儿用品的清洁消毒，填写护理记录；",
              "出所前向产妇和家属讲解新生儿护理要点。"]
    certificates = ["母婴护理（月嫂）职业技能证书", "健康证"]
    hours = "24小时驻房护理，做26天休4天"
    table = _grid(document, [
        ("岗位名称", "母婴护理师", "所属部门", "护理部"), ("直接汇报对象", "护理部主任", "直接管理对象", "无"),
        ("岗位编制人数", "20人", "工作地点", "会所客房区"), ("岗位设置目的", summary, None, None),
        ("主要工作职责", "\n".join(f"● {duty}" for duty in duties), None, None),
        ("学历", "高中或中专以上", "年龄", "25-48岁"), ("工作经验", "1年以上母婴护理或月嫂工作经验", None, None),
        ("资格证书", "、".join(certificates), None, None), ("健康", "身体健康，无传染病", None, None),
        ("工作时间", hours, None, None), ("编写人", "何佳怡", "审批人", "刘玉梅"), ("编写日期", "2024年7月1日", None, None)],
        (0.9, 2.4, 0.9, 2.1))
    for row, column, percent in ((1, 0, 66), (1, 2, 66), (2, 0, 66), (3, 0, 66), (4, 0, 66), (6, 0, 80),
                                 (7, 0, 80), (9, 0, 80), (10, 0, 80), (11, 0, 80)):
        _squeeze(table.cell(row, column), percent)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": centre, "title": "母婴护理师", "basic.department": "护理部",
        "basic.reports_to": "护理部主任", "basic.subordinates": None, "basic.headcount": 20,
        "basic.work_location": "会所客房区", "summary": summary, "duties": duties,
        "qualifications.education": "高中或中专以上", "qualifications.experience": ["1年以上母婴护理或月嫂工作经验"],
        "qualifications.certificates": certificates, "environment.hours": hours, "document.prepared_by": "何佳怡",
        "document.approved_by": "刘玉梅", "basic.prepared_on": "2024-07-01",
    }


def indian_tea_estate_designation(path: Path) -> dict:
    """An Assam tea estate's assistant field manager in English: Designation :
    labels with a space before the colon, Key Result Areas lettered a) b)."""
    document = docx.Document()
    company = "Brahmaputra Valley Tea Company Limited"
    _header(document, company, "Dhunseri Tea Estate, P.O. Dhunseri, Dist. Dibrugarh, Assam")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading = title.add_run("JOB DESCRIPTION")
    heading.bold = True
    heading.underline = True
    heading.font.size = Pt(13)
    facts = _grid(document, [("Designation :", "Assistant Manager (Field)"), ("JD Code :", "BVT/FLD/AM/04"),
                             ("Department :", "Field Operations"), ("Reporting To :", "Senior Assistant Manager"),
                             ("Location :", "Dhunseri Tea Estate, Dibrugarh"), ("Grade :", "M2"),
                             ("No. of Positions :", "3")], (2.0, 4.3))
    for row in facts.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    summary = ("To manage the field operations of the allotted divisions so that green leaf of good quality is "
               "plucked and delivered to the factory in time, at the planned yield and cost.")
    duties = ["Plan and supervise plucking rounds, pruning, skiffing and infilling in the allotted divisions",
              "Ensure timely application of fertilisers and plant protection chemicals as per the Plant Protection Code",
              "Monitor daily green leaf weighment and quality of plucking",
              "Supervise the labour force, their attendance and wage muster rolls",
              "Maintain drains, shade trees and nursery as per the annual programme",
              "Ensure labour welfare measures under the Plantations Labour Act",
              "Submit daily, weekly and monthly field reports to the Senior Assistant Manager"]
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Job Purpose :").bold = True
    document.add_paragraph(summary)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Key Result Areas (KRAs) :").bold = True
    for letter, duty in zip("abcdefg", duties, strict=True):
        item = document.add_paragraph(f"{letter})\t{duty}")
        item.paragraph_format.left_indent = Inches(0.4)
        item.paragraph_format.first_line_indent = Inches(-0.3)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Qualification & Experience :").bold = True
    hours = "6:00 AM to 2:00 PM in the field, office work in the afternoon, six days a week"
    for line in ("Educational Qualification : B.Sc. (Agriculture) or B.Sc. with Botany",
                 "Experience : 2-4 years of field management in a tea estate",
                 "Languages : Assamese, Hindi and English", "Age : Below 35 years", f"Working Hours : {hours}"):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph()
    _grid(document, [("Prepared by", "Approved by"), ("Rituparna Baruah\nManager - HR", "Anil Kumar Sharma\nGeneral Manager"),
                     ("Date : 15.07.2024", "")], (3.15, 3.15))
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Assistant Manager (Field)", "id": "BVT/FLD/AM/04",
        "basic.department": "Field Operations", "basic.reports_to": "Senior Assistant Manager",
        "basic.work_location": "Dhunseri Tea Estate, Dibrugarh", "basic.grade": "M2", "basic.headcount": 3,
        "summary": summary, "duties": duties,
        "qualifications.education": "B.Sc. (Agriculture) or B.Sc. with Botany",
        "qualifications.experience": ["2-4 years of field management in a tea estate"], "environment.hours": hours,
        "basic.prepared_on": "2024-07-15",
    }


def us_trucking_dispatcher(path: Path) -> dict:
    """A US trucking company's dispatcher on the classic American template:
    FLSA Status, Essential Duties and Responsibilities, Physical Demands."""
    document = docx.Document()
    company = "Red River Freight Lines, Inc."
    _header(document, company)
    _footer(document, "Red River Freight Lines is an Equal Opportunity Employer")
    title = document.add_paragraph()
    title.add_run("Job Description: Fleet Dispatcher").bold = True
    title.runs[0].font.size = Pt(14)
    hours = "Rotating 10-hour shifts, including weekends and holidays"
    for label, value in (("Job Title", "Fleet Dispatcher"), ("Department", "Operations"),
                         ("Reports To", "Operations Manager"), ("FLSA Status", "Non-Exempt"),
                         ("Location", "Shreveport, LA terminal"), ("Prepared By", "Melissa Thibodeaux"),
                         ("Prepared Date", "03/12/2024"), ("Approved By", "Gary Landry")):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.6))
        paragraph.add_run(f"{label}:").bold = True
        paragraph.add_run(f"\t{value}")
    summary = ("Plans and coordinates the daily movement of the company's tractor-trailer fleet, assigning loads to "
               "drivers so that freight is picked up and delivered on time, safely and in compliance with DOT "
               "regulations.")
    duties = ["Assign loads to drivers based on location, hours of service and equipment",
              "Track trucks by GPS and update customers on pickup and delivery times",
              "Monitor drivers' hours of service through the ELD system",
              "Resolve breakdowns, delays and detention with drivers, customers and maintenance",
              "Enter load information and proof of delivery in the transportation management system",
              "Keep driver logs, trip sheets and dispatch records in order"]
    for heading, text in (("Summary", summary),
                          ("Essential Duties and Responsibilities", " include the following. Other duties may be assigned."),
                          ("Supervisory Responsibilities", "This job has no supervisory responsibilities."),
                          ("Qualifications", None), ("Work Schedule", hours),
                          ("Physical Demands", "While performing the duties of this job, the employee is regularly "
                                               "required to sit for long periods and use a computer and telephone."),
                          ("Work Environment", "Busy dispatch office; the noise level is usually moderate.")):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(heading).bold = True
        if heading.startswith("Essential"):
            paragraph.add_run(text)
            for duty in duties:
                document.add_paragraph(duty, style="List Bullet")
        elif text:
            document.add_paragraph(text)
        else:
            for label, value in (("Education", "High school diploma or GED"),
                                 ("Experience", "Two years of dispatch experience with a truckload carrier"),
                                 ("Language Skills", "Ability to speak clearly with drivers and customers on the phone")):
                line = document.add_paragraph()
                line.add_run(f"{label}: ").italic = True
                line.add_run(value)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Fleet Dispatcher",
        "basic.department": "Operations", "basic.reports_to": "Operations Manager",
        "basic.work_location": "Shreveport, LA terminal", "basic.subordinates": None, "summary": summary,
        "duties": duties, "qualifications.education": "High school diploma or GED",
        "qualifications.experience": ["Two years of dispatch experience with a truckload carrier"],
        "environment.hours": hours, "document.prepared_by": "Melissa Thibodeaux",
        "document.approved_by": "Gary Landry", "basic.prepared_on": "2024-03-12",
    }


TWENTY_FIRST: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("tea_factory_watermark", tea_factory_watermark),
    ("courier_depot_inline_numbers", courier_depot_inline_numbers),
    ("culture_station_spaced_labels", culture_station_spaced_labels),
    ("water_company_footer_signoff", water_company_footer_signoff),
    ("maternity_centre_scaled_labels", maternity_centre_scaled_labels),
    ("indian_tea_estate_designation", indian_tea_estate_designation),
    ("us_trucking_dispatcher", us_trucking_dispatcher))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTY_FIRST)

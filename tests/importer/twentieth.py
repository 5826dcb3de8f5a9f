"""A twentieth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a township
health centre's public-health officer on an ordinary grid whose duties are
numbered ① ② ③ by Word's enclosed characters (带圈字符: each number an EQ
field, eq \\o\\ac(○,1), with no text of its own in the document: Word
draws the circled number, LibreOffice none); a sewage
treatment company's water-quality analyst whose sign-off lines carry a
scanned signature (an inline picture after the approver's typed name) and
the company's red electronic seal (a picture floating behind the date
line); a district heating company's heat-exchange station operator whose
page header is Word's three-part header laid out by alignment tabs
(w:ptab: the company left, the form's name centred, its number right),
the parts of the body under ◆ headings; a county meteorological bureau's
observer whose grid's 岗位职责 cell says only 详见附页, the duties numbered
on an annex page after a page break, the sign-off rows inside the grid; a
fruit growers' cooperative's cold-store keeper typed without a table, bold
run-in labels, the duties and the requirements each one sentence of items
parted by ；, the date alone in Chinese numerals under the signers; an
Irish dairy co-operative's milk quality advisor in English on an old Word
template whose blanks are MACROBUTTON placeholders ([Click here and type
…]), all typed over but one left showing its prompt; a New Zealand
kiwifruit packhouse's shift supervisor in English (Position Description,
a shaded banner, Direct reports parted by " / ", Key responsibilities, a
health and safety and a Te Tiriti paragraph).

A few values are ambiguous on purpose, with no truth for them: the health
centre's 备注 row (visits to villages, riding an e-bike); the heating
company's 工作环境 paragraph and its 审核 (a reviewer beside the approver);
the bureau's 其他 line in its 任职条件 cell; the
cooperative's 待遇 line (pay, no field holds it); the Irish form's
Knowledge row and its Contract row; the packhouse's Health and safety and
Te Tiriti paragraphs and its Position type line. A careful import places
them right or names them in a warning.

Truth choices: an enclosed number made by an EQ field is a duty's
numbering, not part of it; a picture (a signature, a seal) is no text, the
typed name beside it the signer; a header's parts set apart by alignment
tabs are read one by one (the company the issuer, 编号 the document's
number); 详见附页 is no duty, the annex's numbered lines are the duties; a
sentence of items parted by ； is a list (its closing 。 no part of the
last item), and a requirement's 持有 is no part of the certificate; the
sewage company's shaded 任职资格 row merged across is a heading over the
rows under it, its 倒班 line the hours; a date alone under the signers is
the date prepared; a MACROBUTTON placeholder left showing its prompt is no value
(the Irish form has no subordinates), and 22/04/2024 on an Irish form is
22 April; items parted by " / " are a list; 审核人 is the approver where
no 批准 signs, not where one does; 无 under 下属岗位 is no subordinate.
Values keep their final ；, as the earlier truths do.

120 facts in all, 14 to 19 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twentieth`` for the figures.

First measured on the importer that had met the seventeenth batch, before
any rule was changed for them: 93/120 facts right (77.5 %), 11 silent
errors:

=======================================  =======  =======  ======
form                                     right    flagged  silent
=======================================  =======  =======  ======
township_health_centre_enclosed_numbers  17/18    1        0
sewage_plant_seal_and_signature          16/19    1        2
heating_company_alignment_tabs           13/19    4        2
weather_bureau_annex_duties              12/16    3        1
cooperative_semicolon_sentences          7/14     2        5
irish_coop_macrobutton_template          15/18    3        0
nz_packhouse_position_description        13/16    2        1
=======================================  =======  =======  ======

The silent errors, as the comparison shows them: labels spread by wide
gaps in a paragraph (日　期：, 上　　级：, 待　　遇：) cut into a heading of
one character and a label of the other, so the sewage company's date was
lost; the cooperative's headcount under 本岗人数, no label; the sewage
company's 倒班：… under 工作时间 taken for a working condition; the heating
company's ◆ headings read as bullets, its hours an item of experience;
the bureau's 填报时间 no label; the cooperative's ；-parted requirements one
certificate, its date in Chinese numerals under the signers not read; the
packhouse's direct reports parted by " / " one item.

After the rules it showed (a label spread by wide gaps one label; a shift
opening the hours under their label the hours; a bulleted label in bold a
heading; 填报人, 填报时间, 直接领导, 归属部门, 本岗人数, 仪器设备, Licence,
Principal Duties, What you will bring labels of their fields; a sentence of
requirements parted by ； each item in the field its shape names, 文化程度 an
education; a date alone under the signers the date prepared; names parted
by spaced slashes a list, not a name and its translation; an alignment tab
a wide gap and the form's name in a page header no second form; an annex
page's heading (附页：…岗位职责) the label it ends with; 卫生院 and 合作社 ending
an organisation's name; a line labelled Qualifications among the
requirements the education): 119/120 (99.2 %), 0 silent errors:

=======================================  =======  =======  ======
form                                     right    flagged  silent
=======================================  =======  =======  ======
township_health_centre_enclosed_numbers  18/18    0        0
sewage_plant_seal_and_signature          19/19    0        0
heating_company_alignment_tabs           19/19    0        0
weather_bureau_annex_duties              16/16    0        0
cooperative_semicolon_sentences          14/14    0        0
irish_coop_macrobutton_template          17/18    1        0
nz_packhouse_position_description        16/16    0        0
=======================================  =======  =======  ======

Flagged: the Irish form's hours (Hours, a label no field has, reported, as
in the seventeenth batch: made a label of the working hours, it takes a
Location after it for the work environment's place).
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

from tests.importer.eleventh import _lines, _widths
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font
from tests.importer.fourteenth import _field_run
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _instruction(text: str, size: int | None = None, position: int | None = None):
    """A run of field code, as Word writes each piece of an EQ field's code."""
    run = _element("w:r")
    properties = _element("w:rPr")
    if position is not None:
        properties.append(_element("w:position", val=str(position)))
    if size is not None:
        properties.append(_element("w:sz", val=str(size)))
    run.append(properties)
    code = _element("w:instrText")
    code.text = text
    code.set(qn("xml:space"), "preserve")
    run.append(code)
    return run


def _enclosed(paragraph, number: int) -> None:
    """The number in a circle by Word's enclosed characters: an EQ field whose
    code draws ○ over the digit, with no result text."""
    paragraph._p.append(_field_run(_element("w:fldChar", fldCharType="begin")))
    paragraph._p.append(_instruction("eq \\o\\ac("))
    paragraph._p.append(_instruction("○", size=31, position=-4))
    paragraph._p.append(_instruction(f",{number})", size=21))
    paragraph._p.append(_field_run(_element("w:fldChar", fldCharType="end")))


def township_health_centre_enclosed_numbers(path: Path) -> dict:
    """A township health centre's public-health officer: an ordinary grid,
    the duties numbered ① ② ③ by EQ fields of enclosed characters."""
    document = docx.Document()
    centre = "石门县皂市镇中心卫生院"
    _title(document, centre, font="宋体")
    _title(document, "岗位说明书", font="黑体")
    summary = "在公共卫生科科长领导下，承担辖区居民的基本公共卫生服务项目，指导村卫生室开展公共卫生工作。"
    duties = ["负责辖区居民健康档案的建立、更新和管理；", "负责高血压、2型糖尿病患者和65岁以上老年人的健康管理和随访；",
              "负责0-6岁儿童预防接种的登记、预约和接种信息录入；", "开展健康教育讲座，发放健康教育宣传资料；",
              "负责传染病疫情和突发公共卫生事件的信息报告；", "对村卫生室的公共卫生服务进行业务指导和季度考核。"]
    table = _grid(document, [
        ("岗位名称", "公共卫生管理员", "岗位编号", "ZS-GW-02"), ("所在科室", "公共卫生科", "上级岗位", "公共卫生科科长"),
        ("下属岗位", "无", "岗位定员", "2人"), ("岗位概要", summary, None, None), ("工作职责", "", None, None),
        ("学历要求", "中专及以上", "专业要求", "预防医学、临床医学、护理学"), ("资格证书", "护士执业资格证书", None, None),
        ("工作经历", "2年以上基层医疗卫生机构工作经历", None, None),
        ("工作时间", "周一至周五8:00-12:00，14:30-17:30", None, None),
        ("备　　注", "需经常下村入户开展随访，能骑电动车", None, None)], (1.1, 2.1, 1.1, 2.0))
    cell = table.cell(4, 1)
    for number, duty in enumerate(duties, 1):
        paragraph = cell.paragraphs[0] if number == 1 else cell.add_paragraph()
        _enclosed(paragraph, number)
        paragraph.add_run(duty)
        _font(paragraph)
    document.add_paragraph()
    _lines(document, "编写人：覃丽娟　　　　审批人：向志刚　　　　编写日期：2024年4月9日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": centre, "title": "公共卫生管理员", "id": "ZS-GW-02",
        "basic.department": "公共卫生科", "basic.reports_to": "公共卫生科科长", "basic.subordinates": None,
        "basic.headcount": 2, "summary": summary, "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.major": "预防医学、临床医学、护理学", "qualifications.certificates": ["护士执业资格证书"],
        "qualifications.experience": ["2年以上基层医疗卫生机构工作经历"],
        "environment.hours": "周一至周五8:00-12:00，14:30-17:30", "document.prepared_by": "覃丽娟",
        "document.approved_by": "向志刚", "basic.prepared_on": "2024-04-09",
    }


def _png(width: int, height: int, paint: Callable[[int, int], tuple[int, int, int, int]]) -> bytes:
    """A PNG image of RGBA pixels, each ``paint(x, y)``."""
    rows = b"".join(b"\x00" + b"".join(bytes(paint(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _signature_pixel(x: int, y: int) -> tuple[int, int, int, int]:
    """A pen stroke in blue ink: a wave across the image."""
    middle = 20 + 9 * math.sin(x / 7) + 4 * math.sin(x / 3)
    return (20, 40, 140, 255) if abs(y - middle) < 1.6 and 6 < x < 114 else (0, 0, 0, 0)


def _seal_pixel(x: int, y: int) -> tuple[int, int, int, int]:
    """A red round seal: a ring with a star at its centre."""
    distance = math.hypot(x - 60, y - 60)
    angle = math.atan2(y - 60, x - 60)
    star = 8 + 10 * (0.5 + 0.5 * math.cos(5 * (angle + math.pi / 2)))
    return (210, 20, 20, 220) if 50 <= distance <= 56 or distance <= star else (0, 0, 0, 0)


def _float_behind(run, right: int, down: int) -> None:
    """The run's inline picture made to float behind the text, offset from its paragraph (EMU)."""
    inline = run._r.find(".//" + qn("wp:inline"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{right}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{down}</wp:posOffset></wp:positionV>'
        f'</wp:anchor>')
    anchor.append(inline.find(qn("wp:extent")))
    anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
    anchor.append(parse_xml(f'<wp:wrapNone {nsdecls("wp")}/>'))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        anchor.append(inline.find(qn(tag)))
    inline.getparent().replace(inline, anchor)


def sewage_plant_seal_and_signature(path: Path) -> dict:
    """A sewage treatment company's water-quality analyst: a scanned signature
    after the approver's name, the red electronic seal floating over the date."""
    document = docx.Document()
    company = "安阳市宗村污水处理有限公司"
    _header(document, company)
    _title(document, "水质化验员职位说明书", font="黑体")
    summary = "按国家标准方法对进出水和污泥进行取样化验，为工艺调整提供准确数据，保证出水水质稳定达标。"
    duties = ["按化验计划对进水、出水及各工艺段水样进行取样和分析；", "检测COD、氨氮、总磷、总氮、SS等指标，填写原始记录；",
              "发现出水指标异常时立即报告化验室主任和当班工艺员；", "负责化验仪器的日常维护、期间核查和送检；",
              "管理化学试剂和危险化学品，做好领用登记；", "整理化验数据，按时上报环保部门和运营公司。"]
    tools = ["COD快速测定仪", "紫外可见分光光度计", "电子天平", "生化培养箱"]
    hours = "倒班：白班8:00-16:00，中班16:00-24:00，夜班0:00-8:00"
    table = _grid(document, [
        ("职位名称", "水质化验员", "职位编码", "ZC-HY-01"), ("所属部门", "化验室", "直接主管", "化验室主任"),
        ("编制人数", "3人", "工作地点", "厂区综合楼二楼化验室"), ("职位目的", summary, None, None),
        ("职责与工作任务", "\n".join(f"{number}.{duty}" for number, duty in enumerate(duties, 1)), None, None),
        ("任职资格", None, None, None), ("学　　历", "大专及以上", None, None),
        ("专　　业", "环境工程、给排水、分析化学等相关专业", None, None), ("经　　验", "1年以上水质化验工作经验", None, None),
        ("证　　书", "化学检验员（四级）职业技能等级证书", None, None), ("仪器设备", "、".join(tools), None, None),
        ("工作时间", hours, None, None)], (1.2, 2.0, 1.1, 2.0))
    _shade(table.cell(5, 0), "D9D9D9")
    table.cell(5, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph()
    indent = Inches(3.2)
    for line in ("编制人：孔令华", "批准人：梁国栋", "日　期：2024年5月20日"):
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.left_indent = indent
        paragraph.paragraph_format.space_after = Pt(10)
        _font(paragraph, "宋体")
    signed = document.paragraphs[-2].add_run("  ")
    signed.add_picture(BytesIO(_png(120, 40, _signature_pixel)), width=Inches(0.9))
    seal = document.paragraphs[-1].add_run()
    seal.add_picture(BytesIO(_png(120, 120, _seal_pixel)), width=Inches(1.3))
    _float_behind(seal, 3300000, -420000)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "水质化验员", "id": "ZC-HY-01",
        "basic.department": "化验室", "basic.reports_to": "化验室主任", "basic.headcount": 3,
        "basic.work_location": "厂区综合楼二楼化验室", "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上", "qualifications.major": "环境工程、给排水、分析化学等相关专业",
        "qualifications.experience": ["1年以上水质化验工作经验"],
        "qualifications.certificates": ["化学检验员（四级）职业技能等级证书"], "tools": tools, "environment.hours": hours,
        "document.prepared_by": "孔令华", "document.approved_by": "梁国栋", "basic.prepared_on": "2024-05-20",
    }


def _aligned(paragraph, *parts: tuple[str, str | None]) -> None:
    """Texts set apart by Word's alignment tabs (w:ptab), each ``(alignment, text)``;
    the first part stands at the left margin."""
    for alignment, text in parts:
        if alignment != "left":
            paragraph.add_run()._r.append(_element("w:ptab", relativeTo="margin", alignment=alignment, leader="none"))
        if text:
            paragraph.add_run(text)
    _font(paragraph, "宋体")


def heating_company_alignment_tabs(path: Path) -> dict:
    """A district heating company's heat-exchange station operator: the page
    header's three parts set apart by alignment tabs, the body under ◆ headings."""
    document = docx.Document()
    company = "晋中市瑞光热力有限公司"
    header = document.sections[0].header
    _aligned(header.paragraphs[0], ("left", company), ("center", "岗位说明书"), ("right", "编号：RG-RL-JD-008"))
    footer = document.sections[0].footer
    _aligned(footer.paragraphs[0], ("left", "2024年版"), ("center", None), ("right", "人力资源部制"))
    _title(document, "换热站运行工岗位说明书", font="黑体")
    _grid(document, [("岗位名称", "换热站运行工", "岗位代码", "RG-YX-05"), ("所属部门", "运行一所", "直接上级", "片区站长"),
                     ("岗位人数", "24人", "工作地点", "城东片区各换热站")], (1.1, 2.1, 1.1, 2.0))
    summary = "负责所辖换热站设备的运行操作和巡回检查，按调度指令调节供热参数，保证热用户室温达标和设备安全运行。"
    duties = ["按调度中心指令调整一次网流量和二次网供回水温度、压力；", "每2小时巡检一次换热器、循环泵、补水泵和配电柜，填写运行记录；",
              "发现跑冒滴漏、设备异响等异常情况及时处理并报告片区站长；", "负责水处理设备的运行和软化水水质检测；",
              "做好站内设备的清洁、润滑和非采暖期检修配合；", "接听热用户报修电话，配合客服做好入户查温。"]
    hours = "采暖期（11月1日至次年3月31日）实行四班三倒，非采暖期正常班8:00-17:00"
    parts = [("◆ 岗位目的", [summary]), ("◆ 工作职责", [f"{number}、{duty}" for number, duty in enumerate(duties, 1)]),
             ("◆ 任职要求", ["学历：技校、中专及以上", "专业：热能动力、供热通风、机电等相关专业", "证书：低压电工作业操作证",
                         "经验：1年以上供热站或设备运行经验"]),
             ("◆ 工作时间", [hours]), ("◆ 工作环境", ["站内噪声较大、温度较高，需夜间独立巡检"])]
    for heading, lines in parts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.add_run(heading).bold = True
        _font(paragraph, "黑体")
        _lines(document, *lines)
    document.add_paragraph()
    _lines(document, "编制：赵文斌　　　审核：李晓燕　　　批准：郭建平　　　日期：2024年8月15日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "document.number": "RG-RL-JD-008", "title": "换热站运行工",
        "id": "RG-YX-05", "basic.department": "运行一所", "basic.reports_to": "片区站长", "basic.headcount": 24,
        "basic.work_location": "城东片区各换热站", "summary": summary, "duties": duties,
        "qualifications.education": "技校、中专及以上", "qualifications.major": "热能动力、供热通风、机电等相关专业",
        "qualifications.certificates": ["低压电工作业操作证"], "qualifications.experience": ["1年以上供热站或设备运行经验"],
        "environment.hours": hours, "document.prepared_by": "赵文斌", "document.approved_by": "郭建平",
        "basic.prepared_on": "2024-08-15",
    }


def weather_bureau_annex_duties(path: Path) -> dict:
    """A county meteorological bureau's observer: the grid's 岗位职责 cell says
    详见附页, the duties numbered on an annex page after a page break."""
    document = docx.Document()
    bureau = "酉阳土家族苗族自治县气象局"
    _header(document, bureau)
    _title(document, "综合气象观测员岗位说明书", font="方正小标宋简体")
    summary = "承担国家基本气象站的地面综合观测和设备保障任务，保证观测数据准确、完整、及时传输。"
    _grid(document, [
        ("岗位名称", "综合气象观测员", "岗位编号", "YY-QX-GC01"), ("所在科室", "气象台", "直接领导", "气象台台长"),
        ("岗位人数", "4名", None, None), ("工作地点", "县国家基本气象站（钟多镇观测场）", None, None),
        ("岗位设置目的", summary, None, None), ("岗位职责", "详见附页", None, None),
        ("任职条件", "学历：全日制本科及以上\n专业：大气科学、应用气象学等相关专业\n其他：能适应24小时轮班值守", None, None),
        ("工作时间", "24小时轮班值守，每班12小时", None, None), ("填 报 人", "冉小燕", "审 核 人", "田光明"),
        ("填报时间", "2024年2月26日", None, None)], (1.2, 2.0, 1.1, 2.0))
    duties = ["按《地面气象观测规范》完成定时观测、天气现象观测和数据质量控制；", "每日巡视观测场和自动气象站设备，填写值班日志；",
              "自动站故障时启用备份站或人工补测，并按规定上报；", "负责区域自动气象站的巡检和维护，每季度不少于一次；",
              "及时编发重要天气报告，做好灾害性天气的实时监测；", "整理和归档气象观测资料，完成月报表的编制和上传；",
              "做好观测场及值班室的防雷、防火和安全保卫工作。"]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = document.add_paragraph()
    heading.add_run("附页：综合气象观测员岗位职责").bold = True
    _font(heading, "黑体")
    _lines(document, *(f"{number}．{duty}" for number, duty in enumerate(duties, 1)), font="仿宋_GB2312")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": bureau, "title": "综合气象观测员", "id": "YY-QX-GC01",
        "basic.department": "气象台", "basic.reports_to": "气象台台长", "basic.headcount": 4,
        "basic.work_location": "县国家基本气象站（钟多镇观测场）", "summary": summary, "duties": duties,
        "qualifications.education": "全日制本科及以上", "qualifications.major": "大气科学、应用气象学等相关专业",
        "environment.hours": "24小时轮班值守，每班12小时", "document.prepared_by": "冉小燕",
        "document.approved_by": "田光明", "basic.prepared_on": "2024-02-26",
    }


def _run_in(document, label: str, value: str):
    """A paragraph of a bold run-in label and its value."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(value)
    _font(paragraph, "宋体")
    return paragraph


def cooperative_semicolon_sentences(path: Path) -> dict:
    """A fruit growers' cooperative's cold-store keeper with no table: bold
    run-in labels, duties and requirements each one sentence parted by ；."""
    document = docx.Document()
    cooperative = "眉县秦岭金果猕猴桃专业合作社"
    _title(document, cooperative, font="宋体")
    _title(document, "冷库保管员岗位说明书", font="宋体")
    document.add_paragraph()
    duties = ["负责鲜果入库的过磅、验收和登记", "负责冷库温度、湿度的监测和记录，每天不少于4次", "按出库单发货，做到先进先出",
              "每月底与会计对账盘点，做到账、卡、物相符", "做好冷库防火、防盗和安全用电工作"]
    hours = "收购季（9月至11月）每天7:00-19:00，其余月份8:00-17:30"
    _run_in(document, "岗位名称：", "冷库保管员")
    _run_in(document, "归属部门：", "仓储部")
    _run_in(document, "上　　级：", "仓储部部长")
    _run_in(document, "本岗人数：", "2人")
    _run_in(document, "岗位职责：", "；".join(duties) + "。")
    _run_in(document, "任职要求：", "高中及以上文化程度；2年以上仓库或冷库管理经验；持有制冷与空调作业操作证。")
    _run_in(document, "工作时间：", hours)
    _run_in(document, "待　　遇：", "基本工资加计件，收购季另发加班补贴")
    document.add_paragraph()
    for line in ("制表人：冯小梅", "审批人：王建军", "二〇二四年三月二十日"):
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph, "宋体")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": cooperative, "title": "冷库保管员", "basic.department": "仓储部",
        "basic.reports_to": "仓储部部长", "basic.headcount": 2, "duties": duties,
        "qualifications.education": "高中及以上文化程度", "qualifications.experience": ["2年以上仓库或冷库管理经验"],
        "qualifications.certificates": ["制冷与空调作业操作证"], "environment.hours": hours,
        "document.prepared_by": "冯小梅", "document.approved_by": "王建军", "basic.prepared_on": "2024-03-20",
    }


def _placeholder(cell, prompt: str) -> None:
    """A MACROBUTTON field of an old Word template, still showing its prompt."""
    paragraph = cell.paragraphs[0]
    code = _element("w:instrText")
    code.text = f" MACROBUTTON  NoMacro {prompt} "
    code.set(qn("xml:space"), "preserve")
    for piece in (_element("w:fldChar", fldCharType="begin"), code, _element("w:fldChar", fldCharType="end")):
        paragraph._p.append(_field_run(piece))


def irish_coop_macrobutton_template(path: Path) -> dict:
    """An Irish dairy co-operative's milk quality advisor on an old template
    whose blanks are MACROBUTTON placeholders, one left showing its prompt."""
    document = docx.Document()
    company = "Suir Valley Co-operative Creameries Ltd"
    _header(document, company, "Carrigeen Road, Clonmel, Co. Tipperary")
    _footer(document, "HR-F-012  Job Description Template (rev. 2009)")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading = title.add_run("JOB DESCRIPTION")
    heading.bold = True
    heading.font.size = Pt(14)
    heading.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    table = _grid(document, [("Job Title:", "Milk Quality Advisor"), ("Job Reference:", "SVC-MQA-2024-07"),
                             ("Department:", "Milk Supply"), ("Location:", "Clonmel, with travel to supplier farms"),
                             ("Reporting to:", "Milk Supply Manager"), ("Direct Reports:", ""), ("Grade:", "Band C"),
                             ("Contract:", "Permanent, full-time")], (1.7, 4.6))
    _placeholder(table.cell(5, 1), "[Click here and type direct reports]")
    for row in table.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    summary = ("To work with milk suppliers to improve milk quality and hygiene on farm, so that the Society's milk "
               "meets processing and export standards and suppliers achieve quality bonuses.")
    duties = ["Visit supplier farms to advise on milking hygiene, cooling and bulk tank management",
              "Follow up suppliers with high TBC, SCC or thermoduric results and agree improvement plans",
              "Investigate antibiotic residue failures and advise on withdrawal periods",
              "Carry out Sustainable Dairy Assurance Scheme audits where required",
              "Run discussion groups and milk quality clinics for suppliers",
              "Keep farm visit records up to date on the milk supply system",
              "Work with the laboratory and haulage teams on sampling and collection issues"]
    for text, body in (("Overall Purpose", summary), ("Principal Duties and Responsibilities", None)):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(text).bold = True
        if body:
            document.add_paragraph(body)
    for duty in duties:
        document.add_paragraph(duty, style="List Number")
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("Qualifications and Experience").bold = True
    requirements = _grid(document, [
        ("Education:", "Degree in Agricultural Science, Dairy Science or a related discipline"),
        ("Experience:", "Minimum 3 years' experience in dairy farm advisory or milk quality work"),
        ("Knowledge:", "Working knowledge of milking machine testing and the SDAS standard"),
        ("Licence:", "Full clean driving licence"),
        ("Hours:", "39 hours per week, Monday to Friday, with some evening meetings")], (1.7, 4.6))
    for row in requirements.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    document.add_paragraph()
    for line in ("Prepared by:\tSiobhán Kelly", "Approved by:\tDeclan Ryan", "Date:\t22/04/2024"):
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.5))
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Milk Quality Advisor", "id": "SVC-MQA-2024-07",
        "basic.department": "Milk Supply", "basic.work_location": "Clonmel, with travel to supplier farms",
        "basic.reports_to": "Milk Supply Manager", "basic.subordinates": None, "basic.grade": "Band C",
        "summary": summary, "duties": duties,
        "qualifications.education": "Degree in Agricultural Science, Dairy Science or a related discipline",
        "qualifications.experience": ["Minimum 3 years' experience in dairy farm advisory or milk quality work"],
        "qualifications.certificates": ["Full clean driving licence"],
        "environment.hours": "39 hours per week, Monday to Friday, with some evening meetings",
        "document.prepared_by": "Siobhán Kelly", "document.approved_by": "Declan Ryan",
        "basic.prepared_on": "2024-04-22",
    }


def nz_packhouse_position_description(path: Path) -> dict:
    """A New Zealand kiwifruit packhouse's shift supervisor in English: a
    shaded banner, direct reports parted by " / ", bullets, closing paragraphs."""
    document = docx.Document()
    company = "Kaimai Coast Packhouse Limited"
    _header(document, company)
    banner = document.add_table(rows=1, cols=1)
    _shade(banner.cell(0, 0), "2E7D32")
    run = banner.cell(0, 0).paragraphs[0].add_run("Position Description")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _widths(banner, 6.3)
    document.add_paragraph()
    facts = _grid(document, [("Position title", "Packhouse Shift Supervisor"), ("Department", "Packhouse Operations"),
                             ("Reports to", "Packhouse Manager"), ("Direct reports", "Line Leaders / Packing Staff"),
                             ("Location", "No. 2 Packhouse, 41 Quarry Road, Te Puke"),
                             ("Position type", "Seasonal fixed term, March to June")], (1.8, 4.5))
    for row in facts.rows:
        _shade(row.cells[0], "E8F5E9")
    summary = ("Lead the packing shift so that fruit is graded, packed and palletised to Zespri and customer "
               "specifications, safely and on schedule.")
    duties = ["Run the shift start-up meeting and allocate staff to lines and stations",
              "Monitor packing rates and reject levels and adjust the line to meet targets",
              "Work with Quality Control to resolve grading or packing defects",
              "Make sure staff follow food safety, hygiene and MPI export requirements",
              "Report hazards, incidents and near misses and take part in investigations",
              "Train and coach Line Leaders and new packing staff",
              "Complete shift reports and timesheets before hand-over"]
    hours = "10-hour day or night shifts on a rotating roster, including weekends"
    for text, lines in (("Position purpose", [summary]), ("Key responsibilities", [])):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(text).bold = True
        for line in lines:
            document.add_paragraph(line)
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.add_run("What you will bring").bold = True
    for line in ("Qualifications: NCEA Level 2 or equivalent",
                 "Experience: At least two seasons supervising staff in a kiwifruit or produce packhouse",
                 "Certificates: Current forklift licence with F endorsement", f"Hours of work: {hours}"):
        document.add_paragraph(line)
    for text, body in (("Health and safety", "Everyone at Kaimai Coast is responsible for their own safety and the "
                                             "safety of others, and must follow the site's health and safety "
                                             "procedures."),
                       ("Te Tiriti o Waitangi", "We are committed to the principles of Te Tiriti o Waitangi and to "
                                                "a workplace where everyone is valued.")):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(text).bold = True
        document.add_paragraph(body)
    document.add_paragraph()
    _grid(document, [("Prepared by", "Sarah Mitchell"), ("Approved by", "Hemi Walker"), ("Date", "6 May 2024")],
          (1.8, 4.5))
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": company, "title": "Packhouse Shift Supervisor",
        "basic.department": "Packhouse Operations", "basic.reports_to": "Packhouse Manager",
        "basic.subordinates": ["Line Leaders", "Packing Staff"],
        "basic.work_location": "No. 2 Packhouse, 41 Quarry Road, Te Puke", "summary": summary, "duties": duties,
        "qualifications.education": "NCEA Level 2 or equivalent",
        "qualifications.experience": ["At least two seasons supervising staff in a kiwifruit or produce packhouse"],
        "qualifications.certificates": ["Current forklift licence with F endorsement"], "environment.hours": hours,
        "document.prepared_by": "Sarah Mitchell", "document.approved_by": "Hemi Walker",
        "basic.prepared_on": "2024-05-06",
    }


TWENTIETH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("township_health_centre_enclosed_numbers", township_health_centre_enclosed_numbers),
    ("sewage_plant_seal_and_signature", sewage_plant_seal_and_signature),
    ("heating_company_alignment_tabs", heating_company_alignment_tabs),
    ("weather_bureau_annex_duties", weather_bureau_annex_duties),
    ("cooperative_semicolon_sentences", cooperative_semicolon_sentences),
    ("irish_coop_macrobutton_template", irish_coop_macrobutton_template),
    ("nz_packhouse_position_description", nz_packhouse_position_description))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWENTIETH)

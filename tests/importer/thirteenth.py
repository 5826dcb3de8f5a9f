"""A thirteenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a security
company's patrol guard on a printed form of underlined blanks, each value
typed over its blank (underlined runs padded with spaces), a blank left
empty as underlined spaces or as typed underscores, the labels set to an
equal width by Word's fit text (w:fitText), the date typed into
____年__月__日; a Danish-owned wind-turbine service company's technician in
English on the group's template, whose title, job code and department are
DOCPROPERTY fields showing the document's custom properties, section
headings shaded bars in small capitals, labels and values set apart by a
tab, the document number in the footer beside PAGE fields; a ceramic tile
factory's kiln operator written in Word 2003 in 2009 and later saved as
.docx, its names, dates and a weight still wrapped in the smart tags Word
2003 put on them (PersonName, chsdate, chmetcnv); a consumer finance
company's risk strategy analyst exported by an HR SaaS system whose
document is a line of export data and the form as an HTML chunk the
document imports (w:altChunk), which Word shows in its place (LibreOffice
shows only the export line); a county library's ancient-book restorer as
the annex (附件) to a public institution's employment contract (事业单位聘用合同):
the contract's parties, terms and signatures, then after a page break the
post's form with 岗位类别 and 岗位等级; a seed company's breeding assistant whose
headings are numbered 一、二、 by Word (chineseCounting) and whose items (1)…
are Word's numbering too, the department and the superior hyperlinks into
the intranet's organisation pages; a Macau public centre's marine
education guide whose every label is Chinese (Traditional) over its
Portuguese after a line break, the values in Chinese, the duties lettered
a) b) by Word's numbering.

A few values are ambiguous on purpose, with no truth for them: the guard's
年龄 row (no field holds an age); the wind technician's "Languages" line;
the tile factory's 证书 row (叉车证优先: preferred, not required); the finance
analyst's 技能要求 (SQL, Python and scorecard models: knowledge or skills) and
the HR system's export line; the contract's own terms (its term of three
years, the employee's name, the date it was signed: a contract's date, not
the form's) and its 考核要求; the seed company's 其他 requirement (Excel, a
driving licence preferred), its 工作环境 line and its career path; the Macau
centre's Portuguese name in the page header and its 語言 row (葡文者優先). A
careful import places them right or names them in a warning.

Truth choices: a blank left empty (underlined spaces or underscores) is no
value; a field's shown result is its value; a smart tag's text is the text
it wraps; the HTML chunk's form is the document's form; the contract's 甲方
is the issuer and its annex the position (the contract's 第二条 names the
same post); a label in Chinese over Portuguese is the Chinese label, the
values being Chinese; the Macau centre's Chinese name is its issuer, and
the wind company's issuer is its legal name in the page header, the seed
company's its name in the page header (not the department after it). A
hyperlink's text is the value, not its address. The library's form names
no one who prepared it, so its truth has no one.

116 facts in all, 13 to 20 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.thirteenth`` for the figures.

First measured on the importer that had met the twelfth batch: 91/116
facts right (78.4 %), 21 silent errors:

===============================  =======  =======  ======
form                             right    flagged  silent
===============================  =======  =======  ======
security_underlined_blanks       18/19    0        1
wind_service_docproperty_fields  17/20    1        2
tile_factory_smart_tags          18/18    0        0
finance_saas_alt_chunk           0/16     0        16
library_contract_annex           12/13    1        0
seed_company_numbered_headings   16/16    0        0
macau_portuguese_labels          10/14    2        2
===============================  =======  =======  ======

16 of the silent errors are the HTML chunk's form, of which nothing was
read (not even the source language: the spec is empty or not written).
The others, as the comparison shows them: the typed underscores of an
empty blank (审核人：________) kept as the approver; the wind template's
Languages line kept as experience, and the footer's document number kept
with the revision and page fields after it; the Macau form's 語言 row,
Portuguese label included, kept as experience, and its 編製日期 not read.
Flagged: the wind form's certificates, the contract's issuer, the Macau
form's department (所屬附屬單位) and major (專業範疇).

After the rules it showed (an HTML chunk the document imports read in its
place as paragraphs and tables, one the import cannot read refused naming
it; a blank of underscores no value; page furniture set apart by a bar
after a value, Rev. 2 | Page 1 of 2, reported and no part of it; a label
cell glossed on a second line in another script, 語言 over Línguas, one
label, reported as a label no field has when none has it; a label set off
by a tab keying the lines after it as a colon does, so that an unknown
label among them is reported; a requirement's label saying it is required,
Certificates required and 证书要求, the label's field; 公司 and Company the
issuer's labels): 113/116 (97.4 %), 0 silent errors:

===============================  =======  =======  ======
form                             right    flagged  silent
===============================  =======  =======  ======
security_underlined_blanks       19/19    0        0
wind_service_docproperty_fields  20/20    0        0
tile_factory_smart_tags          18/18    0        0
finance_saas_alt_chunk           16/16    0        0
library_contract_annex           12/13    1        0
seed_company_numbered_headings   16/16    0        0
macau_portuguese_labels          12/14    2        0
===============================  =======  =======  ======

Flagged, not read: the contract's issuer (甲方（聘用单位）：嘉禾县图书馆,
reported as a label no field has: a contract's party is no form's label);
the Macau form's department (所屬附屬單位 over Subunidade) and major
(專業範疇 over Área de formação), each reported with its value as a label
no field has.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

from tests.importer.eleventh import _lines, _widths
from tests.importer.forms import _font, _numbered, _numbering, _write
from tests.importer.fresh import _element
from tests.importer.ninth import _field, _page_break, _shade, _text_run
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures

_FIT_IDS = itertools.count(380_000_001)
"""Word numbers each fit-text run; these are the ids the runs here take."""


def _fitted(paragraph, label: str, characters: int = 4) -> None:
    """``label`` fitted by Word's fit text to the width of ``characters`` characters of 10.5 pt."""
    run = paragraph.add_run(label)
    _font(paragraph, "宋体")
    run._r.get_or_add_rPr().append(_element("w:fitText", val=str(210 * characters), id=str(next(_FIT_IDS))))


def _blank(paragraph, text: str = "", width: int = 0) -> None:
    """A blank of the printed form: underlined, ``text`` typed over it, padded with spaces to ``width``."""
    padding = max(width - len(text), 0)
    run = paragraph.add_run(f"　{text}{'　' * padding}　" if text else "　" * width)
    run.font.underline = True


def _line(document, *parts: tuple[str, str]) -> None:
    """A line of the printed form: (label, value) pairs, each value on its blank."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(6)
    for index, (label, value) in enumerate(parts):
        if index:
            paragraph.add_run("　　")
        _fitted(paragraph, label)
        paragraph.add_run("：")
        _blank(paragraph, value, 8 if value else 10)


def security_underlined_blanks(path: Path) -> dict:
    """A security company's patrol guard on a printed form of underlined
    blanks: each value typed over its blank, two blanks left empty (one as
    underlined spaces, one as typed underscores), the labels fitted to one
    width, the date typed into ____年__月__日."""
    document = docx.Document()
    _header(document, "金盾保安服务有限公司")
    _footer(document, "JD/QR-HR-011")
    _title(document, "岗 位 说 明 书", font="宋体")
    summary = "负责驻勤区域的日常巡逻和安全防范，及时发现和处置治安、消防隐患，维护客户单位的正常秩序。"
    duties = ["按规定路线和频次对驻勤区域进行巡逻，做好巡逻签到记录；", "检查门窗、消防设施和重点部位，发现隐患及时报告并处置；",
              "劝阻和制止区域内的违规停车、推销和可疑人员滞留；", "配合处置突发事件，保护现场并协助公安机关调查；",
              "做好交接班工作，如实填写值勤日志。"]
    hours = "四班三运转，每班8小时"
    _line(document, ("岗位名称", "巡逻保安员"), ("岗位编号", "JD-XL-03"))
    _line(document, ("所属部门", "勤务管理部"), ("直接上级", "巡逻队长"))
    _line(document, ("直接下级", ""), ("岗位定员", "12人"))
    _line(document, ("工作地点", "新区科技园驻勤点"))
    overview = document.add_paragraph()
    _fitted(overview, "岗位概述")
    overview.add_run("：")
    _blank(overview, summary)
    heading = document.add_paragraph()
    _fitted(heading, "岗位职责")
    heading.add_run("：")
    for number, duty in enumerate(duties, 1):
        item = document.add_paragraph()
        item.paragraph_format.left_indent = Pt(21)
        item.add_run(f"{number}．")
        _blank(item, duty)
    requirements = document.add_paragraph()
    _fitted(requirements, "任职要求")
    requirements.add_run("：")
    for label, value in (("学历", "高中及以上"), ("年龄", "18-45周岁"), ("经验", "1年以上保安或部队服役经历"),
                         ("证书", "保安员证"), ("身体条件", "身高170cm以上，身体健康，无犯罪记录")):
        item = document.add_paragraph()
        item.paragraph_format.left_indent = Pt(21)
        _fitted(item, label)
        item.add_run("：")
        _blank(item, value, 12)
    _line(document, ("工作时间", hours))
    document.add_paragraph()
    sign = document.add_paragraph()
    sign.add_run("填表人：")
    _blank(sign, "吴建军")
    sign.add_run("　　审核人：________　　填表日期：")
    _blank(sign, "2024")
    sign.add_run("年")
    _blank(sign, "4")
    sign.add_run("月")
    _blank(sign, "22")
    sign.add_run("日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "金盾保安服务有限公司", "title": "巡逻保安员", "id": "JD-XL-03",
        "basic.department": "勤务管理部", "basic.reports_to": "巡逻队长", "basic.subordinates": None, "basic.headcount": 12,
        "basic.work_location": "新区科技园驻勤点", "summary": summary, "duties": duties,
        "qualifications.education": "高中及以上", "qualifications.experience": ["1年以上保安或部队服役经历"],
        "qualifications.certificates": ["保安员证"], "physical": "身高170cm以上，身体健康，无犯罪记录",
        "environment.hours": hours, "document.prepared_by": "吴建军", "document.approved_by": None,
        "basic.prepared_on": "2024-04-22",
    }


def _custom_properties(document, properties: dict[str, str]) -> None:
    """The document's custom properties (File > Properties > Custom), as Word keeps them."""
    entries = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}"><vt:lpwstr>{value}'
        f'</vt:lpwstr></property>' for pid, (name, value) in enumerate(properties.items(), 2))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{entries}</Properties>')
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _bar(document, text: str) -> None:
    """A section heading as the template draws it: a shaded bar, white bold small capitals."""
    paragraph = document.add_paragraph()
    paragraph._p.get_or_add_pPr().append(_element("w:shd", val="clear", color="auto", fill="1F4E79"))
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.space_after = Pt(4)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.small_caps = True
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _tabbed(document, label: str, value: str = "", field: str = "") -> None:
    """A label, a tab to 1.9 inches, and the value: text, or a DOCPROPERTY field showing it."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
    paragraph.paragraph_format.left_indent = Inches(1.9)
    paragraph.paragraph_format.first_line_indent = Inches(-1.9)
    paragraph.add_run(f"{label}:").bold = True
    paragraph.add_run("\t")
    if field:
        _field(paragraph, f"DOCPROPERTY  {field}  \\* MERGEFORMAT", value)
    else:
        paragraph.add_run(value)


def wind_service_docproperty_fields(path: Path) -> dict:
    """A Danish-owned wind-turbine service company's technician on the
    group's English template: title, job code and department DOCPROPERTY
    fields showing the document's custom properties, section headings as
    shaded bars in small capitals, labels and values set apart by a tab,
    the document number beside PAGE fields in the footer."""
    document = docx.Document()
    title = "Wind Turbine Service Technician"
    properties = {"JobTitle": title, "JobCode": "NWS-TEC-03", "Department": "Service Operations North",
                  "DocNo": "HR-JD-0412"}
    _custom_properties(document, properties)
    _header(document, "Nordvind Service (Tianjin) Co., Ltd.")
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Document No. ")
    _field(footer, "DOCPROPERTY  DocNo  \\* MERGEFORMAT", "HR-JD-0412")
    footer.add_run("  |  Rev. 2  |  Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "2")
    heading = document.add_paragraph()
    heading.add_run("JOB DESCRIPTION").bold = True
    name = document.add_paragraph()
    _field(name, "DOCPROPERTY  JobTitle  \\* MERGEFORMAT", title)
    name.runs[-2].font.size = Pt(18)
    summary = ("To keep the wind turbines in the northern service region safe and available by carrying out "
               "scheduled maintenance, troubleshooting and repairs to Nordvind's standards.")
    duties = ["Carry out scheduled and unscheduled maintenance on turbines in line with service manuals and checklists.",
              "Troubleshoot electrical, hydraulic and mechanical faults and replace failed components.",
              "Follow lock-out/tag-out, rescue and work-at-height procedures on every job.",
              "Record work orders, findings and spare-part use in SAP PM the same day.",
              "Report safety observations and suggest improvements to maintenance routines."]
    hours = "40 hours per week, Monday to Friday, with on-call duty one week in four"
    physical = "Able to climb 100 m turbine towers and work at height in all weathers"
    _bar(document, "Position details")
    _tabbed(document, "Job Title", title, "JobTitle")
    _tabbed(document, "Job Code", "NWS-TEC-03", "JobCode")
    _tabbed(document, "Department", "Service Operations North", "Department")
    _tabbed(document, "Reports To", "Site Supervisor")
    _tabbed(document, "Location", "Tianjin, with travel to wind farms in Hebei and Inner Mongolia")
    _tabbed(document, "Grade", "T3")
    _bar(document, "Purpose of the role")
    document.add_paragraph(summary)
    _bar(document, "Key accountabilities")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _bar(document, "Qualifications and experience")
    _tabbed(document, "Education", "Technical diploma or above")
    _tabbed(document, "Field of Study", "Electrical, Mechanical or Mechatronics Engineering")
    _tabbed(document, "Experience", "At least 2 years of maintenance experience on wind turbines or heavy "
                                    "industrial equipment")
    _tabbed(document, "Languages", "Working English; Danish is an advantage")
    _bar(document, "Certificates required")
    certificates = ["GWO Basic Safety Training", "Low-voltage Electrician Operation Certificate"]
    for certificate in certificates:
        document.add_paragraph(certificate, style="List Bullet")
    _bar(document, "Working conditions")
    _tabbed(document, "Working Hours", hours)
    _tabbed(document, "Physical Requirements", physical)
    _bar(document, "Document control")
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for column, (label, value) in enumerate((("Prepared by", "Li Na"), ("Approved by", "Henrik Madsen"),
                                             ("Effective Date", "1 May 2024"))):
        table.cell(0, column).paragraphs[0].add_run(label).bold = True
        table.cell(1, column).paragraphs[0].add_run(value)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": "Nordvind Service (Tianjin) Co., Ltd.", "title": title,
        "id": "NWS-TEC-03", "basic.department": "Service Operations North", "basic.reports_to": "Site Supervisor",
        "basic.work_location": "Tianjin, with travel to wind farms in Hebei and Inner Mongolia", "basic.grade": "T3",
        "summary": summary, "duties": duties, "qualifications.education": "Technical diploma or above",
        "qualifications.major": "Electrical, Mechanical or Mechatronics Engineering",
        "qualifications.experience": ["At least 2 years of maintenance experience on wind turbines or heavy "
                                      "industrial equipment"],
        "qualifications.certificates": certificates, "environment.hours": hours, "physical": physical,
        "document.prepared_by": "Li Na", "document.approved_by": "Henrik Madsen",
        "document.effective_date": "2024-05-01", "document.number": "HR-JD-0412",
    }


_SMART_TAGS = "urn:schemas-microsoft-com:office:smarttags"


def _smart_tag(paragraph, element: str, text: str, **attributes: str) -> None:
    """``text`` wrapped in a Word 2003 smart tag (PersonName, chsdate, chmetcnv) with its attributes."""
    found = "".join(f'<w:attr w:name="{name}" w:val="{value}"/>' for name, value in attributes.items())
    tag = parse_xml(f'<w:smartTag {nsdecls("w")} w:uri="{_SMART_TAGS}" w:element="{element}">'
                    f'<w:smartTagPr>{found}</w:smartTagPr></w:smartTag>')
    tag.append(_text_run(text))
    paragraph._p.append(tag)


def _person(paragraph, name: str) -> None:
    _smart_tag(paragraph, "PersonName", name, ProductID=name)


def tile_factory_smart_tags(path: Path) -> dict:
    """A ceramic tile factory's kiln operator written in Word 2003 in 2009 and
    later saved as .docx: its names, its date and a weight still wrapped in
    Word 2003's smart tags, the grid's labels fitted to one width."""
    document = docx.Document()
    _header(document, "佛山市南海区金陶陶瓷有限公司")
    _footer(document, "JT/HR-2009-05")
    _title(document, "岗位说明书", font="宋体")
    summary = "按烧成工艺要求操作辊道窑，控制窑炉温度曲线和气氛，保证瓷砖烧成质量和窑炉安全运行。"
    duties = ["按工艺卡设定和调整窑炉各温区温度、压力和辊速；", "每小时巡检窑炉、风机和燃气管路，填写烧成记录；",
              "检查出窑产品的变形、色差和裂纹，发现问题及时调整并上报；", "负责窑炉停窑、升温和降温操作，做好交接班；",
              "指导窑炉学徒工操作，保持窑炉区域清洁。"]
    hours = "三班倒，每班8小时"
    rows = [("岗位名称", "窑炉烧成工", "岗位编号", "SC-YL-05"), ("所属部门", "烧成车间", "直接上级", "烧成车间主任"),
            ("直接下级", "窑炉学徒工", "岗位定员", "8人"), ("工作地点", "二号厂房辊道窑", None, None),
            ("工作概要", summary, None, None), ("工作职责", None, None, None), ("学　　历", "初中及以上", None, None),
            ("工作经验", "2年以上陶瓷窑炉烧成工作经验", None, None), ("证　　书", "叉车证优先", None, None),
            ("身体条件", None, None, None), ("工作时间", hours, None, None)]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for index, (label, value, second_label, second_value) in enumerate(rows):
        _fitted(table.cell(index, 0).paragraphs[0], label.replace("　", ""))
        if second_label:
            _write(table.cell(index, 1), value)
            _fitted(table.cell(index, 2).paragraphs[0], second_label)
            _write(table.cell(index, 3), second_value)
            continue
        cell = table.cell(index, 1).merge(table.cell(index, 3))
        if value:
            _write(cell, value)
        elif label == "工作职责":
            _write(cell, *(f"{number}、{duty}" for number, duty in enumerate(duties, 1)))
        else:
            body = cell.paragraphs[0]
            body.add_run("身体健康，能适应高温环境，能搬运")
            _smart_tag(body, "chmetcnv", "25公斤", TCSC="0", NumberType="1", Negative="False", HasSpace="False",
                       SourceValue="25", UnitName="公斤")
            body.add_run("重物")
    _widths(table, 1.1, 2.0, 1.1, 2.0)
    document.add_paragraph()
    sign = document.add_paragraph("编制：")
    _person(sign, "梁志强")
    sign.add_run("　　　审核：")
    _person(sign, "何伟民")
    sign.add_run("　　　日期：")
    _smart_tag(sign, "chsdate", "2009年3月16日", Year="2009", Month="3", Day="16", IsLunarDate="False",
               IsROCDate="False")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "佛山市南海区金陶陶瓷有限公司", "title": "窑炉烧成工", "id": "SC-YL-05",
        "basic.department": "烧成车间", "basic.reports_to": "烧成车间主任", "basic.subordinates": ["窑炉学徒工"],
        "basic.headcount": 8, "basic.work_location": "二号厂房辊道窑", "summary": summary, "duties": duties,
        "qualifications.education": "初中及以上", "qualifications.experience": ["2年以上陶瓷窑炉烧成工作经验"],
        "physical": "身体健康，能适应高温环境，能搬运25公斤重物", "environment.hours": hours,
        "document.prepared_by": "梁志强", "document.approved_by": "何伟民", "basic.prepared_on": "2009-03-16",
    }


def _html_chunk(document, html: str) -> None:
    """``html`` as a part the document imports where it stands (w:altChunk), as systems built on the Open XML SDK write forms."""
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html.encode("utf-8"), document.part.package)
    relation = document.part.relate_to(part, RT.A_F_CHUNK)
    anchor = document.add_paragraph()._p
    anchor.addprevious(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{relation}"/>'))
    anchor.getparent().remove(anchor)


def finance_saas_alt_chunk(path: Path) -> dict:
    """A consumer finance company's risk strategy analyst exported by an HR
    SaaS system: a line of export data, then the form as an HTML chunk the
    document imports (w:altChunk), seen only when Word opens it."""
    document = docx.Document()
    _lines(document, "云聘HR · 职位管理　导出人：蒋雯　导出时间：2024-05-09 16:20")
    summary = "负责个人消费信贷产品的贷前审批策略和贷中监控策略的制定与优化，在控制风险的前提下提升审批通过率。"
    duties = ["根据产品和客群特点设计贷前准入、授信和定价策略；", "监控资产质量和策略表现，定期输出风险分析报告；",
              "开展策略A/B测试，评估调整效果并持续优化；", "与模型、数据和产品团队合作推动风控规则上线；",
              "跟踪监管政策和行业风险动态，提出应对建议。"]
    cell = 'style="border:1px solid #999;padding:4px"'
    label = 'style="border:1px solid #999;padding:4px;background:#EEF3FA;width:110px;font-weight:bold"'
    items = "".join(f"<li>{duty}</li>" for duty in duties)
    rows = [("公司", "汇融消费金融股份有限公司", "职位名称", "风控策略分析师"), ("职位编码", "HR-FK-0207", "所属部门", "风险管理部"),
            ("汇报对象", "风控策略经理", "职级", "P6"), ("工作地点", "重庆市江北区", "编制人数", "3")]
    grid = "".join(f"<tr><td {label}>{a}</td><td {cell}>{b}</td><td {label}>{c}</td><td {cell}>{d}</td></tr>"
                   for a, b, c, d in rows)
    wide = [("职位概述", summary), ("岗位职责", f"<ol>{items}</ol>"), ("学历要求", "本科及以上"),
            ("专业要求", "统计学、数学、金融工程、计算机等相关专业"), ("工作经验", "2年以上银行、消费金融或互联网金融风控策略经验"),
            ("技能要求", "熟练使用SQL、Python，熟悉评分卡模型和决策引擎"), ("创建人", "蒋雯"), ("创建时间", "2024-04-26")]
    grid += "".join(f'<tr><td {label}>{a}</td><td {cell} colspan="3">{b}</td></tr>' for a, b in wide)
    _html_chunk(document, f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>职位说明书</title></head>
<body style="font-family:'Microsoft YaHei';font-size:10.5pt">
<h2 style="text-align:center">职位说明书</h2>
<table style="border-collapse:collapse;width:100%">{grid}</table>
</body></html>""")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "汇融消费金融股份有限公司", "title": "风控策略分析师", "id": "HR-FK-0207",
        "basic.department": "风险管理部", "basic.reports_to": "风控策略经理", "basic.grade": "P6",
        "basic.work_location": "重庆市江北区", "basic.headcount": 3, "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上", "qualifications.major": "统计学、数学、金融工程、计算机等相关专业",
        "qualifications.experience": ["2年以上银行、消费金融或互联网金融风控策略经验"], "document.prepared_by": "蒋雯",
        "basic.prepared_on": "2024-04-26",
    }


def library_contract_annex(path: Path) -> dict:
    """A county library's ancient-book restorer as the annex to a public
    institution's employment contract: the contract's parties, clauses and
    signatures, then after a page break 附件 and the post's form with
    岗位类别 and 岗位等级."""
    document = docx.Document()
    _footer(document, "本合同一式三份，甲乙双方各执一份，一份存入乙方人事档案。")
    _title(document, "事业单位聘用合同", font="宋体")
    library = "嘉禾县图书馆"
    _lines(document, f"甲方（聘用单位）：{library}", "法定代表人：陈国栋", "乙方（受聘人员）：王倩", "身份证号码：4310**********0026",
           "根据国家和省有关事业单位人事管理的规定，甲乙双方遵循平等自愿、协商一致的原则，签订本合同。",
           "第一条　合同期限", "本合同期限为三年，自2024年7月1日起至2027年6月30日止，其中试用期三个月。", "第二条　工作岗位",
           "甲方根据工作需要，聘用乙方在古籍部古籍修复员岗位（专业技术岗位十一级）工作，岗位职责和任职条件见附件《岗位说明书》。",
           "第三条　工作条件和劳动保护", "甲方为乙方提供符合国家规定的工作场所和劳动保护用品。",
           "第四条　工资福利", "乙方的工资按国家和省有关事业单位工资政策执行。", "第五条　合同的变更、解除和终止",
           "按照《事业单位人事管理条例》的有关规定执行。")
    document.add_paragraph()
    _lines(document, "甲方（盖章）　　　　　　　　　　乙方（签名）：王倩", "法定代表人：陈国栋",
           "2024年6月20日　　　　　　　　　　2024年6月20日")
    _page_break(document)
    _lines(document, "附件", font="黑体")
    _title(document, "岗位说明书", font="宋体")
    summary = "负责馆藏古籍的保护与修复，延长古籍寿命，配合古籍普查和数字化工作。"
    duties = ["对破损古籍进行检测、登记，制定修复方案；", "按照古籍修复技术规范进行揭裱、补破、托裱和装订；",
              "填写修复档案，拍摄修复前后照片；", "做好古籍书库温湿度监测和防虫防霉工作；", "参与古籍普查、定级和数字化扫描工作。"]
    rows = [("岗位名称", "古籍修复员", "所在部门", "古籍部"), ("岗位类别", "专业技术岗位", "岗位等级", "专业技术十一级"),
            ("直接上级", "古籍部主任", "岗位编号", "JH-TSG-12")]
    table = document.add_table(rows=len(rows) + 6, cols=4)
    table.style = "Table Grid"
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells):
            _write(table.cell(index, column), text)
    wide = [("岗位概述", [summary]), ("岗位职责", [f"{number}．{duty}" for number, duty in enumerate(duties, 1)]),
            ("学历", ["大学本科及以上"]), ("专业", ["图书馆学、历史文献学、文物保护技术等相关专业"]),
            ("工作经历", ["具有1年以上古籍修复工作经历或经过国家古籍保护中心修复培训"]),
            ("考核要求", ["每年完成古籍修复不少于300叶，修复质量符合《古籍修复技术规范与质量要求》"])]
    for index, (label, lines) in enumerate(wide, len(rows)):
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1).merge(table.cell(index, 3)), *lines)
    _widths(table, 1.1, 2.0, 1.1, 2.0)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": library, "title": "古籍修复员", "id": "JH-TSG-12",
        "basic.department": "古籍部", "basic.grade": "专业技术十一级", "basic.reports_to": "古籍部主任",
        "summary": summary, "duties": duties, "qualifications.education": "大学本科及以上",
        "qualifications.major": "图书馆学、历史文献学、文物保护技术等相关专业",
        "qualifications.experience": ["具有1年以上古籍修复工作经历或经过国家古籍保护中心修复培训"],
        "document.prepared_by": None,
    }


def _numbered_paragraph(document, text: str, number_id: str, style: str | None = None):
    """A paragraph numbered by Word (numPr) in ``style``."""
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(text)
    numbering = _element("w:numPr")
    numbering.append(_element("w:ilvl", val="0"))
    numbering.append(_element("w:numId", val=number_id))
    paragraph._p.get_or_add_pPr().append(numbering)
    return paragraph


def _linked(document, label: str, text: str, address: str) -> None:
    """A line ``label：`` whose value is a hyperlink showing ``text``."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}：")
    relation = document.part.relate_to(address, RT.HYPERLINK, is_external=True)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{relation}" w:history="1"/>')
    run = _text_run(text)
    run.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'))
    link.append(run)
    paragraph._p.append(link)


def seed_company_numbered_headings(path: Path) -> dict:
    """A seed company's breeding assistant: headings numbered 一、二、 by
    Word (chineseCounting), items numbered (1) by Word, the department and
    the superior hyperlinks into the intranet's organisation pages."""
    document = docx.Document()
    _header(document, "中原丰禾种业股份有限公司　人力资源部")
    _footer(document, "FH-HR-JD-2024-031")
    _title(document, "玉米育种助理岗位说明书")
    headings = _numbering(document, "chineseCounting", "%1、")
    items = [_numbering(document, "decimal", "（%1）") for _ in range(2)]
    summary = "在育种项目经理指导下，承担玉米杂交育种的田间试验、性状调查和数据整理工作，支持新品种选育和审定。"
    duties = ["按试验方案完成育种材料的播种、授粉、套袋和收获；", "开展田间性状调查和病害鉴定，准确记录试验数据；",
              "整理和录入育种数据，维护育种管理系统中的材料档案；", "管理试验田和种质材料，做好考种和种子入库；",
              "配合完成区域试验和品种审定的田间工作。"]
    hours = "标准工时制，播种、授粉和收获季节实行综合计算工时制"
    _numbered_paragraph(document, "基本信息", headings, "Heading 2")
    _lines(document, "岗位名称：玉米育种助理", "岗位编号：FH-YZ-08")
    _linked(document, "所属部门", "玉米育种研究所", "http://oa.fenghe-seed.cn/org/dept/1207")
    _linked(document, "直接上级", "玉米育种项目经理", "http://oa.fenghe-seed.cn/org/post/1207-01")
    _lines(document, "工作地点：河南省新乡市原阳县育种试验站")
    _numbered_paragraph(document, "岗位目的", headings, "Heading 2")
    _lines(document, summary)
    _numbered_paragraph(document, "岗位职责", headings, "Heading 2")
    for duty in duties:
        _numbered_paragraph(document, duty, items[0])
    _numbered_paragraph(document, "任职资格", headings, "Heading 2")
    for requirement in ("学历：本科及以上", "专业：农学、作物遗传育种、植物保护等相关专业", "经验：1年以上作物育种或田间试验工作经验",
                        "其他：能熟练使用Excel，持有C1驾驶证者优先"):
        _numbered_paragraph(document, requirement, items[1])
    _numbered_paragraph(document, "工作条件", headings, "Heading 2")
    _lines(document, f"工作时间：{hours}", "工作环境：以田间作业为主，需适应高温、日晒，每年11月至次年4月赴海南南繁基地")
    _numbered_paragraph(document, "职业发展", headings, "Heading 2")
    _lines(document, "育种助理→育种员→育种项目经理")
    document.add_paragraph()
    sign = document.add_paragraph("编制人：郑凯　　　批准人：宋玉林　　　日期：2024年3月28日")
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "中原丰禾种业股份有限公司", "title": "玉米育种助理", "id": "FH-YZ-08",
        "basic.department": "玉米育种研究所", "basic.reports_to": "玉米育种项目经理", "basic.work_location": "河南省新乡市原阳县育种试验站",
        "summary": summary, "duties": duties, "qualifications.education": "本科及以上",
        "qualifications.major": "农学、作物遗传育种、植物保护等相关专业",
        "qualifications.experience": ["1年以上作物育种或田间试验工作经验"], "environment.hours": hours,
        "document.prepared_by": "郑凯", "document.approved_by": "宋玉林", "basic.prepared_on": "2024-03-28",
    }


def _two_language_label(cell, chinese: str, portuguese: str) -> None:
    """A label in Chinese, a line break, and its Portuguese in small italics."""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(chinese).bold = True
    paragraph.add_run().add_break()
    run = paragraph.add_run(portuguese)
    run.italic = True
    run.font.size = Pt(8)


def macau_portuguese_labels(path: Path) -> dict:
    """A Macau public centre's marine education guide: every label Chinese
    (Traditional) over its Portuguese after a line break, the values in
    Chinese, the duties lettered a) b) by Word's numbering inside a cell."""
    document = docx.Document()
    centre = "澳門路環海洋教育中心"
    _header(document, centre, "Centro de Educação Marítima de Coloane")
    _footer(document, "RH-DF-03/2024")
    _title(document, "職務說明書", font="新細明體")
    subtitle = document.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.add_run("Descrição de Funções").italic = True
    summary = "負責中心海洋教育活動的導賞和推廣，向學生和公眾講解海洋生態及保育知識，提升市民的海洋保護意識。"
    duties = ["帶領學校團體和公眾參觀展館及潮間帶，進行導賞講解；", "設計和更新導賞路線、教材及互動活動；",
              "籌辦海洋教育講座、工作坊和暑期活動；", "維護展館內的活體展示缸，記錄水質及生物狀況；",
              "收集參觀者意見，編寫活動統計報告。"]
    hours = "星期二至星期日9:00-18:00，每週輪休兩天"
    rows = [("職位名稱", "Designação do cargo", ["海洋教育導賞員"]), ("職位編號", "N.º do cargo", ["MO-EDU-04"]),
            ("所屬附屬單位", "Subunidade", ["教育推廣處"]), ("直屬上級", "Superior hierárquico", ["教育推廣處處長"]),
            ("工作地點", "Local de trabalho", ["路環石排灣海洋教育館"]), ("職位目的", "Objectivo do cargo", [summary]),
            ("主要職責", "Funções principais", None), ("學歷", "Habilitações académicas", ["學士學位"]),
            ("專業範疇", "Área de formação", ["海洋生物學、環境科學或教育相關學科"]),
            ("工作經驗", "Experiência profissional", ["兩年以上導賞、科普教育或環境教育工作經驗"]),
            ("語言", "Línguas", ["中文及英文，懂葡文者優先"]), ("工作時間", "Horário de trabalho", [hours]),
            ("編製日期", "Data de elaboração", ["2024年5月3日"])]
    lettered = _numbering(document, "lowerLetter", "%1)")
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (chinese, portuguese, lines) in enumerate(rows):
        _two_language_label(table.cell(index, 0), chinese, portuguese)
        _shade(table.cell(index, 0), "D9E2F3")
        if lines is None:
            for duty in duties:
                _numbered(table.cell(index, 1), duty, lettered)
        else:
            _write(table.cell(index, 1), *lines)
    _widths(table, 1.8, 4.4)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": centre, "title": "海洋教育導賞員", "id": "MO-EDU-04",
        "basic.department": "教育推廣處", "basic.reports_to": "教育推廣處處長", "basic.work_location": "路環石排灣海洋教育館",
        "summary": summary, "duties": duties, "qualifications.education": "學士學位",
        "qualifications.major": "海洋生物學、環境科學或教育相關學科",
        "qualifications.experience": ["兩年以上導賞、科普教育或環境教育工作經驗"], "environment.hours": hours,
        "basic.prepared_on": "2024-05-03",
    }


THIRTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("security_underlined_blanks", security_underlined_blanks),
    ("wind_service_docproperty_fields", wind_service_docproperty_fields),
    ("tile_factory_smart_tags", tile_factory_smart_tags),
    ("finance_saas_alt_chunk", finance_saas_alt_chunk),
    ("library_contract_annex", library_contract_annex),
    ("seed_company_numbered_headings", seed_company_numbered_headings),
    ("macau_portuguese_labels", macau_portuguese_labels))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(THIRTEENTH)

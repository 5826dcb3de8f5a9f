"""A twelfth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a Malaysian
furniture maker's production planner whose labels are Malay then English
on one line (Jawatan / Position), every value in English, the duties in
Word's numbering (i), (ii) inside a cell, the company's registration
number and address under its name in the page header, and two signature
blocks side by side (Prepared by | Approved by), each with its name and a
date written dd/mm/yyyy; a Sino-French joint-venture winery's winemaker
typeset as a parallel text, a borderless table of two columns with every
row's Chinese on the left and its English on the right, headings and
numbered duties included; an instant-delivery company's station manager
sent back by its HR business partner with tracked changes not yet
accepted (values replaced, a table row deleted, a duty deleted, a
paragraph mark deleted joining two lines of one duty, a duty inserted, a
formatting change, the sign-off's approver and date changed) and Word
comments on three values; a city bus group's dispatcher on a Word
template filled through content controls (plain text, a drop-down list,
a date picker showing 2024年4月8日, two left at their placeholder
单击或点击此处输入文字。), its education ticked in check-box content controls
(☒ in MS Gothic) and its working-hours system ticked with Wingdings 2
symbols inserted by Insert Symbol, the template's instructions left in as
hidden text; a pharmacy chain's store manager printed from an OA system's
approval workflow (the page's HTML opened in LibreOffice and saved as
.docx): a print line, the workflow's own fields (流程编号, 创建人, 创建日期),
the form as an outer table whose every row holds a nested table of one
pair, the duties one cell broken by line breaks, then the approval log
(节点 | 操作者 | 操作 | 操作时间 | 签字意见); a tea-drink chain's store manager
recruitment post copied from its WeChat official account into Word
(the article's title, the account name and time line, emoji markers as
labels and ✅ as bullets, the QR-code prompt and the —— END —— line left
in); a car dealership's service advisor as section 3 of a work instruction
(作业指导书) for service reception, numbered 3.1, 3.2 … with items a) b),
the document's number, version and effective date in a table in the page
header, the reception procedure (4 作业程序, steps that name the service
advisor) and the records after it, the 编制 | 审核 | 批准 line at its foot.

A few values are ambiguous on purpose, with no truth for them: the
furniture maker's registration number and address in the header, its
Skills and Languages rows and the approver's date (18/04/2024, not said to
be the date prepared); the winery's English column (a translation, the
source being the Chinese on the left) and its 工作环境 row; the delivery
company's comments (a question on the grade, a remark on the hours: the
form keeps M1 and its hours as written); the bus group's 岗位类别 chosen in
the drop-down list and the unticked boxes; the pharmacy OA's print
line, its 流程编号, the approvers in the log (two, each approving:
neither named the form's approver) and their opinions; the
tea post's brand (山野茶事, the account's name) beside the company's legal
name, its hiring count (6名), pay and benefits, the quality line
(性格开朗…) and its contact lines; the work instruction's 1 目的 (the
document's purpose, not the position's: it has no summary), its
procedure and records, its 审核 beside 批准 (two approvers) and its
version. A careful import places them right or names them in a warning.

Truth choices: only the accepted text of tracked changes is read (a
deleted row gives nothing: the delivery form has no subordinates; a
deleted paragraph mark joins the two lines into one duty; a deleted
duty is none), and no comment's text; a content control showing its
placeholder is no value; hidden text is no value; among check boxes only
the ticked choice is the value (大专, 综合计算工时制); the parallel text's
Chinese column is the source, its English a translation; the OA's 创建人
and 创建日期 are who prepared the form and when; the work instruction's
number is the document's number, its effective date the header's; a
requirement's 持有 is no part of the certificate; the Malaysian form's
dates are day first; the tea post's issuer is the company's legal name
(in its 关于我们 and under the post), and an unlabelled requirement line
naming fields of study its major. The work instruction names no
position number, so its truth has none.

115 facts in all, 12 to 18 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.twelfth`` for the figures.

First measured on the importer that had met the eleventh batch: 57/115
facts right (49.6 %), 41 silent errors:

================================  =======  =======  ======
form                              right    flagged  silent
================================  =======  =======  ======
malaysian_malay_english_labels    2/17     15       0
winery_parallel_columns           0/18     0        18
delivery_station_tracked_changes  17/18    0        1
bus_dispatcher_checkbox_controls  13/18    1        4
pharmacy_oa_nested_tables         15/17    1        1
tea_chain_wechat_post             0/12     0        12
auto_dealer_sop_section           10/15    0        5
================================  =======  =======  ======

30 of the silent errors are the parallel text and the WeChat post, of
which no spec was written. The others, as the comparison shows them: the
two lines of a duty joined by a deleted paragraph mark kept as two
duties; the template's hidden instructions kept before the summary and
the experience; the ticked check-box content control and the Wingdings 2
box not read (no education, no hours); the OA's duties, broken by line
breaks in one cell, lost their ； (a convention the other batches' truths
keep); the work instruction's items a) b) kept their letters, and its
requirements their ；, the certificate (d) 持有C1机动车驾驶证。) kept as
experience.

After the rules it showed (tracked changes read as accepted, a deleted
paragraph mark joining its paragraph to the next; hidden text never a
value; boxes drawn in Wingdings or Wingdings 2 read as the boxes they
show, so a check-box control's or a symbol's tick is the choice made; a
parallel text read in its left column, each text of the right reported
as its translation; emoji before a line its bullet or its label's mark,
a bold line they mark a heading; items lettered a) b) under a clause
without their letters, a) 学历：大专及以上； without its list's ；, and a
certificate held (d) 持有C1机动车驾驶证。) no experience; an education, a
major or a certificate listed as an item of its own among unlabelled
requirements that field's; a title of no letters never a position's,
two titles that are one in two languages one position; a label in two
languages of one script set apart by a slash named by the half known; a
nested table's cell keeping its line breaks; signature blocks side by side giving the names after Name:,
their lines to sign on no value; 最低学历, 工时制度 and 公司名称 as
labels): 112/115 (97.4 %), 0 silent errors:

================================  =======  =======  ======
form                              right    flagged  silent
================================  =======  =======  ======
malaysian_malay_english_labels    16/17    1        0
winery_parallel_columns           18/18    0        0
delivery_station_tracked_changes  18/18    0        0
bus_dispatcher_checkbox_controls  18/18    0        0
pharmacy_oa_nested_tables         17/17    0        0
tea_chain_wechat_post             10/12    2        0
auto_dealer_sop_section           15/15    0        0
================================  =======  =======  ======

Flagged, not read: the furniture maker's issuer (the page header's first
line, its name, is reported and the registration number under it taken,
flagged); the tea post's issuer (its legal name only in 关于我们 and under
the post, both reported) and its experience (性格开朗… kept with it,
flagged as naming no experience, and the ； kept on its item).
"""

from __future__ import annotations

import itertools
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

from tests.importer.eleventh import _convert, _lines, _widths
from tests.importer.forms import _numbered, _numbering, _write
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _sign_blocks(document, blocks: list[tuple[str, str, str]]) -> None:
    """Signature blocks side by side in a borderless table: each a heading,
    a line to sign on, the name and the date."""
    table = document.add_table(rows=4, cols=len(blocks))
    for column, (heading, name, date) in enumerate(blocks):
        _write(table.cell(0, column), heading)
        table.cell(0, column).paragraphs[0].runs[0].bold = True
        _write(table.cell(1, column), "______________________________")
        _write(table.cell(2, column), f"Nama / Name: {name}")
        _write(table.cell(3, column), f"Tarikh / Date: {date}")


def malaysian_malay_english_labels(path: Path) -> dict:
    """A Malaysian furniture maker's production planner: each label Malay /
    English on one line, the values in English, the duties numbered (i) by
    Word inside a cell, the company's registration number and address under
    its name in the page header, two signature blocks side by side."""
    document = docx.Document()
    _header(document, "HUAT SENG FURNITURE INDUSTRIES SDN. BHD.", "(Company No. 198701004567)",
            "Lot 28, Jalan Perindustrian Bukit Pasir 3, 84300 Muar, Johor, Malaysia")
    document.sections[0].header.paragraphs[0].runs[0].bold = True
    _footer(document, "HR-F-07 Rev. 03")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("HURAIAN TUGAS / JOB DESCRIPTION").bold = True
    summary = ("To plan and schedule the production of the Bukit Pasir factory so that customer orders are "
               "shipped on time, with the least idle capacity and inventory.")
    duties = ["Prepare the weekly master production schedule from confirmed sales orders and container loading plans.",
              "Check the availability of timber, board, hardware and packaging material before releasing work orders.",
              "Monitor daily output of the machining, assembly and finishing lines against the plan and reschedule "
              "when necessary.",
              "Coordinate with Purchasing, Sales and the line supervisors on material shortages and order changes.",
              "Maintain production data in SAP Business One and prepare the weekly capacity and delivery report."]
    rows = [("Jawatan / Position", ["Production Planner"]), ("Kod Jawatan / Job Code", ["PPC-02"]),
            ("Jabatan / Department", ["Production Planning & Control"]), ("Melapor Kepada / Reports To", ["PPC Manager"]),
            ("Gred / Grade", ["E3"]), ("Lokasi / Location", ["Bukit Pasir Factory, Muar"]),
            ("Waktu Bekerja / Working Hours", ["Monday to Friday 8.00 a.m. – 5.30 p.m., Saturday 8.00 a.m. – 1.00 p.m."]),
            ("Tujuan Jawatan / Job Purpose", [summary]), ("Tanggungjawab Utama / Key Responsibilities", None),
            ("Akademik / Education", ["Diploma or Bachelor's Degree"]),
            ("Bidang Pengajian / Field of Study", ["Industrial Engineering, Supply Chain Management or related field"]),
            ("Pengalaman / Experience", ["At least 2 years of production planning experience in a furniture or "
                                         "wood-based factory"]),
            ("Kemahiran / Skills", ["Proficient in Microsoft Excel and SAP Business One"]),
            ("Bahasa / Languages", ["Good command of English, Bahasa Malaysia and Mandarin"])]
    roman = _numbering(document, "lowerRoman", "(%1)")
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, lines) in enumerate(rows):
        _write(table.cell(index, 0), label)
        table.cell(index, 0).paragraphs[0].runs[0].bold = True
        _shade(table.cell(index, 0), "DEEAF6")
        if lines is None:
            for duty in duties:
                _numbered(table.cell(index, 1), duty, roman)
        else:
            _write(table.cell(index, 1), *lines)
    _widths(table, 2.2, 4.0)
    document.add_paragraph()
    _sign_blocks(document, [("Disediakan oleh / Prepared by:", "Tan Mei Ling", "15/04/2024"),
                            ("Diluluskan oleh / Approved by:", "Lim Chee Keong", "18/04/2024")])
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": "HUAT SENG FURNITURE INDUSTRIES SDN. BHD.",
        "title": "Production Planner", "id": "PPC-02", "basic.department": "Production Planning & Control",
        "basic.reports_to": "PPC Manager", "basic.grade": "E3", "basic.work_location": "Bukit Pasir Factory, Muar",
        "environment.hours": "Monday to Friday 8.00 a.m. – 5.30 p.m., Saturday 8.00 a.m. – 1.00 p.m.",
        "summary": summary, "duties": duties, "qualifications.education": "Diploma or Bachelor's Degree",
        "qualifications.major": "Industrial Engineering, Supply Chain Management or related field",
        "qualifications.experience": ["At least 2 years of production planning experience in a furniture or "
                                      "wood-based factory"],
        "document.prepared_by": "Tan Mei Ling", "document.approved_by": "Lim Chee Keong",
        "basic.prepared_on": "2024-04-15",
    }


def winery_parallel_columns(path: Path) -> dict:
    """A Sino-French joint-venture winery's winemaker typeset as a parallel
    text: a borderless table of two columns, every row's Chinese on the left
    and its English on the right, headings and numbered duties included."""
    document = docx.Document()
    _header(document, "宁夏御露酒庄有限公司", "Ningxia Yulu Chateau Co., Ltd.")
    _footer(document, "人力资源部 Human Resources Department")
    _title(document, "岗位说明书")
    english_title = document.add_paragraph()
    english_title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    english_title.add_run("Job Description").bold = True
    summary = "在首席酿酒师领导下，负责葡萄酒从葡萄采收、发酵到陈酿、调配的酿造全过程，保证酒品质量稳定并符合酒庄风格。"
    summary_en = ("Under the Chief Winemaker, to manage the whole winemaking process from harvest and fermentation to "
                  "ageing and blending, keeping the wines' quality consistent and true to the chateau's style.")
    duties = ["根据葡萄成熟度检测结果，提出采收日期建议并组织葡萄分选；", "制定发酵方案，监控发酵温度、比重和酵母活性；",
              "管理橡木桶陈酿，定期品尝、添桶和倒灌；", "参与调配试验，编写调配方案并组织装瓶前处理；",
              "做好酿造记录和批次追溯，配合食品安全和质量检查。"]
    duties_en = ["Propose harvest dates from grape maturity tests and organise grape sorting.",
                 "Set fermentation plans and monitor fermentation temperature, density and yeast activity.",
                 "Manage barrel ageing, with regular tasting, topping-up and racking.",
                 "Take part in blending trials, write blending plans and organise pre-bottling treatment.",
                 "Keep winemaking records and batch traceability, and support food safety and quality inspections."]
    hours = "采收季（9月至10月）实行综合计算工时制，其余时间为标准工时制"
    rows = [("一、基本信息", "1. Basic Information"), ("岗位名称：酿酒师", "Position: Winemaker"),
            ("岗位编号：YL-NJ-02", "Position No.: YL-NJ-02"), ("所属部门：酿造部", "Department: Winemaking Department"),
            ("直接上级：首席酿酒师", "Reports to: Chief Winemaker"), ("直接下级：酒窖工人", "Direct Reports: Cellar Workers"),
            ("工作地点：宁夏银川市永宁县闽宁镇酒庄", "Place of Work: the Chateau, Minning Town, Yongning County, Yinchuan"),
            ("二、岗位目的", "2. Purpose of the Position"), (summary, summary_en), ("三、主要职责", "3. Main Responsibilities"),
            *((f"{n}. {duty}", f"{n}. {duty_en}") for n, (duty, duty_en) in enumerate(zip(duties, duties_en, strict=True), 1)),
            ("四、任职资格", "4. Qualifications"), ("学历：本科及以上", "Education: Bachelor's degree or above"),
            ("专业：葡萄与葡萄酒工程、发酵工程等相关专业",
             "Major: Viticulture and Oenology, Fermentation Engineering or a related field"),
            ("经验：3年以上葡萄酒酿造工作经验", "Experience: At least 3 years of winemaking experience"),
            ("证书：品酒师（国家职业资格三级）", "Certificate: Wine Taster (National Vocational Qualification Level 3)"),
            ("五、工作条件", "5. Working Conditions"), (f"工作时间：{hours}",
                                                "Working Hours: flexible hours during the harvest (September to "
                                                "October), standard hours for the rest of the year"),
            ("工作环境：发酵车间和地下酒窖，温度较低、湿度较高", "Environment: fermentation hall and underground cellar, cool and humid"),
            ("编制：马丽娟　　审核：Pierre Laurent", "Prepared by: Ma Lijuan    Approved by: Pierre Laurent"),
            ("编制日期：2024年4月12日", "Date Prepared: 12 April 2024")]
    table = document.add_table(rows=len(rows), cols=2)
    for index, (chinese, english) in enumerate(rows):
        _write(table.cell(index, 0), chinese)
        _write(table.cell(index, 1), english)
        if chinese[1:2] == "、":
            for cell in (table.cell(index, 0), table.cell(index, 1)):
                cell.paragraphs[0].runs[0].bold = True
    _widths(table, 3.1, 3.1)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "宁夏御露酒庄有限公司", "title": "酿酒师", "id": "YL-NJ-02",
        "basic.department": "酿造部", "basic.reports_to": "首席酿酒师", "basic.subordinates": ["酒窖工人"],
        "basic.work_location": "宁夏银川市永宁县闽宁镇酒庄", "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上", "qualifications.major": "葡萄与葡萄酒工程、发酵工程等相关专业",
        "qualifications.experience": ["3年以上葡萄酒酿造工作经验"], "qualifications.certificates": ["品酒师（国家职业资格三级）"],
        "environment.hours": hours, "document.prepared_by": "马丽娟", "document.approved_by": "Pierre Laurent",
        "basic.prepared_on": "2024-04-12",
    }


class _Revisions:
    """Tracked changes by one reviewer, each with its own id, as Word writes them."""

    def __init__(self, author: str, date: str) -> None:
        self.author, self.date, self.ids = author, date, itertools.count(1)

    def mark(self, kind: str):
        return _element(f"w:{kind}", id=str(next(self.ids)), author=self.author, date=self.date)

    def add(self, paragraph, *parts: tuple[str, str]) -> None:
        """Runs of ``parts`` (kind, text) at the paragraph's end: kind "" plain, "ins" or "del" tracked."""
        for kind, text in parts:
            run = OxmlElement("w:r")
            node = OxmlElement("w:delText" if kind == "del" else "w:t")
            node.set(qn("xml:space"), "preserve")
            node.text = text
            run.append(node)
            if kind:
                change = self.mark(kind)
                change.append(run)
                paragraph._p.append(change)
            else:
                paragraph._p.append(run)

    def mark_paragraph(self, paragraph, kind: str) -> None:
        """The paragraph's mark inserted or deleted (a deleted mark joins it to the next paragraph)."""
        properties = paragraph._p.get_or_add_pPr()
        marks = OxmlElement("w:rPr")
        marks.append(self.mark(kind))
        properties.append(marks)


def delivery_station_tracked_changes(path: Path) -> dict:
    """An instant-delivery company's station manager sent back with tracked
    changes not yet accepted: values replaced, the subordinates' row
    deleted, a duty deleted, two lines of a duty joined by a deleted
    paragraph mark, a duty inserted, a formatting change, the approver and
    the date of the sign-off changed, and comments on three values."""
    document = docx.Document()
    _header(document, "闪达即时物流（杭州）有限公司")
    _footer(document, "修订稿　仅供内部审阅")
    _title(document, "配送站站长岗位说明书")
    revisions = _Revisions("陈立伟", "2024-05-06T10:12:00Z")
    summary = "负责配送站点的日常运营和骑手团队管理，保障订单配送时效、服务质量和交通安全。"
    table = document.add_table(rows=9, cols=4)
    table.style = "Table Grid"

    def cell(row: int, column: int, span: bool = False):
        found = table.cell(row, column)
        return found.merge(table.cell(row, 3)) if span else found

    for row, column, text in ((0, 0, "岗位名称"), (0, 1, "配送站站长"), (0, 2, "岗位编号"), (0, 3, "SD-ZZ-01"),
                              (1, 0, "所属部门"), (1, 2, "直接上级"), (1, 3, "区域经理"), (2, 0, "岗位定员"),
                              (2, 2, "职级"), (2, 3, "M1"), (3, 0, "工作地点"), (5, 0, "岗位概要"),
                              (6, 0, "岗位职责"), (7, 0, "任职要求"), (8, 0, "工作时间")):
        _write(table.cell(row, column), text)
    revisions.add(cell(1, 1).paragraphs[0], ("del", "区域运营部"), ("ins", "站点运营中心"))
    revisions.add(cell(2, 1).paragraphs[0], ("del", "20人"), ("ins", "24人"))
    _write(cell(3, 1, span=True), "杭州市主城区各配送站点")
    subordinates = cell(4, 1, span=True)
    label = table.cell(4, 0).paragraphs[0]
    revisions.add(label, ("del", "直接下级"))
    revisions.add(subordinates.paragraphs[0], ("del", "配送骑手、站点助理"))
    for paragraph in (label, subordinates.paragraphs[0]):
        revisions.mark_paragraph(paragraph, "del")
    table.rows[4]._tr.get_or_add_trPr().append(revisions.mark("del"))
    summary_cell = cell(5, 1, span=True)
    revisions.add(summary_cell.paragraphs[0], ("", "负责配送站点的日常运营和骑手团队管理，保障订单配送时效、服务质量"),
                  ("ins", "和交通安全"), ("", "。"))
    numbered = _numbering(document, "decimal", "%1.")
    duties_cell = cell(6, 1, span=True)
    _numbered(duties_cell, "负责站点骑手的排班、考勤和日常管理；", numbered)
    _numbered(duties_cell, "", numbered)
    revisions.add(duties_cell.paragraphs[-1], ("", "监控站点配送时效"), ("ins", "和准时率"), ("", "，处理超时和异常订单；"))
    _numbered(duties_cell, "", numbered)
    revisions.add(duties_cell.paragraphs[-1], ("del", "组织骑手参加平台组织的各类线上培训；"))
    revisions.mark_paragraph(duties_cell.paragraphs[-1], "del")
    _numbered(duties_cell, "负责站点骑手的招募、", numbered)
    revisions.mark_paragraph(duties_cell.paragraphs[-1], "del")
    _numbered(duties_cell, "入职培训和离职交接；", numbered)
    _numbered(duties_cell, "", numbered)
    equipment = duties_cell.paragraphs[-1]
    revisions.add(equipment, ("", "负责站点"), ("", "电动车、保温箱"), ("", "等物资的管理和维护；"))
    changed = equipment._p.findall(qn("w:r"))[2]
    formatting = OxmlElement("w:rPr")
    formatting.append(OxmlElement("w:b"))
    was = revisions.mark("rPrChange")
    was.append(OxmlElement("w:rPr"))
    formatting.append(was)
    changed.insert(0, formatting)
    _numbered(duties_cell, "", numbered)
    revisions.add(duties_cell.paragraphs[-1], ("ins", "落实站点消防和用电安全检查，组织骑手交通安全培训。"))
    revisions.mark_paragraph(duties_cell.paragraphs[-1], "ins")
    requirements = cell(7, 1, span=True)
    revisions.add(requirements.paragraphs[0], ("", "学历："), ("del", "大专及以上"), ("ins", "高中及以上"))
    _write(requirements, "经验：2年以上外卖或快递站点管理经验")
    hours = "早10:00至晚22:00，做六休一"
    _write(cell(8, 1, span=True), hours)
    sign = document.add_paragraph("编制：周晓　　　审核：")
    revisions.add(sign, ("del", "王海"), ("ins", "陈立伟"), ("", "　　　日期："), ("del", "2024年4月28日"),
                  ("ins", "2024年5月6日"))
    document.add_comment(table.cell(2, 3).paragraphs[0].runs, "M1还是M2？请薪酬组确认后再定稿。", author="陈立伟",
                         initials="CLW")
    document.add_comment(table.cell(8, 1).paragraphs[0].runs, "午晚高峰须在站，可在备注中写明。", author="陈立伟",
                         initials="CLW")
    document.add_comment(table.cell(0, 1).paragraphs[0].runs, "与组织架构图中的岗位名称一致。", author="周晓", initials="ZX")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "闪达即时物流（杭州）有限公司", "title": "配送站站长", "id": "SD-ZZ-01",
        "basic.department": "站点运营中心", "basic.reports_to": "区域经理", "basic.headcount": 24, "basic.grade": "M1",
        "basic.work_location": "杭州市主城区各配送站点", "basic.subordinates": None, "summary": summary,
        "duties": ["负责站点骑手的排班、考勤和日常管理；", "监控站点配送时效和准时率，处理超时和异常订单；",
                   "负责站点骑手的招募、入职培训和离职交接；", "负责站点电动车、保温箱等物资的管理和维护；",
                   "落实站点消防和用电安全检查，组织骑手交通安全培训。"],
        "qualifications.education": "高中及以上", "qualifications.experience": ["2年以上外卖或快递站点管理经验"],
        "environment.hours": hours, "document.prepared_by": "周晓", "document.approved_by": "陈立伟",
        "basic.prepared_on": "2024-05-06",
    }


_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

_PLACEHOLDER = "单击或点击此处输入文字。"


def _control_id(*texts: str) -> int:
    """A content control's id, as Word gives one: a number, here made from its texts."""
    return zlib.crc32("|".join(texts).encode("utf-8")) % 2_000_000_000


def _control(paragraph, alias: str, text: str, kind: str = "text") -> None:
    """A content control holding ``text``: plain text, text showing its
    placeholder ("placeholder"), a drop-down list ("list"), or a date
    picker ("date", ``text`` as shown and the date after a bar)."""
    shown, _, date = text.partition("|")
    properties = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{_control_id(alias, text)}"/>'
    look = ""
    if kind == "placeholder":
        properties += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
        look = '<w:color w:val="808080"/>'
    elif kind == "list":
        items = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>'
                        for item in ("管理类", "专业技术类", "运营服务类", "后勤保障类"))
        properties += f'<w:dropDownList><w:listItem w:displayText="选择一项。" w:value=""/>{items}</w:dropDownList>'
    elif kind == "date":
        properties += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
                       '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                       '</w:date>')
    else:
        properties += "<w:text/>"
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr>{properties}</w:sdtPr><w:sdtContent><w:r><w:rPr>'
        f'<w:rFonts w:hint="eastAsia"/>{look}</w:rPr><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>'))


def _check_box(paragraph, checked: bool, label: str) -> None:
    """A check-box content control (☒ / ☐ in MS Gothic) and its label after it."""
    mark = "☒" if checked else "☐"
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")} {_W14}><w:sdtPr><w:id w:val="{_control_id("box", label)}"/><w14:checkbox>'
        f'<w14:checked w14:val="{int(checked)}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f'<w:t>{mark}</w:t></w:r></w:sdtContent></w:sdt>'))
    paragraph.add_run(f"{label}　")


def _symbol_box(paragraph, checked: bool, label: str) -> None:
    """A box inserted by Insert Symbol (Wingdings 2: R ticked, £ empty) and its label after it."""
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings 2" w:char="{"F052" if checked else "F0A3"}"/></w:r>'))
    paragraph.add_run(f"{label}　")


def _hidden(paragraph, text: str) -> None:
    """A template's instruction kept as hidden text (shown only with formatting marks)."""
    run = paragraph.add_run(text)
    run.font.hidden = True
    run.font.color.rgb = RGBColor(0x00, 0x70, 0xC0)


def bus_dispatcher_checkbox_controls(path: Path) -> dict:
    """A city bus group's dispatcher on a Word template filled through
    content controls (text, a drop-down list, a date picker, two still at
    their placeholder), its education ticked in check-box content controls,
    its hours system ticked with Wingdings 2 symbols, the template's
    instructions left in as hidden text."""
    document = docx.Document()
    _header(document, "鹭岛公交集团有限公司")
    _footer(document, "LDGJ/HR-QR-005　第2版")
    _title(document, "调度员岗位说明书")
    summary = "负责所辖线路的营运调度，按行车计划组织发车，处理线路运营中的突发情况，保证车辆准点、均衡、安全运行。"
    duties = ["1. 按行车作业计划组织车辆发车，记录实际发车时间和车次；", "2. 监控智能调度系统的车辆位置和满载率，及时调整发车间隔；",
              "3. 处理车辆故障、交通事故、道路拥堵等突发情况，组织临时调度；", "4. 核对驾驶员出勤和营运里程，填写调度日志；",
              "5. 受理乘客咨询和投诉，做好解释和记录。"]
    table = document.add_table(rows=12, cols=4)
    table.style = "Table Grid"
    labels = [(0, 0, "岗位名称"), (0, 2, "岗位编号"), (1, 0, "所属部门"), (1, 2, "直接上级"), (2, 0, "岗位类别"),
              (2, 2, "岗位定员"), (3, 0, "直接下级"), (4, 0, "工作地点"), (5, 0, "岗位概述"), (6, 0, "岗位职责"),
              (7, 0, "最低学历"), (8, 0, "工作经验"), (9, 0, "工时制度"), (10, 0, "身体要求"), (11, 0, "编制人"),
              (11, 2, "编制日期")]
    for row, column, label in labels:
        _write(table.cell(row, column), label)
        _shade(table.cell(row, column), "E7E6E6")

    def value(row: int, column: int = 1, span: bool = True):
        found = table.cell(row, column)
        return (found.merge(table.cell(row, 3)) if span else found).paragraphs[0]

    _control(value(0, span=False), "岗位名称", "线路调度员")
    _control(value(0, 3, span=False), "岗位编号", "LD-DD-11")
    _control(value(1, span=False), "所属部门", "第三分公司营运科")
    _control(value(1, 3, span=False), "直接上级", "营运科科长")
    _control(value(2, span=False), "岗位类别", "运营服务类", "list")
    _control(value(2, 3, span=False), "岗位定员", "36人")
    _control(value(3), "直接下级", _PLACEHOLDER, "placeholder")
    _control(value(4), "工作地点", "湖里公交枢纽站及所辖线路首末站")
    summary_paragraph = value(5)
    _hidden(summary_paragraph, "（用一两句话概括本岗位的工作目的）")
    _control(summary_paragraph, "岗位概述", summary)
    duties_paragraph = value(6)
    _hidden(duties_paragraph, "（按工作重要程度列出5-8项，每项以动词开头）")
    duties_cell = table.cell(6, 1)
    for duty in duties:
        _control(duties_cell.add_paragraph(), "岗位职责", duty)
    education = value(7)
    for choice in ("初中", "高中/中专", "大专", "本科及以上"):
        _check_box(education, choice == "大专", choice)
    experience = value(8)
    _hidden(experience, "（写明年限和从事的工作领域）")
    _control(experience, "工作经验", "3年以上公交驾驶或站务工作经验")
    hours_paragraph = value(9)
    for choice in ("标准工时制", "综合计算工时制", "不定时工作制"):
        _symbol_box(hours_paragraph, choice == "综合计算工时制", choice)
    _control(value(10), "身体要求", "身体健康，无色盲色弱，能适应早晚轮班")
    _control(value(11, span=False), "编制人", "黄雅琴")
    _control(value(11, 3, span=False), "编制日期", "2024年4月8日|2024-04-08", "date")
    approval = document.add_paragraph("审核人：")
    _control(approval, "审核人", _PLACEHOLDER, "placeholder")
    _widths(table, 1.1, 2.0, 1.1, 2.0)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "鹭岛公交集团有限公司", "title": "线路调度员", "id": "LD-DD-11",
        "basic.department": "第三分公司营运科", "basic.reports_to": "营运科科长", "basic.headcount": 36,
        "basic.subordinates": None, "basic.work_location": "湖里公交枢纽站及所辖线路首末站", "summary": summary,
        "duties": [duty[3:] for duty in duties], "qualifications.education": "大专",
        "qualifications.experience": ["3年以上公交驾驶或站务工作经验"], "environment.hours": "综合计算工时制",
        "physical": "身体健康，无色盲色弱，能适应早晚轮班", "document.prepared_by": "黄雅琴",
        "basic.prepared_on": "2024-04-08", "document.approved_by": None,
    }


def pharmacy_oa_nested_tables(path: Path) -> dict:
    """A pharmacy chain's store manager printed from an OA system's approval
    workflow: the page's HTML (a print line, the workflow's fields, the form
    as an outer table whose every row holds a nested table of one pair, the
    duties one cell broken by <br>, the approval log) opened in LibreOffice
    and saved as .docx."""
    summary = "全面负责门店的药品经营、质量管理、人员管理和顾客服务，确保门店合规经营并完成销售和利润指标。"
    duties = ["1、组织门店药品的验收、陈列、养护和效期管理，确保药品质量；", "2、监督处方药凭处方销售和执业药师在岗，落实GSP要求；",
              "3、制定门店月度销售计划，开展会员营销和促销活动；", "4、负责门店员工排班、培训和绩效考核；",
              "5、做好门店盘点、损耗控制和医保刷卡合规管理。"]
    hours = "门店营业时间8:00-22:00，早晚两班轮换，店长每周休息一天"
    pairs = [("公司名称", "康宁大药房连锁有限公司"), ("岗位名称", "门店店长"), ("岗位编号", "KN-MD-01"),
             ("所属部门", "零售运营部"), ("直接上级", "片区经理"), ("直接下级", "执业药师、营业员、收银员"),
             ("岗位定员", "86"), ("岗位目的", summary), ("岗位职责", "<br>".join(duties)), ("学历要求", "大专及以上"),
             ("专业要求", "药学、中药学相关专业"), ("工作经验", "3年以上药店工作经验，其中1年以上店长或副店长经验"),
             ("资格证书", "执业药师注册证"), ("工作时间", hours)]
    label_style = 'style="width:120px;background:#F0F5FA;border:1px solid #C8D6E5;padding:4px"'
    value_style = 'style="border:1px solid #C8D6E5;padding:4px"'
    form = "".join(
        f'<tr><td><table width="100%" cellspacing="0" cellpadding="0"><tr><td {label_style}>{label}</td>'
        f'<td {value_style}>{text}</td></tr></table></td></tr>' for label, text in pairs)
    log = [("申请人", "刘敏", "提交", "2024-03-18 09:26", ""),
           ("部门负责人审批", "赵建平", "批准", "2024-03-19 14:03", "同意"),
           ("人力资源总监审批", "孙慧", "批准", "2024-03-21 10:47", "同意，请按此执行。")]
    log_rows = "".join("<tr>" + "".join(f"<td {value_style}>{text}</td>" for text in row) + "</tr>" for row in log)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>岗位说明书审批</title></head><body>
<p style="font-size:9pt;color:#888">打印时间：2024-03-25 10:42:17　打印人：刘敏</p>
<table width="100%" cellspacing="0"><tr><td {label_style}>流程名称</td><td {value_style}>岗位说明书审批</td>
<td {label_style}>流程编号</td><td {value_style}>HR-GW-20240318-0042</td></tr>
<tr><td {label_style}>创建人</td><td {value_style}>刘敏</td><td {label_style}>创建日期</td><td {value_style}>2024-03-18</td></tr>
</table>
<h2 style="text-align:center">岗位说明书</h2>
<table width="100%" cellspacing="0" cellpadding="2">{form}</table>
<p><b>审批意见</b></p>
<table width="100%" cellspacing="0"><tr><td {label_style}>节点</td><td {label_style}>操作者</td><td {label_style}>操作</td>
<td {label_style}>操作时间</td><td {label_style}>签字意见</td></tr>{log_rows}</table>
</body></html>"""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.html"
        source.write_text(page, encoding="utf-8")
        _convert(source, path, 'docx:MS Word 2007 XML', "--infilter=HTML (StarWriter)")
    return {
        "source_language": "zh", "document.issuer": "康宁大药房连锁有限公司", "title": "门店店长", "id": "KN-MD-01",
        "basic.department": "零售运营部", "basic.reports_to": "片区经理", "basic.subordinates": ["执业药师", "营业员", "收银员"],
        "basic.headcount": 86, "summary": summary, "duties": [duty[2:] for duty in duties],
        "qualifications.education": "大专及以上", "qualifications.major": "药学、中药学相关专业",
        "qualifications.experience": ["3年以上药店工作经验，其中1年以上店长或副店长经验"],
        "qualifications.certificates": ["执业药师注册证"], "environment.hours": hours, "document.prepared_by": "刘敏",
        "basic.prepared_on": "2024-03-18",
    }


def tea_chain_wechat_post(path: Path) -> dict:
    """A tea-drink chain's store manager recruitment post copied from its
    WeChat official account: the article's title, the account and time
    line, emoji markers as labels and ✅ as bullets, the QR-code prompt and
    the END line left in."""
    document = docx.Document()
    company = "山野茶事餐饮管理（长沙）有限公司"
    duties = ["负责门店日常运营管理，执行公司出品标准和服务规范；", "合理安排员工排班，控制人力成本，完成门店营业目标；",
              "负责原料订货、收货和库存管理，严格把控食品安全；", "招聘、培训和带教门店伙伴，培养储备店长；",
              "处理顾客反馈和突发情况，维护门店良好口碑。"]
    hours = "做六休一，早晚班轮换（9:30-18:30／14:00-23:00）"
    heading = document.add_paragraph()
    run = heading.add_run("【社招】山野茶事｜门店店长招聘，月薪8K-12K，等你来！")
    run.bold = True
    run.font.size = Pt(16)
    _lines(document, "山野茶事　2024-04-10 09:30　湖南", "🍵 关于我们",
           f"{company}成立于2018年，旗下茶饮品牌“山野茶事”扎根长沙，现有直营门店60余家。我们相信一杯好茶能治愈一天的疲惫，"
           "也期待有趣的你加入我们！", "📢 岗位信息", "📣 招聘岗位：门店店长", "🏢 所属部门：营运中心", "👤 汇报对象：区域督导",
           "👥 招聘人数：6名", "📍 工作地点：长沙市五一商圈、IFS、梅溪湖等门店", f"⏰ 工作时间：{hours}", "👉 岗位职责",
           *(f"✅ {duty}" for duty in duties), "👉 任职要求", "✅ 大专及以上学历；", "✅ 餐饮管理、酒店管理、工商管理等相关专业；",
           "✅ 2年以上餐饮或茶饮门店管理经验；", "✅ 持有健康证；", "✅ 性格开朗，抗压能力强，能适应晚班工作。", "💰 薪资福利",
           "🔸 底薪+绩效+提成，综合月薪8K-12K", "🔸 入职即缴五险，转正后缴公积金", "🔸 员工宿舍、每日免费饮品、带薪年假",
           "📮 投递方式", "简历发送至：hr@shanyecha.com，邮件标题注明“应聘岗位+姓名+电话”", "或长按识别下方二维码直接投递👇",
           "（二维码）", "—— END ——", "点个“在看”，分享给身边需要的朋友吧～", company, font="微软雅黑")
    for paragraph in document.paragraphs:
        if paragraph.text[:1] in ("🍵", "📢", "👉", "💰", "📮"):
            paragraph.runs[0].bold = True
            paragraph.runs[0].font.color.rgb = RGBColor(0x3A, 0x7D, 0x44)
        elif paragraph.text.startswith(("——", "（二维码）", "点个")) or paragraph.text == company:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "门店店长", "basic.department": "营运中心",
        "basic.reports_to": "区域督导", "basic.work_location": "长沙市五一商圈、IFS、梅溪湖等门店", "environment.hours": hours,
        "duties": duties, "qualifications.education": "大专及以上学历",
        "qualifications.major": "餐饮管理、酒店管理、工商管理等相关专业",
        "qualifications.experience": ["2年以上餐饮或茶饮门店管理经验"], "qualifications.certificates": ["健康证"],
    }


def _header_table(document, rows: list[list[str]]) -> None:
    """A bordered table in the page header, as a controlled document's page head."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    table = header.add_table(rows=len(rows), cols=len(rows[0]), width=Inches(6.2))
    table.style = "Table Grid"
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells):
            if text:
                _write(table.cell(index, column), text)
    table.cell(0, 0).merge(table.cell(1, 0))


def auto_dealer_sop_section(path: Path) -> dict:
    """A car dealership's service advisor as section 3 of a work instruction
    for service reception: a table in the page header with the document's
    number, version and effective date, clauses 1 目的 and 2 适用范围, the
    post in 3.1 … 3.7 with items a) b), then the procedure (4) whose steps
    name the service advisor, the records (5) and the sign-off line."""
    document = docx.Document()
    _header_table(document, [["恒通汽车销售服务有限公司", "文件编号：HT-SH-WI-003", "版本：A/2"],
                             ["", "售后服务接待作业指导书", "生效日期：2024-05-01"]])
    _footer(document, "受控文件　未经许可不得复制")
    duties = ["负责客户预约、接待和环车检查，开具维修委托书；", "准确诊断客户需求，制作维修报价并取得客户确认；",
              "跟踪维修进度，及时向客户说明增项和交车时间；", "负责交车前的质量检查和费用结算解释；",
              "维护客户档案，开展维修后三日回访。"]
    hours = "8:30-17:30，周末轮休。"
    document.add_heading("1 目的", level=2)
    _lines(document, "规范售后服务接待流程，明确服务顾问的岗位职责和任职要求，提高一次修复率和客户满意度。")
    document.add_heading("2 适用范围", level=2)
    _lines(document, "本指导书适用于本公司售后服务部车辆维修、保养的接待工作。")
    document.add_heading("3 服务顾问岗位说明", level=2)
    _lines(document, "3.1 岗位名称：服务顾问", "3.2 所属部门：售后服务部", "3.3 直接上级：服务经理", "3.4 岗位定员：6人",
           "3.5 岗位职责：", *(f"{letter}) {duty}" for letter, duty in zip("abcde", duties, strict=True)), "3.6 任职要求：",
           "a) 学历：大专及以上；", "b) 专业：汽车检测与维修、汽车营销等相关专业；", "c) 经验：2年以上汽车售后服务接待经验；",
           "d) 持有C1机动车驾驶证。", f"3.7 工作时间：{hours}")
    document.add_heading("4 作业程序", level=2)
    _lines(document, "4.1 预约", "4.1.1 服务顾问每日16:00前电话确认次日预约客户，并在DMS系统中登记。",
           "4.1.2 对未按时到店的预约客户，服务顾问应在30分钟内电话联系。", "4.2 接车",
           "4.2.1 客户到店后，服务顾问应在2分钟内上前迎接，铺设三件套。", "4.2.2 与客户共同环车检查，记录车辆外观、里程和油量。",
           "4.3 交车", "4.3.1 维修完工后，服务顾问陪同客户验车，解释维修项目和费用。")
    document.add_heading("5 相关记录", level=2)
    _lines(document, "《预约登记表》《维修委托书》《交车检查单》《客户回访记录表》")
    document.add_paragraph()
    _lines(document, "编制：邓佳　　　审核：许振华　　　批准：罗文斌")
    for paragraph in document.paragraphs:
        if paragraph.text[:2] in ("a)", "b)", "c)", "d)", "e)"):
            paragraph.paragraph_format.left_indent = Pt(21)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "恒通汽车销售服务有限公司", "document.number": "HT-SH-WI-003",
        "document.effective_date": "2024-05-01", "title": "服务顾问", "basic.department": "售后服务部",
        "basic.reports_to": "服务经理", "basic.headcount": 6, "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.major": "汽车检测与维修、汽车营销等相关专业", "qualifications.experience": ["2年以上汽车售后服务接待经验"],
        "qualifications.certificates": ["C1机动车驾驶证"], "environment.hours": hours, "document.prepared_by": "邓佳",
    }


TWELFTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("malaysian_malay_english_labels", malaysian_malay_english_labels),
    ("winery_parallel_columns", winery_parallel_columns),
    ("delivery_station_tracked_changes", delivery_station_tracked_changes),
    ("bus_dispatcher_checkbox_controls", bus_dispatcher_checkbox_controls),
    ("pharmacy_oa_nested_tables", pharmacy_oa_nested_tables),
    ("tea_chain_wechat_post", tea_chain_wechat_post),
    ("auto_dealer_sop_section", auto_dealer_sop_section))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(TWELFTH)

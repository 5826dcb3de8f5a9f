"""An eleventh batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a university's
laboratory post copied out of the PDF of its 岗位设置实施方案 and pasted
into Word, every line of the PDF a paragraph of its own (sentences and a
duty broken mid-way), the PDF's running header and page number (— 5 —) left
in the body between two halves of a duty, the closing signature dated
二〇二四年三月; a lithium battery maker's process engineer on the HR
template's three-column table (项目 | 填写说明 | 填写内容), the grey notes of
the middle column left in and some of them naming example values (如：大专、
本科; 如P5、M2); a data-centre operator's operations engineer whose duties
are a table of 序号 | 岗位职责 | 工作标准 | 频次, its sign-off line dated
二〇二四年三月十五日; a Hong Kong NGO's social worker with each label
written in English and traditional Chinese on one line (Post Title 職位名稱)
and every value in English; a US credit union's teller posting copied
from its careers web page (opened in LibreOffice from the page's HTML and
saved as .docx), headings bold paragraphs, bullets typed "•", a
"Dayton, OH · Full-time · On-site" line under the title, Apply now and
Share this job left in; a county media centre's reporter on a WPS form
whose grid is drawn with text boxes floating over empty paragraphs (each
box a DrawingML shape with its VML fallback, the boxes in the order they
were drawn, not read: the 工作地点 row added last); a grain reserve
company's warehouse keeper written as a regulation of 章 and 条 (第四条
giving the department, the superior and the headcount in one sentence,
items （一）…, the effective date 二〇二四年四月一日 in the closing 条),
saved by WPS as Word 97 (.doc, here by LibreOffice).

A few values are ambiguous on purpose, with no truth for them: the
university's 岗位等级 专业技术十级 (a grade in words with a prefix), its
职称要求 (a professional title, no certificate), 工作环境, and the issuer
(the university in the running header, its 人事处 under the text) and
二〇二四年三月 (no day); the battery maker's 技能要求, 审核人 and the
form number in its page header; the data centre's 工作环境 and 审核; the
NGO's Rank (ASWO), its name in both languages in the page header, the
language requirement, the major inside the degree's line (Bachelor's
Degree in Social Work) and the footer's reference; the posting's About
Us, Employment Type, the preferred associate degree, its skills line,
pay, benefits, Posted 5 days ago and the EEO statement; the media
centre's 岗位类别; the grain company's 第一条, 第二条, 第九条 and the date
under its signature (二〇二四年三月十五日: issued, not said to be
prepared). A careful import places them right or names them in a warning.

Truth choices: a line of the PDF broken mid-sentence is joined with
nothing put between the halves (Chinese has no spaces), over the page
number and the running header too; the notes of the template's middle
column are no values; 无 under 直接下级 and 资格证书 is no value; the
duties of a table with standards and frequencies are the duty column's
texts alone; certificates joined by 、 are a list; the posting's location
is the first piece of the line under its title; the grain company's
department, superior and headcount are read from 第四条's sentence; the
NGO's Unit is its department and No. of Posts its headcount; 2个 (posts)
is a headcount of 2.

108 facts in all, 12 to 19 a form.

Written without reading the importer's code and not run through it by
their author. Run ``python -m tests.importer.eleventh`` for the figures.

First measured on the importer that had met the tenth batch: 51/108
facts right (47.2 %), 37 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
university_pdf_pasted_lines    10/12    0        2
battery_fill_in_notes_column   2/19     0        17
idc_duty_standards_frequency   16/18    1        1
hong_kong_ngo_english_values   4/15     5        6
us_careers_page_typed_bullets  8/13     4        1
wps_text_box_grid              7/16     5        4
grain_depot_articles_doc       4/15     5        6
=============================  =======  =======  ======

17 of the silent errors are the battery maker's form, refused as two
positions: the note beside 岗位名称 (按公司《岗位体系表》…填写) was taken for a
second position's title. The others, as the output shows them: the page
number and the running header made a duty of their own with the second
half of the duty they cut (5 — 江淮理工大学…验室安全检查制度；), and 职称要求
kept as experience; 二〇二四年三月十五日 not
read as a date (kept as a comment); the Hong Kong labels after Post Title
not read (each label and value reported, no headcount, requirements,
date or approver); the posting's Job ID line reported whole; the text
boxes read in the order they were drawn, so 岗位类别 became the
department and the first column's values, the summary and the duties
ran together as the hours; 第四条's
sentence not read, the hours running on into 第九条 and 第十条, 持有 and
the full stop kept on the certificate, the closing 条's date not read.
Measured again on the importer that had met the tenth batch when its rules
began: 52/108 (48.1 %), 36 silent errors.

After the rules it showed (a template's column of notes, 填写说明, left out
and each note reported, never a value nor a second position, and a
document refused as two positions only when every title found reads as a
position's name; dates in Chinese numerals; a label in English with the
same label in Chinese after it on one line named by the half known; text
boxes drawn as a grid read by their places, the boxes at one height a
row; a pasted PDF's page numbers and the running header beside one
dropped and reported, the cut line joined; an article's number 第八条 no
text, a new article ending a value of one text above it; a sentence of
facts read clause by clause when each names a field; a numbered label no
field has among numbered labels reported; a pair set apart by a bar from
what follows it; a duty table's columns beside the duties that no field
has reported; a line's full stop no part of its last pair's value; an
organisation before a page header's form number the issuer; a
profession's registration a certificate, a command of languages an
ability, a requirement only preferred reported; Job ID, No. of Posts,
职位数目, Unit, Qualifications & Experience, 学历及经验, Schedule as
labels): 103/108 (95.4 %), 0 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
university_pdf_pasted_lines    12/12    0        0
battery_fill_in_notes_column   19/19    0        0
idc_duty_standards_frequency   18/18    0        0
hong_kong_ngo_english_values   15/15    0        0
us_careers_page_typed_bullets  11/13    2        0
wps_text_box_grid              16/16    0        0
grain_depot_articles_doc       12/15    3        0
=============================  =======  =======  ======

Flagged, not read: the posting's issuer (named only in its About Us
text) and its location (the first piece of the line under its title,
Dayton, OH · Full-time · On-site, which no rule reads as a place); the
grain company's education and major (（一）中专及以上学历；, （二）…相关专业；
each an item of its own under 应当具备下列条件：, kept with the
requirements, as an education alone among them is kept elsewhere) and so
its experience.

Measured again after the twelfth batch's rules: 105/108 (97.2 %), 0
silent errors; the grain company's education and major, items of their
own among unlabelled requirements, are now read as those fields (14/15),
its experience still flagged.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from tests.importer.forms import _font, _write
from tests.importer.ninth import _shade
from tests.importer.seventh import _spanned_grid
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _convert(source: Path, target: Path, to: str, *options: str) -> None:
    """``source`` converted by LibreOffice into ``target`` (``to`` its filter)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", *options,
                        "--convert-to", to, "--outdir", folder, str(source)], check=True, capture_output=True)
        (Path(folder) / f"{source.stem}.{target.suffix[1:]}").replace(target)


def _lines(document, *lines: str, font: str = "宋体") -> None:
    for line in lines:
        _font(document.add_paragraph(line), font)


def _pdf_lines(text: str, width: int) -> list[str]:
    """``text`` cut as the PDF's lines cut it: ``width`` characters a line."""
    return [text[start:start + width] for start in range(0, len(text), width)]


def university_pdf_pasted_lines(path: Path) -> dict:
    """A university's laboratory post copied out of the PDF of its post-setting
    plan: every line of the PDF a paragraph, the running header and the page
    number between the two halves of a duty, the signature and 二〇二四年三月
    at the end."""
    document = docx.Document()
    running = "江淮理工大学专业技术岗位设置实施方案（2024年修订）"
    summary = "负责化学实验教学中心基础化学实验室的运行与管理，保障本科实验教学的顺利开展，参与实验项目开发和实验教学改革。"
    duties = ["按照教学计划做好实验课前准备，配制试剂，调试仪器设备，协助任课教师指导学生实验；",
              "负责实验室仪器设备的日常维护、校准和维修登记，保证设备完好率不低于95%；",
              "负责危险化学品的申购、验收、存储和使用登记，落实实验室安全检查制度；",
              "参与新实验项目的开发和实验讲义的编写；", "完成学院和中心交办的其他工作。"]
    hours = "标准工时制，实验课期间需配合晚间实验教学安排。"
    width = 28
    third = _pdf_lines(f"3. {duties[2]}", width)
    lines = [running, "附件3", "实验技术岗位说明书", "一、岗位基本信息", "岗位名称：实验师", "岗位编号：JH-SY-0307",
             "所属部门：化学实验教学中心", "直接上级：实验教学中心主任", "岗位等级：专业技术十级", "岗位数量：2个", "二、岗位概述",
             *_pdf_lines(summary, width), "三、岗位职责",
             *(line for number, duty in enumerate(duties[:2], 1) for line in _pdf_lines(f"{number}. {duty}", width)),
             third[0], "— 5 —", running, *third[1:],
             *(line for number, duty in enumerate(duties[3:], 4) for line in _pdf_lines(f"{number}. {duty}", width)),
             "四、任职条件", "1. 学历学位：硕士研究生及以上学历", "2. 专业要求：化学、应用化学或化学工程相关专业",
             "3. 工作经历：具有2年以上高校实验室工作经历", "4. 职称要求：具有实验师及以上专业技术职务",
             "五、工作条件", *_pdf_lines(f"工作时间：{hours}", width), "工作环境：实验室环境，可能接触化学试剂和压缩气体。",
             "江淮理工大学人事处", "二〇二四年三月", "— 6 —"]
    _lines(document, *lines)
    for paragraph in document.paragraphs:
        if paragraph.text in ("江淮理工大学人事处", "二〇二四年三月"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif paragraph.text.startswith("—"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))
    return {
        "source_language": "zh", "title": "实验师", "id": "JH-SY-0307", "basic.department": "化学实验教学中心",
        "basic.reports_to": "实验教学中心主任", "basic.headcount": 2, "summary": summary, "duties": duties,
        "qualifications.education": "硕士研究生及以上学历", "qualifications.major": "化学、应用化学或化学工程相关专业",
        "qualifications.experience": ["具有2年以上高校实验室工作经历"], "environment.hours": hours,
    }


def _note(cell, text: str) -> None:
    """A template's note: grey, small and italic."""
    run = cell.paragraphs[0].add_run(text)
    run.italic = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _widths(table, *inches: float) -> None:
    """The table's columns set to these widths, as Word keeps them: the grid's and each cell's."""
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)
        for cell in column.cells:
            cell.width = Inches(width)


def battery_fill_in_notes_column(path: Path) -> dict:
    """A lithium battery maker's process engineer on the HR template's
    three-column table, 项目 | 填写说明 | 填写内容: the grey notes of the middle
    column left in, some naming example values, and the template's last
    line asking for them to be deleted."""
    document = docx.Document()
    _header(document, "江苏宁能新能源科技有限公司　　　　　　表单编号：NN-HR-F-011")
    _title(document, "岗位说明书")
    summary = "负责电芯制程工艺的开发、验证与持续改进，保证产线良率和产品一致性，支持新产品导入量产。"
    duties = ["制定和维护卷绕、装配、注液、化成工序的工艺文件和作业指导书；", "主导新产品试产的工艺验证，输出工艺参数窗口；",
              "监控关键工序的过程能力，分析良率损失并推动改善；", "处理产线工艺异常，组织8D分析并跟踪纠正措施关闭；",
              "参与新设备的技术评审、验收和工艺调试；", "对工艺技术员和操作人员进行工艺培训。"]
    hours = "综合工时制，需配合产线倒班提供技术支持"
    rows = [("岗位名称", "按公司《岗位体系表》中的标准岗位名称填写", ["电芯工艺工程师"]),
            ("岗位编号", "由人力资源部统一编制，格式：部门代码-序号", ["NN-GY-015"]),
            ("所属部门", "填写所在二级部门全称", ["工艺部"]),
            ("直接上级", "填写直接上级的岗位名称，不填写姓名", ["工艺部经理"]),
            ("直接下级", "无下级的填“无”", ["无"]),
            ("岗位定员", "填写阿拉伯数字", ["4"]),
            ("职级", "参照《职级体系表》填写，如P5、M2", ["P6"]),
            ("工作地点", "填写工作所在城市及厂区", ["常州金坛基地"]),
            ("岗位目的", "用一句话概括本岗位存在的价值，不超过60字", [summary]),
            ("主要职责", "按重要程度排序，一般5-8条，每条以动词开头", [f"{n}. {duty}" for n, duty in enumerate(duties, 1)]),
            ("学历要求", "填写最低学历要求，如：大专、本科", ["本科及以上"]),
            ("专业要求", "", ["材料、化学、电化学等相关专业"]),
            ("工作经验", "填写从事相关工作的年限及领域", ["3年以上锂电池电芯工艺工作经验"]),
            ("技能要求", "包括专业技能、常用软件", ["熟练使用Minitab、AutoCAD，掌握DOE和SPC方法"]),
            ("资格证书", "无要求的填“无”", ["无"]),
            ("工作时间", "标准工时制/综合工时制/不定时工作制", [hours]),
            ("编制人", "", ["周婷"]),
            ("审核人", "", ["吴建国"]),
            ("编制日期", "格式：YYYY-MM-DD", ["2024-04-18"])]
    table = document.add_table(rows=len(rows) + 1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, heading in enumerate(("项目", "填写说明", "填写内容")):
        cell = table.cell(0, column)
        _write(cell, heading)
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(cell, "D9D9D9")
    for index, (label, note, lines) in enumerate(rows, 1):
        _write(table.cell(index, 0), label)
        if note:
            _note(table.cell(index, 1), note)
        _write(table.cell(index, 2), *lines)
    _widths(table, 1.0, 2.0, 3.0)
    tail = document.add_paragraph()
    tail.add_run("注：灰色斜体字为填写说明，正式发布前请删除。").font.size = Pt(9)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "江苏宁能新能源科技有限公司", "title": "电芯工艺工程师",
        "id": "NN-GY-015", "basic.department": "工艺部", "basic.reports_to": "工艺部经理", "basic.subordinates": None,
        "basic.headcount": 4, "basic.grade": "P6", "basic.work_location": "常州金坛基地", "summary": summary,
        "duties": duties, "qualifications.education": "本科及以上", "qualifications.major": "材料、化学、电化学等相关专业",
        "qualifications.experience": ["3年以上锂电池电芯工艺工作经验"], "qualifications.certificates": None,
        "environment.hours": hours, "document.prepared_by": "周婷", "basic.prepared_on": "2024-04-18",
    }


def idc_duty_standards_frequency(path: Path) -> dict:
    """A data-centre operator's operations engineer: a grid of basic pairs,
    the duties a table of 序号 | 岗位职责 | 工作标准 | 频次 under their own
    heading, the requirements in a grid, and a sign-off line whose date is
    written in Chinese numerals (二〇二四年三月十五日)."""
    document = docx.Document()
    _header(document, "华数云智数据科技有限公司")
    _footer(document, "内部资料　注意保密")
    _title(document, "数据中心运维工程师岗位说明书")
    summary = "负责数据中心基础设施的日常运行维护和故障应急处置，保障供配电、制冷和消防系统安全稳定运行。"
    heading = document.add_paragraph()
    heading.add_run("一、基本信息").bold = True
    _spanned_grid(document, [
        ["岗位名称", "数据中心运维工程师", "岗位编号", "HSY-IDC-021"],
        ["所属部门", "数据中心运营部", "直接上级", "运维值班经理"],
        ["岗位等级", "T3", "岗位定员", "8人"],
        ["工作地点", "杭州下沙数据中心"],
        ["岗位概述", summary]], 4, shade="F2F2F2")
    heading = document.add_paragraph()
    heading.add_run("二、岗位职责及工作标准").bold = True
    duties = [("按巡检路线巡视供配电、UPS、空调和消防设备并记录运行参数", "按时完成巡检，记录完整，异常15分钟内上报", "每班"),
              ("监控动环监控系统告警，及时处理或派单", "告警响应不超过5分钟，处理结果闭环", "每日"),
              ("执行设备预防性维护计划，配合厂商开展维保", "维保计划完成率100%，维保记录齐全", "每月"),
              ("组织和参与供电、制冷故障应急演练", "按预案完成演练并输出总结报告", "每季度"),
              ("办理客户设备上下架、布线和机房出入管理", "按工单时限完成，出入登记无遗漏", "按需"),
              ("更新机房资产台账和运维文档", "台账与现场一致率不低于99%", "每月")]
    table = document.add_table(rows=len(duties) + 1, cols=4)
    table.style = "Table Grid"
    for column, text in enumerate(("序号", "岗位职责", "工作标准", "频次")):
        cell = table.cell(0, column)
        _write(cell, text)
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(cell, "F2F2F2")
    for row, (duty, standard, frequency) in enumerate(duties, 1):
        for column, text in enumerate((str(row), duty, standard, frequency)):
            _write(table.cell(row, column), text)
    _widths(table, 0.5, 2.4, 2.3, 0.8)
    heading = document.add_paragraph()
    heading.add_run("三、任职资格").bold = True
    _spanned_grid(document, [
        ["学历", "大专及以上", "专业", "计算机、电气、暖通等相关专业"],
        ["工作经验", "2年以上数据中心或机房运维工作经验"],
        ["资格证书", "低压电工作业证、CDCP数据中心专业人员认证"]], 4, shade="F2F2F2")
    heading = document.add_paragraph()
    heading.add_run("四、工作条件").bold = True
    _spanned_grid(document, [
        ["工作时间", "四班三运转，每班12小时"],
        ["工作环境", "机房内噪声较大、温度较低，需长时间站立巡检"]], 2, shade="F2F2F2")
    signoff = document.add_paragraph("编制：赵磊　　　　审核：钱敏　　　　编制日期：二〇二四年三月十五日")
    _font(signoff, "宋体")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "华数云智数据科技有限公司", "title": "数据中心运维工程师",
        "id": "HSY-IDC-021", "basic.department": "数据中心运营部", "basic.reports_to": "运维值班经理", "basic.grade": "T3",
        "basic.headcount": 8, "basic.work_location": "杭州下沙数据中心", "summary": summary,
        "duties": [duty for duty, _, _ in duties], "qualifications.education": "大专及以上",
        "qualifications.major": "计算机、电气、暖通等相关专业", "qualifications.experience": ["2年以上数据中心或机房运维工作经验"],
        "qualifications.certificates": ["低压电工作业证", "CDCP数据中心专业人员认证"], "environment.hours": "四班三运转，每班12小时",
        "document.prepared_by": "赵磊", "basic.prepared_on": "2024-03-15",
    }


def _bilingual_label(cell, english: str, chinese: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(english).bold = True
    run = paragraph.add_run(f" {chinese}")
    run.font.name = "PMingLiU"
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "新細明體")


def hong_kong_ngo_english_values(path: Path) -> dict:
    """A Hong Kong NGO's social worker: each label in English and traditional
    Chinese on one line (Post Title 職位名稱), every value in English, the
    duties in Word's numbering inside a cell, the requirements unlabelled
    lines under one label, the organisation in both languages in the page
    header."""
    document = docx.Document()
    _header(document, "Harbourside Family Services Association 港灣家庭服務協會")
    _footer(document, "Ref: HFSA/HR/JD/SW-112 (Rev. 2)")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("JOB DESCRIPTION 職位說明書").bold = True
    summary = ("To provide casework, counselling and group services to individuals and families in need, and to "
               "strengthen family functioning and community support networks in the district.")
    duties = ["To handle a caseload of families with multiple problems, including assessment, counselling and "
              "referral.", "To plan and run therapeutic and educational groups for parents and children.",
              "To work with schools, hospitals and government departments on cases of child protection and domestic "
              "violence.", "To keep case records and statistics up to date in the client information system.",
              "To supervise social work students on placement and to take evening duty in rotation."]
    rows = [("Post Title", "職位名稱", ["Social Worker (Family Support)"]), ("Post No.", "職位編號", ["HFS-SW-112"]),
            ("Unit", "單位", ["Integrated Family Service Centre, Tsuen Wan"]),
            ("Responsible To", "直屬上司", ["Centre-in-charge"]), ("Rank", "職級", ["Assistant Social Work Officer (ASWO)"]),
            ("No. of Posts", "職位數目", ["6"]), ("Work Location", "工作地點", ["Tsuen Wan, New Territories"]),
            ("Working Hours", "工作時間", ["44 hours per week, including two evening sessions"]),
            ("Job Purpose", "工作目的", [summary]), ("Major Duties", "主要職責", None),
            ("Qualifications & Experience", "學歷及經驗", [
                "Bachelor's Degree in Social Work or equivalent",
                "Registered Social Worker (RSW) in Hong Kong",
                "At least 2 years' post-qualification experience in family or casework services",
                "Good command of written Chinese and English, and fluent Cantonese"]),
            ("Date Prepared", "擬備日期", ["4 March 2024"]), ("Approved By", "批核", ["Director of Services"])]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (english, chinese, lines) in enumerate(rows):
        _bilingual_label(table.cell(index, 0), english, chinese)
        if lines is None:
            _write(table.cell(index, 1), *duties, style="List Number")
        else:
            _write(table.cell(index, 1), *lines)
    _widths(table, 2.1, 3.9)
    document.save(str(path))
    return {
        "source_language": "en", "title": "Social Worker (Family Support)", "id": "HFS-SW-112",
        "basic.department": "Integrated Family Service Centre, Tsuen Wan", "basic.reports_to": "Centre-in-charge",
        "basic.headcount": 6, "basic.work_location": "Tsuen Wan, New Territories",
        "environment.hours": "44 hours per week, including two evening sessions", "summary": summary, "duties": duties,
        "qualifications.education": "Bachelor's Degree in Social Work or equivalent",
        "qualifications.certificates": ["Registered Social Worker (RSW) in Hong Kong"],
        "qualifications.experience": ["At least 2 years' post-qualification experience in family or casework services"],
        "basic.prepared_on": "2024-03-04", "document.approved_by": "Director of Services",
    }


def us_careers_page_typed_bullets(path: Path) -> dict:
    """A US credit union's teller posting copied from its careers web page:
    the page's HTML opened in LibreOffice and saved as .docx, headings as
    bold paragraphs, bullets typed "•", the location line under the title,
    the page's links (Back to search results, Apply now, Share this job)
    left in, the job's details as Label: value lines."""
    summary = ("The Member Service Representative I is the first point of contact for members at the branch, "
               "processing transactions accurately and identifying members' financial needs to refer them to the "
               "right products and services.")
    duties = ["Process deposits, withdrawals, loan payments, cashier's checks and other member transactions accurately.",
              "Balance the cash drawer daily and follow all cash handling and security procedures.",
              "Open new share and checking accounts and explain account features and fees.",
              "Identify members' needs and refer them to loan officers or financial advisors.",
              "Resolve member questions and problems in person and by phone.",
              "Comply with the Bank Secrecy Act, OFAC and other regulations."]
    physical = "Able to stand for long periods and to lift up to 20 pounds."
    hours = "Monday–Friday 8:30 a.m.–5:30 p.m., and one Saturday morning a month"

    def bullets(items: list[str]) -> str:
        return "".join(f"<p>•&nbsp;{item}</p>" for item in items)

    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Member Service Representative I |
Careers at Buckeye Valley Credit Union</title></head><body>
<p><a href="https://careers.bvcu.example/jobs">&lt; Back to search results</a></p>
<h1>Member Service Representative I</h1>
<p>Dayton, OH · Full-time · On-site</p>
<p>Job ID: R-24-0317&nbsp;&nbsp;|&nbsp;&nbsp;Posted 5 days ago</p>
<p><a href="https://careers.bvcu.example/apply/R-24-0317">Apply now</a>&nbsp;&nbsp;<a href="#share">Share this job</a></p>
<p><b>About Us</b></p>
<p>Buckeye Valley Credit Union is a not-for-profit financial cooperative serving more than 90,000 members across
the Miami Valley. We have been named one of Dayton's Top Workplaces five years running.</p>
<p><b>Job Details</b></p>
<p>Department: Retail Branch Operations<br>Reports To: Branch Manager<br>Employment Type: Full-time, non-exempt</p>
<p><b>Position Summary</b></p>
<p>{summary}</p>
<p><b>Essential Duties and Responsibilities</b></p>
{bullets(duties)}
<p><b>Qualifications</b></p>
{bullets(["High school diploma or GED", "Associate degree in business or a related field preferred",
          "One year of cash handling or customer service experience",
          "Strong math skills and working knowledge of Microsoft Office"])}
<p><b>Physical Requirements</b></p>
<p>{physical}</p>
<p><b>Schedule</b></p>
<p>{hours}</p>
<p><b>Pay Range</b></p>
<p>$17.50 – $20.00 per hour, based on experience</p>
<p><b>Benefits</b></p>
{bullets(["Medical, dental and vision insurance", "401(k) with 5% employer match", "Paid time off and 11 paid holidays",
          "Tuition reimbursement"])}
<p><i>Buckeye Valley Credit Union is an Equal Opportunity Employer. All qualified applicants will receive
consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity,
national origin, disability or veteran status.</i></p>
<p><a href="https://careers.bvcu.example/apply/R-24-0317">Apply now</a></p>
</body></html>"""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.html"
        source.write_text(page, encoding="utf-8")
        _convert(source, path, 'docx:MS Word 2007 XML', "--infilter=HTML (StarWriter)")
    return {
        "source_language": "en", "document.issuer": "Buckeye Valley Credit Union", "title": "Member Service Representative I",
        "id": "R-24-0317", "basic.department": "Retail Branch Operations", "basic.reports_to": "Branch Manager",
        "basic.work_location": "Dayton, OH", "summary": summary, "duties": duties,
        "qualifications.education": "High school diploma or GED",
        "qualifications.experience": ["One year of cash handling or customer service experience"], "physical": physical,
        "environment.hours": hours,
    }


_EMU = 914400
"""EMUs in an inch."""

_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0"
 relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{id}" name="文本框 {id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" anchor="{anchor}">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:rect id="文本框 {id}" o:spid="_x0000_s{spid}" style="position:absolute;margin-left:{left}pt;
margin-top:{top}pt;width:{width}pt;height:{height}pt;z-index:{z};mso-position-horizontal-relative:margin;
mso-position-vertical-relative:text" fillcolor="#{fill}" strokeweight=".5pt"><v:textbox
 inset="2mm,1mm,2mm,1mm"><w:txbxContent>{content}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def _box_paragraphs(lines: list[str], bold: bool) -> str:
    weight = "<w:b/>" if bold else ""
    centred = "<w:jc w:val=\"center\"/>" if bold else ""
    return "".join(
        f"<w:p><w:pPr>{centred}<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:pPr><w:r><w:rPr>"
        f"<w:rFonts w:ascii=\"仿宋\" w:hAnsi=\"仿宋\" w:eastAsia=\"仿宋\" w:hint=\"eastAsia\"/>{weight}"
        f"<w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)


def _text_box(paragraph, number: int, box: tuple[float, float, float, float], lines: list[str], label: bool) -> None:
    """A bordered text box drawn at ``box`` (left, top, width, height in
    inches from the margin and the anchoring paragraph), holding ``lines``,
    as WPS saves one: DrawingML with its VML fallback."""
    left, top, width, height = box
    xml = _BOX.format(z=251658240 + number, x=int(left * _EMU), y=int(top * _EMU), cx=int(width * _EMU),
                      cy=int(height * _EMU), id=number, spid=1025 + number, left=left * 72, top=top * 72,
                      width=width * 72, height=height * 72, fill="F2F2F2" if label else "FFFFFF",
                      anchor="ctr" if label or len(lines) == 1 else "t", content=_box_paragraphs(lines, label))
    paragraph._p.append(parse_xml(xml))


def wps_text_box_grid(path: Path) -> dict:
    """A county media centre's reporter on a WPS form whose grid is drawn
    with text boxes floating over empty paragraphs, in the order they were
    drawn: the left labels, their values, the right labels and values, then
    the 工作地点 row added last in the middle of the grid."""
    document = docx.Document()
    issuer = document.add_paragraph("安吉县融媒体中心")
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(issuer, "宋体")
    _title(document, "岗位说明书")
    summary = "围绕县委县政府中心工作和基层民生开展新闻采访报道，完成电视、报纸、客户端等全媒体稿件的采写与制作。"
    duties = ["1、根据选题安排完成新闻采访，撰写消息、通讯等各类稿件；", "2、拍摄新闻图片和短视频素材，完成基础剪辑；",
              "3、参与重大活动、突发事件的现场报道和直播；", "4、跟踪热点线索，策划专题和系列报道；",
              "5、做好采访资料的整理归档和新闻线索的登记。"]
    requirements = ["学历：本科及以上", "专业：新闻学、传播学、汉语言文学等相关专业", "经验：2年以上新闻采编工作经验",
                    "证书：机动车驾驶证（C1）"]
    hours = "不定时工作制，需服从突发新闻采访安排"
    label, value, wide = 1.1, 1.9, 4.9
    rows = [0.0, 0.42, 0.84, 1.26, 1.68, 2.6, 4.65, 6.1]
    heights = [0.42, 0.42, 0.42, 0.42, 0.92, 2.05, 1.45, 0.42]
    left_pairs = [("岗位名称", "全媒体记者"), ("所属部门", "新闻采访部"), ("岗位类别", "专业技术岗")]
    right_pairs = [("岗位编号", "AJRM-XW-06"), ("直接上级", "采访部主任"), ("岗位定员", "5人")]
    wide_rows = [(4, "岗位概述", [summary]), (5, "岗位职责", duties), (6, "任职条件", requirements), (7, "工作时间", [hours])]
    anchor = document.add_paragraph()
    boxes: list[tuple[tuple[float, float, float, float], list[str], bool]] = []
    boxes += [((0.0, rows[row], label, heights[row]), [text], True) for row, (text, _) in enumerate(left_pairs)]
    boxes += [((0.0, rows[row], label, heights[row]), [text], True) for row, text, _ in wide_rows]
    boxes += [((label, rows[row], value, heights[row]), [text], False) for row, (_, text) in enumerate(left_pairs)]
    boxes += [((label, rows[row], wide, heights[row]), lines, False) for row, _, lines in wide_rows]
    boxes += [((label + value, rows[row], label, heights[row]), [text], True) for row, (text, _) in enumerate(right_pairs)]
    boxes += [((2 * label + value, rows[row], value, heights[row]), [text], False)
              for row, (_, text) in enumerate(right_pairs)]
    boxes += [((0.0, rows[3], label, heights[3]), ["工作地点"], True),
              ((label, rows[3], wide, heights[3]), ["安吉县融媒体中心（递铺街道）"], False)]
    for number, (box, lines, is_label) in enumerate(boxes, 1):
        _text_box(anchor, number, box, lines, is_label)
    for _ in range(20):
        document.add_paragraph()
    date = document.add_paragraph("填表日期：2024年3月20日")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(date, "仿宋")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "安吉县融媒体中心", "title": "全媒体记者", "id": "AJRM-XW-06",
        "basic.department": "新闻采访部", "basic.reports_to": "采访部主任", "basic.headcount": 5,
        "basic.work_location": "安吉县融媒体中心（递铺街道）", "summary": summary, "duties": [duty[2:] for duty in duties],
        "qualifications.education": "本科及以上", "qualifications.major": "新闻学、传播学、汉语言文学等相关专业",
        "qualifications.experience": ["2年以上新闻采编工作经验"], "qualifications.certificates": ["机动车驾驶证（C1）"],
        "environment.hours": hours, "basic.prepared_on": "2024-03-20",
    }


def grain_depot_articles_doc(path: Path) -> dict:
    """A grain reserve company's warehouse keeper written as a regulation of
    章 and 条: the basic facts in sentences of 第三条 and 第四条, the duties
    and requirements items （一）…, the effective date in Chinese numerals in
    the closing 条, the company and the date issued under it; saved as Word
    97 (.doc)."""
    document = docx.Document()
    _title(document, "皖北粮食储备有限公司")
    _title(document, "保管员岗位规范")
    summary = "负责所管仓廒粮食的入库、保管和出库作业，确保储粮数量真实、质量良好、储存安全。"
    duties = ["执行粮食出入库作业规程，做好检斤、扦样验质和单据核对；", "每日检查粮情，按规定检测粮温、水分和虫害并如实记录；",
              "落实通风、熏蒸、控温等储粮技术措施；", "管理仓房钥匙、器材和保管账卡，做到账实相符；",
              "做好仓房防火、防汛、防盗等安全工作。"]
    numerals = "一二三四五六七八九十"
    hours = "常白班（8:00-17:00），出入库和熏蒸作业期间服从库点统一安排"
    chapters: list[tuple[str, list[str | tuple[str, list[str]]]]] = [
        ("第一章　总则", ["为规范仓储保管岗位管理，明确岗位职责和任职条件，根据《粮油仓储管理办法》和公司有关制度，制定本规范。",
                     "本规范适用于公司所属各库点的保管员岗位。"]),
        ("第二章　岗位基本信息", ["岗位名称：保管员；岗位编号：WB-CC-03。",
                         "本岗位隶属仓储管理科，直接上级为仓储管理科科长，岗位定员6人。", f"岗位目的：{summary}"]),
        ("第三章　岗位职责", [("保管员的主要职责：", duties)]),
        ("第四章　任职条件", [("保管员应当具备下列条件：", ["中专及以上学历；", "粮油储藏、食品检验等相关专业；",
                                              "2年以上粮食仓储工作经历；", "持有粮油保管员职业技能等级证书（四级及以上）。"])]),
        ("第五章　附则", [f"工作时间：{hours}。", "本规范由公司人力资源部负责解释。", "本规范自二〇二四年四月一日起施行。"])]
    article = 0
    for chapter, articles in chapters:
        heading = document.add_paragraph(chapter)
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(heading, "黑体")
        for text in articles:
            article += 1
            name = f"第{numerals[article - 1]}条"
            lead, items = (text, []) if isinstance(text, str) else text
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            paragraph.add_run(name).bold = True
            paragraph.add_run(f"　{lead}")
            _font(paragraph)
            for number, item in enumerate(items):
                line = document.add_paragraph(f"（{numerals[number]}）{item}")
                line.paragraph_format.first_line_indent = Pt(24)
                _font(line)
    for text in ("皖北粮食储备有限公司", "二〇二四年三月十五日"):
        closing = document.add_paragraph(text)
        closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(closing)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.docx"
        document.save(str(source))
        _convert(source, path, "doc")
    return {
        "source_language": "zh", "document.issuer": "皖北粮食储备有限公司", "title": "保管员", "id": "WB-CC-03",
        "basic.department": "仓储管理科", "basic.reports_to": "仓储管理科科长", "basic.headcount": 6, "summary": summary,
        "duties": duties, "qualifications.education": "中专及以上学历", "qualifications.major": "粮油储藏、食品检验等相关专业",
        "qualifications.experience": ["2年以上粮食仓储工作经历"],
        "qualifications.certificates": ["粮油保管员职业技能等级证书（四级及以上）"], "environment.hours": f"{hours}。",
        "document.effective_date": "2024-04-01",
    }


ELEVENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, suffix) for name, make, suffix in (
    ("university_pdf_pasted_lines", university_pdf_pasted_lines, ".docx"),
    ("battery_fill_in_notes_column", battery_fill_in_notes_column, ".docx"),
    ("idc_duty_standards_frequency", idc_duty_standards_frequency, ".docx"),
    ("hong_kong_ngo_english_values", hong_kong_ngo_english_values, ".docx"),
    ("us_careers_page_typed_bullets", us_careers_page_typed_bullets, ".docx"),
    ("wps_text_box_grid", wps_text_box_grid, ".docx"),
    ("grain_depot_articles_doc", grain_depot_articles_doc, ".doc"))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(ELEVENTH)

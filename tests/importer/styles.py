"""More hand-made forms, in styles forms.py does not cover, each with its
truth: the facts an import must recover (or, where a fact cannot be
recovered, name in a warning).

``TUNED`` are the forms the import was developed against; ``HELD_OUT``
were written apart and are only measured (test_truth.py), never tuned
against.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.importer.forms import _font, _numbered, _numbering, _write


def _paragraphs(document, *lines: str) -> None:
    for line in lines:
        _font(document.add_paragraph(line))


def _header(document, *lines: str) -> None:
    header = document.sections[0].header
    header.is_linked_to_previous = False
    for index, line in enumerate(lines):
        paragraph = header.paragraphs[0] if index == 0 else header.add_paragraph()
        paragraph.add_run(line)


def _footer(document, line: str) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].add_run(line)


def _shift_enter(cell_or_document, first: str, second: str) -> None:
    paragraph = cell_or_document.add_paragraph()
    paragraph.add_run(first)
    paragraph.add_run().add_break()
    paragraph.add_run(second)
    _font(paragraph)


def _content_control(cell, text: str) -> None:
    """``text`` in a plain-text content control filling ``cell``."""
    paragraph = cell.paragraphs[0]._p
    sdt = OxmlElement("w:sdt")
    sdt.append(OxmlElement("w:sdtPr"))
    content = OxmlElement("w:sdtContent")
    run, node = OxmlElement("w:r"), OxmlElement("w:t")
    node.text = text
    run.append(node)
    content.append(run)
    sdt.append(content)
    paragraph.append(sdt)


def _text_box(document, *lines: str) -> None:
    """A paragraph anchoring a text box holding ``lines`` (as Word writes one, with its VML fallback)."""
    body = "".join(f'<w:p><w:r><w:t>{line}</w:t></w:r></w:p>' for line in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>')
    from lxml import etree

    paragraph = document.add_paragraph()
    paragraph._p.append(etree.fromstring(xml))


# -- tuned


def headings_and_paragraphs(path: Path) -> dict:
    """No table: headings numbered 一、, the document number and issuer only
    in the page header, a page number in the footer, an unknown ``标签：值``,
    empty sign-off fields, a duty continued in a second paragraph (Enter
    pressed mid-item) and one broken with Shift+Enter, a section heading no
    field has, with its contents, deductions separated by ；, a scoring clause."""
    document = docx.Document()
    _header(document, "华信银行", "文件编号：HX-HR-2021-07")
    _footer(document, "第 1 页")
    _paragraphs(document, "理财经理岗位说明书", "一、基本信息", "岗位名称：理财经理", "岗位编号：LC-05",
                "所属部门：个人金融部", "年龄要求：40岁以下", "直接上级：个人金融部经理", "二、岗位概要",
                "为中高端客户提供理财规划和产品配置服务。", "三、岗位职责", "1．开发和维护中高端客户，",
                "建立客户档案并定期回访；", "2．为客户制定理财规划方案；")
    _shift_enter(document, "3．销售基金、保险等代销产品，", "并做好售后服务；")
    _paragraphs(document, "4．完成上级交办的其他工作。", "四、职业道德要求", "遵守银行员工行为守则。",
                "不得私下代客理财。", "五、考核指标", "定量指标", "销售类指标：理财产品销售额1000万元",
                "按季度考核。", "定性指标", "违反销售适当性规定的，每次扣5分；未按时回访客户的，每次扣2分。",
                "六、任职资格", "学历：本科及以上", "证书：AFP、CFP", "七、签核", "编制人：", "批准人：")
    document.save(path)
    return {
        "title": "理财经理", "id": "LC-05", "document.issuer": "华信银行", "document.number": "HX-HR-2021-07",
        "basic.department": "个人金融部", "basic.reports_to": "个人金融部经理",
        "summary": "为中高端客户提供理财规划和产品配置服务。",
        "duties": ["开发和维护中高端客户，建立客户档案并定期回访；", "为客户制定理财规划方案；",
                   "销售基金、保险等代销产品，并做好售后服务；", "完成上级交办的其他工作。"],
        "indicators.quantitative": [{"name": "销售类指标", "measures": [
            {"name": "理财产品销售额", "target": {"amount": 10000000}}], "scoring": "按季度考核。"}],
        "indicators.qualitative": {"deductions": [{"rule": "违反销售适当性规定的", "points": 5},
                                                  {"rule": "未按时回访客户的", "points": 2}]},
        "qualifications.education": "本科及以上", "qualifications.certificates": ["AFP", "CFP"],
        "document.prepared_by": None, "document.approved_by": None,
    }


def english_key_value(path: Path) -> dict:
    """An English key/value table with synonyms, headings numbered I./II./III.
    (one, Work Activities, no field's), a count in the Direct Reports row,
    a continuation label on a second table (Responsibilities (cont'd))."""
    document = docx.Document()
    _header(document, "Document No.: OPS-114")
    _paragraphs(document, "I. Basic Information")
    table = document.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in enumerate([("Job Title", "Operations Officer"), ("Job Code", "OPS-04"),
                                          ("Department", "Branch Operations"), ("Reporting To", "Operations Manager"),
                                          ("Direct Reports", "4")]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    _paragraphs(document, "II. Job Purpose", "Runs the branch's daily operations safely and on time.",
                "III. Key Responsibilities")
    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "1. Opens and closes the branch.")
    _write(table.cell(1, 0), "2. Balances the vault every day.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "Key Responsibilities (cont'd)")
    _write(table.cell(1, 0), "3. Trains new tellers.")
    _paragraphs(document, "IV. Work Activities", "Attends the weekly risk meeting.", "V. Education",
                "Bachelor's degree in finance.", "VI. Working Hours", "9:00-17:30")
    document.save(path)
    return {
        "source_language": "en", "title": "Operations Officer", "id": "OPS-04", "document.number": "OPS-114",
        "basic.department": "Branch Operations", "basic.reports_to": "Operations Manager", "basic.supervised": 4,
        "summary": "Runs the branch's daily operations safely and on time.",
        "duties": ["Opens and closes the branch.", "Balances the vault every day.", "Trains new tellers."],
        "qualifications.education": "Bachelor's degree in finance.", "environment.hours": "9:00-17:30",
    }


# -- held out


def wps_sections(path: Path) -> dict:
    """A WPS-style form: a text box with the issuer, a table per section
    with the section label in a first column, values in content controls,
    duties in Word's numbering with a Shift+Enter inside one, class hours
    per level in cells of their own, conditions with an unlabelled 不限,
    deductions separated by ；, a scoring clause under a category."""
    document = docx.Document()
    _text_box(document, "东方农商银行")
    _paragraphs(document, "岗位说明书")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for row, cells in enumerate([("岗位名称", "信贷专员", "岗位编号", "XD-12"), ("所属部门", "信贷部", "定员人数", "3人"),
                                 ("直接上级", "信贷部经理", "直接下级", "无"), ("编制日期", "2020年5月8日", "薪资等级", "六级")]):
        for column, text in enumerate(cells):
            if column % 2 and row < 2:
                _content_control(table.cell(row, column), text)
            else:
                _write(table.cell(row, column), text)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "岗位概要")
    _write(table.cell(0, 1), "负责小微企业贷款的调查、审查和贷后管理。")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "主要职责")
    items = _numbering(document, "decimal", "%1.")
    for text in ("开展贷前调查，撰写调查报告", "跟踪贷款使用情况"):
        _numbered(table.cell(0, 1), text, items)
    paragraph = table.cell(0, 1).add_paragraph()
    paragraph.add_run("催收到期贷款，")
    paragraph.add_run().add_break()
    paragraph.add_run("处置不良资产")
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", items)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        numbering.append(child)
    properties.append(numbering)
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "考核指标")
    _write(table.cell(0, 1), "定量指标", "贷款类指标：新增贷款投放500万元", "按任务完成情况（百分比）计分")
    _write(table.cell(1, 0), "")
    _write(table.cell(1, 1), "定性指标", "扣分标准如下：", "违反信贷操作规程的，每次扣3分；贷后检查不及时的，每次扣1分")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "培训课时")
    _write(table.cell(0, 1), "初级信贷专员")
    _write(table.cell(0, 2), "30课时")
    _write(table.cell(1, 1), "高级信贷专员")
    _write(table.cell(1, 2), "20课时")
    _write(table.cell(2, 0), "培训内容")
    _write(table.cell(2, 1).merge(table.cell(2, 2)), "信贷政策；风险识别")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    _write(table.cell(0, 0), "工作地点")
    _write(table.cell(0, 1), "总行信贷部")
    _write(table.cell(1, 0), "出差要求")
    _write(table.cell(1, 1), "经常出差")
    document.save(path)
    return {
        "title": "信贷专员", "id": "XD-12", "document.issuer": "东方农商银行", "basic.department": "信贷部",
        "basic.headcount": 3, "basic.reports_to": "信贷部经理", "basic.prepared_on": "2020-05-08", "basic.grade": 6,
        "summary": "负责小微企业贷款的调查、审查和贷后管理。",
        "duties": ["开展贷前调查，撰写调查报告", "跟踪贷款使用情况", "催收到期贷款，处置不良资产"],
        "indicators.quantitative": [{"name": "贷款类指标", "measures": [
            {"name": "新增贷款投放", "target": {"amount": 5000000}}], "scoring": "按任务完成情况（百分比）计分"}],
        "indicators.qualitative": {"deductions": [{"rule": "违反信贷操作规程的", "points": 3},
                                                  {"rule": "贷后检查不及时的", "points": 1}]},
        "training.hours": {"junior": 30, "senior": 20}, "training.topics": ["信贷政策", "风险识别"],
        "environment.place": "总行信贷部", "environment.conditions": [{"name": "出差要求", "value": "经常出差"}],
    }


def letters_english(path: Path) -> dict:
    """An English form of headings lettered A./B./C., the number in the page
    header, Subordinates as a count, a duty continued over two paragraphs,
    an unknown ``Label: value`` line."""
    document = docx.Document()
    _header(document, "Ref.: HR/JD/2019/33", "Document No.: CS-201")
    _paragraphs(document, "Position Description", "A. Position Information", "Position Title: Customer Service Lead",
                "Position Code: CS-21", "Department: Retail Banking", "Reports To: Branch Manager",
                "Subordinates: 6", "Shift Pattern: rotating", "B. Summary",
                "Leads the customer service team at the branch counter.", "C. Responsibilities",
                "1. Schedules the service team's shifts.", "2. Handles escalated complaints and",
                "reports them to the branch manager.", "3. Coaches staff on service standards.",
                "D. Qualifications", "Education: College degree", "Experience: Three years in retail banking")
    document.save(path)
    return {
        "source_language": "en", "title": "Customer Service Lead", "id": "CS-21", "document.number": "CS-201",
        "basic.department": "Retail Banking", "basic.reports_to": "Branch Manager", "basic.supervised": 6,
        "summary": "Leads the customer service team at the branch counter.",
        "duties": ["Schedules the service team's shifts.",
                   "Handles escalated complaints and reports them to the branch manager.",
                   "Coaches staff on service standards."],
        "qualifications.education": "College degree",
        "qualifications.experience": ["Three years in retail banking"],
    }


def saved_by_libreoffice(path: Path) -> dict:
    """``headings_and_paragraphs``'s sibling written by LibreOffice: a
    python-docx form converted to .odt and back to .docx by soffice, so
    the package is LibreOffice's (its styles, numbering and header parts)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.docx"
        facts = letters_english(source)
        for target, extension in (("odt", "odt"), ("docx:MS Word 2007 XML", "docx")):
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                            "--convert-to", target, "--outdir", str(Path(folder) / extension),
                            str(source)], check=True, capture_output=True, timeout=180)
            source = Path(folder) / extension / f"source.{extension}"
        shutil.copy(source, path)
    return facts


def stacked_one_table(path: Path) -> dict:
    """One big table, section labels stacked in a merged first column (工作 /
    关系), relationships under column headings, duties typed 1、 with one
    broken by Shift+Enter, subordinates listed with 、."""
    document = docx.Document()
    _paragraphs(document, "会计主管岗位说明书")
    table = document.add_table(rows=10, cols=3)
    table.style = "Table Grid"

    def section(first: int, last: int, *label: str) -> None:
        _write(table.cell(first, 0).merge(table.cell(last, 0)), *label)

    section(0, 3, "基本", "信息")
    for row, (label, value) in enumerate([("岗位名称", "会计主管"), ("岗位编号", "KJ-07"), ("所属部门", "运营管理部"),
                                          ("直接下级", "综合柜员、复核员")]):
        _write(table.cell(row, 1), label)
        _write(table.cell(row, 2), value)
    section(4, 5, "工作", "关系")
    _write(table.cell(4, 1), "内部工作关系")
    _write(table.cell(4, 2), "外部工作关系")
    _write(table.cell(5, 1), "运营管理部、风险管理部")
    _write(table.cell(5, 2), "人民银行")
    section(6, 6, "岗位", "职责")
    cell = table.cell(6, 1).merge(table.cell(6, 2))
    _write(cell, "1、审核会计凭证", "2、管理重要空白凭证")
    _shift_enter(cell, "3、组织月末对账，", "处理账务差错")
    section(7, 7, "任职", "资格")
    _write(table.cell(7, 1), "学历")
    _write(table.cell(7, 2), "本科及以上")
    section(8, 8, "工作", "环境")
    _write(table.cell(8, 1), "工作地点")
    _write(table.cell(8, 2), "营业网点后台")
    section(9, 9, "使用", "工具")
    _write(table.cell(9, 1).merge(table.cell(9, 2)), "电脑、打印机")
    document.save(path)
    return {
        "title": "会计主管", "id": "KJ-07", "basic.department": "运营管理部", "basic.subordinates": ["综合柜员", "复核员"],
        "relationships.internal": ["运营管理部、风险管理部"], "relationships.external": ["人民银行"],
        "duties": ["审核会计凭证", "管理重要空白凭证", "组织月末对账，处理账务差错"],
        "qualifications.education": "本科及以上", "environment.place": "营业网点后台", "tools": ["电脑", "打印机"],
    }


def numbered_english_headings(path: Path) -> dict:
    """English headings numbered 1./2./3., bulleted duties, the issuer in the
    page header, certificates as an English list, a heading no field has."""
    document = docx.Document()
    _header(document, "Acme Savings Bank")
    _paragraphs(document, "1. Basic Information", "Job Title: Risk Analyst", "Job Code: RA-30",
                "Department: Risk Management", "Reports To: Head of Risk", "2. Job Summary",
                "Monitors the bank's credit and market risk.", "3. Duties", "• Prepares the monthly risk report.",
                "• Reviews large credit exposures.", "4. Requirements", "Education: Master's degree",
                "Certificates: FRM and CFA", "5. Performance Review", "Reviewed twice a year by the Head of Risk.")
    document.save(path)
    return {
        "source_language": "en", "title": "Risk Analyst", "id": "RA-30", "document.issuer": "Acme Savings Bank",
        "basic.department": "Risk Management", "basic.reports_to": "Head of Risk",
        "summary": "Monitors the bank's credit and market risk.",
        "duties": ["Prepares the monthly risk report.", "Reviews large credit exposures."],
        "qualifications.education": "Master's degree", "qualifications.certificates": ["FRM", "CFA"],
    }


TUNED = {"headings_and_paragraphs": headings_and_paragraphs, "english_key_value": english_key_value}
HELD_OUT = {"wps_sections": wps_sections, "letters_english": letters_english,
            "saved_by_libreoffice": saved_by_libreoffice, "stacked_one_table": stacked_one_table,
            "numbered_english_headings": numbered_english_headings}

"""Forms written to look for silent errors in structures the earlier sets
do not cover, each made as an HR department makes one: an English table
with rows no field has, bilingual labels in a grid with the number in the
footer, a section continued on a second table, headings lettered A./B.
with a section no field has, values in content controls under a title in
a text box, a duty table with a column of weights in English, and an
RTF file of tab-separated lines.

Measured before any rule was changed for them: see the module's figures
in the import's closing note; test_truth.py holds them to no silent error.

Run ``python -m tests.importer.varied`` for the figures.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from tests.importer.forms import _write
from tests.importer.styles import _content_control, _footer, _header, _paragraphs, _text_box
from tests.importer.truth import figures


def english_rows_no_field_has(path: Path) -> dict:
    """An English two-column table with rows no field has (Probation
    Period, Travel Required after the duties, Remarks left empty)."""
    document = docx.Document()
    _paragraphs(document, "POSITION DESCRIPTION")
    rows = [("Job Title", "Branch Operations Officer"), ("Job Code", "BO-12"), ("Department", "Retail Operations"),
            ("Probation Period", "Six months"), ("Reports To", "Branch Manager"),
            ("Job Purpose", "Keeps the branch's daily operations accurate and on time."),
            ("Key Responsibilities", "• Balances the vault each day.\n• Checks the day's vouchers."),
            ("Travel Required", "Occasionally"), ("Education", "Diploma or above"), ("Remarks", "")]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        if value:
            _write(table.cell(row, 1), *value.split("\n"))
    document.save(path)
    return {
        "source_language": "en", "title": "Branch Operations Officer", "id": "BO-12",
        "basic.department": "Retail Operations", "basic.reports_to": "Branch Manager",
        "summary": "Keeps the branch's daily operations accurate and on time.",
        "duties": ["Balances the vault each day.", "Checks the day's vouchers."],
        "qualifications.education": "Diploma or above",
    }


def bilingual_grid_footer_number(path: Path) -> dict:
    """A four-column grid with bilingual labels (岗位名称 / Position Title
    stacked in a cell, 所属部门 Department on one line), the document
    number only in the footer, duties typed 1、 in a merged row."""
    document = docx.Document()
    _footer(document, "文件编号：HR-JD-031")
    _paragraphs(document, "岗位说明书 Job Description")
    table = document.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    for row, cells in enumerate([(("岗位名称", "Position Title"), "信贷审批员", ("岗位编号", "Position Code"), "SP-06"),
                                 (("所属部门 Department",), "授信审批部", ("直接上级 Reports To",), "审批部总经理")]):
        for column, text in enumerate(cells):
            _write(table.cell(row, column), *(text if isinstance(text, tuple) else (text,)))
    _write(table.cell(2, 0), "岗位目的 Job Purpose")
    _write(table.cell(2, 1).merge(table.cell(2, 3)), "审查授信申请，控制信用风险。")
    _write(table.cell(3, 0), "工作职责 Responsibilities")
    _write(table.cell(3, 1).merge(table.cell(3, 3)), "1、审查授信申请材料", "2、出具审批意见", "3、跟踪审批后落实情况")
    _write(table.cell(4, 0), "学历 Education")
    _write(table.cell(4, 1), "本科及以上")
    _write(table.cell(4, 2), "工作经验 Experience")
    _write(table.cell(4, 3), "5年以上信贷工作经验")
    _write(table.cell(5, 0), "证书 Certificates")
    _write(table.cell(5, 1).merge(table.cell(5, 3)), "银行从业资格证、中级经济师")
    document.save(path)
    return {
        "title": "信贷审批员", "id": "SP-06", "basic.department": "授信审批部", "basic.reports_to": "审批部总经理",
        "document.number": "HR-JD-031", "summary": "审查授信申请，控制信用风险。",
        "duties": ["审查授信申请材料", "出具审批意见", "跟踪审批后落实情况"], "qualifications.education": "本科及以上",
        "qualifications.experience": ["5年以上信贷工作经验"], "qualifications.certificates": ["银行从业资格证", "中级经济师"],
    }


def continued_on_second_table(path: Path) -> dict:
    """Duties begun in one table and continued in another after a page break
    (工作职责（续）), items typed 1. with a remark row left empty."""
    document = docx.Document()
    _paragraphs(document, "柜员岗位说明书")
    table = document.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    for row, (label, lines) in enumerate([("岗位名称", ["综合柜员"]), ("岗位编号", ["GY-09"]), ("所属部门", ["营业部"]),
                                          ("岗位概述", ["办理柜面业务，为客户提供服务。"]),
                                          ("工作职责", ["1. 办理存取款业务", "2. 办理转账汇款业务", "3. 办理挂失业务"])]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), *lines)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for row, (label, lines) in enumerate([("工作职责（续）", ["4. 保管好印章和凭证", "5. 完成日终轧账"]),
                                          ("学历要求", ["中专及以上"]), ("工作时间", ["8:30-17:00"]), ("备注", [])]):
        _write(table.cell(row, 0), label)
        if lines:
            _write(table.cell(row, 1), *lines)
    document.save(path)
    return {
        "title": "综合柜员", "id": "GY-09", "basic.department": "营业部", "summary": "办理柜面业务，为客户提供服务。",
        "duties": ["办理存取款业务", "办理转账汇款业务", "办理挂失业务", "保管好印章和凭证", "完成日终轧账"],
        "qualifications.education": "中专及以上", "environment.hours": "8:30-17:00",
    }


def lettered_headings(path: Path) -> dict:
    """Paragraphs under headings lettered A. B. C., items typed （1）, a
    career path with arrows, a section no field has (E. 其他说明) at the end."""
    document = docx.Document()
    _paragraphs(document, "风险经理岗位说明书", "A. 基本信息", "岗位名称：风险经理", "岗位编号：FX-11",
                "所属部门：风险管理部", "直接上级：风险管理部总经理", "B. 岗位概要", "识别、计量和监测全行风险。",
                "C. 主要职责", "（1）制定风险管理政策", "（2）监测风险指标并预警", "（3）撰写季度风险报告",
                "D. 任职资格", "学历：硕士研究生及以上", "专业知识：熟悉巴塞尔协议", "E. 职业发展",
                "风险经理→高级风险经理→风险管理部副总经理", "F. 其他说明", "本说明书由人力资源部负责解释。")
    document.save(path)
    return {
        "title": "风险经理", "id": "FX-11", "basic.department": "风险管理部", "basic.reports_to": "风险管理部总经理",
        "summary": "识别、计量和监测全行风险。", "duties": ["制定风险管理政策", "监测风险指标并预警", "撰写季度风险报告"],
        "qualifications.education": "硕士研究生及以上", "qualifications.knowledge": "熟悉巴塞尔协议",
        "career_path": ["高级风险经理", "风险管理部副总经理"],
    }


def content_controls_under_a_text_box(path: Path) -> dict:
    """A form whose title and issuer are in a text box, its values in
    content controls of a grid (label | value | label | value), the issue
    date in the page header."""
    document = docx.Document()
    _header(document, "生效日期：2023年7月1日")
    _text_box(document, "东方农商银行", "岗位说明书")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for row, cells in enumerate([("岗位名称", "客户经理", "岗位编号", "KH-22"), ("所属部门", "公司金融部", "岗位定员", "6人"),
                                 ("岗位职责", "营销对公客户；办理授信调查；维护客户关系", None, None),
                                 ("使用工具", "电脑、信贷管理系统", None, None)]):
        if cells[2] is None:
            table.cell(row, 1).merge(table.cell(row, 3))
            _write(table.cell(row, 0), cells[0])
            _content_control(table.cell(row, 1), cells[1])
            continue
        for column, text in enumerate(cells):
            if column % 2:
                _content_control(table.cell(row, column), text)
            else:
                _write(table.cell(row, column), text)
    document.save(path)
    return {
        "title": "客户经理", "id": "KH-22", "document.issuer": "东方农商银行", "document.effective_date": "2023-07-01",
        "basic.department": "公司金融部", "basic.headcount": 6, "duties": ["营销对公客户", "办理授信调查", "维护客户关系"],
        "tools": ["电脑", "信贷管理系统"],
    }


def english_duty_weights(path: Path) -> dict:
    """An English form: basic rows, then a duty table of No. | Responsibility
    | % of Time."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in enumerate([("Job Title", "Cash Officer"), ("Job Code", "CO-3"),
                                          ("Department", "Branch Banking")]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    _paragraphs(document, "Key Responsibilities")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for row, cells in enumerate([("No.", "Responsibility", "Weight (%)"), ("1", "Counts and stores cash.", "50"),
                                 ("2", "Supplies the tellers.", "30"), ("3", "Reports differences.", "20")]):
        for column, text in enumerate(cells):
            _write(table.cell(row, column), text)
    document.save(path)
    return {
        "source_language": "en", "title": "Cash Officer", "id": "CO-3", "basic.department": "Branch Banking",
        "duties": [{"text": "Counts and stores cash.", "weight": 50}, {"text": "Supplies the tellers.", "weight": 30},
                   {"text": "Reports differences.", "weight": 20}],
    }


def rtf_tab_lines(path: Path) -> dict:
    """Lines with a tab between label and value, headings numbered （一）,
    saved as RTF by LibreOffice."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.docx"
        document = docx.Document()
        _paragraphs(document, "（一）基本信息", "岗位名称\t大堂经理", "岗位编号\tDT-08", "所属部门\t营业部",
                    "（二）岗位职责", "1．引导客户分流", "2．受理客户投诉", "（三）任职资格", "学历\t大专及以上",
                    "工作经验\t2年以上银行柜面工作经验")
        document.save(source)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to",
                        "rtf", "--outdir", str(path.parent), str(source)], check=True, capture_output=True, timeout=180)
    return {
        "title": "大堂经理", "id": "DT-08", "basic.department": "营业部", "duties": ["引导客户分流", "受理客户投诉"],
        "qualifications.education": "大专及以上", "qualifications.experience": ["2年以上银行柜面工作经验"],
    }


VARIED = {"english_rows_no_field_has": (english_rows_no_field_has, ".docx"),
          "bilingual_grid_footer_number": (bilingual_grid_footer_number, ".docx"),
          "continued_on_second_table": (continued_on_second_table, ".docx"),
          "lettered_headings": (lettered_headings, ".docx"),
          "content_controls_under_a_text_box": (content_controls_under_a_text_box, ".docx"),
          "english_duty_weights": (english_duty_weights, ".docx"), "rtf_tab_lines": (rtf_tab_lines, ".rtf")}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(VARIED)

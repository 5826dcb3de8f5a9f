"""Shapes of forms the thirteenth held-out batch showed: the form in an HTML
chunk the document imports (w:altChunk), a blank left as underscores, page
furniture after a value (| Rev. 2 | Page 1 of 2), a label glossed under it
in a Latin-script language (語言 over Línguas), a label set off by a tab
keying the lines after it, a requirement's label saying it is required;
and what a document holds that the import reads no text of (a SmartArt
diagram, an embedded object), named where it stands."""

from __future__ import annotations

import base64
import contextlib
import datetime

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jdgen.cli import main
from jdgen.importer import page_furniture, stand_ins
from jdgen.importer.field_labels import matched
from tests.importer.forms import _write
from tests.importer.styles import _footer, _paragraphs
from tests.importer.test_recognize import _import


def _chunk(document, data: bytes, name: str, content_type: str) -> None:
    """``data`` as a part the document imports where it stands (w:altChunk), after its paragraphs."""
    part = Part(PackURI(f"/word/{name}"), content_type, data, document.part.package)
    relation = document.part.relate_to(part, RT.A_F_CHUNK)
    anchor = document.add_paragraph()._p
    anchor.addprevious(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{relation}"/>'))
    anchor.getparent().remove(anchor)


def test_a_form_in_an_html_chunk_the_document_imports_is_read_in_its_place(tmp_path):
    document = docx.Document()
    _paragraphs(document, "导出时间：2024-05-09")
    rows = "".join(f'<tr><td style="background:#EEF3FA"><b>{label}</b></td><td>{value}</td></tr>' for label, value in (
        ("职位名称", "风控策略分析师"), ("职位编码", "HR-FK-0207"), ("所属部门", "风险管理部"), ("编制人数", "3"),
        ("岗位职责", "<ol><li>设计贷前准入策略；</li><li>监控资产质量。</li></ol>"), ("学历要求", "本科<br>及以上")))
    html = f'<html><head><meta charset="utf-8"><title>x</title></head><body><h2>职位说明书</h2><table>{rows}</table>' \
           '<p style="display:none">岗位编号：OLD-01</p><p>本说明书自2024年7月1日起施行。</p></body></html>'
    _chunk(document, html.encode("utf-8"), "afchunk1.htm", "text/html")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "风控策略分析师" and spec["id"] == "HR-FK-0207", output
    assert spec["basic"] == {"department": "风险管理部", "headcount": 3}, output
    assert spec["duties"] == ["设计贷前准入策略；", "监控资产质量。"], output
    assert spec["qualifications"]["education"] == "本科及以上", output
    assert spec["document"]["effective_date"] == datetime.date(2024, 7, 1) and "OLD-01" not in output, output


def test_a_chunk_the_import_cannot_read_refuses_the_document_naming_it(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    _chunk(document, rb"{\rtf1\ansi Job Title: Teller}", "afchunk1.rtf", "application/rtf")
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    assert result.exit_code != 0 and not (tmp_path / "specs").exists(), result.output
    assert "word/afchunk1.rtf, application/rtf" in result.output and "Traceback" not in result.output


def test_a_blank_left_with_its_instruction_or_its_date_s_frame_is_no_value(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：出纳", "岗位编号：CW-02", "编制人：（签字）", "审核人签字：王芳", "批准人：    年   月   日")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"approved_by": "王芳"}, output
    assert "签字" not in output and "年   月" not in output


def test_a_blank_of_underscores_is_no_value_and_a_value_typed_over_one_is_without_them(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：巡逻保安员", "岗位编号：XL-03",
                "填表人：__吴建军__　　审核人：________　　填表日期：2024年4月22日")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "吴建军"}, output
    assert spec["basic"]["prepared_on"] == datetime.date(2024, 4, 22) and "____" not in output


@pytest.mark.parametrize(("text", "furniture"), [
    ("Rev. 2", True), ("Page 1 of 2", True), ("版本：A/0", True), ("Version 1.0", True), ("第2页", True),
    ("Posted 5 days ago", False), ("HR-JD-0412", False), ("Revenue 2", False)])
def test_page_furniture_beside_a_value_is_a_page_number_or_a_revision(text, furniture):
    assert page_furniture.beside_value(text) is furniture


def test_the_page_furniture_after_a_document_number_in_the_footer_is_no_part_of_it(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title: Service Technician", "Job Code: NWS-03")
    _footer(document, "Document No. HR-JD-0412  |  Rev. 2  |  Page 1 of 2")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["number"] == "HR-JD-0412", output
    assert '"Rev. 2"' in output and '"Page 1 of 2"' in output


def _glossed_label(cell, label: str, gloss: str) -> None:
    """A label cell: ``label``, a line break (Shift+Enter), its ``gloss``."""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(label)
    paragraph.add_run().add_break()
    paragraph.add_run(gloss)


def test_a_label_glossed_in_portuguese_after_a_line_break_is_one_label_known_or_not(tmp_path):
    document = docx.Document()
    rows = [("職位名稱", "Designação do cargo", "海洋教育導賞員"), ("職位編號", "N.º do cargo", "MO-EDU-04"),
            ("工作經驗", "Experiência profissional", "兩年以上導賞工作經驗"), ("語言", "Línguas", "中文及英文"),
            ("編製日期", "Data de elaboração", "2024年5月3日")]
    table = document.add_table(rows=len(rows), cols=2)
    for index, (label, gloss, value) in enumerate(rows):
        _glossed_label(table.cell(index, 0), label, gloss)
        _write(table.cell(index, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "海洋教育導賞員" and spec["id"] == "MO-EDU-04", output
    assert spec["qualifications"] == {"experience": ["兩年以上導賞工作經驗"]}, output
    assert spec["basic"] == {"prepared_on": datetime.date(2024, 5, 3)}, output
    assert 'a label no field has (語言), not placed: "中文及英文"' in output and "Línguas" not in output


def test_an_unknown_label_glossed_in_a_second_paragraph_is_a_label_no_field_has(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for index, (label, gloss, value) in enumerate((("岗位名称", "Stellenbezeichnung", "装配调试技术员"),
                                                    ("成本中心", "Kostenstelle", "4120"), ("工作地点", "Arbeitsort", "太仓"))):
        _write(table.cell(index, 0), label, gloss)
        _write(table.cell(index, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "装配调试技术员" and spec["basic"] == {"work_location": "太仓"}, output
    assert 'a label no field has (成本中心), not placed: "4120"' in output and "section heading" not in output


def test_a_label_set_off_by_a_tab_keys_the_lines_after_it_as_a_colon_does(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title:\tTechnician", "Qualifications", "Experience:\tTwo years on wind turbines",
                "Languages:\tWorking English")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"experience": ["Two years on wind turbines"]}, output
    assert 'a label no field has (Languages), not placed: "Languages: Working English"' in output


@pytest.mark.parametrize(("label", "field"), [
    ("Certificates required", "qualifications.certificates"), ("Required Skills", "qualifications.abilities"),
    ("证书要求", "qualifications.certificates"), ("Company", "document.issuer"), ("公司", "document.issuer"),
    ("岗位要求", None), ("审核人签字", "document.approved_by"), ("编制人（签名）", "document.prepared_by"),
    ("Approved by (signature)", "document.approved_by"), ("员工签字", None), ("证书（如有）", "qualifications.certificates"),
    ("Education (minimum)", "qualifications.education"), ("学历（本科）", None), ("工作经验（年）", None)])
def test_labels_saying_what_they_ask_for_name_their_fields(label, field):
    found = matched(label, "qualifications")
    assert (found.field if found else None) == field


def _diagram(document, *boxes: str) -> None:
    """A SmartArt diagram of ``boxes`` in a paragraph of its own: its data part, and the drawing naming it."""
    points = "".join(f'<dgm:pt modelId="{index}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{box}</a:t></a:r></a:p></dgm:t>'
                     "</dgm:pt>" for index, box in enumerate(boxes, 1))
    xml = ('<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
           f'<dgm:pt modelId="0" type="doc"/>{points}<dgm:pt modelId="9" type="parTrans"/></dgm:ptLst></dgm:dataModel>')
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", xml.encode("utf-8"),
                document.part.package)
    relation = document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                             "diagramData")
    drawing = parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "r")}><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/>'
        '<wp:docPr id="1" name="Diagram 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds '
        f'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="{relation}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
    document.add_paragraph()._p.append(drawing)


def test_a_smartart_chart_is_named_where_it_stands_with_its_boxes(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：客户经理", "岗位编号：KH-01", "汇报关系：")
    _diagram(document, "支行行长", "客户经理", "客户专员")
    _paragraphs(document, "岗位职责：", "1. 开发客户。")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["开发客户。"] and "reports_to" not in spec.get("basic", {}), output
    assert ('under 汇报关系: a SmartArt diagram, whose boxes the import does not read; check the spec against it: '
            '"支行行长 / 客户经理 / 客户专员"') in output


def test_an_object_embedded_from_another_program_is_named_where_it_stands(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "仓库管理员")
    _write(table.cell(1, 0), "岗位职责")
    table.cell(1, 1).paragraphs[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w", "r")} xmlns:o="urn:schemas-microsoft-com:office:office"><w:object>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" '
        'ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1" r:id="rId99"/></w:object></w:r>'))
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "仓库管理员" and "duties" not in spec, output
    assert 'under 岗位职责: an object embedded from another program, whose content the import cannot read' in output
    assert '"Excel.Sheet.12"' in output


def test_a_document_whose_form_is_a_diagram_is_refused_naming_it(tmp_path):
    document = docx.Document()
    _diagram(document, "岗位说明书", "客户经理")
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    assert result.exit_code != 0 and not (tmp_path / "specs").exists(), result.output
    assert ('was found; the document holds a SmartArt diagram, whose boxes the import does not read: '
            '"岗位说明书 / 客户经理"') in result.output


def test_a_form_in_a_web_page_saved_as_one_file_the_document_imports_is_read(tmp_path):
    document = docx.Document()
    page = ('<html><body><table><tr><td>岗位名称</td><td>出纳</td></tr><tr><td>岗位编号</td><td>CW-02</td></tr>'
            "</table></body></html>").encode("gb18030")
    archive = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
               b'Content-Type: text/html; charset="gb18030"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
               + page + b"\r\n--B--\r\n")
    _chunk(document, archive, "afchunk1.mht", "message/rfc822")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出纳" and spec["id"] == "CW-02", output


def test_a_word_document_the_document_imports_whole_is_read_in_its_place(tmp_path):
    inner = docx.Document()
    table = inner.add_table(rows=3, cols=2)
    for index, (label, value) in enumerate((("岗位名称", "出纳"), ("岗位编号", "CW-02"), ("所属部门", "财务部"))):
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1), value)
    inner.save(str(tmp_path / "inner.docx"))
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    _chunk(document, (tmp_path / "inner.docx").read_bytes(), "afchunk1.docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    _paragraphs(document, "岗位职责：", "1. 办理现金收付。")
    (tmp_path / "inner.docx").unlink()
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出纳" and spec["id"] == "CW-02" and spec["basic"] == {"department": "财务部"}, output
    assert spec["duties"] == ["办理现金收付。"], output


@pytest.mark.parametrize(("text", "standing"), [
    ("错误!未找到引用源。", True), ("Error! Reference source not found.", True), ("錯誤! 找不到參照來源。", True),
    ("单击或点击此处输入文字。", True), ("Click or tap here to enter text.", True), ("Choose an item.", True),
    ("详见附件《出纳岗位职责》", True), ("同上", True), ("See attached job profile", True), ("待定", True),
    ("TBD", True), ("[Insert job title]", True), ("【请填写】", True), ("×××", True), ("XXX", True),
    ("[Confidential]", False), ("XL-03", False), ("错误率低于1%", False), ("Errors in billing resolved", False), ("单击此处", False),
    ("见薪酬制度", True), ("详见公司考勤管理规定", True), ("见习期三个月", False), ("见习期按公司规定", False), ("See that customers are served", False), ("同上级沟通", False)])
def test_texts_standing_where_a_value_should_are_told_from_values(text, standing):
    assert (stand_ins.stand_in(text) is not None) is standing


def test_a_field_s_error_a_prompt_or_a_pointer_left_as_a_value_is_none_and_names_its_field(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：出纳", "岗位编号：CW-02", "所属部门：错误!未找到引用源。", "直接上级：单击或点击此处输入文字。",
                "工作地点：总部", "岗位职责：", "详见附件《出纳岗位职责》")
    output, spec = _import(tmp_path, document)
    assert spec["basic"] == {"work_location": "总部"} and "duties" not in spec, output
    assert 'duties: a pointer to text elsewhere, not the text; no value, fill it in: "详见附件《出纳岗位职责》"' in output
    assert ('basic.department: the error Word shows for a field it could not fill (a bookmark or document property '
            'missing); no value, fill it in: "错误!未找到引用源。"') in output
    assert 'basic.reports_to: the prompt of a form\'s box left empty; no value, fill it in' in output


def test_a_label_left_blank_before_a_known_one_on_its_line_is_no_value_of_the_field_above(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title: Warehouse Supervisor", "Job Code: WH-2", "Physical Demands",
                "Must be able to lift 50 lbs.", "Employee Signature: ____________  Date: __________")
    output, spec = _import(tmp_path, document)
    assert spec["physical"] == "Must be able to lift 50 lbs.", output
    assert 'a label no field has, with no value; not placed: "Employee Signature:"' in output


def test_a_value_written_as_empty_is_none(tmp_path):
    document = docx.Document()
    _table_of(document, [("岗位名称", "出纳"), ("岗位编号", "CW-02"), ("直接下级", "（空）"), ("工作经验", "不适用")])
    output, spec = _import(tmp_path, document)
    assert "basic" not in spec and "qualifications" not in spec, output


def _table_of(document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)
    for index, (label, value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1), value)


def test_a_document_of_a_picture_is_refused_saying_a_scanned_form_is_not_read(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    document.add_picture(str(_picture(tmp_path)))
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    assert result.exit_code != 0 and "the document holds 1 picture, whose text the import cannot read" in result.output


def _picture(tmp_path):
    """A PNG of one white pixel."""
    path = tmp_path / "scan.png"
    path.write_bytes(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5"
                                      "ErkJggg=="))
    return path


def test_a_footnote_is_reported_where_it_is_referred_to_never_a_value(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：出纳", "岗位编号：CW-02", "学历：大专及以上")
    document.paragraphs[-1]._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    notes = (f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
             '</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>2015年以前入职的员工不受此限。</w:t></w:r></w:p>'
             "</w:footnote></w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "大专及以上"}, output
    assert 'under 学历, after "大专及以上": a footnote, not placed; check the spec against it: "2015年以前入职的员工不受此限。"' \
        in output


def test_a_chunk_a_page_header_imports_is_named_not_read(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：出纳", "岗位编号：CW-02")
    header = document.sections[0].header
    header.is_linked_to_previous = False
    part = Part(PackURI("/word/afchunk9.htm"), "text/html", b"<p>Acme</p>", header.part.package)
    relation = header.part.relate_to(part, RT.A_F_CHUNK)
    header._element.append(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{relation}"/>'))
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出纳", output
    assert "a part the page header imports (altChunk), which the import does not read" in output

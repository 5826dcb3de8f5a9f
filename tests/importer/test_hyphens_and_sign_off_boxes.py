"""Shapes of forms the nineteenth held-out batch showed: Word's non-breaking
hyphen, duties lettered a) b) c) in English, a sign-off box of names over
the dates they signed, the form's title repeated in a page header, a
degree studied full-time, a sign-off's label after the form's own name, and
the labels other organisations use."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import requirements, values
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.nineteenth import _unbreakable
from tests.importer.styles import _header, _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("Position ID", "id"), ("JD Reference No.", "id"), ("岗位代号", "id"), ("Designation", "title"),
    ("Reporting Officer", "basic.reports_to"), ("上级主管", "basic.reports_to"),
    ("Supervisee(s)", "basic.subordinates"), ("管理下属", "basic.subordinates"), ("Job Level", "basic.grade"),
    ("所在股室", "basic.department"), ("隶属部门", "basic.department"), ("本岗人数", "basic.headcount"),
    ("文化程度", "qualifications.education"), ("经历", "qualifications.experience"),
    ("Working Experience", "qualifications.experience"),
    ("Licences", "qualifications.certificates"),
    ("设岗目的", "summary"), ("岗位使命", "summary"), ("具体工作", "duties"),
    ("主要工作内容", "duties"), ("拟定", "document.prepared_by"), ("审定人", "document.approved_by"),
    ("Job description prepared by", "document.prepared_by"), ("岗位说明书编制日期", "basic.prepared_on")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("text", ["Job description summary of duties", "有相关经验", "无管理经验"])
def test_the_form_s_name_before_no_sign_off_and_a_value_saying_experience_is_had_make_no_label(text):
    assert matched(text, "basic") is None


def test_a_non_breaking_hyphen_is_a_hyphen(tmp_path):
    document = docx.Document()
    grid(document, [("Position Title", "Trade Marketing Specialist"), ("Position ID", ""), ("Department", "Sales"),
                    ("Key Accountabilities", "")])
    table = document.tables[0]
    _unbreakable(table.cell(1, 1), "CN-SH-TMK-023")
    _unbreakable(table.cell(3, 1), "Track in-store execution")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "CN-SH-TMK-023", output
    assert spec["duties"] == ["Track in-store execution"], output


def test_duties_lettered_in_english_lose_their_letters(tmp_path):
    document = docx.Document()
    grid(document, [("Designation", "Property Officer"), ("Department", "Estate Management"),
                    ("Key Duties", ["a) Inspect blocks and car parks", "b) Supervise cleaning contractors",
                                    "c) Attend to residents' feedback"])])
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["Inspect blocks and car parks", "Supervise cleaning contractors",
                              "Attend to residents' feedback"], output
    assert values.numbering("a) Inspect blocks") == ("sub", "Inspect blocks")
    assert values.numbering("a) lower-case words")[0] is None


def test_a_sign_off_box_of_names_over_dates_gives_the_preparer_the_approver_and_the_date_prepared(tmp_path):
    document = docx.Document()
    grid(document, [("职位", "审计助理"), ("所在部门", "审计二部"), ("工作时间", "标准工时")])
    document.add_paragraph()
    grid(document, [("拟定", "复核", "批准"), ("何思雨", "廖志强", "邱明辉"),
                    ("2024.07.01", "2024.07.03", "2024.07.05")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "何思雨", "approved_by": "邱明辉"}, output
    assert str(spec["basic"]["prepared_on"]) == "2024-07-01" and spec["environment"]["hours"] == "标准工时", output
    assert 'a column no field has (复核), not placed: "廖志强"' in output
    assert 'a date under the name of approved_by (when it was signed); no field holds it, not placed: ' \
        '"2024.07.05"' in output


def test_the_form_s_title_in_a_page_header_and_in_the_body_is_one_position(tmp_path):
    document = docx.Document()
    _header(document, "Neighbourhood Officer – Job Description")
    _paragraphs(document, "JOB DESCRIPTION")
    grid(document, [("Job title", "Neighbourhood Officer"), ("Department", "Housing Services")])
    _paragraphs(document, "Job description prepared by: Helen Whitaker")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Neighbourhood Officer", output
    assert spec["document"]["prepared_by"] == "Helen Whitaker", output


def test_a_degree_studied_full_time_is_the_education():
    assert requirements.alone("全日制本科及以上学历") == "qualifications.education"
    assert requirements.alone("统招大专以上学历；") == "qualifications.education"

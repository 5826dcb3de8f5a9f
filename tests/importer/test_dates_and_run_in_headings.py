"""Shapes of forms the twenty-first held-out batch showed: a date that reads
both day/month and month/day on a form that says it is American, a date
after the approver's name with a wide gap, a sign-off cell under 制表, a
section's heading running on into its introduction, and labels with a
space before the colon (No. of Positions :)."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import date_order, run_in_heading
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize("cue", ["FLSA Status: Non-Exempt", "Shreveport, LA terminal", "Austin, TX 78701",
                                 "Pay range: USD 52,000"])
def test_an_american_form_reads_a_date_month_first_and_says_why(cue):
    date, reason = date_order.ambiguous_date("03/12/2024", ["Fleet Dispatcher", cue])
    assert date.isoformat() == "2024-03-12"
    assert "month/day (as the United States writes it" in reason and "2024-12-03" in reason


@pytest.mark.parametrize("texts", [["Dhunseri Tea Estate, Dibrugarh, Assam"], ["Sydney, NSW 2000"],
                                   ["We are an equal opportunity employer"], ["东城网点"]])
def test_a_form_with_no_american_cue_reads_a_date_day_first(texts):
    date, reason = date_order.ambiguous_date("03/12/2024", texts)
    assert date.isoformat() == "2024-12-03" and "check it" in reason


def test_an_american_date_on_a_form_is_read_month_first_and_flagged(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title: Fleet Dispatcher", "Location: Shreveport, LA terminal",
                "Prepared Date: 03/12/2024")
    output, spec = _import(tmp_path, document)
    assert str(spec["basic"]["prepared_on"]) == "2024-03-12", output
    assert 'read day/month it is 2024-12-03: check it: "03/12/2024"' in output


def test_a_date_after_the_approvers_name_is_the_date_prepared_and_flagged(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "文化站专职管理员"), ("上级岗位", "文化站站长")])
    _paragraphs(document, "编写人：杨　静　　　　审核人：黎明华　　　　2024.6.3")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "杨静", "approved_by": "黎明华"}, output
    assert str(spec["basic"]["prepared_on"]) == "2024-06-03", output
    assert "the date beside the approver's name, the form's only one, taken as the date prepared; check it: " \
           '"2024.6.3"' in output


def test_a_preparer_and_the_date_in_one_cell_under_zhi_biao(tmp_path):
    document = docx.Document()
    grid(document, [("岗位", "快递员（收派）"), ("直接上级", "网点负责人"), ("制表", "周晓东　　2024年6月18日")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["prepared_by"] == "周晓东", output
    assert str(spec["basic"]["prepared_on"]) == "2024-06-18", output


def test_a_heading_running_on_into_its_introduction_is_the_heading(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title: Fleet Dispatcher", "Summary", "Plans the daily movement of the fleet.",
                "Essential Duties and Responsibilities include the following. Other duties may be assigned.")
    for duty in ("Assign loads to drivers", "Track trucks by GPS"):
        document.add_paragraph(duty, style="List Bullet")
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "Plans the daily movement of the fleet.", output
    assert spec["duties"] == ["Assign loads to drivers", "Track trucks by GPS"], output
    assert 'introducing it; not placed: "include the following. Other duties may be assigned."' in output


@pytest.mark.parametrize("text", ["Essential Duties and Responsibilities: include the following.",
                                  "Duties Are Listed Below.", "Summary of the role",
                                  "Job Purpose is to manage the field operations."])
def test_a_line_with_a_colon_or_no_introducing_sentence_is_no_run_in_heading(text):
    assert run_in_heading.parted(text) is None


@pytest.mark.parametrize(("label", "field"), [
    ("No. of Positions :", "basic.headcount"), ("JD Code :", "id"),
    ("Educational Qualification :", "qualifications.education"), ("制表", "document.prepared_by")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field

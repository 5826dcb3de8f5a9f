"""Shapes of forms the twenty-fifth held-out batch showed: a signer whose
surname has particles (van der Merwe) with the role in brackets after it,
the labels Shift Pattern, 下级岗位, 岗位职能 and 工作任务, a court's name
above the form, a post-secondary diploma among unlabelled qualifications,
a sign-off line with no colon whose date closes it, and a condition's label
with its colon in a row under the hours, a number of people in brackets
among the subordinates, and a part naming no certificate split from a
line of certificates."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import run_in_signer
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


def test_a_signer_whose_surname_has_particles_is_parted_from_the_role_in_brackets(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Shift Supervisor"), ("Department", "Mining")])
    _paragraphs(document, "Compiled by: Thabo Nkosi (HR Business Partner)",
                "Approved by: Johan van der Merwe (Mine Manager)")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["approved_by"] == "Johan van der Merwe", output
    assert spec["document"]["prepared_by"] == "Thabo Nkosi", output
    assert '"Mine Manager"' in output, output


@pytest.mark.parametrize(("label", "field"), [
    ("Shift Pattern", "environment.hours"), ("下级岗位", "basic.subordinates"), ("岗位职能", "summary"),
    ("工作任务", "duties")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_a_court_named_above_the_form_is_the_issuer_reported_to_check(tmp_path):
    document = docx.Document()
    _paragraphs(document, "安福县人民法院")
    grid(document, [("岗位名称", "聘用制书记员"), ("所在部门", "民事审判第一庭"), ("学历", "大专及以上")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "安福县人民法院", output
    assert "taken as the issuer; check it" in output, output


def test_a_post_secondary_diploma_under_qualifications_is_the_education(tmp_path):
    document = docx.Document()
    grid(document, [("Position Title:", "Housing Coordinator"), ("Department:", "Housing")])
    document.add_paragraph("QUALIFICATIONS")
    for line in ("Post-secondary diploma in Business Administration or a related field",
                 "Three years of experience in property management"):
        document.add_paragraph(line, style="List Bullet")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["education"] == \
        "Post-secondary diploma in Business Administration or a related field", output
    assert spec["qualifications"]["experience"] == ["Three years of experience in property management"], output


def test_a_sign_off_line_with_no_colon_gives_the_approver_and_its_date_reported_as_the_date_prepared(tmp_path):
    document = docx.Document()
    grid(document, [("Position Title:", "Housing Coordinator"), ("Department:", "Housing")])
    document.add_paragraph("QUALIFICATIONS")
    document.add_paragraph("Three years of experience in property management", style="List Bullet")
    document.add_paragraph()
    document.add_paragraph("Approved by Chief and Council, BCR No. 2024-031, June 3, 2024")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["Three years of experience in property management"], output
    assert spec["document"]["approved_by"] == "Chief and Council, BCR No. 2024-031", output
    assert 'check that it names the signer: "Chief and Council, BCR No. 2024-031"' in output, output
    assert str(spec["basic"]["prepared_on"]) == "2024-06-03", output
    assert 'taken as the date prepared; check it: "June 3, 2024"' in output, output


@pytest.mark.parametrize(("line", "parted"), [
    ("Approved by Chief and Council, June 3, 2024", ("Approved by", "Chief and Council, June 3, 2024")),
    ("Prepared by Human Resources", None), ("Prepared by HR Office, March 2024", None),
    ("Approved by the Principal: Aroha Ngata", None), ("Approved by: Jane Smith", None),
    ("approved by the board in 2023", None)])
def test_only_a_signer_label_and_a_capitalised_value_closed_by_a_date_with_no_colon_is_a_run_in_sign_off(line, parted):
    assert run_in_signer.parted(line) == parted


@pytest.mark.parametrize(("text", "parted"), [
    ("Chief and Council, BCR No. 2024-031, June 3, 2024", ("Chief and Council, BCR No. 2024-031", "June 3, 2024")),
    ("Chief and Council, BCR No. 2024-031", None)])
def test_a_date_closing_a_signer_value_after_a_comma_is_parted(text, parted):
    assert run_in_signer.closing_date(text) == parted


def test_a_condition_read_from_a_row_under_the_hours_is_named_without_its_label_colon(tmp_path):
    document = docx.Document()
    grid(document, [("Position Title:", "Housing Coordinator"), ("Hours of Work:", "35 hours per week"),
                    ("Salary Range:", "Level 6 of the Band's salary grid")])
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["conditions"] == [{"name": "Salary Range", "value": "Level 6 of the Band's salary grid"}], \
        output


def test_a_number_of_people_in_brackets_among_the_subordinates_is_flagged(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Shift Supervisor", "Reports to", "Mine Overseer"),
                    ("Department", "Mining", "Direct Reports", "Miners and team members (about 30)")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["reports_to"] == "Mine Overseer", output
    assert ('a number of people in brackets among the subordinates, kept as read; check it (the number supervised?): '
            '"Miners and team members (about 30)"') in output, output


def test_a_line_of_certificates_split_into_a_part_naming_no_certificate_is_flagged(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Housing Coordinator"), ("Department", "Housing"),
                     ("Certificates", "Valid Class G driver's licence and a reliable vehicle")])
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["certificates"] == ["Valid Class G driver's licence", "a reliable vehicle"], output
    assert ("split into certificates, though a part names no certificate or licence; check it: "
            "\"Valid Class G driver's licence and a reliable vehicle\"") in output, output

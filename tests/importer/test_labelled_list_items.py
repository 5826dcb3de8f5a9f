"""Shapes of forms the twenty-sixth held-out batch showed: a list whose
items each open with their own label, an item with no label among them;
a label in two languages, one half in sentence case (Yn atebol i /
Responsible to); a row of a label no field has after the qualifications
row; a public venue's name above the form."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.sixth import _title
from tests.importer.test_recognize import _import


def _bulleted(document, *texts: str) -> None:
    for text in texts:
        document.add_paragraph(text, style="List Bullet")


def test_an_item_with_no_label_after_a_labelled_item_is_not_more_of_its_value(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Deckhand"), ("Department", "Deck")])
    document.add_paragraph("Qualifications and experience")
    _bulleted(document, "Education: Vocational certificate as Able Seaman",
              "Experience: At least two years at sea on passenger vessels",
              "STCW basic safety training and a valid seafarer's medical certificate",
              "Language: Good Norwegian and English")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["At least two years at sea on passenger vessels"], output
    assert ('an item with no label of its own, after an item opened by its label in one list; not placed '
            '(check where it belongs): "STCW basic safety training and a valid seafarer\'s medical certificate"'
            in output)
    assert 'a label no field has (Language), not placed: "Language: Good Norwegian and English"' in output


def test_items_under_a_label_of_their_own_stay_its_value(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Deckhand"), ("Department", "Deck")])
    document.add_paragraph("Experience:")
    _bulleted(document, "At least two years at sea on passenger vessels", "Experience of mooring operations")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["At least two years at sea on passenger vessels",
                                                    "Experience of mooring operations"], output


@pytest.mark.parametrize(("label", "field"), [("Yn atebol i / Responsible to", "basic.reports_to"),
                                              ("Teitl y Swydd / Job Title", "title")])
def test_a_slashed_label_whose_other_half_is_in_sentence_case_is_the_half_known(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("text", ["Sales / marketing", "reports to / Manager", "Head of sales / Reports to the board"])
def test_a_slashed_value_in_sentence_case_is_no_label(text):
    assert matched(text, "basic") is None


def test_a_row_of_a_label_no_field_has_after_certificates_read_from_the_qualifications_row_is_no_level(tmp_path):
    document = docx.Document()
    grid(document, [("Teitl y Swydd / Job Title", "Shepherd"), ("Profiad / Experience", "Three years of hill sheep"),
                    ("Cymwysterau / Qualifications", "Certificate of Competence in the Safe Use of Sheep Dips\n"
                                                     "Lantra quad bike (ATV) certificate"),
                    ("Arall / Other", "Own working dogs an advantage")])
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["Three years of hill sheep"], output
    assert "levels" not in spec, output
    assert 'a label no field has (Arall / Other), not placed: "Own working dogs an advantage"' in output


@pytest.mark.parametrize("name", ["南宁市动物园", "湖南省博物馆", "Riverside Zoo"])
def test_a_public_venue_above_the_title_is_the_issuer(tmp_path, name):
    document = docx.Document()
    _title(document, name)
    _title(document, "岗位说明书")
    grid(document, [("岗位名称", "饲养员"), ("所在科室", "动物管理科")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == name, output

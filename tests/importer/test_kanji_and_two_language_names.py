"""Shapes of forms the sixteenth held-out batch showed: labels in Japanese
kanji (職務番号, 学歴), English synonyms of known labels (Section, Office,
Academic qualification), an organisation's name and its translation set
apart by a wide gap (Water Supplies Department  水務署), and a position
number whose slashes cannot be in an id (WSD/CA/ACO/017)."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import slashed
from jdgen.importer.field_labels import matched
from jdgen.importer.traditional import folded
from tests.importer.styles import _header, _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("職務番号", "id"), ("所属部署", "basic.department"), ("職務目的", "summary"), ("学歴", "qualifications.education"),
    ("専攻", "qualifications.major"), ("経験", "qualifications.experience"), ("部下", "basic.subordinates"),
    ("下属职位", "basic.subordinates"), ("职务目的", "summary"), ("Section", "basic.department"),
    ("Office", "basic.work_location"), ("Academic qualification", "qualifications.education"),
    ("勤務地", "basic.work_location"), ("業務内容", "duties"), ("職務等級", "basic.grade")])
def test_a_japanese_or_synonymous_label_is_its_field_s(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_a_japanese_kanji_folds_to_its_simplified_form_and_a_mere_glyph_variant_does_not():
    assert folded("学歴・経験・総務部") == "学历・经验・总务部"
    assert folded("研究概要") == "研究概要"  # OpenCC's Japanese table gives 硏 and 槪: other glyphs, no simplified form


def test_a_name_and_its_translation_set_apart_by_a_wide_gap_are_its_halves():
    assert slashed.halves("Water Supplies Department  水務署", gaps=True) == ("Water Supplies Department", "水務署")
    assert slashed.halves("安鲜达冷链物流有限公司　　人力资源部", gaps=True) is None  # one language: no translation
    assert slashed.halves("Water Supplies Department  水務署") is None  # no slash


def _english_form(document, number: str) -> None:
    _paragraphs(document, "JOB DESCRIPTION", "Post Title: Assistant Clerical Officer", f"Post Number: {number}",
                "Section: Customer Accounts Section", "Office: Mong Kok Customer Enquiry Centre",
                "Purpose of the Post: To answer enquiries on water accounts.",
                "Academic qualification: Level 2 in five subjects in the HKDSE")


def test_an_issuer_with_its_translation_after_a_wide_gap_keeps_the_form_s_language_and_reports_the_other(tmp_path):
    document = docx.Document()
    _header(document, "Water Supplies Department  水務署")
    _english_form(document, "ACO-017")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "Water Supplies Department", output
    assert spec["basic"] == {"department": "Customer Accounts Section",
                             "work_location": "Mong Kok Customer Enquiry Centre"}, output
    assert spec["qualifications"]["education"] == "Level 2 in five subjects in the HKDSE", output
    assert 'taken as the issuer; its translation (水務署) is not placed; check it' in output


def test_a_position_number_with_slashes_gives_an_id_made_from_it_and_says_so(tmp_path):
    document = docx.Document()
    _english_form(document, "WSD/CA/ACO/017")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "WSD-CA-ACO-017", output
    assert ('position number (职位编号) "WSD/CA/ACO/017" cannot be an id as written (an id names the spec\'s files: '
            'ASCII letters, digits, - and _); the spec\'s id WSD-CA-ACO-017 is made from it; check it') in output


def test_a_position_number_of_no_ascii_keeps_the_file_name_s_id(tmp_path):
    document = docx.Document()
    _english_form(document, "人事／017")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "FORM", output
    assert 'not usable as an id (ASCII letters, digits, - and _), kept as a comment: "人事／017"' in output

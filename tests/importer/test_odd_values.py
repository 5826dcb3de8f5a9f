"""A value that reads as more than its field's is flagged, never kept in
silence: another field's label inside it with a dash after it, or a
list's item that opens with a signer's label and reads as no signer's line
(a signer's label, the and a role, then a name is read as the signer:
test_captions_and_signer_labels.py)."""

from __future__ import annotations

import docx

from tests.importer.test_recognize import _import


def _dashed_form(location: str) -> docx.document.Document:
    document = docx.Document()
    for text in ("Job Title – Visitor Centre Guide", "Department – Visitor Services", f"Location – {location}",
                 "Main Duties", "Greet visitors and lead tours of the distillery – two a day."):
        document.add_paragraph(text)
    return document


def test_a_value_running_on_into_another_fields_dashed_label_is_flagged_naming_that_field(tmp_path):
    output, spec = _import(tmp_path, _dashed_form("Glen Corran Distillery, Speyside Grade – B"))
    assert spec["basic"]["work_location"] == "Glen Corran Distillery, Speyside Grade – B"
    assert ('under Location: placed in basic.work_location, but it holds Grade, a label of basic.grade: check where '
            'the value ends: "Glen Corran Distillery, Speyside Grade – B" [import-unsure]') in output


def test_a_dash_among_words_no_field_has_is_no_warning(tmp_path):
    output, spec = _import(tmp_path, _dashed_form("Glen Corran – Speyside"))
    assert spec["basic"]["work_location"] == "Glen Corran – Speyside"
    assert spec["duties"] == ["Greet visitors and lead tours of the distillery – two a day."]
    assert "but it holds" not in output and "opens with" not in output, output


def test_a_sign_off_line_read_as_a_requirement_is_flagged(tmp_path):
    document = docx.Document()
    for text in ("Job Title: Office Manager", "Department: School Office", "Experience",
                 "At least three years in office administration", "Prepared by HR Office, March 2024"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"][-1] == "Prepared by HR Office, March 2024", output
    assert ('an item of qualifications.experience that opens with Prepared by, a label of document.prepared_by: '
            'check that it is not a sign-off line: "Prepared by HR Office, March 2024" [import-unsure]') in output

"""Shapes of forms the twenty-fifth held-out batch showed: a signer whose
surname has particles (van der Merwe) with the role in brackets after it."""

from __future__ import annotations

import docx

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

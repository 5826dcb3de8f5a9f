"""The parts of the form as the importer reads them are the model's: named
as the spec's fields that hold them, with the labels and the field of
unlabelled text each declares."""

from __future__ import annotations

import typing

import pytest

from jdgen.fields import Section, about
from jdgen.importer.field_labels import SECTIONS, matched
from jdgen.jobspec.model import JobSpec

PARTS = [(name, label) for name in typing.get_args(Section)
         for label in [*(about(JobSpec.model_fields[name]).label or ()), *about(JobSpec.model_fields[name]).imported]]


def test_every_part_of_the_form_is_a_field_of_the_spec_in_the_forms_order():
    assert list(SECTIONS) == list(typing.get_args(Section))
    assert all(name in JobSpec.model_fields for name in SECTIONS)
    assert SECTIONS["environment"][0] == "environment.place" and SECTIONS["duties"][0] == "duties"
    assert SECTIONS["document"] == (None, [])


@pytest.mark.parametrize(("name", "label"), PARTS)
def test_a_parts_declared_label_leads_to_its_field(name, label):
    found = matched(label, "document")
    assert (found.section, found.field) == (name, SECTIONS[name][0]), label
    declared = about(JobSpec.model_fields[name])
    if declared.unlabelled:  # text right under 工作联系 is the internal relations: by position, not by its label
        assert found.confidence.rule.name == "position"


@pytest.mark.parametrize(("label", "field"), [("職業發展通道", "career_path"), ("歸屬部門", "basic.department"),
                                              ("所在科室", "basic.department"), ("所屬處室", "basic.department"),
                                              ("班組", "basic.department")])
def test_a_label_in_traditional_characters_is_read_by_every_character_and_a_unit_below_a_department_is_one(
        label, field):
    found = matched(label, "document")
    assert (found and found.field) == field

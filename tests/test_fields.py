"""Every field of the model reaches what is derived from it: the JSON Schema,
the field reference, the importer's table, the template's context, the
generated specs; and what a field declares agrees with the default form."""

from __future__ import annotations

import typing

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jdgen.context import build_context
from jdgen.fields import about, alternatives, models, models_in, spots
from jdgen.i18n.formatting import Formatter
from jdgen.importer.field_labels import FIELD_PATHS, FIELDS, resolve
from jdgen.importer.pairing import pair_texts
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.reference import spec_reference
from jdgen.jobspec.schema import spec_schema
from jdgen.language_labels import LanguageLabels
from jdgen.redline.merge import TYPED_VALUES
from tests.campaigns import examples
from tests.conftest import REPO
from tests.strategies import MINIMAL, field_values, specs

SPOTS = list(spots(JobSpec))
SHOWN = [spot for spot in SPOTS if spot.about.shown is not None]
NOT_ON_THE_FORM = {("extends",), ("source_language",), ("template",), ("levels",)}
"""Fields of the spec itself, not of the form: merged away, the texts'
language, the form itself, and the levels (shown only where a field by level names them)."""
DEFAULT_LABELS = yaml.safe_load((REPO / "jdgen" / "templates" / "default" / "labels.yaml").read_text("utf-8"))


def _name(spot) -> str:
    return ".".join(spot.path)


def test_every_field_declares_its_facts():
    assert len(SPOTS) > 80
    for spot in SPOTS:
        facts = spot.about
        zh, _, en = facts.title.partition(" / ")
        assert zh and en, _name(spot)
        if facts.label is not None:
            assert facts.label_key is not None, _name(spot)


def test_every_value_of_the_form_is_shown_somewhere():
    """A field of the spec or of one of its parts that holds a value, not
    parts, says where the form shows it, or is one of the spec's own."""
    for spot in SPOTS:
        in_a_part = len(spot.path) == 1 or spot.model in alternatives(JobSpec.model_fields[spot.path[0]].annotation)
        if in_a_part and len(spot.path) <= 2 and not models_in(spot.info.annotation) \
                and spot.path not in NOT_ON_THE_FORM:
            assert spot.about.shown is not None, _name(spot)


def test_every_field_reaches_the_schema_and_the_reference():
    schema, reference = spec_schema(), spec_reference()
    for spot in SPOTS:
        part = schema if spot.model is JobSpec else schema["$defs"][spot.model.__name__]
        assert part["properties"][spot.name]["title"] == spot.about.title, _name(spot)
        section = reference.split(f"### `{spot.model.__name__}`\n")[1].split("### ")[0]
        assert f"| `{spot.name}` |" in section, _name(spot)


@pytest.mark.parametrize("spot", SHOWN, ids=_name)
def test_every_field_the_form_shows_reaches_the_importer(spot):
    name = ".".join(map(str, spot.path))  # the importer names a field as the spec does (environment.hours)
    assert FIELDS[name][0] == spot.about.shown and FIELD_PATHS[name] == spot.path
    for label in spot.about.label or ():
        assert label in FIELDS[name][1]
        assert resolve(label, spot.about.shown) == (spot.about.shown, name)


def test_the_form_labels_of_the_model_are_the_default_templates():
    for spot in SPOTS:
        if spot.about.label is not None:
            zh, en = spot.about.label
            assert DEFAULT_LABELS[spot.about.label_key] == {"zh": zh, "en": en}, _name(spot)


def _context(data: dict) -> dict:
    """The Chinese context of a spec written as data with inline English."""
    def chinese(value):
        if isinstance(value, dict):
            return value["zh"] if set(value) == {"zh", "en"} else {key: chinese(item) for key, item in value.items()}
        return [chinese(item) for item in value] if isinstance(value, list) else value

    labels = {key: value["zh"] if isinstance(value, dict) else value for key, value in DEFAULT_LABELS.items()}
    return build_context(JobSpec.model_validate(chinese(data)), LanguageLabels(labels, Formatter("zh")))


def _with(spot, value) -> dict:
    """The smallest spec with ``value`` at the field ``spot``."""
    spec = dict(MINIMAL)
    if len(spot.path) == 1:
        return {**spec, spot.name: value}
    return {**spec, spot.path[0]: {**spec.get(spot.path[0], {}), spot.name: value}}


def _reads_as_absent(value) -> bool:
    """Whether ``value`` is written as the form writes an absent one (无 / None)."""
    if isinstance(value, dict):
        return any(_reads_as_absent(text) for text in value.values())
    return isinstance(value, str) and value.strip() in ("无", "None")


@pytest.mark.parametrize("name", [_name(spot) for spot in SHOWN])
@settings(max_examples=2, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_field_the_form_shows_reaches_the_context(name, data):
    """The context of a spec with the field differs from the context without
    it (or, for a required field, with another value)."""
    spot = next(spot for spot in SHOWN if _name(spot) == name)
    values = field_values(spot.model, spot.name, [])
    if about(spot.info).format == "people":  # nobody (0) reads as a count not given: 无 / None
        values = values.filter(bool)
    values = values.filter(lambda value: not _reads_as_absent(value))
    spec = _with(spot, data.draw(values, label=name))
    other = _with(spot, data.draw(values, label=name)) if spot.info.is_required() else MINIMAL
    assume(JobSpec.model_validate(spec) != JobSpec.model_validate(other))
    assert _context(spec) != _context(other)


def test_every_field_is_generated():
    """The generated specs hold every field (optional ones now and then), but
    those of the project's files and the form; and they are valid."""
    left_out = {(model.__name__, name) for model in models(JobSpec) for name in model.model_fields
                if field_values(model, name, ["senior"]) is None}
    assert left_out == {("JobSpec", "extends"), ("JobSpec", "source_language"), ("JobSpec", "levels"),
                        ("JobSpec", "template")}

    @settings(max_examples=examples(20), deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(specs())
    def valid(spec):
        JobSpec.model_validate(spec)

    valid()


def test_typed_values_are_the_fields_that_declare_a_format():
    assert {spot.path for spot in SPOTS if spot.about.format is not None} == TYPED_VALUES


def test_unpaired_working_hours_of_a_translation_are_reported():
    """They were taken for a figure (the training's class hours), so a
    translation's working hours without a counterpart went unreported."""
    original = {**MINIMAL, "title": "柜员", "environment": {"place": "营业厅"}}
    translation = {**original, "title": "Teller", "environment": {"place": "Branch", "hours": "9 to 5"}}
    pairing = pair_texts(JobSpec.model_validate(original), original, translation)
    assert 'environment.hours: "9 to 5" has no counterpart in the original' in pairing.unmatched
    assert ("environment", "place") in [path for path, _, _ in pairing.pairs]


def test_the_models_are_each_titled():
    for model in models(JobSpec):
        assert " / " in typing.cast(str, model.model_config.get("title")), model
    assert all(about(info) for model in models(JobSpec) for info in model.model_fields.values())

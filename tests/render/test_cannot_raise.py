"""A template proved to render every context of the form's shape without
raising (jdgen.render.cannot_raise): the built-in forms are, so a check does
not render each spec with them; the context builder keeps to that shape
(jdgen.context.context_shape) whatever the spec holds; a template outside
the proof is rendered for each spec as before, and what it raises on is
still reported."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from jinja2 import StrictUndefined, UndefinedError

from jdgen.checking.template import sample_entries
from jdgen.context import context_shape
from jdgen.i18n.catalog import CatalogFolder
from jdgen.jobspec.collection import LoadedSpec
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.own_fields import read_own_fields, spec_model_of
from jdgen.labels import LabelSet
from jdgen.localize import localize
from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render import template as rendering
from jdgen.render.cannot_raise import cannot_raise
from jdgen.render.shape import ANY, ITERABLE, Items, Record, Shape
from jdgen.render.template import PreparedTemplate, _Sandbox
from jdgen.render.xml_texts import texts_fit
from jdgen.yamlfile.loaded import LoadedFile
from tests.own_fields_project import FIELDS, manufacturing_project
from tests.strategies import MINIMAL, specs
from tests.template_editing import edit_template

SHAPE = Record({
    "summary": ANY, "id": ANY, "subordinates": ITERABLE, "hours": ANY,
    "basic": Record({"grade": ANY, "grade_value": ANY}),
    "internal": Items(Record({"n": ANY, "text": ANY})),
    "labels": Record({"none": ANY, "items": ANY}),
})
ENVIRONMENT = _Sandbox(autoescape=True, undefined=StrictUndefined)
ACCEPTED = {
    "values printed": "{{ summary }}{{ basic.grade }}{{ basic['grade_value'] }}{{ labels.none }}",
    "a loop over a list, its items' fields and loop's own": (
        "{% for entry in internal %}{{ loop.index }}{{ entry.n }}{{ entry.text }}{% if loop.first %}x{% endif %}"
        "{% else %}{{ labels.none }}{% endfor %}"),
    "a loop over a text or a list": "{% for position in subordinates %}{{ position }}{% endfor %}",
    "a loop with a filter": "{% for entry in internal if entry.n %}{{ entry.text }}{% endfor %}",
    "branches and truth values": ("{% if not internal and summary %}a{% elif basic.grade == 3 or id != 'x' %}b"
                                  "{% else %}c{% endif %}"),
    "tests that take any value": "{% if hours is number %}{{ hours }}{% elif summary is defined %}{% endif %}",
    "a conditional value and a join": "{{ 'D9E2F3' if summary else 'auto' }}{{ id ~ '-' ~ hours }}",
    "a loop's name shadowing the context's": "{% for summary in internal %}{{ summary.text }}{% endfor %}",
}
REFUSED = {
    "a name the context lacks": "{{ nothing }}",
    "a field the record lacks": "{{ basic.nothing }}",
    "a field of a value that may be a text": "{{ summary.text }}",
    "a mapping's method, not its key": "{{ labels.items }}",
    "an item by index (the list may be empty)": "{{ internal[0].text }}",
    "an item by a computed key": "{{ basic[id] }}",
    "a loop over what may be a number or None": "{% for hour in hours %}{{ hour }}{% endfor %}",
    "a loop over a text's fields": "{% for position in subordinates %}{{ position.name }}{% endfor %}",
    "a loop's name after the loop": "{% for entry in internal %}{% endfor %}{{ entry.text }}",
    "loop in the else of a for": "{% for entry in internal %}{% else %}{{ loop.index }}{% endfor %}",
    "loop's previous item (undefined at the first)": "{% for entry in internal %}{{ loop.previtem.n }}{% endfor %}",
    "two names from each item": "{% for n, text in internal %}{{ n }}{% endfor %}",
    "a recursive loop": "{% for entry in internal recursive %}{{ entry.n }}{% endfor %}",
    "an ordering of values of any kind": "{% if basic.grade_value > 3 %}x{% endif %}",
    "'in' a value that may be a number": "{% if 'a' in hours %}x{% endif %}",
    "arithmetic": "{{ basic.grade_value + 1 }}",
    "a division": "{{ 100 / hours }}",
    "a filter": "{{ summary | upper }}",
    "a test on a value of the wrong kind": "{% if hours is divisibleby 3 %}x{% endif %}",
    "a call": "{{ summary.upper() }}",
    "a conditional value without else (undefined)": "{{ summary if id }}",
    "a macro": "{% macro shown(value) %}{{ value }}{% endmacro %}{{ shown(summary) }}",
    "a set": "{% set shown = summary %}{{ shown }}",
    "a list made in the template": "{% for value in [summary, id] %}{{ value }}{% endfor %}",
    "a syntax error": "{% if %}",
}


@pytest.mark.parametrize("case", list(ACCEPTED))
def test_what_the_proof_accepts(case):
    assert cannot_raise(ENVIRONMENT, ACCEPTED[case], SHAPE)


@pytest.mark.parametrize("case", list(REFUSED))
def test_what_the_proof_leaves_to_each_rendering(case):
    assert not cannot_raise(ENVIRONMENT, REFUSED[case], SHAPE)


def test_a_test_the_environment_adds_or_a_finalize_is_refused():
    environment = _Sandbox(autoescape=True, undefined=StrictUndefined)
    environment.tests["shown"] = lambda value: value.shown
    assert not cannot_raise(environment, "{% if summary is shown %}x{% endif %}", SHAPE)
    assert not cannot_raise(_Sandbox(finalize=str), "{{ summary }}", SHAPE)


@pytest.mark.parametrize("case", ["a loop over what may be a number or None", "an item by index (the list may be empty)",
                                  "arithmetic", "a field of a value that may be a text"])
def test_a_refused_part_raises_with_some_context_of_the_shape(case):
    context = {"summary": "办理柜面业务", "id": "X", "subordinates": "无", "hours": None,
               "basic": {"grade": "P5", "grade_value": "P5"}, "internal": [], "labels": {"none": "无", "items": "x"}}
    with pytest.raises((UndefinedError, TypeError)):
        ENVIRONMENT.from_string(REFUSED[case]).render(context)


@pytest.mark.parametrize("name", ["default", "corporate"])
def test_every_part_of_a_built_in_form_renders_every_context_of_its_shape(name):
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / name, name)
    labels = LabelSet.load(PACKAGED_TEMPLATES / name, name)
    assert template.renders_alike(context_shape(labels.texts, JobSpec))


def test_a_template_reading_what_the_shape_does_not_hold_is_not_proved():
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / "default", "default")
    labels = LabelSet.load(PACKAGED_TEMPLATES / "default", "default")
    assert not template.renders_alike(context_shape([key for key in labels.texts if key != "none"], JobSpec))


def conforms(value, shape: Shape) -> bool:
    """Whether ``value`` has ``shape``, every value in it plain (texts, with
    their subclasses without ``__html__``, numbers, truth values, None,
    lists and mappings of them)."""
    if isinstance(shape, Record):
        return type(value) is dict and all(key in value and conforms(value[key], field)
                                           for key, field in shape.fields.items()) and conforms(value, ANY)
    if isinstance(shape, Items):
        return type(value) is list and all(conforms(item, shape.item) for item in value)
    if type(value) is dict:
        return all(isinstance(key, str) and conforms(item, ANY) for key, item in value.items())
    if type(value) is list:
        return all(conforms(item, ANY) for item in value)
    if isinstance(value, str):
        return not hasattr(value, "__html__") and texts_fit(value)
    return not shape.iterable and (value is None or type(value) in (int, float, bool))


def contexts(entry: LoadedSpec, model=JobSpec):
    """``entry``'s contexts with the default form's labels, in Chinese and English, with their shape."""
    labels = LabelSet.load(PACKAGED_TEMPLATES / "default", "default")
    catalogs = CatalogFolder(PACKAGED_TEMPLATES / "none", "translations")
    for language in ("zh", "en"):
        localized = localize(entry, labels, language, catalogs)
        assert localized.context is not None, localized.diagnostics
        yield localized.context, context_shape(localized.context["labels"], model)


@pytest.mark.parametrize("index", range(len(sample_entries())))
def test_the_context_of_every_sample_spec_has_the_shape(index):
    for context, shape in contexts(sample_entries()[index]):
        assert conforms(context, shape)


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@example(spec=MINIMAL)
@given(spec=specs())
def test_the_context_of_any_valid_spec_has_the_shape(spec):
    spec = linked(spec, spec["title"])
    entry = LoadedSpec(JobSpec.model_validate(spec), LoadedFile("spec.yaml", spec))
    for context, shape in contexts(entry):
        assert conforms(context, shape)


def linked(value, title):
    """``value`` with each link to a position (a generated spec's are to itself) replaced by its title, as read."""
    if isinstance(value, dict):
        return title if set(value) == {"position"} else {key: linked(item, title) for key, item in value.items()}
    return [linked(item, title) for item in value] if isinstance(value, list) else value


def test_the_context_of_a_spec_with_own_fields_has_the_shape(tmp_path):
    (tmp_path / "fields.yaml").write_text(FIELDS, encoding="utf-8")
    model = spec_model_of(read_own_fields(tmp_path))
    shapes = context_shape([], model).fields
    assert {"custom", "custom_raw", "custom_labels", "custom_fields"} <= set(shapes)
    for entry in sample_entries(("zh", "en"), model):
        for context, shape in contexts(entry, model):
            assert conforms(context, shape)


def test_a_check_renders_no_spec_with_a_proved_form(example, monkeypatch):
    monkeypatch.setattr(rendering.PreparedTemplate, "check_renders", lambda *_: pytest.fail("rendered"))
    example.run("check", status=0)


def test_a_project_template_that_raises_for_one_spec_is_reported_at_that_spec(example):
    edit_template(example, "{{ basic.grade }}",
                  "{% if basic.department == '稽核部' %}{{ basic.grade_value + 'x' }}{% endif %}{{ basic.grade }}")
    text = example.spec.read_text(encoding="utf-8")
    department = next(line for line in text.splitlines() if line.strip().startswith("department:"))
    (example.root / "specs/other.yaml").write_text(text.replace(department, department.split(":")[0] + ": 稽核部")
                                                   .replace("BCM-001", "BCM-002"), encoding="utf-8")
    lines = [line for line in example.run("check", "--lang", "zh", status=1).output.splitlines() if ": error: " in line]
    assert len(lines) == 1 and "used by specs/other.yaml (zh)" in lines[0], lines
    assert lines[0].startswith("templates/default/form.docx: error: word/document.xml: table 2"), lines
    assert "cannot render: unsupported operand" in lines[0], lines


def test_own_fields_shown_by_a_project_template_are_proved(example, monkeypatch):
    manufacturing_project(example)
    monkeypatch.setattr(rendering.PreparedTemplate, "check_renders", lambda *_: pytest.fail("rendered"))
    example.run("check", status=0)


def test_a_proof_is_kept_in_the_users_cache(monkeypatch):
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / "default", "default")
    shape = context_shape(LabelSet.load(PACKAGED_TEMPLATES / "default", "default").texts, JobSpec)
    assert template.renders_alike(shape)
    monkeypatch.setattr(rendering.cannot_raise, "cannot_raise", lambda *_: pytest.fail("proved again"))
    assert replace(template, alike={}).renders_alike(shape)


@pytest.mark.parametrize(("value", "fit"), [
    ({"a": ["A & B <c> ]]>", {"k": datetime.date(2024, 1, 1), 3: None}]}, True), ({"a": ["x", "a\x0bb"]}, False),
    ({"a\ufffe": 1}, False), ([("\ud800",)], False),
])
def test_the_texts_of_a_spec_as_read(value, fit):
    assert texts_fit(value) is fit

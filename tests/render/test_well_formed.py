"""A part proved to render well-formed XML whatever its values
(jdgen.render.well_formed): the built-in forms are, so a check does not parse
what each spec renders; a part outside the proof, or a context of values it
does not cover, is parsed as before and its broken XML still found."""

from __future__ import annotations

from dataclasses import replace

import pytest
from markupsafe import Markup

from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render import well_formed
from jdgen.render.template import PreparedTemplate, RenderError, _Sandbox
from jdgen.render.well_formed import always_well_formed
from jdgen.render.xml_texts import plain_values
from tests.template_editing import edit_template
from tests.test_context import context

PART = ('<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="urn:w"><w:body>{}</w:body></w:document>')
PROVED = {
    "a value in a text": "<w:p><w:t>{{ summary }}</w:t></w:p>",
    "a value in an attribute": '<w:shd w:fill="{{ \'D9E2F3\' if box.current else \'auto\' }}"/>',
    "a loop of rows": "{% for entry in duties %}<w:p><w:t>{{ entry.n }}{{ entry.text }}</w:t></w:p>{% endfor %}",
    "a choice inside an attribute": '<w:vMerge w:val="{% if loop %}restart{% else %}continue{% endif %}"/>',
    "branches of one text": "<w:p><w:t>{% if a %}{{ a }}&amp;{% elif b %}b{% else %}{{ labels.none }}{% endif %}"
                            "</w:t></w:p>",
    "a run closed and opened again inside the paragraph's block": (
        "<w:p>{% if a %}<w:r><w:t>x</w:t></w:r><w:r><w:t>{{ a ~ b }}</w:t></w:r>{% endif %}</w:p>"),
}
UNPROVED = {
    "a filter (|safe prints markup)": "<w:p><w:t>{{ summary | safe }}</w:t></w:p>",
    "a call": "<w:p><w:t>{{ lipsum() }}</w:t></w:p>",
    "formatting that makes any character": "<w:p><w:t>{{ '%c' % count }}</w:t></w:p>",
    "a value in a tag's name": "<w:{{ kind }}/>",
    "a value outside the root": "</w:body></w:document>{{ summary }}<w:document><w:body>",
    "a value in a comment": "<!-- {{ summary }} -->",
    "an element opened in a branch and closed after it": "{% if a %}<w:p>{% endif %}</w:p>",
    "an element closed in a branch and opened again": "<w:p>{% if a %}</w:p><w:p>{% endif %}</w:p>",
    "a block inside a tag": '<w:p {% if a %}w:rsid="1"{% endif %}/>',
    "a block that leaves an attribute value": '<w:p w:rsid="{% if a %}1" w:x="{% endif %}"/>',
    "'>' in a text (a value's ']]' before it closes nothing)": "<w:t>{{ summary }}></w:t>",
    "a reference a value could complete": "<w:t>&amp{{ summary }}</w:t>",
    "a namespace a branch's element does not declare": "{% if a %}<x:y/>{% endif %}",
    "a set": "{% set shown = summary %}<w:t>{{ shown }}</w:t>",
    "a constant XML refuses": "<w:t>{{ '\\x0b' }}</w:t>",
}


@pytest.mark.parametrize("name", list(PACKAGED_TEMPLATES.iterdir()))
def test_every_part_of_a_built_in_form_is_proved(name):
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / name.name, name.name)
    assert template.proved == set(template.compiled)


@pytest.mark.parametrize("case", list(PROVED))
def test_what_the_proof_covers(case):
    assert always_well_formed(_Sandbox(autoescape=True), PART.format(PROVED[case]))


@pytest.mark.parametrize("case", list(UNPROVED))
def test_what_the_proof_leaves_to_the_parse_of_each_rendering(case):
    assert not always_well_formed(_Sandbox(autoescape=True), PART.format(UNPROVED[case]))


def test_a_test_the_environment_adds_is_not_taken_for_a_truth_value():
    environment = _Sandbox(autoescape=True)
    environment.tests["shown"] = lambda value: value
    part = PART.format("<w:p><w:t>{{ summary is shown }}{{ summary is defined }}</w:t></w:p>")
    assert always_well_formed(_Sandbox(autoescape=True), part.replace("is shown", "is string"))
    assert not always_well_formed(environment, part)


def test_without_autoescape_nothing_is_proved():
    assert not always_well_formed(_Sandbox(autoescape=False), PART.format(PROVED["a value in a text"]))


@pytest.mark.parametrize(("value", "plain"), [
    ("A & B <c> ]]>", True), ("a\x0bb", False), ("\ufffe", False), (Markup("<w:p>"), False), (object(), False),
])
def test_a_context_of_plain_values(value, plain):
    assert plain_values({"summary": [{"text": value, "n": 1, "shown": True, "note": None}]}) is plain


def test_a_proved_form_still_parses_what_a_context_it_does_not_cover_renders():
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / "default", "default")
    values = context("zh")
    template.check_renders(values)
    values["summary"] = "办理\x0b柜面业务。"
    with pytest.raises(RenderError, match="rendered XML is broken"):
        template.check_renders(values)


def test_a_filter_that_prints_markup_is_still_caught_in_the_spec_that_breaks_it(example):
    edit_template(example, "{{ physical }}", "{{ physical | safe }}")
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康 <w:p> 能适应加班")
    checked = [line for line in example.run("check", "--lang", "zh", status=1).output.splitlines()
               if ": error: " in line]
    assert len(checked) == 1 and checked[0].startswith("templates/default/form.docx: error: "), checked
    assert "word/document.xml: cannot render: rendered XML is broken" in checked[0], checked
    assert "used by specs/bcm-001.yaml (zh)" in checked[0], checked


def test_a_proof_is_kept_in_the_users_cache(monkeypatch):
    template = PreparedTemplate.load(PACKAGED_TEMPLATES / "default", "default")
    proved = template.proved
    monkeypatch.setattr(well_formed, "always_well_formed", lambda *_: pytest.fail("proved again"))
    assert replace(template).proved == proved

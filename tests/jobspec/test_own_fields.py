"""A project's own fields (fields.yaml, ``custom:`` in a spec): read
strictly, validated with located errors, translated, shown by a project's
template in every language, offered by the editor schema, and part of what a
check and a build depend on."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from jdgen.jobspec.own_fields import FieldDeclaration, OwnFields, spec_model_of
from jdgen.jobspec.texts import iter_texts
from tests.campaigns import examples
from tests.conftest import ExampleProject, diagnostic_lines
from tests.docx_reading import full_text, open_document, paragraph_texts
from tests.own_fields_project import CUSTOM, FIELDS, README_ERRORS, manufacturing_project


@pytest.fixture
def factory(example: ExampleProject) -> ExampleProject:
    return manufacturing_project(example)


def test_every_document_shows_the_own_fields_in_its_language(factory: ExampleProject):
    factory.run("build", status=0)
    zh = paragraph_texts(open_document(factory.root / "output/zh/BCM-001.docx"))
    en = paragraph_texts(open_document(factory.root / "output/en/BCM-001.docx"))
    both = paragraph_texts(open_document(factory.root / "output/bilingual/BCM-001.docx"))
    assert "代码 SC-ZP-012；等级 3（3）；审核 2024年5月6日（2024-05-06）" in zh
    assert [text for text in zh if "：" in text][-5:] \
        == ["岗位编号：SC-ZP-012", "班次：早班", "危险因素：噪声、粉尘", "危险等级：3", "审核日期：2024年5月6日"]
    assert [text for text in zh if text.startswith("危险 ")] == ["危险 噪声", "危险 粉尘"]
    assert "班次=早班" in zh and "Shift=Day shift" in en
    assert [text for text in en if "：" in text][-5:] == [
        "Post code：SC-ZP-012", "Shift：Day shift", "Hazards：Noise and Dust", "Hazard level：3", "Audited on：6 May 2024"]
    assert [text for text in en if text.startswith("危险 ")] == ["危险 Noise", "危险 Dust"]
    assert {"岗位编号Post code：SC-ZP-012", "班次Shift：早班Day shift", "危险 噪声Noise", "班次Shift=早班Day shift"} \
        <= set(both)


def test_template_context_lists_the_own_fields(factory: ExampleProject):
    context = json.loads(factory.run("template", "context", "specs/bcm-001.yaml", "--lang", "en").output)
    assert context["custom"] == {"post_code": "SC-ZP-012", "shift": "Day shift", "hazards": ["Noise", "Dust"],
                                 "hazard_level": "3", "audited_on": "6 May 2024"}
    assert context["custom_raw"]["hazard_level"] == 3 and context["custom_raw"]["audited_on"] == "2024-05-06"
    assert [field["label"] for field in context["custom_fields"]] == [
        "Post code", "Shift", "Hazards", "Hazard level", "Audited on"]
    assert context["custom_labels"]["hazard_level"] == "Hazard level"


def test_a_project_without_fields_has_no_custom_part(example: ExampleProject):
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康,能适应加班\ncustom:\n  shift: 早班")
    lines = diagnostic_lines(example.run("check", status=1).output)
    assert lines == [f"specs/bcm-001.yaml:{example.line_of('custom:')}:1: error: unknown field 'custom': "
                     "the project declares no fields of its own (they are declared in fields.yaml)"]


def test_each_problem_of_an_own_field_is_located(factory: ExampleProject):
    factory.edit_spec(CUSTOM, """
custom:
  post_code: sc-zp-12
  shfit: 早班
  hazards: 噪声
  hazard_level: "3"
  audited_on: 2024-02-30
""")
    output = factory.run("check", status=1).output
    assert [line for line in output.splitlines() if ": error: " in line][:4] == README_ERRORS
    lines = diagnostic_lines(output)
    line = factory.line_of
    assert lines == [
        f"specs/bcm-001.yaml:{line('post_code:')}:14: error: custom.post_code: 'sc-zp-12' does not have the form "
        "of 岗位编号 / Post code, such as 'SC-ZP-012' (fields.yaml: post_code.format)",
        f"specs/bcm-001.yaml:{line('shfit:')}:3: error: custom: unknown field 'shfit' (did you mean 'shift'?)",
        f"specs/bcm-001.yaml:{line('hazards:')}:12: error: custom.hazards: expected a list, got a string",
        f"specs/bcm-001.yaml:{line('hazard_level:')}:17: error: custom.hazard_level: expected a number, "
        "got a string",
        f"specs/bcm-001.yaml:{line('audited_on:')}:15: error: custom.audited_on: impossible date 2024-02-30 "
        "(day is out of range for month)",
    ]


def test_a_missing_required_field_is_named(factory: ExampleProject):
    factory.edit_spec("  post_code: SC-ZP-012\n", "")
    lines = diagnostic_lines(factory.run("check", status=1).output)
    assert lines == [f"specs/bcm-001.yaml:{factory.line_of('custom:') + 1}:3: error: custom: "
                     "missing required field 'post_code'"]


def test_an_own_text_without_translation_is_a_gap_and_goes_to_the_catalog(factory: ExampleProject):
    factory.edit_spec("shift: 早班", "shift: 夜班")
    lines = diagnostic_lines(factory.run("check", status=1).output)
    assert lines == [f"specs/bcm-001.yaml:{factory.line_of('夜班')}:10: error: custom.shift: untranslated (en)"]
    factory.run("translate", "update", status=0)
    catalog = (factory.root / "translations/en.po").read_text(encoding="utf-8")
    assert "#. specs/bcm-001.yaml: custom.shift\n" in catalog and 'msgid "夜班"' in catalog
    assert 'msgid "SC-ZP-012"' not in catalog  # a code reads the same in every language


@pytest.mark.parametrize(("fields", "expected"), [
    ("Shift:\n  label: {zh: 班次}\n", "fields.yaml:1:1: error: 'Shift' is not a field name: use lower-case ASCII "
     "letters, digits and '_', starting with a letter (a template writes custom.<name>)"),
    ("shift:\n  label: {zh: 班次}\n  type: choice\n", "fields.yaml:3:9: error: shift.type: 'choice' is not one of: "
     "'text', 'texts', 'code', 'number' or 'date'"),
    ("shift:\n  lable: {zh: 班次}\n", "fields.yaml:2:3: error: shift: missing required field 'label'\n"
     "fields.yaml:2:3: error: shift: unknown key 'lable' (did you mean 'label'?)"),
    ("shift:\n  label: {zh: 班次}\n  required: yes please\n", "fields.yaml:3:13: error: shift.required: "
     "input should be a valid boolean"),
    ("code:\n  label: {zh: 编号}\n  type: code\n  format: '[A-Z'\n", "fields.yaml:4:11: error: code.format: "
     "'[A-Z' is not a regular expression: unterminated character set at position 0"),
    ("shift:\n  label: {zh: 班次}\n  format: '[A-Z]+'\n", "fields.yaml:3:11: error: shift.format: only a field "
     "of type 'code' has a format"),
    ("items:\n  label: {zh: 项目}\n", "fields.yaml:1:1: error: 'items' is a name templates cannot reach as "
     "custom.items (it is a method's); choose another"),
    ("- shift\n", "fields.yaml:1:1: error: fields.yaml must be a mapping of field names to their declarations "
     "(label, type, required)"),
])
def test_a_fields_file_with_problems_stops_the_build_before_any_output_changes(factory, fields, expected):
    factory.run("build", "--lang", "zh", status=0)
    document = factory.root / "output/zh/BCM-001.docx"
    before = document.read_bytes()
    (factory.root / "fields.yaml").write_text(fields, encoding="utf-8")
    built = factory.run("build", "--lang", "zh", status=1)
    assert diagnostic_lines(built.output) == expected.splitlines()
    assert document.read_bytes() == before
    assert diagnostic_lines(factory.run("check", status=1).output) == expected.splitlines()


def test_a_change_of_the_fields_file_rebuilds_and_rechecks(factory: ExampleProject):
    factory.run("build", "--lang", "en", status=0)
    factory.run("check", status=0)
    fields = factory.root / "fields.yaml"
    fields.write_text(FIELDS.replace("en: Shift}", "en: Crew shift}"), encoding="utf-8")
    assert "built 1," in factory.run("build", "--lang", "en", status=0).output
    assert "Crew shift：Day shift" in full_text(open_document(factory.root / "output/en/BCM-001.docx"))
    fields.write_text(FIELDS + "line:\n  label: {zh: 产线}\n  required: true\n", encoding="utf-8")
    lines = diagnostic_lines(factory.run("check", status=1).output)
    assert lines == [f"specs/bcm-001.yaml:{factory.line_of('custom:') + 1}:3: error: custom: "
                     "missing required field 'line'"]


def test_the_editor_schema_offers_the_own_fields(factory: ExampleProject):
    schema = json.loads(factory.run("schema", status=0).output)
    assert "custom" in schema["required"]
    own = schema["$defs"][schema["properties"]["custom"]["$ref"].rpartition("/")[2]]
    assert list(own["properties"]) == ["post_code", "shift", "hazards", "hazard_level", "audited_on", "hazards+"]
    assert own["required"] == ["post_code"] and own["additionalProperties"] is False
    assert own["properties"]["shift"]["title"] == "班次 / Shift"
    validator = Draft202012Validator(schema)
    spec = {"id": "X-1", "title": "装配工", "basic": {"department": "装配车间"}, "summary": "装配", "duties": ["装配"]}
    good = {**spec, "custom": {"post_code": "SC-ZP-012", "hazard_level": 3, "hazards": ["噪声"]}}
    assert list(validator.iter_errors(good)) == []
    bad = {**spec, "custom": {"post_code": "sc-12", "shfit": "早班", "hazard_level": "3"}}
    assert sorted(list(error.absolute_path)[-1] if error.absolute_path else "custom"
                  for error in validator.iter_errors(bad)) == ["custom", "hazard_level", "post_code"]
    reference = factory.run("schema", "--format", "markdown", status=0).output
    assert "| `custom` | [`CustomFields`](#customfields) |" in reference
    assert "| `hazard_level` | number | no | 危险等级 / Hazard level (fields.yaml) |" in reference
    without = json.loads(ExampleProject(factory.root / "specs").run("schema", status=0).output)
    assert "custom" not in without["properties"]


def test_own_texts_need_a_translation_in_the_build(example: ExampleProject):
    manufacturing_project(example, template=False)
    example.edit_spec("hazards: [噪声, 粉尘]", "hazards: [噪声, 高温]")
    built = example.run("build", "--lang", "en", status=1)
    assert diagnostic_lines(built.output) == [
        f"specs/bcm-001.yaml:{example.line_of('高温')}:17: error: custom.hazards[1]: untranslated (en)"]


_KINDS = {"text": st.text("班次早晚中夜abc", min_size=1, max_size=5),
          "code": st.from_regex(r"[A-Z]{2}-[0-9]{3}", fullmatch=True),
          "texts": st.lists(st.text("噪声粉尘高温", min_size=1, max_size=4), min_size=1, max_size=3),
          "number": st.integers(-1000, 1000),
          "date": st.dates().map(lambda day: day.isoformat())}


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), st.sampled_from(sorted(_KINDS)),
                       min_size=1, max_size=5).flatmap(
    lambda kinds: st.tuples(st.just(kinds), st.fixed_dictionaries({name: _KINDS[kind] for name, kind in kinds.items()}))))
def test_any_declared_fields_take_values_of_their_type_and_give_their_texts(declared):
    kinds, values = declared
    own = OwnFields({name: FieldDeclaration(label={"zh": name}, type=kind) for name, kind in kinds.items()})
    model = spec_model_of(own)
    spec = model.model_validate({"id": "X-1", "title": "装配工", "basic": {"department": "装配车间"},
                                 "summary": "装配", "duties": ["装配"], "custom": values})
    own_texts = sorted(path[1:] for path, _ in iter_texts(spec) if path[0] == "custom")
    expected = sorted([(name,) for name, kind in kinds.items() if kind == "text"]
                      + [(name, index) for name, kind in kinds.items() if kind == "texts"
                         for index in range(len(values[name]))])
    assert own_texts == expected

"""The JSON Schema an editor reads says what ``jdgen check`` says: common
mistakes go through both the ``jsonschema`` library and jdgen, and must be
refused by both, at the same field, unless JSON Schema cannot express the
rule (those are listed in ONLY_JDGEN and in the README)."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter, ValidationError

from jdgen.diagnostics import format_field_path
from jdgen.fields import about, models
from jdgen.jobspec.model import Date, JobSpec, PlainText
from jdgen.jobspec.schema import DATE_PATTERN, TEXT_PATTERN, spec_schema, subschemas
from tests.conftest import REPO, invoke
from tests.docx_reading import full_text, open_document

SCHEMA = spec_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


class _EditorLoader(yaml.SafeLoader):
    """YAML as yaml-language-server reads it (YAML 1.2): no date type."""


_EditorLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def schema_errors(path: Path) -> set[str]:
    """The field paths the schema finds fault with, nested alternatives included."""
    found: set[str] = set()

    def collect(errors) -> None:
        for error in errors:
            found.add(format_field_path(tuple(error.absolute_path)))
            collect(error.context or ())

    collect(VALIDATOR.iter_errors(yaml.load(path.read_text(encoding="utf-8"), Loader=_EditorLoader)))
    return found


@dataclass(frozen=True)
class Mistake:
    name: str
    old: str
    new: str
    field: str | None
    """Where both report it; None: not a mistake, both accept it."""


MISTAKES = [
    Mistake("hours as quoted text", "    assistant: 20\n", '    assistant: "20"\n', "training.hours.assistant"),
    Mistake("amount as quoted text", "{amount: 1000000, currency: CNY}", '{amount: "1000000", currency: CNY}',
            "indicators.quantitative[1].measures[0].target.amount"),
    Mistake("currency RMB", "{amount: 1000000, currency: CNY}", "{amount: 1000000, currency: RMB}",
            "indicators.quantitative[1].measures[0].target.currency"),
    Mistake("currency XYZ", "{amount: 1000000, currency: CNY}", "{amount: 1000000, currency: XYZ}",
            "indicators.quantitative[1].measures[0].target.currency"),
    Mistake("quoted date", "prepared_on: 2014-12-09", 'prepared_on: "2014-12-09"', None),
    Mistake("impossible date", "prepared_on: 2014-12-09", "prepared_on: 2014-02-30", "basic.prepared_on"),
    Mistake("impossible quoted date", "prepared_on: 2014-12-09", 'prepared_on: "2014-02-30"', "basic.prepared_on"),
    Mistake("date in another format", "prepared_on: 2014-12-09", "prepared_on: 2014/12/09", "basic.prepared_on"),
    Mistake("line break in a | block", "physical: 健康,能适应加班", "physical: |\n  健康\n  能适应加班", "physical"),
    Mistake("one-line | block", "physical: 健康,能适应加班", "physical: |\n  健康,能适应加班", None),
    Mistake("tab inside a text", "physical: 健康,能适应加班", 'physical: "健康\\t能适应加班"', "physical"),
    Mistake("empty text", "physical: 健康,能适应加班", 'physical: "  "', "physical"),
    Mistake("headcount 0", "  headcount: 1\n", "  headcount: 0\n", "basic.headcount"),
    Mistake("headcount as quoted text", "  headcount: 1\n", '  headcount: "1"\n', "basic.headcount"),
    Mistake("grade 0", "  grade: 3\n", "  grade: 0\n", "basic.grade"),
    Mistake("unknown field", "  headcount: 1\n", "  headcount: 1\n  headcout: 2\n", "basic"),
    Mistake("a text where a list belongs", "tools: [电脑, 电话, 办公设备]", "tools: 电脑", "tools"),
    Mistake("a list where a text belongs", "  reports_to: 支行行长", "  reports_to: [支行行长]", "basic.reports_to"),
    Mistake("hours 0", "    assistant: 20\n", "    assistant: 0\n", "training.hours.assistant"),
    Mistake("hours 20000", "    assistant: 20\n", "    assistant: 20000\n", "training.hours.assistant"),
    Mistake("bad language code", "title: 客户经理", "title: {zh: 客户经理, EN: Customer Manager}", "title"),
    Mistake("bad level id", "  senior: 高级客户经理", "  senior level: 高级客户经理", "levels"),
    Mistake("unknown per", "        points: 5\n        per: person_occurrence\n",
            "        points: 5\n        per: monthly\n", "indicators.qualitative.deductions[0].per"),
]

ONLY_JDGEN = [
    Mistake("undeclared level in training.hours", "    senior: 104\n", "    senior: 104\n    expert: 200\n",
            "training.hours"),
    Mistake("inline translations without the source language", "title: 客户经理",
            "title: {en: Customer Manager}", "title"),
    Mistake("a whole number written with a decimal point", "  headcount: 1\n", "  headcount: 1.0\n",
            "basic.headcount"),
]
"""Rules JSON Schema cannot express: references across fields, the spec's own
source language, and 1.0 (an integer to JSON Schema, a decimal to YAML)."""


def _apply(example, mistake: Mistake) -> Path:
    example.edit_spec(mistake.old, mistake.new)
    return example.spec


def jdgen_errors(example, status: int) -> set[str]:
    """The field of each error ``jdgen check`` reports ('' for one without)."""
    result = example.run("check", status=status)
    return {line.split(": error: ", 1)[1].split(": ", 1)[0]
            for line in result.output.splitlines() if ": error: " in line}


@pytest.mark.parametrize("mistake", MISTAKES, ids=[mistake.name for mistake in MISTAKES])
def test_editor_and_jdgen_agree(example, mistake):
    path = _apply(example, mistake)
    in_editor, in_jdgen = schema_errors(path), jdgen_errors(example, 0 if mistake.field is None else 1)
    if mistake.field is None:
        assert (in_editor, in_jdgen) == (set(), set())
    else:
        assert _at(mistake.field, in_jdgen) and _at(mistake.field, in_editor), (in_editor, in_jdgen)


def _at(field: str, found: set[str]) -> bool:
    """Whether an error is reported at ``field`` or inside it (jdgen names a
    mapping's wrong key, the jsonschema library the mapping)."""
    return any(path == field or path.startswith((field + ".", field + "[")) for path in found)


@pytest.mark.parametrize("mistake", ONLY_JDGEN, ids=[mistake.name for mistake in ONLY_JDGEN])
def test_what_only_jdgen_check_catches(example, mistake):
    path = _apply(example, mistake)
    assert schema_errors(path) == set()
    assert _at(mistake.field, jdgen_errors(example, 1))


@pytest.mark.parametrize("spec", sorted((REPO / "specs").glob("*.yaml")), ids=lambda path: path.name)
def test_shipped_specs_are_valid_to_the_editor(spec):
    assert schema_errors(spec) == set()


def test_shipped_schema_file_is_what_jdgen_schema_prints():
    printed = invoke("schema").output
    assert (REPO / "jdgen-spec.schema.json").read_text(encoding="utf-8") == printed


STANDARD_KEYWORDS = {
    "$schema", "$defs", "$ref", "title", "description", "default", "examples", "type", "enum",
    "properties", "patternProperties", "additionalProperties", "required", "items", "minItems",
    "anyOf", "oneOf", "minimum", "maximum", "exclusiveMinimum", "pattern", "format",
}
EDITOR_KEYWORDS = {"patternErrorMessage", "errorMessage"}
"""yaml-language-server's messages for a pattern or an enum, instead of the raw regex."""


def test_the_schema_uses_standard_keywords_and_says_why_a_pattern_fails():
    Draft202012Validator.check_schema(SCHEMA)
    parts = list(subschemas(SCHEMA))
    assert set().union(*parts) <= STANDARD_KEYWORDS | EDITOR_KEYWORDS
    assert all("patternErrorMessage" in part for part in parts if "pattern" in part)
    assert not [part for part in parts if part.get("anyOf") and {"type": "string"} in part["anyOf"]
                and any(option.get("type") == "number" for option in part["anyOf"])]


def test_currencies_are_an_enum_of_iso_codes():
    currency = SCHEMA["$defs"]["MoneyTarget"]["properties"]["currency"]
    assert {"CNY", "USD", "EUR", "HKD"} <= set(currency["enum"])
    assert "RMB" not in currency["enum"] and "XYZ" not in currency["enum"]


def test_every_field_has_its_declared_title_and_examples_are_valid():
    parts = {"JobSpec": SCHEMA, **SCHEMA["$defs"]}
    assert {model.__name__ for model in models(JobSpec)} | {"PlainText"} == set(parts)
    for model in models(JobSpec):
        part = parts[model.__name__]
        assert part["title"] == model.model_config["title"] and " / " in part["title"], model
        own = [field for field in part["properties"] if not field.endswith("+")]  # key+ appends
        assert own == list(model.model_fields), model
        for name, info in model.model_fields.items():
            field_schema = part["properties"][name]
            assert field_schema["title"] == about(info).title and " / " in field_schema["title"], (model, name)
            for value in field_schema.get("examples", []):
                checked = {"$defs": SCHEMA["$defs"], **field_schema}
                assert not list(Draft202012Validator(checked).iter_errors(value)), (model, name, value)
    assert "Prepared On" not in json.dumps(SCHEMA)
    basic = SCHEMA["$defs"]["BasicInfo"]["properties"]
    assert basic["headcount"]["examples"][0] >= 1 and basic["grade"]["examples"][0] >= 1


TEXT = TypeAdapter(PlainText)
DATE = TypeAdapter(Date)


def _model_accepts(adapter: TypeAdapter, value) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


@given(st.text(alphabet=st.sampled_from("a 中\t\n\r\x00\x1f\x7f\x85\x9f\xa0\u2028\u3000\ufeff\u200b"), max_size=6)
       | st.text(max_size=8))
def test_the_text_pattern_is_the_models_rule(value):
    assert (re.search(TEXT_PATTERN, value) is not None) == _model_accepts(TEXT, value)


@given(st.dates().map(str) | st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
def test_the_date_pattern_accepts_the_dates_that_exist(value):
    try:
        exists = datetime.date.fromisoformat(value) is not None
    except ValueError:
        exists = False
    assert (re.search(DATE_PATTERN, value) is not None) == exists == _model_accepts(DATE, value)


def test_a_quoted_date_is_the_date_written(example):
    example.edit_spec("prepared_on: 2014-12-09", 'prepared_on: "2014-12-09"')
    example.run("build", "--lang", "en")
    assert "9 December 2014" in full_text(open_document(example.root / "output/en/BCM-001.docx"))

"""The JSON Schema of a spec, generated from the model: exactly what the
model accepts, wherever JSON Schema can say it, in standard keywords, with
the titles, examples and messages an editor (yaml-language-server) shows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from jdgen.fields import about, mapping_models, models
from jdgen.jobspec import model
from jdgen.jobspec.model import CURRENCY_PATTERN, IDENTIFIER_PATTERN, JobSpec
from jdgen.jobspec.own_fields import CUSTOM, CodeFormat
from jdgen.jobspec.shared import APPEND, EXTENDS
from jdgen.languages import LANGUAGE_CODE_PATTERN

_SPACE = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Unicode's White_Space characters: those a text's ends are stripped of."""

_CONTROL = r"\x00-\x1f\x7f-\x9f"

TEXT_PATTERN = f"^[{_SPACE}]*[^{_SPACE}{_CONTROL}](?:[^{_CONTROL}]*[^{_SPACE}{_CONTROL}])?[{_SPACE}]*$"
"""The model's text rule: something besides white space, and no line break
or control character between the first and the last visible character."""

_YEAR = "(?!0000)[0-9]{4}"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
DATE_PATTERN = (
    f"^(?:{_YEAR}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
    f"|(?:0[13578]|1[02])-31)|{_LEAP_YEAR}-02-29)$"
)
"""A date that exists, written YYYY-MM-DD."""

PATTERN_MESSAGES = {
    TEXT_PATTERN: "A text is one line without control characters: use a list for separate items, "
                  "or a folded block (>) to wrap a long line.",
    DATE_PATTERN: "Not a date: write an existing date as YYYY-MM-DD, e.g. 2014-12-09.",
    LANGUAGE_CODE_PATTERN: "Not a language code: use a lower-case code such as zh or en.",
    CURRENCY_PATTERN: "Not a currency code: use an ISO 4217 code such as CNY.",
    IDENTIFIER_PATTERN: "Not a valid id: use ASCII letters, digits, '-' and '_', starting with "
                        "a letter or digit, at most 64 characters.",
}
"""What yaml-language-server says (``patternErrorMessage``) instead of the raw regex."""

_STANDARD = {"gt": "exclusiveMinimum", "ge": "minimum", "lt": "exclusiveMaximum", "le": "maximum",
             "multiple_of": "multipleOf"}
"""pydantic writes a bound on a validated number under its Python name."""


def spec_schema(spec_model: type[JobSpec] = JobSpec) -> dict[str, Any]:
    """Return the schema editors use to complete and check spec files of
    ``spec_model``: a project's, with its own fields (``own_fields.spec_model``)."""
    schema = spec_model.model_json_schema(schema_generator=_EditorSchema)
    _field_titles(schema, spec_model)
    _own_fields_required(schema)
    for part in mapping_models(spec_model):
        _with_appends(schema if part is spec_model else schema["$defs"][part.__name__])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


class _EditorSchema(GenerateJsonSchema):
    """pydantic's schema, saying what the model's own rules say."""

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        # The model's numbers refuse quoted text ('100' is a text, not an amount).
        given: Mapping[str, object] = schema
        bounds = {_STANDARD[key]: _plain(given[key]) for key in _STANDARD if key in given}
        return {"type": "number", **bounds}

    def date_schema(self, schema: core_schema.DateSchema) -> JsonSchemaValue:
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}

    def function_after_schema(self, schema: core_schema.AfterValidatorFunctionSchema) -> JsonSchemaValue:
        function = schema["function"]["function"]
        if function is model._check_characters:
            return {"type": "string", "pattern": TEXT_PATTERN}
        if function is model._known_currency:
            return {"type": "string", "enum": list(model.currency_codes()),
                    "errorMessage": PATTERN_MESSAGES[CURRENCY_PATTERN]}
        code_format = getattr(function, "code_format", None)
        if isinstance(code_format, CodeFormat):
            return {"type": "string", "pattern": f"^(?:{code_format.pattern})$",
                    "patternErrorMessage": code_format.message}
        return super().function_after_schema(schema)

    def generate(self, schema: core_schema.CoreSchema, mode: Any = "validation") -> JsonSchemaValue:
        json_schema = super().generate(schema, mode)
        _standard_keywords(json_schema)
        _share_text(json_schema)
        return self.sort(json_schema)


def _standard_keywords(json_schema: dict[str, Any]) -> None:
    """Bounds in standard keywords, a message for every pattern, and mapping
    keys held to their pattern (as the model holds them)."""
    for part in subschemas(json_schema):
        for key in _STANDARD.keys() & part.keys():
            part[_STANDARD[key]] = _plain(part.pop(key))
        if "pattern" in part and "patternErrorMessage" not in part:
            part["patternErrorMessage"] = PATTERN_MESSAGES[part["pattern"]]
        if "patternProperties" in part:
            part.setdefault("additionalProperties", False)


def _share_text(json_schema: dict[str, Any]) -> None:
    """The text rule once, in ``$defs``, instead of at every text."""
    text = {"type": "string", "pattern": TEXT_PATTERN, "patternErrorMessage": PATTERN_MESSAGES[TEXT_PATTERN]}
    for part in subschemas(json_schema):
        if part == text:
            part.clear()
            part["$ref"] = "#/$defs/PlainText"
    json_schema["$defs"]["PlainText"] = {
        **text, "title": "文字 / Text",
        "description": "One line of text; white space around it is ignored.",
    }


def _field_titles(json_schema: dict[str, Any], spec_model: type[JobSpec]) -> None:
    """Each field's title, as its ``About`` declares it (pydantic titles a
    model from its config, a field only from its name)."""
    for kind in models(spec_model):
        part = json_schema if kind is spec_model else json_schema["$defs"][kind.__name__]
        for name, info in kind.model_fields.items():
            part["properties"][name]["title"] = about(info).title


def _own_fields_required(schema: dict[str, Any]) -> None:
    """``custom`` is required where one of the project's own fields is (the
    model names each missing one at ``custom`` instead)."""
    custom = schema.get("properties", {}).get(CUSTOM, {})
    name = custom.get("$ref", "").rpartition("/")[2]
    if schema["$defs"].get(name, {}).get("required"):
        schema["required"] = [*schema.get("required", []), CUSTOM]


def subschemas(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """``schema`` and every schema inside it."""
    yield schema
    for key in ("properties", "patternProperties", "$defs"):
        for part in schema.get(key, {}).values():
            yield from subschemas(part)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from subschemas(schema[key])
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, []):
            yield from subschemas(part)


def _plain(value: object) -> int | float:
    """A bound as JSON writes it: 10000, not 10000.0."""
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


def _with_appends(part: dict[str, Any]) -> None:
    """Offer ``key+`` (append to the base's list) beside each list field."""
    properties = part.get("properties", {})
    for name, field in list(properties.items()):
        if name != EXTENDS and any(option.get("type") == "array" for option in [field, *field.get("anyOf", [])]):
            properties[name + APPEND] = {
                **field, "title": f"{field['title']} + (added to the shared list)",
                "description": f"Items added after those of the '{name}' of the shared files this spec extends.",
            }

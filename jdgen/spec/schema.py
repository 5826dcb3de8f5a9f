"""The JSON Schema of a spec, generated from the model."""

from __future__ import annotations

from typing import Any

from jdgen.spec.model import JobSpec
from jdgen.spec.shared import APPEND, EXTENDS


def spec_schema() -> dict[str, Any]:
    """Return the schema editors use to complete and check spec files."""
    schema = JobSpec.model_json_schema()
    for part in _mappings(schema):
        _with_appends(part)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _mappings(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The spec and the parts reached from it through mappings only, not
    through a list: those whose lists ``key+`` may append to."""
    definitions, found, queue = schema.get("$defs", {}), [schema], [schema]
    while queue:
        for field in queue.pop().get("properties", {}).values():
            for option in [field, *field.get("anyOf", [])]:
                name = option.get("$ref", "").rpartition("/")[2]
                if name in definitions and definitions[name] not in found:
                    found.append(definitions[name])
                    queue.append(definitions[name])
    return found


def _with_appends(part: dict[str, Any]) -> None:
    """Offer ``key+`` (append to the base's list) beside each list field."""
    properties = part.get("properties", {})
    for name, field in list(properties.items()):
        if name != EXTENDS and any(option.get("type") == "array" for option in [field, *field.get("anyOf", [])]):
            properties[name + APPEND] = {**field, "description": f"Items added after those of the '{name}' "
                                         "of the shared files this spec extends."}

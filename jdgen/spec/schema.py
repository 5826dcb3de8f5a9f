"""The JSON Schema of a spec, generated from the model."""

from __future__ import annotations

from typing import Any

from jdgen.spec.model import JobSpec


def spec_schema() -> dict[str, Any]:
    """Return the schema editors use to complete and check spec files."""
    schema = JobSpec.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}

"""A template's form labels (``labels.yaml``): section and field names, and
the patterns that put values into sentences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from jdgen.diagnostics import JdgenError
from jdgen.spec.model import Text
from jdgen.yamlfile.loaded import LoadedFile
from jdgen.yamlfile.reader import read_yaml
from jdgen.yamlfile.validation import ErrorCodes, pydantic_diagnostic

LABELS_FILE = "labels.yaml"
LABELS_SOURCE_LANGUAGE = "zh"
_LABELS = TypeAdapter(dict[str, Text])


@dataclass(frozen=True)
class LabelSet:
    """The labels of one template, each a text in one or more languages."""

    loaded: LoadedFile
    texts: dict[str, str | dict[str, str]]

    @classmethod
    def load(cls, template_folder: Path, shown_folder: str) -> LabelSet:
        """Read ``labels.yaml``; raise JdgenError with every problem in it."""
        loaded = read_yaml(template_folder / LABELS_FILE, f"{shown_folder}/{LABELS_FILE}")
        diagnostics = list(loaded.diagnostics)
        try:
            texts = _LABELS.validate_python(loaded.data)
        except ValidationError as error:
            codes = ErrorCodes.one(code="labels-invalid")
            diagnostics += [pydantic_diagnostic(item, loaded, codes) for item in error.errors()]
        if diagnostics:
            raise JdgenError(diagnostics)
        return cls(loaded, texts)

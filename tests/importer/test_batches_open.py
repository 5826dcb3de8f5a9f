"""The held-out batches not measured in test_truth.py: each form is written,
opens as the document it claims to be, shows its title, and its truth names
only fields of the spec model. A batch is added to ``OPEN`` when it is
written, and moves to test_truth.py's MEASURED when the import meets it
with no silent error."""

from __future__ import annotations

import typing
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pydantic
import pytest

from jdgen.jobspec.model import JobSpec
from tests.importer.twenty_eighth import TWENTY_EIGHTH

OPEN: dict[str, tuple[Callable[[Path], dict], str]] = {**TWENTY_EIGHTH}
"""The forms of the batches not yet measured: each form's maker and its file's suffix."""


def _models(annotation) -> list[type[pydantic.BaseModel]]:
    """The models an annotation holds, however deep in unions and lists."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [model for argument in typing.get_args(annotation) for model in _models(argument)]


def _is_field(dotted: str) -> bool:
    models: list[type[pydantic.BaseModel]] = [JobSpec]
    for key in dotted.split("."):
        fields = [model.model_fields[key] for model in models if key in model.model_fields]
        if not fields:
            return False
        models = [model for field in fields for model in _models(field.annotation)]
    return True


def _texts(path) -> str:
    """The text of every part of the package: a form's text may stand in a part the document imports."""
    with zipfile.ZipFile(path) as package:
        return "".join(package.read(name).decode("utf-8") for name in package.namelist()
                       if name.endswith((".xml", ".htm")))


@pytest.mark.parametrize("name", list(OPEN))
def test_each_form_of_an_open_batch_opens_and_its_truth_names_fields(name, tmp_path, made_form):
    make, suffix = OPEN[name]
    path = tmp_path / f"{name}{suffix}"
    truth = made_form(make, path)
    docx.Document(str(path))
    assert truth["title"] in _texts(path)
    assert [key for key in truth if not _is_field(key)] == []
    assert len(truth) >= 12

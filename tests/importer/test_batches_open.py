"""The held-out batches not measured in test_truth.py: each form is written,
opens as the document it claims to be, shows its title, and its truth names
only fields of the spec model."""

from __future__ import annotations

import shutil
import typing
import zipfile

import docx
import pydantic
import pytest

from jdgen.jobspec.model import JobSpec
from tests.importer.twelfth import TWELFTH

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of a Word 97 (.doc) file."""

_BY_LIBREOFFICE = {"pharmacy_oa_nested_tables"}


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


@pytest.mark.parametrize("name", list(TWELFTH))
def test_each_form_of_the_twelfth_batch_opens_and_its_truth_names_fields(name, tmp_path):
    if name in _BY_LIBREOFFICE and shutil.which("soffice") is None:
        pytest.skip("LibreOffice makes this form")
    make, suffix = TWELFTH[name]
    path = tmp_path / f"{name}{suffix}"
    truth = make(path)
    if suffix == ".doc":
        assert path.read_bytes()[:8] == _OLE
    else:
        docx.Document(str(path))
        with zipfile.ZipFile(path) as package:
            body = package.read("word/document.xml").decode("utf-8")
        assert truth["title"] in body
    assert [key for key in truth if not _is_field(key)] == []
    assert len(truth) >= 12


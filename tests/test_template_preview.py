"""``jdgen template preview``: the sample specs built with a template in
every document, with their PDFs, into a folder the preview owns."""

from __future__ import annotations

import json
import os

import pytest

from jdgen.render.sample import sample_specs
from jdgen.render.word_rules import check_docx
from tests.building import fake_office
from tests.docx_reading import full_text, open_document
from tests.template_editing import edit_template


@pytest.fixture
def office(tmp_path, monkeypatch):
    """The stand-in LibreOffice first on PATH (tests/building/fake_office.py)."""
    monkeypatch.setenv("PATH", f"{fake_office.install(tmp_path / 'bin')}{os.pathsep}{os.environ['PATH']}")


def test_preview_builds_every_sample_in_every_document_with_its_pdf(example, office):
    edit_template(example, "{{ labels.form_title }}", "{{ labels.form_title }}(试用)")
    result = example.run("template", "preview")
    folder = example.root / "template-preview/default"
    count = len(sample_specs())
    documents = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.docx"))
    assert documents == sorted(f"{kind}/sample-{number}.docx" for kind in ("zh", "en", "bilingual")
                               for number in range(1, count + 1))
    for document in documents:
        data = (folder / document).read_bytes()
        assert check_docx(data) == []
        assert (folder / document.replace(".docx", ".pdf")).read_bytes() == fake_office.pdf_of(data)
    text = full_text(open_document(folder / "zh/sample-2.docx"))
    assert "职位说明书(试用)" in text and "工作描述3" in text  # the project's template, every list of two or more
    assert "Duties 3" in full_text(open_document(folder / "en/sample-2.docx"))
    assert f"template 'default': {count * 3} sample documents and {count * 3} PDFs in template-preview/default" \
        in result.output


def test_preview_writes_over_nothing_it_did_not_write_and_removes_only_its_own(example, office):
    folder = example.root / "template-preview/default"
    (folder / "zh").mkdir(parents=True)
    mine = folder / "zh/sample-1.docx"
    mine.write_bytes(b"someone's document")
    notes = folder / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    result = example.run("template", "preview", "--lang", "zh", status=1)
    assert "template-preview/default/zh/sample-1.docx: error: jdgen did not write this file" in result.output
    assert mine.read_bytes() == b"someone's document" and not (folder / "zh/sample-1.pdf").exists()
    assert (folder / "zh/sample-2.docx").is_file()
    mine.unlink()
    example.run("template", "preview", "--lang", "en")
    assert not list((folder / "zh").iterdir())  # what the preview wrote before, and does not now, is gone
    assert (folder / "en/sample-1.docx").is_file() and notes.read_text(encoding="utf-8") == "keep me"
    assert "zh/sample-2.docx" not in json.loads((folder / ".jdgen-preview.json").read_text(encoding="utf-8"))["written"]


def test_a_template_showing_the_projects_own_fields_previews_them(example, office):
    """The samples are of the project's spec model: its own fields are filled."""
    from tests.own_fields_project import manufacturing_project

    manufacturing_project(example)
    result = example.run("template", "preview", "mfg")
    folder = example.root / "template-preview/mfg"
    documents = sorted(folder.rglob("*.docx"))
    assert len(documents) == 3 * len(sample_specs()), result.output
    assert "代码 " in full_text(open_document(folder / "zh/sample-1.docx"))
    assert "error" not in result.output

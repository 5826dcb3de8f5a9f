"""PDF copies made by LibreOffice: one batch, incremental, clear when missing."""

from __future__ import annotations

import json
import shutil

import pytest

needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


@pytest.mark.slow  # LibreOffice
@needs_office
def test_pdf_of_every_document_then_nothing_to_redo(example):
    report = json.loads(example.run("build", "--pdf", "--json").output)
    pdfs = {output["path"]: output["status"] for output in report["outputs"] if output["path"].endswith(".pdf")}
    assert pdfs == {f"output/{folder}/BCM-001.pdf": "built" for folder in ("zh", "en", "bilingual")}
    for folder in ("zh", "en", "bilingual"):
        assert (example.root / "output" / folder / "BCM-001.pdf").read_bytes().startswith(b"%PDF")
    assert not [p for p in (example.root / "output").iterdir() if p.name.startswith(".pdf-")]
    report = json.loads(example.run("build", "--pdf", "--json").output)
    assert {output["status"] for output in report["outputs"]} == {"unchanged"}
    example.edit_spec("physical: 健康,能适应加班", "physical: {zh: 健康, en: Healthy}")
    report = json.loads(example.run("build", "--pdf", "--json", "--lang", "en").output)
    assert {output["path"]: output["status"] for output in report["outputs"]} == {
        "output/en/BCM-001.docx": "built", "output/en/BCM-001.pdf": "built"}


def test_missing_libreoffice_is_a_clear_error(example, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = example.run("build", "--pdf", "--lang", "zh")
    assert result.exit_code == 1
    assert "output: error: LibreOffice is needed for --pdf and was not found: install it (Debian or Ubuntu: " \
           "apt-get install libreoffice-writer-nogui fonts-noto-cjk" in result.output
    assert (example.root / "output/zh/BCM-001.docx").is_file()


@pytest.mark.slow  # LibreOffice
def test_a_killed_conversion_leaves_nothing_the_next_build_keeps(example):
    example.run("build", "--lang", "zh")
    scratch = example.root / "output/.pdf-left-behind"
    scratch.mkdir()
    (scratch / "000000.pdf").write_bytes(b"%PDF half")
    example.run("build", "--lang", "zh")
    assert not scratch.exists()

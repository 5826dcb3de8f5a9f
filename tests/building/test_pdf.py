"""PDF copies made by LibreOffice: one batch, incremental, clear when missing."""

from __future__ import annotations

import json
import os
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
    result = example.run("build", "--pdf", "--lang", "zh", status=1)
    assert "output: error: LibreOffice is needed for --pdf and was not found: install it (Debian or Ubuntu: " \
           "apt-get install libreoffice-writer-nogui fonts-noto-cjk" in result.output
    assert (example.root / "output/zh/BCM-001.docx").is_file()


def test_a_conversion_works_outside_the_output_folder(example, monkeypatch, tmp_path):
    """LibreOffice's scratch files live in a folder of the system's: a killed
    conversion leaves nothing in the output folder, and a ``.pdf-*`` folder
    there is the user's."""
    from tests.building import fake_office

    monkeypatch.setenv("PATH", f"{fake_office.install(tmp_path / 'bin')}{os.pathsep}{os.environ['PATH']}")
    users = example.root / "output/.pdf-left-behind"
    users.mkdir(parents=True)
    (users / "000000.pdf").write_bytes(b"%PDF of the user's")
    assert example.run("build", "--pdf", "--lang", "zh").exit_code == 0
    assert sorted(path.name for path in (example.root / "output").iterdir()) == [
        ".jdgen-manifest.json", ".jdgen-register.json", ".pdf-left-behind", "positions.xlsx", "zh"]
    assert sorted(path.name for path in (example.root / "output/zh").iterdir()) == ["BCM-001.docx", "BCM-001.pdf"]
    assert (users / "000000.pdf").read_bytes() == b"%PDF of the user's"


@pytest.mark.parametrize("ending", [
    pytest.param('echo "crashed" >&2; exit 1', id="crashes"),
    pytest.param("exit 0", id="leaves the rest out silently"),
])
def test_a_batch_that_stops_part_way_is_resumed(monkeypatch, tmp_path, ending):
    """An office that converts one document per run and then stops, as
    LibreOffice does when it crashes in a long batch (or, without a word,
    after a few hundred documents): every document still gets its PDF, one
    run after another."""
    from jdgen.building.pdf import convert

    office = tmp_path / "bin" / "soffice"
    office.parent.mkdir()
    office.write_text('#!/bin/sh\nfor a; do case "$a" in --outdir) next=1;; *.docx) [ -z "$done" ] && '
                      'mkdir -p "$out" && echo pdf > "$out/$(basename "$a" .docx).pdf" && done=1;; '
                      '*) [ -n "$next" ] && out="$a" && next=;; esac; done\n' + ending + "\n")
    office.chmod(0o755)
    monkeypatch.setenv("PATH", f"{office.parent}{os.pathsep}{os.environ['PATH']}")
    documents = [tmp_path / f"d{index}.docx" for index in range(3)]
    for document in documents:
        document.write_bytes(b"docx")
    assert convert(documents) == {document: None for document in documents}
    assert all(document.with_suffix(".pdf").read_text() == "pdf\n" for document in documents)

"""The files organisations have: .odt, .rtf and .doc converted through
LibreOffice and imported like .docx; a folder of mixed files in one run,
with a line per file; without LibreOffice, an error naming what to install."""

from __future__ import annotations

import contextlib
import shutil
import subprocess

import pytest
import yaml
from click.testing import CliRunner

from jdgen.cli import main
from jdgen.importer import convert
from jdgen.office import run_office
from tests.importer.forms import english_form, split_over_pages

needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def run(root, *args):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, ["import", *args], catch_exceptions=False)


def saved_as(source, folder, extension: str, filter_name: str):
    """``source`` saved by LibreOffice as ``extension`` into ``folder``."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/.profile", "--convert-to",
                    f"{extension}:{filter_name}", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / f"{source.stem}.{extension}"


@pytest.mark.slow
@needs_office
def test_a_folder_of_mixed_files_is_imported_with_a_line_per_file_after_one_libreoffice_run(tmp_path, monkeypatch):
    made = tmp_path / "made"
    made.mkdir()
    facts = english_form(made / "teller.docx")
    split_over_pages(made / "lobby.docx")
    forms = tmp_path / "forms"
    forms.mkdir()
    saved_as(made / "teller.docx", forms, "odt", "writer8")
    saved_as(made / "lobby.docx", forms, "doc", "MS Word 97")
    (forms / "notes.txt").write_text("not a form", encoding="utf-8")  # not a document's suffix: left out
    (forms / "broken.rtf").write_text("{\\rtf1 not a form}", encoding="utf-8")
    runs = []

    def counted(office, documents, *args, **kwargs):
        runs.append([document.suffix for document in documents])
        return run_office(office, documents, *args, **kwargs)
    monkeypatch.setattr(convert, "run_office", counted)
    result = run(tmp_path, "forms", "-o", "specs")
    assert runs == [[".rtf", ".doc", ".odt"]]  # one run converts them all, in the folder's order
    assert result.exit_code == 1, result.output  # the broken file's error; the others are imported
    assert "forms/broken.rtf: error: no job-description form recognised" in result.output
    assert "forms/broken.rtf: not imported" in result.output and "notes.txt" not in result.output
    assert "forms/teller.odt: specs/tl-03.yaml, " in result.output
    assert "forms/lobby.doc: specs/lobby.yaml, " in result.output
    assert "read 2 documents, wrote 2 specs" in result.output
    teller = yaml.safe_load((tmp_path / "specs" / "tl-03.yaml").read_text(encoding="utf-8"))
    assert teller["title"] == facts["title"] and teller["basic"]["department"] == facts["basic.department"]
    lobby = yaml.safe_load((tmp_path / "specs" / "lobby.yaml").read_text(encoding="utf-8"))
    assert lobby["title"] == "大堂经理"


def test_without_libreoffice_a_doc_is_an_error_naming_what_to_install(tmp_path, monkeypatch):
    english_form(tmp_path / "teller.docx")
    (tmp_path / "old.odt").write_bytes(b"PK not really")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    result = run(tmp_path, "old.odt", "teller.docx", "-o", "specs")
    assert result.exit_code == 1
    assert ("old.odt: error: this is a .odt file, which is converted to .docx by LibreOffice, which was not "
            "found: install it (Debian or Ubuntu: apt-get install libreoffice-writer-nogui") in result.output
    assert "Traceback" not in result.output
    assert [path.name for path in (tmp_path / "specs").iterdir()] == ["tl-03.yaml"]

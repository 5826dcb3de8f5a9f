"""Faults outside the specs: missing or broken templates, an unusable or full
output folder. Each is a clear error, never a traceback or a partial file."""

from __future__ import annotations

import errno
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from jdgen.output import json_pieces, write_atomically
from jdgen.project import PACKAGED_TEMPLATES


def _own_template(example) -> Path:
    folder = example.root / "templates/default"
    shutil.copytree(PACKAGED_TEMPLATES / "default", folder)
    return folder


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output


def test_template_folder_without_its_word_file(example):
    (_own_template(example) / "form.docx").unlink()
    result = example.run("build", status=1)
    _no_traceback(result)
    assert result.exit_code == 1
    assert "templates/default/form.docx: error: template file not found" in result.output
    assert not (example.root / "output").exists()


def test_template_that_is_a_zip_but_not_a_word_document(example):
    with zipfile.ZipFile(_own_template(example) / "form.docx", "w") as package:
        package.writestr("hello.txt", "not Word")
    result = example.run("build", status=1)
    _no_traceback(result)
    assert "templates/default/form.docx: error: not a Word document (.docx): it has no word/document.xml" \
        in result.output


def test_output_folder_that_is_a_file(example):
    (example.root / "output").write_text("in the way", encoding="utf-8")
    result = example.run("build", "--lang", "zh", status=2)
    _no_traceback(result)
    assert "Error: output is a file, not a folder: move it away, or name another folder with -o" in result.output
    assert (example.root / "output").read_text(encoding="utf-8") == "in the way"


def test_language_folder_that_is_a_file(example):
    (example.root / "output").mkdir()
    (example.root / "output/zh").write_text("in the way", encoding="utf-8")
    result = example.run("build", "--lang", "zh,en", status=1)
    _no_traceback(result)
    assert result.exit_code == 1
    assert "output/zh/BCM-001.docx: error: cannot write: output/zh is a file, not a folder" in result.output
    assert (example.root / "output/en/BCM-001.docx").is_file()


def _full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _disk_full(monkeypatch) -> None:
    """Every file jdgen writes, whole or in pieces, fails as on a full disk."""
    opened = Path.open

    def open_for_reading_only(path, mode="r", *args, **kwargs):
        return _full() if "w" in mode else opened(path, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "write_bytes", _full)
    monkeypatch.setattr(Path, "open", open_for_reading_only)


def test_a_full_disk_is_reported_and_leaves_nothing_behind(example, monkeypatch):
    _disk_full(monkeypatch)
    monkeypatch.setattr("jdgen.building.register.write_atomically", _full)
    result = example.run("build", "--lang", "zh", status=1)
    _no_traceback(result)
    assert result.exit_code == 1
    assert "output/zh/BCM-001.docx: error: cannot write: No space left on device" in result.output
    assert "output/positions.xlsx: error: cannot write: No space left on device" in result.output
    assert not [path for path in (example.root / "output").rglob("*") if path.is_file()]


def test_an_earlier_document_survives_a_failed_write(example, monkeypatch):
    example.run("build", "--lang", "zh")
    before = (example.root / "output/zh/BCM-001.docx").read_bytes()
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")
    _disk_full(monkeypatch)
    example.run("build", "--lang", "zh", status=1)
    assert (example.root / "output/zh/BCM-001.docx").read_bytes() == before


def test_a_file_written_in_pieces_that_fails_midway_leaves_the_old_one_and_no_staging_file(tmp_path):
    record = tmp_path / "record.json"
    record.write_bytes(b"old")

    def pieces():
        yield b'{"rows": ['
        _full()

    with pytest.raises(OSError):
        write_atomically(record, pieces())
    assert [path.name for path in tmp_path.iterdir()] == ["record.json"]
    assert record.read_bytes() == b"old"
    write_atomically(record, json_pieces({"rows": ["一", 2]}))
    assert json.loads(record.read_text(encoding="utf-8")) == {"rows": ["一", 2]}

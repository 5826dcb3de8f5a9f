"""``jdgen translate export -o FILE`` writes over no file of the project, not
the catalog it reads, and no file it did not write; an earlier export only
with --overwrite. A write the disk refuses is a located error."""

from __future__ import annotations

import errno
import os

import pytest

from tests.conftest import code_of
from tests.file_faults import fail_writes, files_under


def _error(result) -> str:
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    return line


def _refused(example, target: str, *options: str) -> str:
    """Export to ``target``; assert it is refused, leaving it as it was; return the error line."""
    path = example.root / target
    before = path.read_bytes() if path.is_file() else None
    result = example.run("translate", "export", *options, "-o", target, status=1)
    assert (path.read_bytes() if path.is_file() else None) == before
    assert result.output.splitlines()[-1] == "exported nothing"
    line = _error(result)
    assert line.startswith(f"{target}: error: ") and code_of(line) == "export-exists"
    return line


def test_the_catalog_being_exported_is_never_replaced(example):
    line = _refused(example, "translations/en.po", "--only-missing")
    assert "is the catalog being exported" in line and "name another file" in line
    assert "exported nothing" in example.run("translate", "export", "--overwrite", "-o", "translations/en.po", status=1).output


def test_a_spec_is_never_replaced(example):
    line = _refused(example, "specs/bcm-001.yaml", "--format", "po")
    assert "is in specs/, the folder of the project's specs" in line


@pytest.mark.parametrize("target", ["translations/fr.po", "specs/todo.po", "templates/en.po"])
def test_no_new_file_where_jdgen_would_read_it_as_an_input(example, target):
    _refused(example, target)
    assert not (example.root / target).exists()


def test_the_settings_are_never_replaced(example):
    (example.root / "jdgen.toml").write_text('output = "output"\n', encoding="utf-8")
    assert "the project's settings" in _refused(example, "jdgen.toml", "--format", "po")


@pytest.mark.parametrize("target", ["shared/branch.yaml", "notes.xlsx", "notes.po"])
def test_a_file_jdgen_did_not_write_is_never_replaced(example, target):
    path = example.root / target
    if not path.exists():
        path.write_bytes(b"the translator's own notes\n")
    for options in ((), ("--overwrite",)):
        line = _refused(example, target, "--format", "po", *options)
        assert "exists and is not an export of jdgen's" in line and "name another file" in line


def test_a_link_to_the_catalog_is_the_catalog(example):
    os.link(example.root / "translations/en.po", example.root / "linked.po")
    (example.root / "pointing.po").symlink_to("translations/en.po")
    for target in ("linked.po", "pointing.po"):
        assert "is the catalog being exported" in _refused(example, target, "--only-missing", "--overwrite")


@pytest.mark.parametrize("name", ["for-translator.po", "for-translator.xlsx"])
def test_an_earlier_export_is_replaced_only_with_overwrite(example, name):
    assert example.run("translate", "export", "-o", name).exit_code == 0
    line = _refused(example, name, "--only-missing")
    assert "exists: an earlier export of translations/en.po; to replace it" in line and "--overwrite" in line
    example.run("translate", "export", "--only-missing", "--overwrite", "-o", name, status=0)
    fresh = example.root / f"fresh-{name}"
    assert example.run("translate", "export", "--only-missing", "-o", fresh.name).exit_code == 0
    if name.endswith(".po"):
        assert (example.root / name).read_bytes() == fresh.read_bytes()
    else:
        from openpyxl import load_workbook
        rows = [list(load_workbook(path).active.values) for path in (example.root / name, fresh)]
        assert rows[0] == rows[1]


@pytest.mark.parametrize(("error_number", "advice"), [
    (errno.ENOSPC, "the disk is full"), (errno.EACCES, "the folder is read-only"),
])
def test_a_write_the_disk_refuses_is_a_located_error(example, monkeypatch, error_number, advice):
    fail_writes(monkeypatch, error_number)
    result = example.run("translate", "export", "-o", "out/en.xlsx", status=1)
    assert "Traceback" not in result.output
    line = _error(result)
    assert line.startswith("out/en.xlsx: error: cannot write: ") and advice in line
    assert code_of(line) == "file-unwritable"
    assert files_under(example.root / "out") == []


def test_a_file_where_a_folder_should_be_is_a_located_error(example):
    (example.root / "out").write_text("in the way", encoding="utf-8")
    result = example.run("translate", "export", "-o", "out/en.po", status=1)
    line = _error(result)
    assert line.startswith("out/en.po: error: cannot write: ")
    assert "file where a folder should be" in line and code_of(line) == "file-unwritable"
    assert (example.root / "out").read_text(encoding="utf-8") == "in the way"


def test_a_name_too_long_is_a_located_error(example):
    name = "x" * 300 + ".po"
    result = example.run("translate", "export", "-o", name, status=1)
    line = _error(result)
    assert "the path is too long" in line and code_of(line) == "file-unwritable"

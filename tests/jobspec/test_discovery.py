"""Which files of a folder are specs: YAML files in any case; not hidden files
(macOS's ._x.yaml) or hidden folders; a folder that cannot be read is an error."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from tests.conftest import EXAMPLE_SPEC, REPO

EXAMPLE = (REPO / EXAMPLE_SPEC).read_text(encoding="utf-8")
APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\x09\x00\x00\x00\x32"


def other(spec_id: str) -> str:
    return EXAMPLE.replace("id: BCM-001", f"id: {spec_id}")


def test_upper_case_suffixes_are_specs(example):
    (example.root / "specs/OTHER.YAML").write_text(other("OTHER-1"), encoding="utf-8")
    (example.root / "specs/more").mkdir()
    (example.root / "specs/more/third.Yml").write_text(other("OTHER-2"), encoding="utf-8")
    example.run("build", "--lang", "zh")
    assert sorted(path.name for path in (example.root / "output/zh").iterdir()) == [
        "BCM-001.docx", "OTHER-1.docx", "OTHER-2.docx"]


def test_hidden_files_and_folders_are_not_specs(example):
    (example.root / "specs/._bcm-001.yaml").write_bytes(APPLE_DOUBLE)
    (example.root / "specs/.drafts").mkdir()
    (example.root / "specs/.drafts/draft.yaml").write_text("id: [unfinished\n", encoding="utf-8")
    (example.root / "specs/.git").mkdir()
    (example.root / "specs/.git/config.yml").write_text("core: {bare: false}\n", encoding="utf-8")
    result = example.run("check", "--lang", "zh")
    assert result.output.splitlines()[-1] == "checked 1 spec: 0 errors"


def test_a_hidden_file_named_on_the_command_line_is_read(example):
    (example.root / "specs/._bcm-001.yaml").write_bytes(APPLE_DOUBLE)
    result = example.run("check", "specs/._bcm-001.yaml", status=1)
    assert "specs/._bcm-001.yaml:1:1: error: control character U+0000 in the file; remove it" in result.output


def locked(example):
    """specs/locked/, holding a spec, which the build cannot list."""
    folder = example.root / "specs/locked"
    folder.mkdir()
    (folder / "other.yaml").write_text(other("OTHER-1"), encoding="utf-8")
    return folder


def test_an_unreadable_folder_is_reported(example, monkeypatch):
    folder = locked(example)
    scandir = os.scandir

    def refusing(path="."):
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    result = example.run("build", "--lang", "zh", status=1)
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == ["specs/locked: error: cannot read this folder (Permission denied); the specs in it are not checked [file-unreadable]"]
    assert (example.root / "output/zh/BCM-001.docx").is_file()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="needs a user that permissions stop")
def test_a_folder_without_permissions_is_reported(example):
    folder = locked(example)
    folder.chmod(0o000)
    try:
        result = example.run("check", "--lang", "zh")
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
    assert result.exit_code == 1
    assert "specs/locked: error: cannot read this folder (Permission denied); the specs in it are not checked" \
        in result.output.splitlines()

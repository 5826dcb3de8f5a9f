"""jdgen init: a new project that builds at once, written over no file."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from pathlib import Path

import pytest

from jdgen.init import SCHEMA_FILE, starter_files
from jdgen.jobspec.schema import spec_schema
from jdgen.render.word_rules import check_docx
from jdgen.settings import SETTINGS_FILE, load_settings
from tests.conftest import ExampleProject, code_of, invoke
from tests.docx_reading import open_document, paragraph_texts
from tests.file_faults import fail_renames, fail_writes, files_under


def run(folder: Path, *args: str, status: int = 0):
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.chdir(folder):
        return invoke(*args, status=status)


def test_init_makes_a_project_that_builds_at_once(tmp_path):
    result = run(tmp_path, "init", "positions")
    project = ExampleProject(tmp_path / "positions")
    written = sorted(path.relative_to(project.root).as_posix() for path in project.root.rglob("*") if path.is_file())
    assert written == sorted(starter_files())
    assert {".gitignore", ".pre-commit-config.yaml", SETTINGS_FILE, SCHEMA_FILE} <= set(written)
    assert [name for name in written if name.startswith("specs/")] and (project.root / "translations").is_dir()
    assert "cd positions && jdgen build" in result.output

    project.run("build")
    settings = load_settings(project.root)
    [spec] = (project.root / "specs").glob("*.yaml")
    spec_id = re.search(r"^id: (\S+)", spec.read_text(encoding="utf-8"), re.M)[1]
    documents = sorted((project.root / settings.output).rglob("*.docx"))
    assert len(documents) == len(settings.languages)
    for document in documents:
        assert document.stem == spec_id
        assert check_docx(document.read_bytes()) == []
    project.run("check")
    project.run("translate", "status", "--check")


def test_the_example_names_the_schema_init_writes(tmp_path):
    run(tmp_path, "init")
    [spec] = (tmp_path / "specs").glob("*.yaml")
    first = spec.read_text(encoding="utf-8").splitlines()[0]
    found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert found, first
    schema = (spec.parent / found[1]).resolve()
    assert schema == (tmp_path / SCHEMA_FILE).resolve()
    assert json.loads(schema.read_text(encoding="utf-8")) == spec_schema()


def test_gitignore_leaves_out_the_output_folder(tmp_path):
    run(tmp_path, "init")
    ignored = (tmp_path / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert f"/{load_settings(tmp_path).output}/" in ignored


def test_init_writes_over_no_file(tmp_path):
    (tmp_path / "specs").mkdir()
    (tmp_path / SETTINGS_FILE).write_text("mine = 1\n", encoding="utf-8")
    [spec_name] = [name for name in starter_files() if name.startswith("specs/")]
    (tmp_path / spec_name).write_text("mine", encoding="utf-8")
    result = run(tmp_path, "init", status=1)
    refused = sorted(line.split(":")[0] for line in result.output.splitlines() if ": error: already exists" in line)
    assert refused == sorted([SETTINGS_FILE, spec_name])
    assert result.output.splitlines()[-1] == "created nothing"
    assert (tmp_path / SETTINGS_FILE).read_text(encoding="utf-8") == "mine = 1\n"
    assert sorted(path.name for path in tmp_path.rglob("*") if path.is_file()) == sorted(
        [SETTINGS_FILE, Path(spec_name).name])


def test_init_twice_refuses_and_names_every_file(tmp_path):
    run(tmp_path, "init")
    result = run(tmp_path, "init", status=1)
    assert len([line for line in result.output.splitlines() if "already exists" in line]) == len(starter_files())


def test_init_into_a_file_is_refused(tmp_path):
    (tmp_path / "taken").write_text("", encoding="utf-8")
    result = run(tmp_path, "init", "taken", status=1)
    assert "taken: error: is a file" in result.output


def test_init_with_a_file_where_a_folder_goes_writes_nothing(tmp_path):
    (tmp_path / "new").mkdir()
    (tmp_path / "new/specs").write_text("mine", encoding="utf-8")
    result = run(tmp_path, "init", "new", status=1)
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith("new/specs: error: is a file where jdgen init puts a folder") and code_of(line) == "project"
    assert files_under(tmp_path / "new") == ["specs"]
    assert (tmp_path / "new/specs").read_text(encoding="utf-8") == "mine"


def test_init_under_a_file_is_refused(tmp_path):
    (tmp_path / "taken").write_text("", encoding="utf-8")
    result = run(tmp_path, "init", "taken/project", status=1)
    assert "taken: error: is a file" in result.output
    assert files_under(tmp_path) == ["taken"]


@pytest.mark.parametrize(("error_number", "advice"), [
    (errno.EACCES, "the folder is read-only or you may not write there"),
    (errno.ENOSPC, "the disk is full: free some space and run again"),
])
def test_init_that_the_disk_refuses_midway_leaves_nothing(tmp_path, monkeypatch, error_number, advice):
    (tmp_path / "new").mkdir()
    fail_writes(monkeypatch, error_number, after=3)
    result = run(tmp_path, "init", "new", status=1)
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith("new/") and f"cannot write: {os.strerror(error_number)}; {advice}" in line
    assert code_of(line) == "file-unwritable"
    assert result.output.splitlines()[-1] == "created nothing"
    assert files_under(tmp_path / "new") == []


def test_init_that_fails_putting_the_last_file_in_place_removes_the_others(tmp_path, monkeypatch):
    fail_renames(monkeypatch, errno.EIO, after=len(starter_files()) - 1)
    result = run(tmp_path, "init", "new", status=1)
    assert "[file-unwritable]" in result.output
    assert files_under(tmp_path) == []  # the project folder too: this run made it


def test_init_interrupted_midway_leaves_nothing(tmp_path, monkeypatch):
    calls = []
    write_bytes = Path.write_bytes

    def interrupted(path, data):
        calls.append(path)
        if len(calls) > 2:
            raise KeyboardInterrupt
        return write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    run(tmp_path, "init", "new", status=130)
    assert files_under(tmp_path) == []


def test_init_with_a_name_too_long_is_a_located_error(tmp_path):
    name = "x" * 300
    result = run(tmp_path, "init", f"new/{name}", status=1)
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith(f"new/{name}: error: cannot write: ") and "the path is too long" in line
    assert code_of(line) == "file-unwritable"
    assert files_under(tmp_path) == []


def test_init_on_the_corporate_form_makes_a_project_that_builds_on_it(tmp_path):
    run(tmp_path, "init", "--template", "corporate", "positions")
    project = ExampleProject(tmp_path / "positions")
    assert load_settings(project.root).template == "corporate"
    written = sorted(path.relative_to(project.root).as_posix() for path in project.root.rglob("*") if path.is_file())
    assert written == sorted(starter_files("corporate")) != sorted(starter_files())
    assert not (project.root / "templates").exists()  # the built-in form, by its name
    assert "translations/en.po: unchanged" in project.run("translate", "update").output
    assert "warning" not in project.run("check").output
    status = project.run("translate", "status", "--check").output
    assert "0 warnings, 0 errors" in status
    [note] = [line for line in status.splitlines() if ": info: " in line]  # the form shows no category names
    assert "the template shows no indicators.quantitative.name [catalog-not-shown]" in note
    project.run("build")
    [spec] = (project.root / "specs").glob("*.yaml")
    document = open_document(project.root / "output" / "zh" / f"{spec.stem.upper()}.docx")
    assert "四、关键绩效指标" in paragraph_texts(document)


def test_init_on_a_form_jdgen_does_not_have_is_a_usage_error(tmp_path):
    result = run(tmp_path, "init", "--template", "bank", status=2)
    assert "'bank' is not one of 'corporate', 'default'" in result.output
    assert files_under(tmp_path) == []

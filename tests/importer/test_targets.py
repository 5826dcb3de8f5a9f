"""Where an import writes: under no id another spec has (of the project, of
the output folder, of an earlier document of the run), over no spec written
by hand, even with --force; a write the disk refuses is a located error,
and the other documents are still imported."""

from __future__ import annotations

import contextlib
import errno

import pytest
from click.testing import CliRunner

from jdgen.cli import main
from tests.conftest import code_of
from tests.file_faults import fail_writes, files_under
from tests.importer.forms import english_form, one_big_table


def run(root, *args):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, ["import", *args], catch_exceptions=False)


def errors(result) -> list[str]:
    return [line for line in result.output.splitlines() if ": error: " in line]


@pytest.fixture
def documents(tmp_path):
    """Two forms, TL-03 (teller.docx) and KH-01 (manager.docx), and a project with specs/."""
    english_form(tmp_path / "teller.docx")
    one_big_table(tmp_path / "manager.docx")
    (tmp_path / "specs").mkdir()
    return tmp_path


@pytest.mark.parametrize("output", ["specs", "staging"])
@pytest.mark.parametrize("force", [(), ("--force",)])
def test_an_id_another_spec_of_the_project_has_is_refused(documents, output, force):
    other = documents / "specs" / "counter.yaml"
    other.write_text("id: tl-03\ntitle: 柜员\n", encoding="utf-8")
    result = run(documents, "teller.docx", "manager.docx", "-o", output, *force)
    assert result.exit_code == 1
    [line] = errors(result)
    assert line.startswith("teller.docx: error: its id TL-03 is also that of specs/counter.yaml; not written")
    assert code_of(line) == "spec-id"
    assert files_under(documents / output) == sorted(["kh-01.yaml"] + (["counter.yaml"] if output == "specs" else []))
    assert other.read_text(encoding="utf-8") == "id: tl-03\ntitle: 柜员\n"


def test_an_id_a_spec_of_the_output_folder_has_is_refused(documents):
    (documents / "staging").mkdir()
    (documents / "staging" / "teller-old.yaml").write_text("id: TL-03\n", encoding="utf-8")
    result = run(documents, "teller.docx", "-o", "staging")
    assert result.exit_code == 1
    [line] = errors(result)
    assert "its id TL-03 is also that of staging/teller-old.yaml; not written" in line
    assert files_under(documents / "staging") == ["teller-old.yaml"]


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_a_spec_written_by_hand_is_never_replaced(documents, force):
    mine = documents / "specs" / "tl-03.yaml"
    mine.write_text("# mine\nid: TL-03\ntitle: Teller\n", encoding="utf-8")
    result = run(documents, "teller.docx", "manager.docx", *force)
    assert result.exit_code == 1
    [line] = errors(result)
    assert line.startswith("teller.docx: error: specs/tl-03.yaml exists") and code_of(line) == "import-exists"
    if force:
        assert "was not written by jdgen import; --force replaces only an imported spec" in line
    assert mine.read_text(encoding="utf-8") == "# mine\nid: TL-03\ntitle: Teller\n"
    assert files_under(documents / "specs") == ["kh-01.yaml", "tl-03.yaml"]


@pytest.mark.parametrize(("error_number", "advice"), [
    (errno.ENOSPC, "the disk is full"), (errno.EACCES, "the folder is read-only"),
])
def test_a_write_the_disk_refuses_is_a_located_error_and_the_others_are_written(
        documents, monkeypatch, error_number, advice):
    fail_writes(monkeypatch, error_number, after=1)
    result = run(documents, "manager.docx", "teller.docx")
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = errors(result)
    assert line.startswith("specs/tl-03.yaml: error: cannot write: ") and advice in line
    assert code_of(line) == "file-unwritable"
    assert files_under(documents / "specs") == ["kh-01.yaml"]
    assert "wrote 1 spec" in result.output


def test_a_file_where_the_output_folder_goes_is_a_located_error(documents):
    (documents / "drafts").write_text("in the way", encoding="utf-8")
    result = run(documents, "teller.docx", "manager.docx", "-o", "drafts/specs")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert sorted(line.split(":")[0] for line in errors(result)) == ["drafts/specs/kh-01.yaml",
                                                                     "drafts/specs/tl-03.yaml"]
    assert all("file where a folder should be" in line for line in errors(result))
    assert (documents / "drafts").read_text(encoding="utf-8") == "in the way"


def test_a_folder_name_too_long_is_a_located_error(documents):
    result = run(documents, "teller.docx", "-o", "x" * 300)
    [line] = errors(result)
    assert result.exit_code == 1 and "the path is too long" in line and code_of(line) == "file-unwritable"


def test_a_catalog_that_cannot_be_written_is_a_located_error(documents):
    english_form(documents / "teller-en.docx")
    (documents / "translations").write_text("in the way", encoding="utf-8")
    result = run(documents, "teller.docx", "--translation", "en=teller-en.docx")
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = errors(result)
    assert line.startswith("translations/en.po: error: cannot write: ") and code_of(line) == "file-unwritable"
    assert files_under(documents / "specs") == ["tl-03.yaml"]

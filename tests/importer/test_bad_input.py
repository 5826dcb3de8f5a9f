"""Documents the import cannot take: each a clear error naming the file, no
traceback, nothing written for it; the other documents are imported."""

from __future__ import annotations

import contextlib

import docx
import pytest

from jdgen.importer.reading import OLE_MAGIC
from tests.conftest import invoke
from tests.importer.forms import english_form, split_over_pages


def run(root, *args, status: int = 0):
    with contextlib.chdir(root):
        return invoke("import", *args, status=status)


def ole_file(stream: str) -> bytes:
    """An OLE compound file's header and a directory entry naming ``stream``
    (WordDocument in a .doc, EncryptedPackage in a password-protected .docx)."""
    return OLE_MAGIC + bytes(504) + stream.encode("utf-16-le") + bytes(64)


def two_positions(path):
    english_form(path.with_name("first.docx"))
    document = docx.Document(str(path.with_name("first.docx")))
    for paragraph_text, title in (("Job Description", "Branch Supervisor"),):
        document.add_paragraph(paragraph_text)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Position Title"
        table.cell(0, 1).text = title
    document.save(str(path))
    path.with_name("first.docx").unlink()


def two_tables(path):
    """Two forms one after the other, without a form title: two positions,
    told by their titles and departments."""
    document = docx.Document()
    for title, department in (("柜员", "营业部"), ("大堂经理", "零售部")):
        table = document.add_table(rows=3, cols=2)
        for row, (label, value) in enumerate([("职位名称", title), ("所属部门", department),
                                              ("岗位职责", "负责编写岗位说明书")]):
            table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.save(str(path))


def no_form(path):
    document = docx.Document()
    document.add_paragraph("会议纪要")
    document.add_paragraph("本周例会讨论了网点装修事宜。")
    document.save(str(path))


BAD = {
    "text.docx": (lambda path: path.write_text("not a document", encoding="utf-8"), "not a Word document (.docx)"),
    "truncated.docx": (lambda path: (english_form(path), path.write_bytes(path.read_bytes()[:300])),
                       "not a Word document (.docx)"),
    "old.doc": (lambda path: path.write_bytes(ole_file("WordDocument")), "Word 97-2003 (.doc)"),
    "locked.docx": (lambda path: path.write_bytes(ole_file("EncryptedPackage")), "protected by a password"),
    "minutes.docx": (no_form, "no job-description form recognised"),
    "two.docx": (two_positions, "more than one position"),
    "two_tables.docx": (two_tables, "more than one position (柜员, 大堂经理)"),
}


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.slow) if name == "old.doc" else name
                                  for name in sorted(BAD)])  # LibreOffice tries the .doc
def test_a_bad_document_is_an_error_naming_it_and_the_others_are_imported(tmp_path, name):
    make, message = BAD[name]
    make(tmp_path / name)
    split_over_pages(tmp_path / "good.docx")
    result = run(tmp_path, name, "good.docx", "-o", "specs", status=1)
    assert f"{name}: error: " in result.output and message in result.output, result.output
    assert "Traceback" not in result.output
    assert sorted(path.name for path in (tmp_path / "specs").iterdir()) == ["good.yaml"]
    assert "read 1 document, wrote 1 spec" in result.output
    (tmp_path / name).unlink()  # not a document: kept out of the suite's LibreOffice sweep


def test_an_imported_spec_is_kept_unless_forced(tmp_path):
    facts = split_over_pages(tmp_path / "lobby.docx")
    assert run(tmp_path, "lobby.docx").exit_code == 0
    existing = tmp_path / "specs" / "lobby.yaml"
    existing.write_text(existing.read_text(encoding="utf-8").replace(facts["title"], "大堂"), encoding="utf-8")
    edited = existing.read_bytes()
    result = run(tmp_path, "lobby.docx", status=1)
    assert ("lobby.docx: error: specs/lobby.yaml exists; not overwritten (use --force to replace a spec an "
            "earlier import wrote)") in result.output
    assert existing.read_bytes() == edited
    result = run(tmp_path, "lobby.docx", "--force")
    assert facts["title"] in existing.read_text(encoding="utf-8")
    assert [path.name for path in (tmp_path / "specs").iterdir()] == ["lobby.yaml"]  # no temporary file left


def test_two_documents_of_one_position_are_not_both_written(tmp_path):
    english_form(tmp_path / "a.docx")
    english_form(tmp_path / "b.docx")
    result = run(tmp_path, "a.docx", "b.docx", "-o", "specs", status=1)
    assert "b.docx: error: its id TL-03 is also that of a.docx; not written" in result.output
    assert [path.name for path in (tmp_path / "specs").iterdir()] == ["tl-03.yaml"]


def test_a_translation_needs_one_document(tmp_path):
    english_form(tmp_path / "a.docx")
    result = run(tmp_path, "a.docx", "a.docx", "--translation", "en=a.docx", status=2)
    assert "name one document" in result.output
    result = run(tmp_path, "a.docx", "--translation", "a.docx", status=2)
    assert "LANG=FILE.docx" in result.output


def test_a_position_number_unfit_for_a_file_name_is_kept_as_a_comment(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("职位名称", "柜员"), ("职位编号", "../柜员 01")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.save(str(tmp_path / "teller.docx"))
    result = run(tmp_path, "teller.docx")
    assert "teller.docx: warning: no usable position number (职位编号) found; the spec's id TELLER" in result.output
    assert 'not usable as an id (ASCII letters, digits, - and _), kept as a comment: "../柜员 01"' in result.output
    assert [path.name for path in (tmp_path / "specs").iterdir()] == ["teller.yaml"]
    assert '"../柜员 01"' in (tmp_path / "specs" / "teller.yaml").read_text(encoding="utf-8")

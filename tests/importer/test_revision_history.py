"""A form's revision history (修订记录, Revision History): one note quoting
each revision, never a warning per cell, and never the form's own rows."""

from __future__ import annotations

import docx
import pytest

from tests.importer.forms import _write
from tests.importer.test_recognize import _import


def _form_with_history(heading: str | None, header: list[str], revisions: list[list[str]]) -> docx.document.Document:
    """A small key/value form, then ``heading`` (if any) over a revision table."""
    document = docx.Document()
    form = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("职位名称", "出纳"), ("所属部门", "财务部"), ("直接上级", "财务经理")]):
        _write(form.cell(row, 0), label)
        _write(form.cell(row, 1), value)
    if heading:
        document.add_paragraph(heading)
    history = document.add_table(rows=1 + len(revisions), cols=len(header))
    for row, texts in enumerate([header, *revisions]):
        for column, text in enumerate(texts):
            _write(history.cell(row, column), text)
    return document


@pytest.mark.parametrize(("heading", "header", "revisions"), [
    ("修订记录", ["版本", "修订日期", "修订内容", "修订人"],
     [["A0", "2023-01-05", "首次发布", "王敏"], ["A1", "2024-03-18", "调整学历要求", "李强"]]),
    ("Revision History", ["Rev.", "Date", "Description of changes", "Approved by"],
     [["1.0", "2022-06-01", "First issue", "J. Hart"], ["1.1", "2023-09-12", "Duties updated", "J. Hart"]]),
    (None, ["序号", "版本号", "变更内容", "生效日期"], [["1", "V2.0", "岗位合并", "2024-01-01"]]),
])
def test_a_revision_history_is_one_note_quoting_each_revision(tmp_path, heading, header, revisions):
    output, spec = _import(tmp_path, _form_with_history(heading, header, revisions))
    assert spec["title"] == "出纳" and spec["basic"]["department"] == "财务部", output
    notes = [line for line in output.splitlines() if "revision history" in line]
    assert len(notes) == 1, output
    quoted = "; ".join("　".join(revision) for revision in revisions)
    assert f'a revision history of {len(revisions)} revision' in notes[0] and f'"{quoted}"' in notes[0]
    assert (f'in the table under "{heading}"' in notes[0]) if heading else "in table 2" in notes[0]
    assert "1 text not placed" in output.splitlines()[-1], output


def test_a_table_of_dates_and_changes_with_no_version_column_is_read_as_before(tmp_path):
    """Without a version column the table is no revision history: its texts
    are reported one by one, as any table the import does not know."""
    output, _ = _import(tmp_path, _form_with_history("备注", ["日期", "修订内容", "修订人"], [["2024-01-01", "首次发布", "王敏"]]))
    assert "revision history" not in output
    assert 'not placed: "首次发布"' in output

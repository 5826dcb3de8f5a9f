"""The handbook's internal links, on sets of the shapes that try them (long
Chinese titles with punctuation, one title in several departments, ids with
dashes and underscores): in the XML, every contents line, page number and
chart box reaches a bookmark of a valid, unique name; in the PDF, every
contents page number is the page its position starts on."""

from __future__ import annotations

import re
import zipfile

import pytest

from tests.handbook.anchors import anchor_problems, field_targets
from tests.handbook.shapes import write_shaped_set
from tests.handbook.test_handbook import body_of
from tests.pages import page_texts, squeeze
from tests.site.test_site import run


def test_every_link_and_page_number_of_a_handbook_reaches_its_bookmark(tmp_path):
    ids = write_shaped_set(tmp_path, 40)
    run(tmp_path, "handbook", "--lang", "zh,en,zh+en", "--order", "department")
    for name in ("handbook-zh.docx", "handbook-en.docx", "handbook-bilingual.docx"):
        document = tmp_path / "output" / name
        with zipfile.ZipFile(document) as package:
            assert anchor_problems(package.read("word/document.xml")) == [], name
        body = body_of(document)
        marks = [mark.get(f"{{{body.nsmap['w']}}}name") for mark in body.iter(f"{{{body.nsmap['w']}}}bookmarkStart")]
        assert len(marks) == len(ids)  # one a position: the template's own are left out
        assert sorted(field_targets(body)) == sorted(marks)  # a page number for each


@pytest.mark.slow  # LibreOffice lays out 300 positions
def test_the_pdf_of_300_positions_gives_each_its_page_in_the_contents(tmp_path):
    ids = write_shaped_set(tmp_path, 300)
    run(tmp_path, "handbook", "--lang", "zh", "--pdf")
    pages = page_texts(tmp_path / "output" / "handbook-zh.pdf")
    assert not any("referencesourcenotfound" in page or "错误" in page for page in pages)
    starts = {}
    for spec_id in ids:
        mark = squeeze(f"职位编号{spec_id}所属部门")
        starts[spec_id] = next(number for number, page in enumerate(pages, start=1) if mark in page)
    contents = "".join(page for page in pages if "......" in page)
    given = {spec_id: int(found.group(1)) for spec_id in ids
             for found in [re.search(rf"{re.escape(spec_id.lower())}\.{{3,}}(\d+)", contents)] if found}
    assert given == starts
    # converted above; the session's sweep of every generated document gives each the time of one form
    (tmp_path / "output" / "handbook-zh.docx").unlink()

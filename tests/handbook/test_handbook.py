"""jdgen handbook: one Word document of the whole set, read back: valid for
Word, a cover and contents, every position's document in its own section
from a new page, in path or department order; its PDF's pages; written only
over files jdgen wrote."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from jdgen.render.word_rules import check_docx
from tests.conftest import diagnostic_lines
from tests.pages import page_texts, squeeze
from tests.site.linked import POSITIONS, write_linked_set
from tests.site.test_site import run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PATH_ORDER = ["CLK-1", "HEAD-1", "LONE-1", "MGR-1", "MGR-2"]


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
        return {name: package.read(name) for name in package.namelist()}


def body_of(path: Path) -> etree._Element:
    return etree.fromstring(parts(path)["word/document.xml"]).find(f"{W}body")


def text_of(element: etree._Element) -> str:
    """The text an element shows (its runs' texts, not its fields' instructions)."""
    return "".join(text.text or "" for text in element.iter(f"{W}t"))


def form_at(body: etree._Element, bookmark: str) -> str:
    """The text of the form that starts at ``bookmark``: from there to the end of its section."""
    mark = next(mark for mark in body.iter(f"{W}bookmarkStart") if mark.get(f"{W}name") == bookmark)
    element = mark
    while element.getparent() is not body:
        element = element.getparent()
    texts = []
    for part in [element, *element.itersiblings()]:
        texts.append(text_of(part))
        if part.find(f".//{W}sectPr") is not None:
            break
    return "".join(texts)


def sections(body: etree._Element) -> list[etree._Element]:
    return [*body.iter(f"{W}sectPr")]


def test_the_handbook_holds_a_cover_contents_and_every_position_in_path_order(tmp_path):
    write_linked_set(tmp_path)
    result = run(tmp_path, "handbook", "--lang", "zh,en")
    assert "wrote output/handbook-zh.docx" in result.output and "wrote output/handbook-en.docx" in result.output
    for name in ("handbook-zh.docx", "handbook-en.docx"):
        document = tmp_path / "output" / name
        assert [str(violation) for violation in check_docx(document.read_bytes())] == []
        body = body_of(document)
        paragraphs = [text_of(p) for p in body.iter(f"{W}p")]
        assert paragraphs[0] == ("职位说明书汇编" if "zh" in name else "Job Description Handbook")
        language = "zh" if "zh" in name else "en"
        contents = contents_of(body, language)
        # by department (in the order of their names), each department's positions in path order
        departments = sorted({facts["department"][language] for facts in POSITIONS.values()})
        assert [line for line in contents if not re.fullmatch(r".+  [A-Z]+-\d", line)] == departments
        listed = [line.rsplit(" ", 1)[1] for line in contents if re.fullmatch(r".+  [A-Z]+-\d", line)]
        assert sorted(listed) == PATH_ORDER
        assert listed == sorted(PATH_ORDER, key=lambda spec_id: (POSITIONS[spec_id]["department"][language],
                                                                 PATH_ORDER.index(spec_id)))
        assert f"{POSITIONS['CLK-1']['title'][language]}  CLK-1" in contents
        # a section for the cover and contents, then one per position, each its own footer naming it
        assert len(sections(body)) == 1 + len(POSITIONS)
        footers = [reference.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
                   for section in sections(body)[1:] for reference in section.iter(f"{W}footerReference")]
        assert len(set(footers)) == len(POSITIONS)
        package = parts(document)
        footer_texts = [text_of(etree.fromstring(package[f"word/footer{n}.xml"])) for n in range(1, 6)]
        assert [POSITIONS[spec_id]["title"][language] in footer for spec_id, footer
                in zip(PATH_ORDER, footer_texts, strict=True)] == [True] * 5
        # every contents line links to a bookmark at the start of its position
        anchors = [link.get(f"{W}anchor") for link in body.iter(f"{W}hyperlink")][:5]
        bookmarks = {mark.get(f"{W}name") for mark in body.iter(f"{W}bookmarkStart")}
        assert len(set(anchors)) == 5 and set(anchors) == bookmarks


def contents_of(body: etree._Element, language: str) -> list[str]:
    """The contents' lines: the paragraphs between the contents' heading and the chart's."""
    paragraphs = [text_of(p) for p in body.iter(f"{W}p")]
    heading, chart = ("目录", "组织结构图") if language == "zh" else ("Contents", "Organisation Chart")
    return paragraphs[paragraphs.index(heading) + 1:paragraphs.index(chart)]


def test_by_department_the_positions_come_under_their_department(tmp_path):
    write_linked_set(tmp_path)
    run(tmp_path, "handbook", "--lang", "en", "--order", "department")
    body = body_of(tmp_path / "output" / "handbook-en.docx")
    assert contents_of(body, "en") == ["Administration", "Driver  LONE-1", "Corporate", "Account Manager  MGR-1",
                                       "Head Office", "Branch Head  HEAD-1", "Operations", "Teller  CLK-1",
                                       "Operations Manager  MGR-2"]
    forms = [form_at(body, mark.get(f"{W}name")) for mark in body.iter(f"{W}bookmarkStart")]
    assert [[spec_id for spec_id in PATH_ORDER if spec_id in form] for form in forms] == \
        [["LONE-1"], ["MGR-1"], ["HEAD-1"], ["CLK-1"], ["MGR-2"]]


@pytest.mark.slow  # LibreOffice makes its PDF
def test_the_pdf_starts_each_position_on_a_new_page_and_the_contents_give_its_page(tmp_path):
    write_linked_set(tmp_path)
    result = run(tmp_path, "handbook", "--lang", "zh+en", "--pdf")
    assert "wrote output/handbook-bilingual.pdf" in result.output
    document = tmp_path / "output" / "handbook-bilingual.docx"
    assert [str(violation) for violation in check_docx(document.read_bytes())] == []
    pages = page_texts(document.with_suffix(".pdf"))
    assert squeeze("职位说明书汇编") in pages[0] and squeeze("Job Description Handbook") in pages[0]
    charts = [number for number, page in enumerate(pages, start=1)
              if page.startswith((squeeze("组织结构图"), squeeze("各部门结构图")))]
    assert charts == [3, 4]  # the chart after the contents, then the departments' from a page of their own
    starts = {spec_id: next(number for number, page in enumerate(pages, start=1) if number > 4 and spec_id.lower() in page)
              for spec_id in PATH_ORDER}
    assert starts["CLK-1"] == 5 and sorted(starts.values()) == list(starts.values())
    for before, spec_id in zip(PATH_ORDER, PATH_ORDER[1:], strict=False):  # no page holds two positions
        assert before.lower() not in pages[starts[spec_id] - 1]
    contents = pages[1]
    for spec_id, page in starts.items():
        assert re.search(rf"{spec_id.lower()}\.*{page}", contents), (spec_id, page, contents)


def test_the_handbook_is_written_only_over_a_file_jdgen_wrote(tmp_path):
    write_linked_set(tmp_path)
    mine = tmp_path / "output" / "handbook-zh.docx"
    mine.parent.mkdir()
    mine.write_bytes(b"my own handbook")
    result = run(tmp_path, "handbook", "--lang", "zh", expect=1)
    [line] = diagnostic_lines(result.output)
    assert line.startswith("output/handbook-zh.docx: error: jdgen did not write this file")
    assert mine.read_bytes() == b"my own handbook"
    mine.unlink()
    run(tmp_path, "handbook", "--lang", "zh")
    (tmp_path / "specs" / "lone-1.yaml").unlink()
    run(tmp_path, "handbook", "--lang", "zh")  # over its own file
    assert "LONE-1" not in text_of(body_of(mine))


def test_a_position_that_cannot_be_made_is_left_out_with_its_problems(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "specs" / "lone-1.yaml").write_text("id: LONE-1\ntitle: 司机\n", encoding="utf-8")
    result = run(tmp_path, "handbook", "--lang", "zh", expect=1)
    assert "specs/lone-1.yaml" in result.output and "handbook-zh.docx (4 positions)" in result.output
    assert "LONE-1" not in text_of(body_of(tmp_path / "output" / "handbook-zh.docx"))


@pytest.mark.slow  # LibreOffice makes its PDF
def test_the_readme_example_is_what_the_shipped_example_gives(tmp_path):
    from tests.conftest import REPO, copy_example

    root = copy_example(tmp_path / "project", every_spec=True)
    result = run(root, "handbook", "--lang", "zh,en", "--pdf")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [promised] = re.findall(r"^handbook: .*$", readme, flags=re.MULTILINE)
    assert result.output.strip().splitlines()[-1] == promised
    for name in ("handbook-zh.docx", "handbook-en.docx"):
        assert [str(violation) for violation in check_docx((root / "output" / name).read_bytes())] == []


def test_the_pdf_of_a_handbook_is_given_the_time_of_a_document_per_position(tmp_path, monkeypatch):
    """LibreOffice lays out a handbook of 300 positions in minutes, not in the time of one document."""
    from jdgen.building import pdf

    allowed = []

    def office(_office, documents, _format, _outdir, timeout):
        allowed.append((len(documents), timeout))
        return "stopped here"

    monkeypatch.setattr(pdf, "run_office", office)
    write_linked_set(tmp_path)
    result = run(tmp_path, "handbook", "--lang", "zh", "--pdf", expect=1)
    assert "output/handbook-zh.pdf: error: cannot be made: stopped here [output-pdf]" in result.output
    assert allowed == [(1, 60 + pdf.SECONDS_PER_DOCUMENT * len(POSITIONS))]

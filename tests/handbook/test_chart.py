"""The handbook's organisation chart, read back from the document: after the
contents, the reporting tree drawn as a table (each box a link to its
position's form, indented under its superior, the lines between them its
borders), the positions linked to no other apart, a chart per department;
on paper, the chart's name at the top of every page it runs on and no box
cut by a page break."""

from __future__ import annotations

import re

import pytest
from docx import Document
from lxml import etree

from jdgen.building.pdf import convert
from jdgen.handbook.chart import ChartWords, Member, chart_xml
from jdgen.render.word_rules import check_docx
from tests.conftest import diagnostic_lines
from tests.handbook.test_handbook import W, body_of, form_at, text_of
from tests.pages import page_texts, squeeze
from tests.site.linked import POSITIONS, write_linked_set
from tests.site.test_site import run

WORDS = ChartWords("Organisation Chart", "Positions linked to no other", "Chart by department", "Link problems")


def boxes(table: etree._Element) -> list[tuple[str, int, str]]:
    """Each box of a chart table (its rows after the heading row): its text,
    how many level columns are left of it, and the bookmark it links to."""
    found = []
    for row in table.findall(f"{W}tr")[1:]:
        cells = row.findall(f"{W}tc")
        link = cells[-1].find(f".//{W}hyperlink")
        found.append((text_of(cells[-1]), (len(cells) - 1) // 2, link.get(f"{W}anchor")))
    return found


def elbow(row: etree._Element, level: int) -> str:
    """The line drawn at ``level`` of a row: ├, └, │ or nothing."""
    cell = row.findall(f"{W}tc")[2 * level + 1]
    through = cell.find(f"{W}tcPr/{W}tcBorders/{W}left") is not None
    borders = cell.find(f"{W}p/{W}pPr/{W}pBdr")
    edges = set() if borders is None else {etree.QName(edge).localname for edge in borders}
    if edges == {"bottom"} and through:
        return "├"
    if edges == {"left", "bottom"} and not through:
        return "└"
    assert not edges
    return "│" if through else " "


def test_the_chart_follows_the_contents_each_box_linking_to_its_form(tmp_path):
    write_linked_set(tmp_path)
    run(tmp_path, "handbook", "--lang", "en")
    document = tmp_path / "output" / "handbook-en.docx"
    assert [str(violation) for violation in check_docx(document.read_bytes())] == []
    body = body_of(document)
    paragraphs = [text_of(p) for p in body if p.tag == f"{W}p"]
    assert paragraphs.index("Organisation Chart") > paragraphs.index("Contents")
    tables = [element for element in body if element.tag == f"{W}tbl"]
    chart = tables[0]
    heading = chart.find(f"{W}tr")
    assert heading.find(f"{W}trPr/{W}tblHeader") is not None and text_of(heading) == "Organisation Chart"
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in chart.findall(f"{W}tr"))
    drawn = boxes(chart)
    assert [(text, depth) for text, depth, _ in drawn] == [
        ("Branch Head  HEAD-1", 0), ("Account Manager  MGR-1", 1), ("Operations Manager  MGR-2", 1),
        ("Teller  CLK-1", 2)]
    rows = chart.findall(f"{W}tr")[1:]
    assert [elbow(rows[1], 0), elbow(rows[2], 0), elbow(rows[3], 0), elbow(rows[3], 1)] == ["├", "└", " ", "└"]
    # each box links to the bookmark at the start of its own form
    for text, _, anchor in drawn:
        assert text.rsplit(" ", 1)[1] in form_at(body, anchor)
    # the position linked to none is listed apart, linked to its form
    after = paragraphs[paragraphs.index("Positions linked to no other") + 1]
    assert after == "Driver  LONE-1"
    # then a chart per department, each holding its own positions
    assert "Chart by department" in paragraphs
    by_department = {text_of(table.find(f"{W}tr")): [text for text, _, _ in boxes(table)] for table in tables[1:5]}
    assert by_department == {
        "Administration": ["Driver  LONE-1"], "Corporate": ["Account Manager  MGR-1"],
        "Head Office": ["Branch Head  HEAD-1"], "Operations": ["Operations Manager  MGR-2", "Teller  CLK-1"]}


def test_a_bilingual_handbook_names_its_chart_and_boxes_in_both_languages(tmp_path):
    write_linked_set(tmp_path)
    run(tmp_path, "handbook", "--lang", "zh+en")
    body = body_of(tmp_path / "output" / "handbook-bilingual.docx")
    chart = next(element for element in body if element.tag == f"{W}tbl")
    assert text_of(chart.find(f"{W}tr")) == "组织结构图 / Organisation Chart"
    titles = POSITIONS["HEAD-1"]["title"]
    assert boxes(chart)[0][0] == f"{titles['zh']} / {titles['en']}  HEAD-1"


def deep_set(count: int) -> list[Member]:
    """``count`` positions in one department, three reporting to each."""
    return [Member(f"P-{index}", f"职位 {index}", "部门", f"P-{(index - 1) // 3}" if index else None, number=index)
            for index in range(count)]


@pytest.mark.slow  # LibreOffice lays the chart out in pages
def test_a_long_chart_runs_over_pages_its_name_on_each_no_box_cut(tmp_path):
    members = deep_set(150)
    document = Document()
    body = document.element.body
    for number, xml in enumerate(chart_xml(members, WORDS, 9000, [])):
        body.insert(number, etree.fromstring(xml))
    path = tmp_path / "chart.docx"
    document.save(str(path))
    assert convert([path])[path] is None
    pages = page_texts(path.with_suffix(".pdf"))
    assert len(pages) >= 4
    assert all(page.startswith(squeeze("Organisation Chart")) for page in pages)
    for member in members:  # each box whole on one page
        assert sum(squeeze(f"{member.title}  {member.spec_id}") in page for page in pages) == 1, member


def test_levels_narrow_so_a_deep_tree_keeps_its_boxes_wide_enough():
    members = [Member(f"P-{index}", f"职位 {index}", "部门", f"P-{index - 1}" if index else None, number=index)
               for index in range(40)]
    table = etree.fromstring(chart_xml(members, WORDS, 9000, [])[1])
    widths = [int(column.get(f"{W}w")) for column in table.find(f"{W}tblGrid")]
    assert sum(widths) <= 9000 and widths[-1] >= 4200
    assert len(widths) == 2 * 39 + 1


def test_the_chart_of_positions_linked_to_no_other_is_their_list():
    members = [Member("A-1", "甲", "部门", None, number=0), Member("B-1", "乙", "部门", None, number=1)]
    xml = chart_xml(members, WORDS, 9000, [])
    assert not any("<w:tbl" in part for part in xml)
    texts = [text_of(etree.fromstring(part)) for part in xml]
    assert texts == ["Organisation Chart", "Positions linked to no other", "甲  A-1", "乙  B-1"]


def test_positions_in_a_reporting_cycle_are_listed_under_the_chart_as_check_reports_them(tmp_path):
    write_linked_set(tmp_path)
    spec = tmp_path / "specs" / "head-1.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace(
        "basic:\n", "basic:\n  reports_to:\n    position: CLK-1\n"), encoding="utf-8")
    cycle_lines = diagnostic_lines(run(tmp_path, "check", expect=1).output)
    result = run(tmp_path, "handbook", "--lang", "en", expect=1)
    assert cycle_lines and diagnostic_lines(result.output) == cycle_lines
    body = body_of(tmp_path / "output" / "handbook-en.docx")
    paragraphs = [text_of(p) for p in body if p.tag == f"{W}p"]
    start = paragraphs.index("Link problems")
    listed = paragraphs[start + 1:start + 1 + len(cycle_lines)]
    assert [re.sub(r" \[[a-z-]+\]$", "", line) for line in listed] == cycle_lines
    assert all("a reporting cycle: " in line for line in listed)
    assert paragraphs.index("Organisation Chart") < start < paragraphs.index("Chart by department")
    # MGR-1 reports to HEAD-1, left out with its cycle: a box of the chart, not a position linked to no other
    unlinked = paragraphs[paragraphs.index("Positions linked to no other"):start]
    assert not any("MGR-1" in line for line in unlinked)
    assert any("MGR-1" in text_of(cell) for cell in body.iter(f"{W}tc"))


def test_a_set_without_link_problems_lists_none():
    members = [Member("A-1", "甲", "部门", None, number=0), Member("B-1", "乙", "部门", "A-1", number=1)]
    assert "Link problems" not in "".join(chart_xml(members, WORDS, 9000, []))

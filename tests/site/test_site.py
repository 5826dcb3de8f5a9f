"""jdgen site: the pages, the links between positions, the chart, the search
index and the site's files, read back from what the command wrote."""

from __future__ import annotations

import base64
import contextlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from jdgen.cli import main
from jdgen.site.search import search_index, terms
from tests.conftest import diagnostic_lines
from tests.site.linked import POSITIONS, write_linked_set


def run(root: Path, *args: str, expect: int = 0):
    with contextlib.chdir(root):
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == expect, result.output
    return result


def page(path: Path):
    return html.fromstring(path.read_bytes())


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    write_linked_set(tmp_path)
    run(tmp_path, "site")
    return tmp_path / "output" / "site"


def test_the_example_has_a_page_per_position_and_language_with_every_section_in_order(example):
    run(example.root, "build", "--lang", "zh")
    run(example.root, "site")
    site = example.root / "output" / "site"
    zh = page(site / "zh" / "BCM-001.html")
    assert zh.get("lang") == "zh-CN"
    headings = [h.text_content() for h in zh.iter("h2")]
    assert headings == ["基本信息", "工作联系", "职位概要", "主要职责", "工作权限", "任职资格", "职业发展通道", "培训", "工作环境"]
    text = zh.text_content()
    assert "银行客户经理工作主要以客户为中心" in text  # the summary
    assert "国家有关金融法律法规" in text or "金融" in text
    en = page(site / "en" / "BCM-001.html")
    assert en.get("lang") == "en-US" or en.get("lang").startswith("en")
    assert en.findtext(".//h1").strip().startswith("Job Description") or "Customer Manager" in en.text_content()
    documents = {a.text_content(): a.get("href") for a in zh.cssselect(".documents a")}
    assert documents == {"中文 DOCX": "../../zh/BCM-001.docx"}  # only what was built, relative to the page
    assert (site / "zh" / documents["中文 DOCX"]).resolve() == (example.root / "output/zh/BCM-001.docx").resolve()


def test_a_bilingual_page_tags_each_part_with_its_language(example):
    run(example.root, "site")
    bilingual = page(example.root / "output/site/bilingual/BCM-001.html")
    title = bilingual.xpath("//h1/span[@lang]")
    assert [(span.get("lang"), span.text_content()) for span in title] == [("zh-CN", "客户经理"),
                                                                             ("en-US", "Customer Manager")]
    form_title = bilingual.xpath("//h1/span[@class='form-title']/span")
    assert [span.get("lang") for span in form_title] == ["zh-CN", "en-US"]


def test_an_untranslated_text_is_shown_highlighted_and_the_coverage_says_so(example):
    example.edit_spec("summary: ", "summary: 新的概要。")  # the catalog has no translation of it
    run(example.root, "site", "--lang", "en")
    en = page(example.root / "output/site/en/BCM-001.html")
    gaps = [mark.text_content() for mark in en.cssselect("section mark.gap")]
    assert any(gap.startswith("新的概要。") for gap in gaps)
    coverage = en.cssselect(".coverage")[0].text_content()
    assert re.search(r"English 9\d%", coverage), coverage


def test_links_go_both_ways_and_the_chart_boxes_link_to_their_pages(linked):
    mgr2 = page(linked / "en" / "MGR-2.html")
    rows = {row.findtext("th"): row for row in mgr2.cssselect("table.fields tr")}
    assert rows["Reports to"].cssselect("a")[0].get("href") == "HEAD-1.html"
    assert [a.get("href") for a in rows["Direct Subordinates"].cssselect("a")] == ["CLK-1.html"]
    head = page(linked / "en" / "HEAD-1.html")
    here = {row.findtext("th"): row for row in head.cssselect("table.fields tr")}["Reports here"]
    assert [a.get("href") for a in here.cssselect("a")] == ["MGR-1.html", "MGR-2.html"]
    clerk = page(linked / "zh" / "CLK-1.html")
    assert [a.get("href") for a in clerk.cssselect("ol.path a")] == ["MGR-2.html", "HEAD-1.html"]

    chart = page(linked / "en" / "chart.html")
    svg = chart.cssselect("div.chart")[0]
    boxes = [a.get("href") for a in svg.iter("{http://www.w3.org/2000/svg}a", "a")]
    assert boxes[:4] == ["HEAD-1.html", "MGR-1.html", "MGR-2.html", "CLK-1.html"]
    for href in boxes:
        assert (linked / "en" / href).is_file()
    unlinked = chart.xpath("//h2[text()='Positions linked to no other']/following-sibling::ul[1]//a/@href")
    assert unlinked == ["LONE-1.html"]


def test_the_chart_lists_reporting_cycles_as_check_reports_them(tmp_path):
    write_linked_set(tmp_path)
    spec = tmp_path / "specs" / "head-1.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace(
        "basic:\n", "basic:\n  reports_to:\n    position: CLK-1\n"), encoding="utf-8")
    checked = run(tmp_path, "check", expect=1)
    result = run(tmp_path, "site", expect=1)
    cycle_lines = diagnostic_lines(checked.output)
    assert cycle_lines and diagnostic_lines(result.output) == cycle_lines
    chart = page(tmp_path / "output/site/zh/chart.html")
    shown = [code.text_content() for code in chart.cssselect("ul.problems code")]
    assert [re.sub(r" \[[a-z-]+\]$", "", line) for line in shown] == cycle_lines


def test_pages_carry_schema_org_occupation(linked):
    mgr = page(linked / "en" / "MGR-1.html")
    [script] = mgr.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "Occupation" and data["name"] == "Account Manager"
    assert data["description"] == "What the Account Manager does."
    assert data["responsibilities"] == ["Follows the rules.", "Completes other tasks assigned."]


def test_the_site_is_self_contained(linked):
    for path in linked.rglob("*.html"):
        document = page(path)
        for element in document.iter():
            for attribute in ("src", "href"):
                value = element.get(attribute) or ""
                assert not re.match(r"[a-z]+:", value), f"{path.name}: {attribute}={value}"
                if value and not value.startswith("#"):
                    assert (path.parent / value.split("#")[0]).resolve().exists() or value.endswith(".docx"), value


def test_the_index_lists_every_position_with_filters(linked):
    index = page(linked / "zh" / "index.html")
    rows = index.cssselect("tbody tr")
    assert [row.findtext("td") for row in rows] == sorted(POSITIONS, key=str.lower)  # in file order
    departments = [option.get("value") for option in index.cssselect("#department option")]
    assert departments == ["", "公司业务部", "营业部", "行政部", "行长室"]
    assert {row.get("data-department") for row in rows} == set(departments[1:])


def _decode(entry) -> set[int]:
    if isinstance(entry, str):
        data = base64.b64decode(entry)
        return {bit for bit in range(len(data) * 8) if data[bit // 8] >> (bit % 8) & 1}
    found, at = set(), 0
    for gap, length in zip(entry[::2], entry[1::2], strict=True):
        at += gap
        found |= set(range(at, at + length))
        at += length
    return found


def test_the_search_index_holds_each_term_with_exactly_its_positions():
    documents = [["客户经理", "Customer Manager"], ["综合柜员"], ["Manager of tellers", "客户"]]
    documents += [["filler"]] * 40 + [["manager"] if i % 3 else [] for i in range(60)]
    script = search_index(" ".join(set().union(*map(terms, texts))) for texts in documents).decode()
    index = json.loads(script.removeprefix("window.JDGEN_INDEX = ").removesuffix(";\n"))
    expected: dict[str, set[int]] = {}
    for number, texts in enumerate(documents):
        for text in texts:
            for term in terms(text):
                expected.setdefault(term, set()).add(number)
    assert {term: _decode(entry) for term, entry in index.items()} == expected
    assert isinstance(index["manager"], str)  # scattered: a bitmap
    assert index["filler"] == [3, 40]  # one run
    assert terms("客户经理, Customer e-mail") == {"客户", "户经", "经理", "customer", "e", "mail"}


def test_a_second_run_writes_nothing_and_the_same_inputs_give_the_same_bytes(tmp_path):
    write_linked_set(tmp_path)
    run(tmp_path, "site")
    again = run(tmp_path, "site")
    assert "0 files written" in again.output
    run(tmp_path, "site", "-o", "elsewhere")
    first = {p.relative_to(tmp_path / "output/site"): p.read_bytes() for p in (tmp_path / "output/site").rglob("*")
             if p.is_file()}
    second = {p.relative_to(tmp_path / "elsewhere"): p.read_bytes() for p in (tmp_path / "elsewhere").rglob("*")
              if p.is_file()}
    assert first.keys() == second.keys()
    pages = [name for name in first if name.name != ".jdgen-site.json"]  # its record says where the documents are
    assert all(first[name] == second[name] for name in pages if name.name != "index.html" or name.parent.name)


def test_the_site_never_touches_files_it_did_not_write(tmp_path):
    write_linked_set(tmp_path)
    site = tmp_path / "output" / "site"
    (site / "zh").mkdir(parents=True)
    (site / "zh" / "MGR-1.html").write_text("my own notes")
    (site / "notes.txt").write_text("keep me")
    result = run(tmp_path, "site", expect=1)
    [line] = diagnostic_lines(result.output)
    assert line.startswith("output/site/zh/MGR-1.html: error: jdgen did not write this file")
    assert (site / "zh" / "MGR-1.html").read_text() == "my own notes"
    assert (site / "en" / "MGR-1.html").is_file()
    (tmp_path / "specs" / "lone-1.yaml").unlink()
    result = run(tmp_path, "site", expect=1)
    assert "removed" in result.output
    assert not (site / "en" / "LONE-1.html").exists()
    assert (site / "notes.txt").read_text() == "keep me"
    assert (site / "zh" / "MGR-1.html").read_text() == "my own notes"


def test_the_readme_example_is_what_the_shipped_example_gives(tmp_path):
    from tests.conftest import REPO, copy_example

    root = copy_example(tmp_path / "project", every_spec=True)
    run(root, "build")
    result = run(root, "site")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [promised] = re.findall(r"^site of .*$", readme, flags=re.MULTILINE)
    assert result.output.strip().splitlines()[-1] == promised

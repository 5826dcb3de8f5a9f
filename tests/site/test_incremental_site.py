"""jdgen site does only what changed: nothing when nothing did, the changed
position and the positions whose pages show it when one spec changed, and
always what a site made from scratch would be."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from lxml import html

import jdgen.site.collect
import jdgen.site.pages
from tests.site.linked import write_linked_set
from tests.site.test_site import run


@pytest.fixture
def produced(monkeypatch) -> list[str]:
    """The specs whose contexts the site makes (read, validated, localized), in one process."""
    made: list[str] = []
    real = jdgen.site.collect.produce

    def spy(setup, path, shown, fingerprint, cycle):
        made.append(shown)
        return real(setup, path, shown, fingerprint, cycle)

    monkeypatch.setattr(jdgen.site.collect, "produce", spy)
    return made


def site_files(folder: Path) -> dict[Path, bytes]:
    return {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*")
            if path.is_file() and path.name != ".jdgen-site.json"}


def assert_as_from_scratch(root: Path, status: int = 0) -> None:
    """The site is what a first run into an empty folder makes."""
    run(root, "site", "-j", "1", "-o", "scratch", expect=status)
    assert site_files(root / "output" / "site") == site_files(root / "scratch")


def edit(spec: Path, change) -> None:
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    change(data)
    spec.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_nothing_changed_makes_nothing_and_writes_nothing(tmp_path, produced):
    write_linked_set(tmp_path)
    run(tmp_path, "site", "-j", "1")
    assert len(produced) == 5
    produced.clear()
    again = run(tmp_path, "site", "-j", "1")
    assert produced == []
    assert "0 files written, 25 unchanged; 0 errors" in again.output


def test_one_spec_changed_makes_it_and_the_pages_that_show_it(tmp_path, produced):
    write_linked_set(tmp_path)
    run(tmp_path, "site", "-j", "1")
    produced.clear()
    edit(tmp_path / "specs" / "clk-1.yaml", lambda data: data["title"].update(zh="高级综合柜员", en="Senior Teller"))
    run(tmp_path, "site", "-j", "1")
    # MGR-2's documents name its subordinate CLK-1, and its page lists who reports to it
    assert sorted(produced) == ["specs/clk-1.yaml", "specs/mgr-2.yaml"]
    manager = html.fromstring((tmp_path / "output/site/en/MGR-2.html").read_bytes()).text_content()
    assert "Senior Teller" in manager
    assert "Senior Teller" in (tmp_path / "output/site/en/index.html").read_text(encoding="utf-8")
    assert_as_from_scratch(tmp_path)


def test_a_position_that_breaks_leaves_the_pages_that_listed_it(tmp_path, produced):
    write_linked_set(tmp_path)
    run(tmp_path, "site", "-j", "1")
    produced.clear()
    edit(tmp_path / "specs" / "mgr-1.yaml", lambda data: data["basic"].update(headcount="many"))
    result = run(tmp_path, "site", "-j", "1", expect=1)
    assert "specs/mgr-1.yaml" in result.output and "removed" in result.output
    assert not (tmp_path / "output/site/en/MGR-1.html").exists()
    head = html.fromstring((tmp_path / "output/site/en/HEAD-1.html").read_bytes()).text_content()
    assert "Account Manager" not in head  # HEAD-1's own spec did not change; who reports to it did
    assert "specs/head-1.yaml" in produced
    produced.clear()
    again = run(tmp_path, "site", "-j", "1", expect=1)
    assert produced == ["specs/mgr-1.yaml"]  # a failing spec is looked at every time, to report it
    assert "0 files written" in again.output
    assert_as_from_scratch(tmp_path, status=1)


def test_a_changed_catalog_or_deleted_page_is_made_again(tmp_path, produced):
    write_linked_set(tmp_path)
    run(tmp_path, "site", "-j", "1")
    produced.clear()
    (tmp_path / "output/site/zh/LONE-1.html").unlink()
    run(tmp_path, "site", "-j", "1")
    assert produced == ["specs/lone-1.yaml"]
    assert (tmp_path / "output/site/zh/LONE-1.html").is_file()
    produced.clear()
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "en.po").write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n', encoding="utf-8")
    run(tmp_path, "site", "-j", "1")
    assert len(produced) == 5
    assert_as_from_scratch(tmp_path)


def test_the_chart_follows_the_link_problems_of_a_spec_that_keeps_failing(tmp_path):
    write_linked_set(tmp_path)
    spec = tmp_path / "specs" / "mgr-1.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("position: HEAD-1", "position: NOPE-1"),
                    encoding="utf-8")
    run(tmp_path, "site", "-j", "1", expect=1)
    spec.write_text(spec.read_text(encoding="utf-8").replace("NOPE-1", "GONE-9"), encoding="utf-8")
    run(tmp_path, "site", "-j", "1", expect=1)
    chart = html.fromstring((tmp_path / "output/site/en/chart.html").read_bytes()).text_content()
    assert "GONE-9" in chart and "NOPE-1" not in chart
    assert_as_from_scratch(tmp_path, status=1)


CATALOG = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "驾驶公务车辆。"\nmsgstr "{}"\n'


def test_a_catalog_change_makes_again_only_the_pages_whose_texts_it_changes(tmp_path, produced, monkeypatch):
    write_linked_set(tmp_path)
    edit(tmp_path / "specs" / "lone-1.yaml", lambda data: data["duties"].append("驾驶公务车辆。"))
    (tmp_path / "translations").mkdir()
    catalog = tmp_path / "translations" / "en.po"
    catalog.write_text(CATALOG.format("Drives the company's cars."), encoding="utf-8")
    run(tmp_path, "site", "-j", "1")
    rendered: list[str] = []
    real = jdgen.site.pages.SiteRenderer.position_pages

    def spy(self, position, contexts):
        rendered.append(position.spec_id)
        return real(self, position, contexts)

    monkeypatch.setattr(jdgen.site.pages.SiteRenderer, "position_pages", spy)
    catalog.write_text(CATALOG.format("Drives the company's vehicles.") + '\nmsgid "未用"\nmsgstr "Unused"\n',
                       encoding="utf-8")
    result = run(tmp_path, "site", "-j", "1")
    assert rendered == ["LONE-1"]  # every summary looked at again, the pages of one position made again
    assert "Drives the company's vehicles." in (tmp_path / "output/site/en/LONE-1.html").read_text(encoding="utf-8")
    assert "site of 5 positions in output/site: 3 files written" in result.output  # its en and bilingual pages, the search index
    rendered.clear()
    catalog.write_text(CATALOG.format("Drives the company's vehicles."), encoding="utf-8")  # an unused entry gone
    assert "0 files written" in run(tmp_path, "site", "-j", "1").output
    assert rendered == []
    assert_as_from_scratch(tmp_path)


def test_the_record_leaves_the_search_terms_to_the_index_and_reads_again_when_it_is_not_as_written(tmp_path,
                                                                                                    produced):
    write_linked_set(tmp_path)
    run(tmp_path, "site", "-j", "1")
    record = json.loads((tmp_path / "output/site/.jdgen-site.json").read_bytes())
    assert all("terms" not in position for position in record["positions"].values())
    index = tmp_path / "output/site/search-index.js"
    index.write_bytes(index.read_bytes().replace(b'"driver"', b'"chauffeur"'))
    produced.clear()
    edit(tmp_path / "specs" / "clk-1.yaml", lambda data: data["title"].update(en="Senior Teller"))
    run(tmp_path, "site", "-j", "1")
    # the index was not as the site wrote it: the positions kept are read again for their terms
    assert sorted(produced) == ["specs/clk-1.yaml", "specs/head-1.yaml", "specs/lone-1.yaml", "specs/mgr-1.yaml",
                                "specs/mgr-2.yaml"]
    assert b'"driver"' in index.read_bytes() and b"chauffeur" not in index.read_bytes()
    assert_as_from_scratch(tmp_path)

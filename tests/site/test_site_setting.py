"""The ``site`` setting of jdgen.toml: ``jdgen build`` writes the site too."""

from __future__ import annotations

import json

from lxml import html

from tests.conftest import diagnostic_lines
from tests.site.linked import write_linked_set
from tests.site.test_site import run


def test_with_the_site_setting_a_build_writes_the_site_after_the_documents(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('languages = ["zh", "en"]\nsite = true\n', encoding="utf-8")
    (tmp_path / "specs" / "bad-1.yaml").write_text("id: BAD-1\ntitle: 坏\nbasic: {headcount: many}\n",
                                                   encoding="utf-8")
    result = run(tmp_path, "build", "-j", "1", expect=1)
    assert "site of 5 positions in output/site" in result.output
    problems = diagnostic_lines(result.output)  # found by the build and by the site, each reported once
    assert len(problems) == len(set(problems)) == 4
    assert "specs/bad-1.yaml:3:20: error: basic.headcount: expected a whole number, got a string" in problems
    page = html.fromstring((tmp_path / "output/site/en/MGR-1.html").read_bytes())
    links = {a.text_content(): a.get("href") for a in page.cssselect(".documents a")}
    assert links == {"English DOCX": "../../en/MGR-1.docx", "Chinese DOCX": "../../zh/MGR-1.docx"}
    assert (tmp_path / "output/site/en" / links["English DOCX"]).resolve() == (tmp_path / "output/en/MGR-1.docx")


def test_without_it_a_build_writes_no_site(tmp_path):
    write_linked_set(tmp_path)
    result = run(tmp_path, "build", "-j", "1", "--lang", "zh")
    assert "site of" not in result.output
    assert not (tmp_path / "output" / "site").exists()


def test_a_site_setting_that_is_no_boolean_is_located(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('site = "yes"\n', encoding="utf-8")
    result = run(tmp_path, "build", expect=2)
    assert 'jdgen.toml:1:8: error: site: expected true or false, got a string [settings]' in result.output


def test_a_build_s_json_report_holds_the_site_and_its_problems(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('languages = ["zh"]\nsite = true\n', encoding="utf-8")
    (tmp_path / "output" / "site").mkdir(parents=True)
    (tmp_path / "output" / "site" / "index.html").write_text("someone's own page\n", encoding="utf-8")
    result = run(tmp_path, "build", "-j", "1", "--json", expect=1)
    report = json.loads(result.output)
    problems = [item for item in report["diagnostics"] if item["path"] == "output/site/index.html"]
    assert [item["level"] for item in problems] == ["error"]
    assert report["summary"]["errors"] == 1
    assert report["site"]["folder"] == "output/site"
    assert report["site"]["positions"] == 5
    assert report["site"]["errors"] == 1
    assert "output/site/zh/MGR-1.html" in report["site"]["written"]
    assert (tmp_path / "output/site/index.html").read_text(encoding="utf-8") == "someone's own page\n"

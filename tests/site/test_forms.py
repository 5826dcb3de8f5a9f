"""A project of several forms: each position's pages carry the labels of the
form its spec is made with (jdgen.toml's ``[[forms]]``), leave out what
that form shows nowhere, and count in their translation coverage only the
texts it shows."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import html

from jdgen.site.pages import SECTIONS, section_order
from tests.conftest import REPO, copy_example
from tests.site.test_site import run

INSPECTOR = """id: {id}
title: {{zh: 质检员, en: Quality Inspector}}
basic:
  department: {{zh: 质量部, en: Quality}}
summary: {{zh: 检验产品质量。, en: Inspects the products.}}
duties:
  - text: {{zh: 执行首件检验。, en: Carries out first-article inspection.}}
    weight: 100
training:
  topics: [质量管理培训]
"""
"""A position translated inline but for its training, which the corporate form shows nowhere."""


def headings(page: Path) -> list[str]:
    return [heading.text_content() for heading in html.fromstring(page.read_bytes()).cssselect("main h2")]


def row_names(page: Path) -> list[str]:
    return [cell.text_content() for cell in html.fromstring(page.read_bytes()).cssselect("table.fields th")]


def coverage(page: Path) -> str:
    return html.fromstring(page.read_bytes()).cssselect("p.coverage")[0].text_content()


def test_each_position_s_pages_use_the_labels_and_hidden_fields_of_its_own_form(tmp_path):
    root = copy_example(tmp_path / "project")
    (root / "specs/plant").mkdir()
    shutil.copy(REPO / "jdgen/starter/corporate/specs/prd-010.yaml", root / "specs/plant/prd-010.yaml")
    (root / "specs/plant/qa-020.yaml").write_text(INSPECTOR.format(id="QA-020"), encoding="utf-8")
    (root / "specs/qa-021.yaml").write_text(INSPECTOR.format(id="QA-021"), encoding="utf-8")
    (root / "jdgen.toml").write_text('[[forms]]\nspecs = ["specs/plant/"]\ntemplate = "corporate"\n',
                                     encoding="utf-8")
    run(root, "site")
    site = root / "output/site"
    # the corporate form numbers its sections and the page follows its order; the project's (default) form does not
    assert headings(site / "zh/PRD-010.html")[:4] == ["一、岗位基本信息", "二、岗位目的", "三、岗位职责", "五、任职资格"]
    assert headings(site / "zh/BCM-001.html")[:4] == ["基本信息", "工作联系", "职位概要", "主要职责"]
    assert headings(site / "en/QA-020.html")[0] == "1. Basic Information"
    assert headings(site / "en/QA-021.html")[0] == "Basic Information"
    # what the corporate form shows nowhere (authority, career path, training, grade) its pages leave out
    assert headings(site / "zh/PRD-010.html") == ["一、岗位基本信息", "二、岗位目的", "三、岗位职责", "五、任职资格",
                                                  "六、工作关系", "七、工作条件"]
    assert {"工作权限", "职业发展通道", "培训"} <= set(headings(site / "zh/BCM-001.html"))
    assert "职位薪资等级" in row_names(site / "zh/BCM-001.html")
    assert not {"职位薪资等级", "岗位等级"} & set(row_names(site / "zh/PRD-010.html"))
    # the untranslated training counts only where the form shows it
    assert coverage(site / "en/QA-020.html") == "Translation: English 100%"
    assert coverage(site / "en/QA-021.html") == "Translation: English 80%"
    # a change of the mapping makes the pages again with the other form
    (root / "jdgen.toml").write_text('[[forms]]\nspecs = ["specs/qa-021.yaml"]\ntemplate = "corporate"\n',
                                     encoding="utf-8")
    run(root, "site")
    assert headings(site / "en/QA-021.html")[0] == "1. Basic Information"
    assert coverage(site / "en/QA-021.html") == "Translation: English 100%"
    assert headings(site / "en/QA-020.html")[0] == "Basic Information"


def test_a_page_follows_its_form_s_order_and_keeps_what_the_form_does_not_read_after_the_section_before_it():
    assert section_order(()) == list(SECTIONS)
    assert section_order(SECTIONS) == list(SECTIONS)
    order = section_order(("title", "basic", "summary", "responsibilities", "qualifications", "relationships"))
    # authority follows responsibilities; career path, training and environment follow qualifications
    assert order == ["basic", "summary", "responsibilities", "authority", "qualifications", "career_path", "training",
                     "environment", "relationships"]

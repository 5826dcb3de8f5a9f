"""The site in a real browser (headless Chromium through Selenium): the index
loads without a console error, search and filters narrow the list, the
language switch and the chart's boxes lead where they say."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.site.linked import write_linked_set
from tests.site.test_site import run

pytestmark = pytest.mark.slow

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI installs chromium and chromium-driver (.ci/run); they are missing")
        pytest.skip("needs Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1200,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browsed")
    write_linked_set(root)
    run(root, "site")
    return root / "output" / "site"


def visible_ids(browser) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.find_element(By.TAG_NAME, "td").text for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")
            if row.is_displayed()]


def test_search_filters_and_language_switch(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get((site / "index.html").as_uri())
    assert browser.current_url.endswith("/zh/index.html")  # the site opens in its first language
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []
    assert visible_ids(browser) == ["CLK-1", "HEAD-1", "LONE-1", "MGR-1", "MGR-2"]
    search = browser.find_element(By.ID, "search")
    search.send_keys("司机")
    assert visible_ids(browser) == ["LONE-1"]
    search.clear()
    search.send_keys("客户经理")
    assert visible_ids(browser) == ["MGR-1"]
    search.clear()
    search.send_keys("柜员")  # the teller's own page, and its superior's list of subordinates
    assert visible_ids(browser) == ["CLK-1", "MGR-2"]
    search.clear()
    search.send_keys("operations")  # an English word, found from the Chinese index too
    assert visible_ids(browser) == ["CLK-1", "MGR-2"]
    search.clear()
    search.send_keys("x")
    search.clear()
    Select(browser.find_element(By.ID, "department")).select_by_value("营业部")
    assert visible_ids(browser) == ["CLK-1", "MGR-2"]
    assert "2" in browser.find_element(By.ID, "count").text

    browser.find_element(By.CSS_SELECTOR, ".languages a[hreflang^='en']").click()
    assert browser.current_url.endswith("/en/index.html")
    browser.find_element(By.ID, "search").send_keys("account manag")
    assert visible_ids(browser) == ["MGR-1"]
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []


def test_chart_boxes_lead_to_their_pages(browser, site):
    from selenium.webdriver.common.by import By

    browser.get((site / "en" / "chart.html").as_uri())
    boxes = browser.find_elements(By.CSS_SELECTOR, "svg.orgchart a")
    assert [box.get_dom_attribute("href").rsplit("/", 1)[-1] for box in boxes][:4] == [
        "HEAD-1.html", "MGR-1.html", "MGR-2.html", "CLK-1.html"]
    assert boxes[3].text.startswith("Teller")
    boxes[3].click()
    assert browser.current_url.endswith("/en/CLK-1.html")
    assert browser.find_element(By.TAG_NAME, "h1").text.endswith("Teller")

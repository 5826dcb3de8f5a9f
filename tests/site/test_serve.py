"""jdgen serve: the site on localhost, written again on every save, each
open page reloading itself and showing the build's problems."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.linked import write_linked_set
from tests.site.test_browser import browser  # noqa: F401 (a fixture)

pytestmark = pytest.mark.slow  # a server in a subprocess


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(condition, seconds: float = 60):
    """What ``condition()`` gives once it is true; a page caught reloading
    (an element not there yet) counts as not yet."""
    from selenium.common.exceptions import WebDriverException

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = condition()
        except WebDriverException:
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("timed out")


def _ctrl_c_as_in_a_terminal() -> None:
    """Ctrl-C's default action in the server, as in a terminal: a suite run
    in the background (``pytest &``) has it ignored, and its children too."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    write_linked_set(tmp_path)
    server = subprocess.Popen([sys.executable, "-m", "jdgen", "serve", "--port", "0"], cwd=tmp_path,
                              stderr=subprocess.PIPE, text=True, preexec_fn=_ctrl_c_as_in_a_terminal)
    try:
        address = None
        assert server.stderr is not None
        for line in server.stderr:
            found = re.search(r"serving the site on (http://127\.0\.0\.1:\d+/)", line)
            if found:
                address = found[1]
                break
        assert address, "the server did not start"
        wait_for(lambda: "watching" in server.stderr.readline())
        threading.Thread(target=server.stderr.read, daemon=True).start()  # keep the pipe from filling
        yield tmp_path, address
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 130
        server.stderr.close()


def status(address: str) -> dict:
    return json.loads(fetch(address + "__jdgen/status"))


def test_a_save_writes_the_site_again_and_problems_show_on_the_page(served):
    root, address = served
    page = fetch(address + "en/MGR-1.html")
    assert "Account Manager" in page and '<script src="/__jdgen/reload.js" data-version="1"></script></body>' in page
    before = status(address)
    assert before["problems"] == []
    spec = root / "specs" / "mgr-1.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Account Manager", "Key Account Manager"),
                    encoding="utf-8")
    wait_for(lambda: status(address)["version"] > before["version"])
    assert "Key Account Manager" in fetch(address + "en/MGR-1.html")
    spec.write_text(spec.read_text(encoding="utf-8") + "dutys: []\n", encoding="utf-8")
    problems = wait_for(lambda: status(address)["problems"])
    assert any(re.match(r"specs/mgr-1\.yaml:\d+:1: error: unknown field 'dutys'", line) for line in problems)


def test_an_open_page_reloads_itself_after_a_save(served, browser):  # noqa: F811 (a fixture)
    from selenium.webdriver.common.by import By

    root, address = served
    browser.get(address + "en/CLK-1.html")
    assert browser.find_element(By.TAG_NAME, "h1").text.endswith("Teller")
    spec = root / "specs" / "clk-1.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("en: Teller", "en: Senior Teller"), encoding="utf-8")
    wait_for(lambda: browser.find_element(By.TAG_NAME, "h1").text.endswith("Senior Teller"))
    spec.write_text(spec.read_text(encoding="utf-8") + "dutys: []\n", encoding="utf-8")
    banner = wait_for(lambda: browser.find_elements(By.ID, "jdgen-problems"))
    assert "unknown field 'dutys'" in banner[0].text

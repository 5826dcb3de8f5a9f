"""Write the README's images: ``docs/images/example-<kind>-1.png``, the
first page of each document, and ``docs/images/site-<page>.png``, pages of
the site.

The example (``specs/bcm-001.yaml``) is built in a temporary copy of the
project, converted to PDF by LibreOffice, and the first page of each
document rendered at 60 dpi by poppler's ``pdftoppm``. The site of the
shipped specs gives the index and a position page, and the benchmark's set
of linked positions the organisation chart, each taken by headless
Chromium. Run it after any change to the template, the site or to how
documents read, so the images never go stale:
``python scripts/make_readme_images.py``.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from jdgen.building.pdf import convert
from jdgen.cli import main

REPOSITORY = Path(__file__).resolve().parent.parent
IMAGES = REPOSITORY / "docs" / "images"
DOCUMENTS = {"zh": "zh", "en": "en", "bilingual": "zh+en"}
"""Image name by output folder, and the language each is built in."""
RESOLUTION = 60


def make_images() -> None:
    with tempfile.TemporaryDirectory(prefix="jdgen-images-") as scratch:
        project = Path(scratch) / "project"
        for folder in ("translations", "shared"):
            shutil.copytree(REPOSITORY / folder, project / folder)
        (project / "specs").mkdir()
        shutil.copy(REPOSITORY / "specs" / "bcm-001.yaml", project / "specs")
        with contextlib.chdir(project):
            result = CliRunner().invoke(main, ["build", "--lang", ",".join(DOCUMENTS.values())])
        if result.exit_code != 0:
            sys.exit(result.output)
        documents = {kind: project / "output" / kind / "BCM-001.docx" for kind in DOCUMENTS}
        problems = {str(path): problem for path, problem in convert(list(documents.values())).items() if problem}
        if problems:
            sys.exit(f"LibreOffice could not convert: {problems}")
        IMAGES.mkdir(parents=True, exist_ok=True)
        for kind, document in documents.items():
            stem = IMAGES / f"example-{kind}"
            subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", "1", "-l", "1", "-singlefile",
                            str(document.with_suffix(".pdf")), str(stem) + "-1"], check=True)
            print(f"wrote {stem.relative_to(REPOSITORY)}-1.png")
        site_images(Path(scratch))


def site_images(scratch: Path) -> None:
    """The site's index, a position page (the shipped specs) and the chart (40 linked positions)."""
    sys.path.insert(0, str(REPOSITORY / "bench"))
    from run import make_shared_project

    shipped, linked = scratch / "shipped", scratch / "linked"
    for folder in ("translations", "shared", "specs"):
        shutil.copytree(REPOSITORY / folder, shipped / folder)
    make_shared_project(linked, 40)
    for root in (shipped, linked):
        with contextlib.chdir(root):
            result = CliRunner().invoke(main, ["site", "--lang", "zh,en,zh+en"])
        if result.exit_code != 0:
            sys.exit(result.output)
    pages = {"index": shipped / "output/site/zh/index.html", "position": shipped / "output/site/en/BCM-001.html",
             "chart": linked / "output/site/zh/chart.html"}
    for name, page in pages.items():
        target = IMAGES / f"site-{name}.png"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={scratch / 'browser'}", "--hide-scrollbars", "--window-size=1100,800",
                        f"--screenshot={target}", page.as_uri()], check=True, capture_output=True)
        print(f"wrote {target.relative_to(REPOSITORY)}")


CHROMIUM = shutil.which("chromium") or "chromium"

if __name__ == "__main__":
    make_images()

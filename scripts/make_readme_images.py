"""Write the README's images: ``docs/images/example-<kind>-1.png``, the
first page of each document, ``docs/images/corporate-<kind>-<page>.png``,
every page of the corporate form's example (``jdgen init --template
corporate``), and ``docs/images/site-<page>.png``, pages of the site.

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
        document_images(project, "BCM-001", "example", first_page_only=True)
        corporate_images(Path(scratch))
        site_images(Path(scratch))


def document_images(project: Path, spec_id: str, name: str, *, first_page_only: bool) -> None:
    """``docs/images/<name>-<kind>-<page>.png``: the pages of the built documents of ``spec_id``."""
    documents = {kind: project / "output" / kind / f"{spec_id}.docx" for kind in DOCUMENTS}
    problems = {str(path): problem for path, problem in convert(list(documents.values())).items() if problem}
    if problems:
        sys.exit(f"LibreOffice could not convert: {problems}")
    IMAGES.mkdir(parents=True, exist_ok=True)
    for old in IMAGES.glob(f"{name}-*.png"):
        old.unlink()
    for kind, document in documents.items():
        stem = IMAGES / f"{name}-{kind}"
        pages = ["-f", "1", "-l", "1"] if first_page_only else []
        subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTION), *pages, str(document.with_suffix(".pdf")),
                        str(stem)], check=True)
        for image in sorted(IMAGES.glob(f"{stem.name}-*.png")):
            print(f"wrote {image.relative_to(REPOSITORY)}")


def corporate_images(scratch: Path) -> None:
    """Every page of the example of a project started on the corporate form."""
    with contextlib.chdir(scratch):
        result = CliRunner().invoke(main, ["init", "--template", "corporate", "corporate"])
    if result.exit_code == 0:
        with contextlib.chdir(scratch / "corporate"):
            result = CliRunner().invoke(main, ["build"])
    if result.exit_code != 0:
        sys.exit(result.output)
    [spec] = (scratch / "corporate" / "specs").glob("*.yaml")
    document_images(scratch / "corporate", spec.stem.upper(), "corporate", first_page_only=False)


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

"""The wheel carries the default template: an installed jdgen builds in any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # builds and installs a wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(REPO)],
        check=True,
    )
    [built] = folder.glob("jdgen-*.whl")
    return built


def test_wheel_contains_the_default_template(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "jdgen/templates/default/form.docx" in names
    assert "jdgen/templates/default/labels.yaml" in names
    schemas = {path.relative_to(REPO).as_posix() for path in (REPO / "jdgen/render/word_schemas").rglob("*.*")}
    assert schemas and schemas <= set(names)  # the template check holds documents to Word's rules
    assert not [name for name in names if name.startswith(("tests/", "specs/", "scripts/"))]


def test_installed_wheel_builds_in_a_folder_with_only_specs(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True)
    project = tmp_path / "positions"
    shutil.copytree(REPO / "specs", project / "specs")
    shutil.copytree(REPO / "translations", project / "translations")
    shutil.copytree(REPO / "shared", project / "shared")
    environment = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "jdgen", "build"], cwd=project, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert str(target) in subprocess.run(
        [sys.executable, "-c", "import jdgen; print(jdgen.__file__)"], cwd=project, env=environment,
        capture_output=True, text=True,
    ).stdout
    specs = sorted(path.stem.upper() for path in (project / "specs").glob("*.yaml"))
    assert sorted(p.name for p in (project / "output").rglob("*.docx")) == sorted(f"{spec}.docx" for spec in specs * 3)


def test_wheel_carries_what_init_writes(wheel, tmp_path):
    """Every starter file is in the wheel, and the installed jdgen's init
    makes a project that builds."""
    from jdgen.init import STARTER

    names = zipfile.ZipFile(wheel).namelist()
    starter = [path.relative_to(STARTER.parent.parent).as_posix() for path in STARTER.rglob("*") if path.is_file()
               and "__pycache__" not in path.parts]
    assert starter and not [name for name in starter if name not in names]
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True)
    environment = {**os.environ, "PYTHONPATH": str(target)}
    for command, folder in ((["init", "new"], tmp_path), (["build"], tmp_path / "new")):
        result = subprocess.run([sys.executable, "-m", "jdgen", *command], cwd=folder, env=environment,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert list((tmp_path / "new/output").rglob("*.docx"))


def test_wheel_carries_the_site_and_the_installed_jdgen_writes_one(wheel, tmp_path):
    from jdgen.site.pages import PAGES

    names = zipfile.ZipFile(wheel).namelist()
    pages = [f"jdgen/site/pages/{path.name}" for path in PAGES.iterdir()] + ["jdgen/site/ui.yaml"]
    assert not [name for name in pages if name not in names]
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True)
    project = tmp_path / "positions"
    shutil.copytree(REPO / "specs", project / "specs")
    shutil.copytree(REPO / "translations", project / "translations")
    shutil.copytree(REPO / "shared", project / "shared")
    result = subprocess.run([sys.executable, "-m", "jdgen", "site"], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(target)})
    assert result.returncode == 0, result.stderr
    assert (project / "output/site/zh/BCM-001.html").is_file() and (project / "output/site/style.css").is_file()

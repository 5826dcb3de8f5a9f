"""jdgen owns only what it wrote: a build replaces and removes only the
files its manifest records, sweeps only its own staging files, and keeps
PDFs in step with their documents. Each case is one the README's build
commands once got wrong."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jdgen.building.manifest import MANIFEST_NAME, REGISTER_NAME
from jdgen.output import is_staging_file
from tests.building import fake_office
from tests.conftest import ExampleProject, code_of, copy_example

LOCATIONS = ["output/positions.xlsx", "output/zh/BCM-001.docx"]


@pytest.fixture
def every_spec(tmp_path: Path) -> ExampleProject:
    """The example project with both shipped specs, BCM-001 and TLR-010."""
    return ExampleProject(copy_example(tmp_path / "project", every_spec=True))


@pytest.fixture
def office(tmp_path: Path, monkeypatch) -> None:
    """The stand-in LibreOffice first on PATH (tests/building/fake_office.py)."""
    folder = fake_office.install(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def report_of(example: ExampleProject, *args: str, status: int = 0) -> dict:
    return json.loads(example.run("build", "--json", *args, status=status).output)


def not_ours(report: dict) -> list[str]:
    return sorted(item["path"] for item in report["diagnostics"] if item["code"] == "output-not-ours")


def owned(example: ExampleProject) -> list[str]:
    return json.loads((example.root / "output" / MANIFEST_NAME).read_text(encoding="utf-8"))["owned"]


@pytest.mark.parametrize(("breaks", "status"), [
    pytest.param(lambda spec: spec.write_text(spec.read_text(encoding="utf-8") + "zz: 1\n", encoding="utf-8"), 1,
                 id="a typo"),
    pytest.param(Path.unlink, 0, id="deleted"),
])
def test_a_spec_that_fails_or_goes_takes_its_documents_but_not_a_signed_pdf_beside_them(every_spec, breaks, status):
    every_spec.run("build", "--lang", "zh")
    signed = every_spec.root / "output/zh/TLR-010.pdf"
    signed.write_bytes(b"signed")
    breaks(every_spec.root / "specs/tlr-010.yaml")
    report = report_of(every_spec, "--lang", "zh", status=status)
    assert signed.read_bytes() == b"signed"
    assert not (every_spec.root / "output/zh/TLR-010.docx").exists()
    assert [item["path"] for item in report["outputs"] if item["status"] == "removed"] == ["output/zh/TLR-010.docx"]


def test_the_first_build_into_a_used_folder_replaces_nothing_and_builds_the_rest(example):
    for location in LOCATIONS:
        (example.root / location).parent.mkdir(parents=True, exist_ok=True)
        (example.root / location).write_bytes(b"mine: " + location.encode())
    for force in ([], ["--force"]):
        result = example.run("build", *force, status=1)
        errors = [line for line in result.output.splitlines() if ": error: " in line]
        assert [line.split(": error: ")[0] for line in errors] == LOCATIONS
        assert {code_of(line) for line in errors} == {"output-not-ours"}
        assert "move it out of the way (or delete it) and build again" in errors[0]
        for location in LOCATIONS:
            assert (example.root / location).read_bytes() == b"mine: " + location.encode()
        assert (example.root / "output/en/BCM-001.docx").is_file()
        assert (example.root / "output/bilingual/BCM-001.docx").is_file()
        assert sorted(owned(example)) == ["bilingual/BCM-001.docx", "en/BCM-001.docx"]
    for location in LOCATIONS:  # handed over: moved away
        (example.root / location).unlink()
    result = example.run("build", status=0)
    assert (example.root / "output/zh/BCM-001.docx").read_bytes().startswith(b"PK")
    assert sorted(owned(example)) == sorted(["bilingual/BCM-001.docx", "en/BCM-001.docx", "zh/BCM-001.docx",
                                             REGISTER_NAME])


def test_a_folder_where_a_document_goes_is_in_the_way_too(example):
    (example.root / "output/zh/BCM-001.docx").mkdir(parents=True)
    (example.root / "output/zh/BCM-001.docx/notes.txt").write_text("mine")
    report = report_of(example, status=1)
    assert not_ours(report) == ["output/zh/BCM-001.docx"]
    assert (example.root / "output/zh/BCM-001.docx/notes.txt").read_text() == "mine"


def test_the_sweep_takes_jdgen_s_staging_files_and_nothing_of_the_user_s(example):
    output = example.root / "output"
    example.run("build")
    users = {
        "archive/.budget.xlsx.tmp": b"budget", ".notes.tmp": b"notes", "zh/.draft.docx.tmp": b"draft",
        ".pdf-x/kept.pdf": b"pdf", ".pdf-1/a/b.txt": b"deep", "zh/.BCM-001.docx.jdgen-x/inside.tmp": b"folder",
        "archive/.BCM-001.docx.jdgen-abc123.tmp": b"not in a folder jdgen writes",
    }
    for name, data in users.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(data)
    leftovers = [output / "zh/.BCM-001.docx.jdgen-0f3a9c2e.tmp", output / ".positions.xlsx.jdgen-0a1b2c3d.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    assert example.run("build").exit_code == 0
    assert {name: (output / name).read_bytes() for name in users} == users
    assert [leftover.exists() for leftover in leftovers] == [False, False]


def test_a_build_into_a_whole_tree_touches_only_what_it_writes(example, tmp_path):
    tree = tmp_path / "shared-drive"
    mine = {"2023/.old.docx.tmp": b"a", ".pdf-scans/1.pdf": b"b", "zh/other.docx": b"c", "zh/.x.jdgen-1.tmp": b"d",
            "deep/er/.y.jdgen-abcdefgh.tmp": b"e"}
    for name, data in mine.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(data)
    assert example.run("build", "-o", str(tree)).exit_code == 0
    assert {name: (tree / name).read_bytes() for name in mine} == mine
    assert (tree / "zh/BCM-001.docx").is_file()


def test_staging_files_have_one_name_of_jdgen_s_own():
    assert is_staging_file(Path(".BCM-001.docx.jdgen-0f3a9c2e.tmp"))
    for name in [".BCM-001.docx.0f3a9c2e.tmp", ".budget.xlsx.tmp", "BCM-001.docx.jdgen-0f3a9c2e.tmp",
                 ".x.jdgen-0f3a9c2.tmp", ".x.jdgen-0F3A9C2E.tmp", ".x.jdgen-0f3a9c2e.tmp.bak"]:
        assert not is_staging_file(Path(name)), name


@pytest.mark.usefixtures("office")
def test_pdfs_follow_their_documents_with_or_without_pdf(example):
    output = example.root / "output"
    pdf = output / "zh/BCM-001.pdf"
    assert example.run("build", "--pdf", "--lang", "zh").exit_code == 0
    assert pdf.read_bytes() == fake_office.pdf_of((output / "zh/BCM-001.docx").read_bytes())
    example.edit_spec("  headcount: 1\n", "  headcount: 7\n")
    report = report_of(example, "--lang", "zh")
    assert not pdf.exists()
    assert [(item["path"], item["why"]) for item in report["outputs"] if item["status"] == "removed"] == [
        ("output/zh/BCM-001.pdf", "its document changed, and the build was without --pdf")]
    assert example.run("build", "--pdf", "--lang", "zh").exit_code == 0
    assert pdf.read_bytes() == fake_office.pdf_of((output / "zh/BCM-001.docx").read_bytes())
    report = report_of(example, "--lang", "zh")  # nothing changed: a build without --pdf still keeps none
    assert not pdf.exists() and report["summary"]["removed"] == 1
    assert "zh/BCM-001.pdf" not in owned(example)


@pytest.mark.usefixtures("office")
def test_a_pdf_of_the_user_s_beside_a_document_is_left_and_said(example):
    signed = example.root / "output/zh/BCM-001.pdf"
    signed.parent.mkdir(parents=True)
    signed.write_bytes(b"signed")
    report = report_of(example, "--pdf", "--lang", "zh,en", status=1)
    assert not_ours(report) == ["output/zh/BCM-001.pdf"] and signed.read_bytes() == b"signed"
    assert (example.root / "output/en/BCM-001.pdf").is_file()
    report_of(example, "--lang", "zh,en")
    assert signed.read_bytes() == b"signed" and not (example.root / "output/en/BCM-001.pdf").exists()


def test_what_jdgen_wrote_stays_its_own_after_jdgen_changes(built_copy):
    """A new version of jdgen makes every fingerprint stale, not the files its own."""
    manifest = built_copy.root / "output" / MANIFEST_NAME
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "jdgen": "0.0.1"}), encoding="utf-8")
    report = report_of(built_copy)
    assert not_ours(report) == [] and report["summary"]["built"] == 3


def test_a_manifest_of_the_previous_format_says_what_jdgen_wrote(built_copy):
    manifest = built_copy.root / "output" / MANIFEST_NAME
    data = json.loads(manifest.read_text(encoding="utf-8"))
    del data["owned"]
    manifest.write_text(json.dumps({**data, "format": 2}), encoding="utf-8")
    report = report_of(built_copy)
    assert not_ours(report) == [] and report["summary"]["built"] == 3


def test_a_document_identical_to_what_jdgen_writes_is_taken_over(built_copy, built_example):
    """Without the manifest, a file holding exactly the document loses nothing when replaced."""
    (built_copy.root / "output" / MANIFEST_NAME).unlink()
    report = report_of(built_copy)
    assert not_ours(report) == [] and report["summary"]["built"] == 3

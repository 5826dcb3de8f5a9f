"""output/positions.xlsx: the register of the set, one row per position."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from jdgen.building.manifest import REGISTER_NAME
from jdgen.building.register import columns
from jdgen.i18n.catalog import read_catalog
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import load_spec
from jdgen.settings import SETTINGS_FILE
from tests.conftest import REPO, ExampleProject, copy_example

LANGUAGES = ["zh", "en"]


@pytest.fixture
def every_spec(tmp_path) -> ExampleProject:
    return ExampleProject(copy_example(tmp_path / "project", every_spec=True))


def register(project: ExampleProject) -> list[dict]:
    """The register's rows as mappings of its header."""
    sheet = openpyxl.load_workbook(project.root / "output" / REGISTER_NAME).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


def specs(project: ExampleProject) -> list:
    return [load_spec(path, path.relative_to(project.root).as_posix(), root=project.root)
            for path in sorted((project.root / "specs").glob("*.yaml"))]


def test_one_row_per_position_with_its_facts(every_spec):
    every_spec.run("build")
    catalog = read_catalog(every_spec.root / "translations/en.po", "translations/en.po")
    rows = register(every_spec)
    loaded = specs(every_spec)
    assert [row["id"] for row in rows] == sorted(spec.id for spec, _, _ in loaded)
    for spec, file, _ in loaded:
        [row] = [row for row in rows if row["id"] == spec.id]
        assert row["title (zh)"] == spec.title
        assert row["title (en)"] == catalog.get(spec.title).string
        assert row["department (zh)"] == spec.basic.department
        assert row["department (en)"] == catalog.get(spec.basic.department).string
        assert row["grade"] == spec.basic.grade
        assert row["superior"] == spec.basic.reports_to
        assert (row["subordinates"] or "").splitlines() == spec.basic.subordinates
        assert row["headcount"] == spec.basic.headcount
        assert row["translated (zh)"] == row["translated (en)"] == 1
        assert row["source file"] == file.path


def test_the_sheet_is_made_for_filtering(built_example):
    sheet = openpyxl.load_workbook(built_example / REGISTER_NAME).active
    header = [cell.value for cell in sheet[1]]
    assert header == columns(LANGUAGES)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{sheet.max_row}"
    assert all(cell.font.bold for cell in sheet[1])
    for column in sheet.iter_cols():
        width = sheet.column_dimensions[column[0].column_letter].width
        assert width >= len(str(column[0].value)) and width <= 60
    for column in sheet.iter_cols():
        if column[0].value.startswith("translated"):
            assert all(cell.number_format == "0%" for cell in column[1:])


def test_coverage_counts_the_untranslated_texts(example):
    """Of every language of the project, whichever a build makes."""
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")
    example.run("build", "--lang", "zh")
    spec, _, _ = load_spec(example.spec, "spec", root=example.root)
    [row] = register(example)
    total = sum(1 for _ in iter_texts(spec))
    assert row["translated (zh)"] == 1
    assert row["translated (en)"] == pytest.approx((total - 1) / total, abs=1e-4)


def test_the_languages_are_the_projects(example):
    (example.root / SETTINGS_FILE).write_text('languages = ["zh"]\n', encoding="utf-8")
    example.run("build")
    sheet = openpyxl.load_workbook(example.root / "output" / REGISTER_NAME).active
    assert [cell.value for cell in sheet[1]] == columns(["zh"])


def test_an_untranslated_title_is_an_empty_cell(example):
    example.edit_spec("title: 客户经理", "title: 新职位")
    example.run("build", status=1)  # the English document lacks the title
    [row] = register(example)
    assert row["title (zh)"] == "新职位"
    assert row["title (en)"] is None


def test_reproducible_and_written_only_when_changed(every_spec, tmp_path):
    every_spec.run("build")
    target = every_spec.root / "output" / REGISTER_NAME
    data, stamp = target.read_bytes(), target.stat().st_mtime_ns
    other = ExampleProject(copy_example(tmp_path / "other", every_spec=True))
    other.run("build", "-j", "1")
    assert (other.root / "output" / REGISTER_NAME).read_bytes() == data
    for args in ([], ["--force"]):
        every_spec.run("build", *args)
        assert target.stat().st_mtime_ns == stamp
    (every_spec.root / "specs/bcm-001.yaml").write_text(
        every_spec.spec.read_text(encoding="utf-8").replace("headcount: 1", "headcount: 2"), encoding="utf-8")
    every_spec.run("build")
    assert target.read_bytes() != data
    assert [row["headcount"] for row in register(every_spec) if row["id"] == "BCM-001"] == [2]


def test_rows_follow_the_set_of_specs(every_spec):
    every_spec.run("build")
    ids = [row["id"] for row in register(every_spec)]
    assert len(ids) == len(specs(every_spec)) > 1
    every_spec.run("build", "specs/bcm-001.yaml")
    assert [row["id"] for row in register(every_spec)] == ids  # a partial build keeps the other rows
    every_spec.edit_spec("headcount: 1", "headcount: many")
    every_spec.run("build", status=1)
    others = [spec_id for spec_id in ids if spec_id != "BCM-001"]
    assert [row["id"] for row in register(every_spec)] == others  # as a spec with errors has no documents
    every_spec.edit_spec("headcount: many", "headcount: 1")
    every_spec.run("build")
    assert [row["id"] for row in register(every_spec)] == ids
    every_spec.spec.unlink()
    every_spec.run("build")
    assert [row["id"] for row in register(every_spec)] == others


def test_a_lost_cache_is_rebuilt_from_the_specs(built_copy):
    before = (built_copy.root / "output" / REGISTER_NAME).read_bytes()
    for name in (".jdgen-register.json", REGISTER_NAME):
        (built_copy.root / "output" / name).unlink()
    built_copy.run("build")
    assert (built_copy.root / "output" / REGISTER_NAME).read_bytes() == before


def test_a_text_that_looks_like_a_formula_stays_a_text(example):
    example.edit_spec("reports_to: 支行行长", 'reports_to: "=1+1"')
    example.run("build", "--lang", "zh")
    [row] = register(example)
    assert row["superior"] == "=1+1"


def _has_calc() -> bool:
    office = shutil.which("soffice")
    return office is not None and any(Path(os.path.realpath(office)).parent.glob("libsclo.*"))


@pytest.mark.slow  # a LibreOffice conversion
@pytest.mark.skipif(not _has_calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_reads_the_register(every_spec, tmp_path):
    every_spec.run("build")
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
                    str(every_spec.root / "output" / REGISTER_NAME)],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(profile)})
    with open(tmp_path / "positions.csv", encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header == columns(LANGUAGES)
    assert [row[0] for row in rows] == [row["id"] for row in register(every_spec)]
    assert {row[header.index("translated (en)")] for row in rows} == {"100%"}




def test_a_department_reads_alike_in_each_language_whatever_language_its_spec_is_in(every_spec):
    """A spec written in English names the teller's department in English; the
    register shows one department per language, so a filter finds both."""
    spec = (REPO / "specs/tlr-010.yaml").read_text(encoding="utf-8")
    english = (spec.replace("id: TLR-010", "id: TLR-011")
               .replace("  department: 营业部", "  department: {en: Branch Operations, zh: 营业部}"))
    english = "source_language: en\n" + english
    assert english.count("TLR-011") == 1
    (every_spec.root / "specs/tlr-011.yaml").write_text(english, encoding="utf-8")
    every_spec.run("build", "--lang", "zh", "--draft")
    rows = {row["id"]: row for row in register(every_spec)}
    assert rows["TLR-010"]["department (zh)"] == rows["TLR-011"]["department (zh)"] == "营业部"
    assert rows["TLR-010"]["department (en)"] == rows["TLR-011"]["department (en)"] == "Branch Operations"


def test_writing_the_register_takes_little_more_memory_per_row():
    """The sheet is written row by row and packaged a piece at a time: a
    row costs little more than its row, not a workbook's cells held until
    the end (some 6.5 KiB a row when it was, and still at 800 rows: 5.8
    against 1.5 KiB; the growth of a large set's build), nor the sheet's
    whole text, twice, and its package's (some 1.6 KiB a row when it was)."""
    import tracemalloc

    from jdgen.building.register import workbook_bytes

    def peak(count: int) -> int:
        rows = [[f"ID-{index:05d}", f"职位 {index}", f"Position {index}", "研发部", "Research", 3, "ID-00001",
                 "ID-00002, ID-00003", 2, 1.0, 0.5, "default", f"specs/id-{index:05d}.yaml"]
                for index in range(count)]
        tracemalloc.start()
        try:
            workbook_bytes(rows, LANGUAGES)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    peak(10)  # openpyxl imported before the measure
    assert (peak(1000) - peak(200)) / 800 < 512

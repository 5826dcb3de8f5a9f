"""Several forms in one project: jdgen.toml's ``[[forms]]`` maps specs to
templates, a spec may name its own (``template:``), ``--template`` makes
every spec with one; each document has its form's structure, the manifest
and the register record the form, and a change of a spec's form rebuilds
exactly its documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from jdgen.building.manifest import MANIFEST_NAME, REGISTER_NAME
from jdgen.i18n.catalog import read_catalog
from tests.conftest import REPO, ExampleProject, copy_example, diagnostic_lines
from tests.docx_reading import full_text, open_document

PLANT_SPEC = "specs/plant/prd-010.yaml"
MAPPING = '[[forms]]\nspecs = ["specs/plant/"]\ntemplate = "corporate"\n'
CORPORATE = ("一、岗位基本信息", "三、岗位职责", "四、关键绩效指标")
"""Section headings only the corporate form has."""
DEFAULT = ("职位说明书", "职位概要", "工作描述")
"""Labels only the default form shows."""


@pytest.fixture
def project(tmp_path: Path) -> ExampleProject:
    """The example (BCM-001, on the project's default form) and the corporate
    starter's PRD-010 in specs/plant/, which jdgen.toml maps to the corporate form."""
    root = copy_example(tmp_path / "project")
    (root / "specs/plant").mkdir()
    shutil.copy(REPO / "jdgen/starter/corporate/specs/prd-010.yaml", root / PLANT_SPEC)
    (root / "jdgen.toml").write_text(MAPPING, encoding="utf-8")
    return ExampleProject(root)


def form_of(project: ExampleProject, document: str) -> str:
    """Which built-in form a built document has, read from its text."""
    text = full_text(open_document(project.root / "output" / document))
    corporate, default = (all(words in text for words in kind) for kind in (CORPORATE, DEFAULT))
    assert corporate != default, f"{document} has the structure of both forms, or of neither"
    return "corporate" if corporate else "default"


def manifest_forms(project: ExampleProject) -> dict[str, str]:
    records = json.loads((project.root / "output" / MANIFEST_NAME).read_text(encoding="utf-8"))["outputs"]
    return {output: record["template"] for output, record in records.items()}


def built_lines(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith("built: "))


def test_each_spec_is_built_on_its_form_and_the_manifest_and_register_record_it(project):
    project.run("build", "--lang", "zh")
    assert form_of(project, "zh/PRD-010.docx") == "corporate"
    assert form_of(project, "zh/BCM-001.docx") == "default"
    assert manifest_forms(project) == {"zh/BCM-001.docx": "default", "zh/PRD-010.docx": "corporate"}
    sheet = openpyxl.load_workbook(project.root / "output" / REGISTER_NAME).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert {row[0]: row[header.index("form")] for row in rows} == {"BCM-001": "default", "PRD-010": "corporate"}


def test_a_spec_s_own_template_wins_over_the_mapping_and_a_change_rebuilds_only_it(project):
    project.run("build", "--lang", "zh")
    spec = project.root / PLANT_SPEC
    spec.write_text(spec.read_text(encoding="utf-8").replace("title:", "template: default\ntitle:", 1),
                    encoding="utf-8")
    result = project.run("build", "--lang", "zh")
    assert built_lines(result.output) == ["built: output/zh/PRD-010.docx (zh)"]
    assert "built 1, unchanged 1, failed 0" in result.output
    assert form_of(project, "zh/PRD-010.docx") == "default"
    assert manifest_forms(project)["zh/PRD-010.docx"] == "default"
    project.edit_spec("id: BCM-001", "id: BCM-001\ntemplate: corporate")
    result = project.run("build", "--lang", "zh")
    assert built_lines(result.output) == ["built: output/zh/BCM-001.docx (zh)"]
    assert form_of(project, "zh/BCM-001.docx") == "corporate"
    assert "nothing to do" in project.run("build", "--lang", "zh").output


def test_a_change_of_the_mapping_rebuilds_exactly_the_specs_it_moves(project):
    project.run("build", "--lang", "zh")
    (project.root / "jdgen.toml").write_text(MAPPING.replace("specs/plant/", "specs/**/bcm-*.yaml"),
                                             encoding="utf-8")
    result = project.run("build", "--lang", "zh")
    assert built_lines(result.output) == ["built: output/zh/BCM-001.docx (zh)", "built: output/zh/PRD-010.docx (zh)"]
    assert (form_of(project, "zh/BCM-001.docx"), form_of(project, "zh/PRD-010.docx")) == ("corporate", "default")
    (project.root / "jdgen.toml").write_text(MAPPING + MAPPING.replace("specs/plant/", "specs/bcm-001.yaml"),
                                             encoding="utf-8")
    result = project.run("build", "--lang", "zh")
    assert built_lines(result.output) == ["built: output/zh/PRD-010.docx (zh)"]  # BCM-001 stays corporate


def test_the_command_line_s_template_makes_every_spec_and_the_next_build_restores_their_forms(project):
    project.edit_spec("id: BCM-001", "id: BCM-001\ntemplate: corporate")
    project.run("build", "--lang", "zh", "--template", "default")
    assert form_of(project, "zh/PRD-010.docx") == form_of(project, "zh/BCM-001.docx") == "default"
    result = project.run("build", "--lang", "zh")
    assert "built 2, unchanged 0" in result.output
    assert form_of(project, "zh/PRD-010.docx") == form_of(project, "zh/BCM-001.docx") == "corporate"


def test_a_spec_naming_an_unknown_template_is_a_located_error_with_a_suggestion(project):
    project.edit_spec("id: BCM-001", "id: BCM-001\ntemplate: corprate")
    line = project.line_of("template: corprate")
    for command in (("build", "--lang", "zh"), ("check", "--lang", "zh")):
        result = project.run(*command, status=1)
        assert diagnostic_lines(result.output) == [
            f"specs/bcm-001.yaml:{line}:11: error: template: no template 'corprate' (did you mean 'corporate'?); "
            "'jdgen template list' shows them"]
    assert not (project.root / "output/zh/BCM-001.docx").exists()
    assert form_of(project, "zh/PRD-010.docx") == "corporate"  # the other spec is built


@pytest.mark.parametrize(("settings", "expected"), [
    ('[[forms]]\nspecs = "specs/plant/"\ntemplate = "corprate"\n',
     "jdgen.toml:3:12: error: forms[0].template: no template 'corprate': there is no folder templates/corprate "
     "(did you mean 'corporate'?)"),
    ('template = "default"\n\n[[forms]]\nspec = "specs/plant/"\ntemplate = "corporate"\n',
     "jdgen.toml:4:1: error: forms[0]: unknown key 'spec' in a [[forms]] table (did you mean 'specs'?)"),
    ('[[forms]]\ntemplate = "corporate"\n',
     'jdgen.toml:1:1: error: forms[0]: this [[forms]] table has no specs: write [[forms]] tables, each with '
     'specs = ["specs/plant/"] (folders or patterns) and template = "corporate"'),
    ('[[forms]]\nspecs = "/plant"\ntemplate = "corporate"\n',
     "jdgen.toml:2:9: error: forms[0].specs: '/plant': write the path from the project folder, such as "
     '"specs/plant/"'),
    ('forms = "corporate"\n',
     'jdgen.toml:1:1: error: forms: forms: expected [[forms]] tables, each with specs = ["specs/plant/"] '
     '(folders or patterns) and template = "corporate", got a string'),
])
def test_a_mistake_in_the_forms_setting_is_located_in_jdgen_toml(project, settings, expected):
    (project.root / "jdgen.toml").write_text(settings, encoding="utf-8")
    result = project.run("build", status=2)
    assert diagnostic_lines(result.output) == [expected]
    assert not (project.root / "output").exists()


def test_translate_status_counts_what_each_spec_s_own_form_shows_and_each_form_s_labels(project):
    def rows() -> dict[str, int]:
        report = json.loads(project.run("translate", "status", "--lang", "en", "--json").output)
        return {row["texts"]: row["total"] for row in report["rows"]}

    on_default = rows()
    assert {"template labels (default)", "template labels (corporate)"} <= set(on_default)
    project.edit_spec("id: BCM-001", "id: BCM-001\ntemplate: corporate")
    on_corporate = rows()
    assert on_corporate["specs/bcm-001.yaml"] < on_default["specs/bcm-001.yaml"]  # its tools, career path, ... go
    assert on_corporate["specs/plant/prd-010.yaml"] == on_default["specs/plant/prd-010.yaml"]


def test_the_readme_s_forms_example_does_what_it_says(project):
    from tests.test_readme_project import blocks, section

    text = section("### Several forms in one project")
    [settings], [spec_start], [error] = blocks(text, "toml"), blocks(text, "yaml"), blocks(text, "")
    (project.root / "jdgen.toml").write_text(settings, encoding="utf-8")
    plant = (project.root / PLANT_SPEC).read_text(encoding="utf-8")
    (project.root / "specs/plant/qc-001.yaml").write_text(plant.replace("id: PRD-010", "id: QC-001"), encoding="utf-8")
    own = "\n".join(line for line in spec_start.splitlines() if line.startswith(("id:", "template:")))
    (project.root / "specs/plant/prd-099.yaml").write_text(plant.replace("id: PRD-010", own), encoding="utf-8")
    project.run("build", "--lang", "zh")
    forms = {name: form_of(project, f"zh/{name}.docx") for name in ("BCM-001", "PRD-010", "QC-001", "PRD-099")}
    assert forms == {"BCM-001": "default", "PRD-010": "corporate", "QC-001": "corporate", "PRD-099": "default"}
    project.spec.write_text(project.spec.read_text(encoding="utf-8").replace("id: BCM-001", "id: BCM-001\n"
                            "template: corprate", 1), encoding="utf-8")
    result = project.run("build", "--lang", "zh", status=1)
    assert error.strip() in result.output.splitlines()


def test_translate_update_extracts_what_each_spec_s_form_shows_and_each_form_s_labels(project):
    shutil.copytree(REPO / "jdgen/templates/corporate", project.root / "templates/corporate")
    labels = project.root / "templates/corporate/labels.yaml"  # a label of its own, to be translated in the catalog
    text = labels.read_text(encoding="utf-8")
    labels.write_text(text.replace("summary: {zh: 二、岗位目的, en: 2. Purpose of the Position}", "summary: 二、岗位宗旨"),
                      encoding="utf-8")
    project.edit_spec("id: BCM-001", "id: BCM-001\ntemplate: corporate")
    (project.root / "jdgen.toml").write_text("", encoding="utf-8")  # PRD-010 on the default form
    project.run("translate", "update", "--lang", "en")
    catalog = read_catalog(project.root / "translations/en.po", "translations/en.po")
    active = {message.id for message in catalog if message.id}  # not the obsolete (#~) entries
    assert "二、岗位宗旨" in active  # the label of a form only BCM-001 uses
    assert "其他部门经理" not in active  # BCM-001's career path: the corporate form shows none
    assert "设备维修员" in active  # PRD-010's subordinate, shown on the default form


def test_check_checks_each_form_used_and_no_other(project):
    broken = project.root / "templates/broken"
    shutil.copytree(REPO / "jdgen/templates/corporate", broken)
    (broken / "labels.yaml").write_text("basic: [unclosed\n", encoding="utf-8")
    (project.root / "jdgen.toml").write_text(MAPPING.replace('"corporate"', '"broken"'), encoding="utf-8")
    errors = diagnostic_lines(project.run("check", "--lang", "zh", status=1).output)
    assert errors and all(line.startswith("templates/broken/labels.yaml:") for line in errors), errors
    assert diagnostic_lines(project.run("build", "--lang", "zh", status=1).output) == errors
    (project.root / "jdgen.toml").write_text(MAPPING, encoding="utf-8")  # no spec uses it now
    assert "0 errors" in project.run("check", "--lang", "zh").output


def test_diff_draws_each_redline_on_the_form_of_its_spec(project):
    """OLD's copies in old/ are on the default form (no [[forms]] table matches
    them); NEW's PRD-010 is on the corporate one: compared on its new form."""
    (project.root / "old").mkdir()
    for spec in (PLANT_SPEC, "specs/bcm-001.yaml"):
        shutil.copy(project.root / spec, project.root / "old" / Path(spec).name)
        path = project.root / spec
        path.write_text(path.read_text(encoding="utf-8").replace("headcount: ", "headcount: 1", 1), encoding="utf-8")
    project.run("diff", "old", "specs", "--lang", "zh")
    forms = {name: full_text(open_document(project.root / f"redline/zh/{name}.docx")) for name in ("PRD-010", "BCM-001")}
    assert all(words in forms["PRD-010"] for words in CORPORATE)
    assert all(words in forms["BCM-001"] for words in DEFAULT) and CORPORATE[0] not in forms["BCM-001"]

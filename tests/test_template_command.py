"""jdgen template list|new|context, and the generated template reference."""

from __future__ import annotations

import json
import sys

import pytest

from jdgen.marks import LINE_BREAK
from tests.conftest import REPO, ExampleProject
from tests.docx_reading import full_text, open_document

sys.path.insert(0, str(REPO / "scripts"))
from make_template_reference import TARGET, generate  # noqa: E402


def test_the_template_reference_is_what_the_example_and_the_default_template_give():
    assert TARGET.read_text(encoding="utf-8") == generate(), "run python scripts/make_template_reference.py"


def test_every_value_of_the_reference_has_an_example_in_each_language():
    """Values the example leaves empty (duty weights, the major, a target's
    period) are shown from the corporate example or the samples."""
    values = TARGET.read_text(encoding="utf-8").split("## Values", 1)[1].split("\n## ", 1)[0]
    rows = {cells[0].strip("`"): cells[1:4] for cells in ([cell.strip() for cell in line.strip(" |").split(" | ")]
                                                          for line in values.splitlines() if line.startswith("| `"))}
    assert len(rows) > 100
    always_empty = {"education[].entries[].n"}  # 学历要求 and 专业 are one text each: a one-item list, unnumbered
    assert {name: cells for name, cells in rows.items()
            if "mapping" not in cells[0] and not all(cells[1:]) and name not in always_empty} == {}
    assert rows["duties[].entries[].weight"][1:] == rows["measures[].weight"][1:] == ["30%", "30%"]
    assert rows["qualifications_by_key.major"][1] == "机械、自动化或相关专业"
    assert rows["measures[].target.period"][1:] == ["月度", "Monthly"]
    assert rows["measures[].weight_value"][0] == "number or none"


def test_the_reference_names_every_variable_the_default_template_uses():
    import re
    import zipfile

    from jdgen.project import PACKAGED_TEMPLATES, Project
    from jdgen.template_command import template_context

    context, _ = template_context(Project(REPO), REPO / "specs/bcm-001.yaml", "zh", "default")
    assert context is not None
    xml = zipfile.ZipFile(PACKAGED_TEMPLATES / "default" / "form.docx").read("word/document.xml").decode()
    used = set(re.findall(r"\{\{ ([a-z_]+(?:\.[a-z_]+)?)", xml))
    context_variables = {name for name in used if name.split(".")[0] in context and not name.startswith("labels")}
    assert {"title", "basic.department", "summary"} <= context_variables  # not loop variables
    reference = TARGET.read_text(encoding="utf-8")
    assert [name for name in context_variables if f"| `{name}` |" not in reference] == []


def test_template_new_copies_a_working_form_and_never_over_one(example: ExampleProject):
    example.run("template", "new", "ours", "--use", status=0)
    assert (example.root / "templates/ours/form.docx").is_file()
    assert (example.root / "jdgen.toml").read_text(encoding="utf-8") == 'template = "ours"\n'
    labels = example.root / "templates/ours/labels.yaml"
    labels.write_text(labels.read_text(encoding="utf-8").replace("职位说明书", "岗位说明书"), encoding="utf-8")
    example.run("build", "--lang", "zh", status=0)
    assert "岗位说明书" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))
    again = example.run("template", "new", "ours", status=1)
    assert "templates/ours: error: already exists" in again.output
    listed = example.run("template", "list", status=0)
    assert listed.output.splitlines() == ["ours             templates/ours",
                                          "corporate        built-in",
                                          "default          built-in"]


def test_template_new_use_rewrites_the_template_a_jdgen_toml_names_keeping_the_rest(example: ExampleProject):
    settings = example.root / "jdgen.toml"
    settings.write_text('languages = ["zh"]\ntemplate = "corporate"   # the form\n\n[[forms]]\n'
                        'specs = "specs/x/"\ntemplate = "default"\n', encoding="utf-8")
    example.run("template", "new", "ours", "--from", "corporate", "--use", status=0)
    assert settings.read_text(encoding="utf-8") == ('languages = ["zh"]\ntemplate = "ours"   # the form\n\n'
                                                    '[[forms]]\nspecs = "specs/x/"\ntemplate = "default"\n')
    assert (example.root / "templates/ours/form.docx").is_file()


@pytest.mark.parametrize("settings", ["template = 'default'\n", 'template = """default"""\n'])
def test_template_new_use_leaves_a_jdgen_toml_it_cannot_rewrite_alone_and_writes_nothing(
        example: ExampleProject, settings: str):
    (example.root / "jdgen.toml").write_text(settings, encoding="utf-8")
    result = example.run("template", "new", "ours", "--use", status=1)
    assert "jdgen.toml: error: names a template in a way jdgen does not rewrite; set template = \"ours\"" \
        in result.output
    assert not (example.root / "templates/ours").exists()
    assert (example.root / "jdgen.toml").read_text(encoding="utf-8") == settings


def test_template_context_prints_what_the_document_shows(example: ExampleProject):
    result = example.run("template", "context", "specs/bcm-001.yaml", "--lang", "zh+en", status=0)
    context = json.loads(result.output)
    assert context["title"] == f"客户经理{LINE_BREAK}Customer Manager"
    assert "\\ue002" in result.output  # the bilingual mark, visible
    assert context["lang"] == "zh"
    assert context["basic"]["headcount"] == f"1人{LINE_BREAK}1 person"


def test_the_readme_example_of_template_new_is_what_it_prints(example: ExampleProject):
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ jdgen template new ours --use\n(.*?)```", readme, re.S)
    assert block is not None
    result = example.run("template", "new", "ours", "--use", status=0)
    assert result.output == block[1]

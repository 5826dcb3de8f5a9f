"""Rendering: values are data, never markup or template code; output is
reproducible and written whole or not at all."""

from __future__ import annotations

import re
import shutil
import zipfile

import jinja2
import pytest
import yaml
from jinja2.sandbox import SandboxedEnvironment

from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render.template import PreparedTemplate
from tests.conftest import ExampleProject
from tests.docx_reading import full_text, open_document, paragraph_texts
from tests.template_editing import edit_template

NASTY = "A & B <c> \"d\" 'e' <w:p> ]]>"


def test_xml_special_characters_come_out_literally(example, built_example):
    example.edit_spec("physical: 健康,能适应加班", f"physical: '{NASTY.replace(chr(39), chr(39) * 2)}'")
    example.run("build", "--lang", "zh")
    document = open_document(example.root / "output/zh/BCM-001.docx")
    assert NASTY in paragraph_texts(document)
    # nothing swallowed by broken markup
    assert len(document.tables) == len(open_document(built_example / "zh/BCM-001.docx").tables)


@pytest.mark.parametrize("code", ["{{ 7*7 }}", "{% if true %}x{% endif %}", "{{ labels.form_title }}"])
def test_template_code_in_a_value_is_printed_as_is(example, code):
    example.edit_spec("physical: 健康,能适应加班", f"physical: '{code}'")
    example.run("build", "--lang", "zh")
    assert code in paragraph_texts(open_document(example.root / "output/zh/BCM-001.docx"))


def test_same_inputs_give_identical_bytes_in_any_folder(example, tmp_path):
    """(The zip entries' times are fixed: see test_package_metadata_comes_from_the_spec.)"""
    example.run("build", "-o", str(tmp_path / "first"))
    elsewhere = ExampleProject(tmp_path / "elsewhere")
    shutil.copytree(example.root, elsewhere.root)
    elsewhere.run("build", "-o", str(tmp_path / "second"))
    for language in ("zh", "en"):
        first = (tmp_path / "first" / language / "BCM-001.docx").read_bytes()
        second = (tmp_path / "second" / language / "BCM-001.docx").read_bytes()
        assert first == second


def test_package_metadata_comes_from_the_spec(built_example):
    with zipfile.ZipFile(built_example / "zh/BCM-001.docx") as package:
        assert package.namelist()[0] == "[Content_Types].xml"
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "<dc:title>职位说明书 · 客户经理</dc:title>" in core
    assert "2014-12-09T00:00:00Z" in core


def test_a_bad_spec_does_not_stop_the_others_and_leaves_no_file(example):
    bad = example.root / "specs/bad.yaml"
    bad.write_text("id: BAD-1\ntitle: 坏\n", encoding="utf-8")
    result = example.run("build", status=1)
    written = sorted(p.relative_to(example.root / "output").as_posix() for p in (example.root / "output").rglob("*"))
    assert written == [".jdgen-manifest.json", ".jdgen-register.json", "bilingual", "bilingual/BCM-001.docx",
                       "en", "en/BCM-001.docx", "positions.xlsx", "zh", "zh/BCM-001.docx"]
    assert re.fullmatch(r"built 3, unchanged 0, failed 3 \(3 errors\) in \d+\.\d s", result.output.splitlines()[-1])


def test_duplicate_ids_are_refused(example):
    (example.root / "specs/copy.yaml").write_bytes(example.spec.read_bytes())
    result = example.run("check", status=1)
    assert (
        "specs/copy.yaml:4:5: error: id: 'BCM-001' is already used by specs/bcm-001.yaml; "
        "ids name the output files and must be unique"
    ) in result.output


def test_template_syntax_error_names_file_and_paragraph(example):
    edit_template(example, "{{ summary }}", "{{ summary }")
    result = example.run("build", status=1)
    assert "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if "error" in line and "form.docx" in line]
    assert re.fullmatch(r"templates/default/form\.docx: error: word/document\.xml: table \d+, row \d+, cell \d+, "
                        r"'\{\{ summary \}': unexpected '\}' \[template-syntax\]", line), line
    assert not (example.root / "output").exists()
    checked = [line for line in example.run("check", status=1).output.splitlines() if "form.docx" in line]
    assert checked == [line]  # check says it where build does


def test_project_template_overrides_the_built_in_one(example):
    edit_template(example, "{{ labels.form_title }}", "{{ labels.form_title }}(本行)")
    example.run("build", "--lang", "zh")
    assert "职位说明书(本行)" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))


def test_a_form_edited_between_two_builds_of_one_process_is_the_one_used(example):
    """A process keeps the forms it prepared (watch's rounds): by content, so
    an edit between two builds is seen, and going back reuses nothing stale."""
    edit_template(example, "{{ labels.form_title }}", "{{ labels.form_title }}(一)")
    example.run("build", "--lang", "zh")
    edit_template(example, "(一)", "(二)", again=True)
    example.run("build", "--lang", "zh")
    assert "职位说明书(二)" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))
    edit_template(example, "(二)", "(一)", again=True)
    example.run("build", "--lang", "zh")
    assert "职位说明书(一)" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))


def test_template_that_is_not_a_word_file(example):
    folder = example.root / "templates/default"
    folder.mkdir(parents=True)
    (folder / "form.docx").write_text("not a zip", encoding="utf-8")
    result = example.run("build", status=1)
    assert "templates/default/form.docx: error: not a Word document (.docx): File is not a zip file" in result.output


def test_sandbox_keeps_templates_away_from_python_internals(example):
    edit_template(example, "{{ summary }}", "{{ summary.__class__.__mro__[1].__subclasses__() }}")
    result = example.run("build", "--lang", "zh", status=1)
    assert "cannot render" in result.output
    assert not (example.root / "output/zh/BCM-001.docx").exists()


@pytest.mark.parametrize("expression", [
    "{{ part.title }}", "{{ part.missing }}", "{{ part.items is callable }}", "{{ part['items'].count }}",
    "{{ part.get('title') }}", "{{ part.__class__ }}", "{{ part.title.__class__ }}", "{{ part.mro }}",
])
def test_a_forms_sandbox_reads_a_mapping_as_jinjas_sandbox_does(expression):
    form = PreparedTemplate.load(PACKAGED_TEMPLATES / "default", "templates/default")
    context = {"part": {"title": "岗位", "items": {"count": 2}}}

    def outcome(environment) -> str:
        try:
            return environment.from_string(expression).render(context)
        except Exception as error:  # the sandbox's verdict, whatever it is
            return f"{type(error).__name__}: {error}"

    jinjas = SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    assert outcome(form.compiled["word/document.xml"].environment) == outcome(jinjas)


def test_check_finds_unknown_variables_in_the_template(example):
    edit_template(example, "{{ basic.headcount }}", "{{ basic.headcont }}")
    result = example.run("check", status=1)
    errors = [line for line in result.output.splitlines() if "unknown variable" in line]
    assert len(errors) == 1
    assert re.fullmatch(
        r"templates/default/form\.docx: error: word/document\.xml: table 2, row \d+, cell \d+, '\{\{ basic\.headcont \}\}': "
        r"unknown variable 'basic\.headcont' \(did you mean 'headcount'\?\) \[template-unknown-variable\]", errors[0])


def test_check_follows_loop_variables(example):
    edit_template(example, "{{ entry.text }}", "{{ entry.txt }}")
    result = example.run("check", status=1)
    assert "unknown variable 'entry.txt' (did you mean 'text'?)" in result.output
    assert example.run("check", status=1).output.count("unknown variable") == 1


def test_check_understands_set_macros_and_with(example):
    edit_template(example, "{{ summary }}", "{% set first = summary %}{{ first }}{% macro shown(x) %}{{ x }}"
                   "{% endmacro %}{{ shown(title) }}{% with t = title %}{{ t }}{% endwith %}")
    example.run("check")
    example.run("build", "--lang", "zh")


def test_check_knows_jinjas_own_globals_such_as_a_namespace_counting_across_loops(example):
    """Numbering duties across their groups, as the cookbook shows."""
    edit_template(example, "{{ summary }}", "{% set count = namespace(n=0) %}{% for group in duties %}"
                  "{% for entry in group.entries %}{% set count.n = count.n + 1 %}{% endfor %}{% endfor %}"
                  "{{ summary }} ({{ count.n }}){% for i in range(2) %}{{ i }}{% endfor %}")
    example.run("check")
    example.run("build", "--lang", "zh")
    spec = yaml.safe_load(example.spec.read_text(encoding="utf-8"))
    total = sum(len(group["items"]) for group in spec["duties"])
    assert f"{spec['summary'].strip()} ({total})01" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))


def test_check_finds_unknown_filters_and_tests(example):
    edit_template(example, "{{ summary }}", "{{ summary | uppper }}{% if title is strin %}{% endif %}")
    result = example.run("check", status=1)
    lines = [line for line in result.output.splitlines() if "form.docx" in line]
    assert len(lines) == 2
    assert lines[0].endswith("unknown filter 'uppper' (did you mean 'upper'?) [template-unknown-filter]")
    assert lines[1].endswith("unknown test 'strin' (did you mean 'string'?) [template-unknown-filter]")


def test_check_refuses_a_loop_around_a_table_cell(example):
    """A plain {% for %} opened in one cell and closed in the next gives rows
    with more cells than the grid: check names it, with where it is."""
    edit_template(example, "{{ labels.department }}", "{% for x in [1, 2] %}{{ labels.department }}")
    edit_template(example, "{{ basic.department }}", "{{ basic.department }}{% endfor %}", again=True)
    result = example.run("check", status=1)
    [line] = [line for line in result.output.splitlines() if "[template-loop]" in line]
    assert re.match(r"templates/default/form\.docx: error: word/document\.xml: table 2, row \d+, cell \d+, "
                    r"'\{% for x in \[1, 2\] %\}\{\{ labels\.department \}\}': this \{% for %\} closes in another "
                    r"place \(table 2, row \d+, cell \d+, ", line), line

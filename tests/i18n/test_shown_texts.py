"""Translate what is shown: a text of a field the template shows nowhere
needs no translation (jdgen.checking.template.hidden_fields), and says so once."""

from __future__ import annotations

import contextlib
import json

import pytest

from tests.conftest import ExampleProject, invoke
from tests.docx_reading import full_text, open_document
from tests.template_editing import edit_template


def _untranslated_tools(example) -> None:
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 保险柜钥匙]")  # 保险柜钥匙 is in no catalog


def test_a_text_the_template_shows_must_be_translated(example):
    _untranslated_tools(example)
    result = example.run("check", status=1)
    assert "tools[1]: untranslated (en) [catalog-untranslated]" in result.output


def test_a_text_the_template_does_not_show_needs_no_translation(example):
    _untranslated_tools(example)
    edit_template(example, "{{ tools }}", "")
    checked = example.run("check")
    [line] = [line for line in checked.output.splitlines() if "[catalog-not-shown]" in line]
    assert line.startswith("specs/bcm-001.yaml:") and ": info: tools[1]: 1 text not translated (en) and not " \
        "needed: the template shows no tools [catalog-not-shown]" in line
    assert "untranslated" not in checked.output
    built = example.run("build", "--lang", "en")
    assert "[catalog-not-shown]" in built.output
    text = full_text(open_document(example.root / "output/en/BCM-001.docx"))
    assert "Customer Manager" in text and "保险柜钥匙" not in text


def test_a_field_the_template_only_tests_is_not_shown(example):
    _untranslated_tools(example)
    edit_template(example, "{{ tools }}", "{% if not tools %}—{% endif %}")
    assert "[catalog-not-shown]" in example.run("check").output


@pytest.mark.parametrize("shows", ["{% set all = tools %}{{ all }}", "{{ tools[1] }}", "{{ tools | join(' ') }}"])
def test_a_field_the_template_hands_on_or_prints_in_part_is_shown(example, shows):
    _untranslated_tools(example)
    edit_template(example, "{{ tools }}", shows)
    assert "tools[1]: untranslated (en) [catalog-untranslated]" in example.run("check", status=1).output


def _status_lines(output: str) -> tuple[dict[str, list[str]], list[str]]:
    """The status table's English rows by file (translated, fuzzy, missing,
    complete), and the information lines."""
    rows = {cells[1]: cells[2:] for cells in (line.split() for line in output.splitlines())
            if len(cells) == 6 and cells[0] == "en"}
    return rows, [line for line in output.splitlines() if ": info: " in line]


def test_translate_status_counts_only_what_the_template_shows_and_notes_the_rest_once(example):
    _untranslated_tools(example)
    before, _ = _status_lines(example.run("translate", "status").output)
    translated, fuzzy, missing, _ = before["specs/bcm-001.yaml"]
    assert (fuzzy, missing) == ("0", "1")  # 保险柜钥匙
    example.run("translate", "status", "--check", status=1)
    edit_template(example, "{{ tools }}", "")
    for run in ("cold", "cached"):
        shown = example.run("translate", "status", "--check")
        rows, notes = _status_lines(shown.output)
        assert rows["specs/bcm-001.yaml"] == [str(int(translated) - 1), "0", "0", "100%"], run  # 电脑 not counted
        assert [note.split(": info: ")[1] for note in notes] == [
            "tools[1]: 1 text not translated (en) and not needed: the template shows no tools [catalog-not-shown]"], run
        assert "untranslated" not in shown.output, run
    report = json.loads(example.run("translate", "status", "--json").output)
    [row] = [row for row in report["rows"] if row["texts"] == "specs/bcm-001.yaml"]
    assert (row["missing"], row["not_shown"]) == (0, 1)
    assert [entry["code"] for entry in report["diagnostics"] if entry["level"] == "info"] == ["catalog-not-shown"]


def test_the_status_cache_follows_the_template_showing_a_field_again(example):
    _untranslated_tools(example)
    edit_template(example, "{{ tools }}", "")
    example.run("translate", "status", "--check")
    edit_template(example, "</w:body>", "<w:p><w:r><w:t>{{ tools }}</w:t></w:r></w:p></w:body>", again=True)
    result = example.run("translate", "status", "--check", status=1)
    assert "tools[1]: untranslated (en) [catalog-untranslated]" in result.output


def test_a_corporate_project_needs_no_translation_of_what_its_form_does_not_show(tmp_path):
    """The corporate form shows no tools, career path, training, knowledge or
    indicator category: a spec's untranslated texts there pass check, status
    and build, noted once; translate update leaves them out of the catalog."""
    invoke_in(tmp_path, "init", "--template", "corporate", "positions")
    project = ExampleProject(tmp_path / "positions")
    [spec] = (project.root / "specs").glob("*.yaml")
    text = spec.read_text(encoding="utf-8").replace("  major: ", "  knowledge: 精益生产知识\n  major: ", 1)
    spec.write_text(text + "tools: [保险柜钥匙]\ncareer_path: [车间主任]\ntraining:\n  topics: [叉车操作]\n  hours: 16\n",
                    encoding="utf-8")
    hidden = ("关键绩效指标", "精益生产知识", "保险柜钥匙", "车间主任", "叉车操作")
    for command in (("check",), ("translate", "status", "--check"), ("build",)):
        result = project.run(*command)
        [note] = [line for line in result.output.splitlines() if "[catalog-not-shown]" in line]
        assert note.startswith(f"specs/{spec.name}:") and "5 texts not translated (en) and not needed: the " \
            "template shows no indicators.quantitative.name, qualifications.knowledge, career_path, training, " \
            "tools" in note, command
    text = full_text(open_document(project.root / "output/en" / f"{spec.stem.upper()}.docx"))
    assert "Production Supervisor" in text and not any(word in text for word in hidden)
    assert "unchanged" in project.run("translate", "update").output
    catalog = (project.root / "translations/en.po").read_text(encoding="utf-8")
    assert not any(word in catalog for word in hidden)


def invoke_in(folder, *args: str):
    with contextlib.chdir(folder):
        return invoke(*args)

"""The README's sections on starting a project and adding a language, done
as written."""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

import yaml
from babel.dates import format_date

from jdgen.i18n.catalog import read_catalog, write_catalog
from jdgen.init import STARTER
from jdgen.jobspec.validate import load_spec
from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render.word_rules import check_docx
from jdgen.settings import SETTINGS_FILE
from tests.conftest import REPO, ExampleProject, invoke
from tests.docx_reading import full_text, open_document

README = (REPO / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text of a README section, up to the next heading of its level or
    above (outside code blocks)."""
    level = len(title.split(" ", 1)[0])
    lines = README.splitlines(keepends=True)
    start = lines.index(title + "\n")
    fenced = False
    for end in range(start + 1, len(lines)):
        fenced ^= lines[end].startswith("```")
        heading = re.match(r"(#+) ", lines[end])
        if heading and not fenced and len(heading[1]) <= level:
            break
    else:
        end = len(lines)
    return "".join(lines[start:end])


def blocks(text: str, language: str) -> list[str]:
    """The code blocks of ``text`` whose fence names ``language`` ("" for none)."""
    found, current, info = [], None, ""
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            if current is None:
                current, info = [], line[3:].strip()
                continue
            if info == language:
                found.append("".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return found


def new_project(tmp_path: Path) -> ExampleProject:
    with contextlib.chdir(tmp_path):
        invoke("init", "positions")
    return ExampleProject(tmp_path / "positions")


def test_the_init_session_is_what_init_prints(tmp_path):
    [session] = blocks(section("## Starting a project"), "console")
    command, *printed = session.splitlines()
    assert command.startswith("$ jdgen ")
    with contextlib.chdir(tmp_path):
        result = invoke(*command[len("$ jdgen "):].split())
    assert result.output.splitlines() == printed


def test_the_settings_shown_are_those_init_writes():
    [shown] = blocks(section("### Project settings: jdgen.toml"), "toml")
    assert shown == (STARTER / SETTINGS_FILE).read_text(encoding="utf-8")


def test_the_settings_errors_shown_are_jdgens(example):
    [shown] = blocks(section("### Project settings: jdgen.toml"), "")
    (example.root / SETTINGS_FILE).write_text('# settings\nlangauges = ["zh"]\noutput = 3\n', encoding="utf-8")
    assert example.run("build", status=2).output == shown


def test_the_hooks_shown_are_offered():
    [shown] = blocks(section("### Checking each commit: pre-commit"), "yaml")
    [repository] = yaml.safe_load(shown)["repos"]
    offered = [hook["id"] for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))]
    assert [hook["id"] for hook in repository["hooks"]] == offered


def _translate_all(project: ExampleProject, language: str) -> dict[str, str]:
    """Fill every entry of ``language``'s catalog, as a translator would; return them."""
    path = project.root / "translations" / f"{language}.po"
    catalog = read_catalog(path, path.name, language)
    for message in catalog:
        if message.pluralizable:  # each plural form of the language, as the header counts them
            message.string = tuple(f"[{language}] {message.id[0]} ({form})" for form in range(len(message.string)))
        elif message.id:
            message.string = f"[{language}] {message.id}"
    write_catalog(path, catalog)
    return {message.id[0] if message.pluralizable else message.id: message.string[-1] if message.pluralizable
            else message.string for message in catalog if message.id}


def test_adding_french_as_the_readme_says(tmp_path):
    """Steps 1 to 4 of 'Adding another language', in a new project."""
    text = section("### Adding another language")
    project = new_project(tmp_path)
    [update] = re.findall(r"`(jdgen translate update --lang fr)`", text)
    project.run(*update.split()[1:])
    translations = _translate_all(project, "fr")
    labels = yaml.safe_load((PACKAGED_TEMPLATES / "default/labels.yaml").read_text(encoding="utf-8"))
    assert {label["zh"] for label in labels.values()} <= set(translations)  # the form's labels too
    [status] = re.findall(r"`(jdgen translate status --lang fr --check)`", text)
    project.run(*status.split()[1:])
    [setting] = re.findall(r"`(languages = \[.*?\])`", text)
    (project.root / SETTINGS_FILE).write_text(setting + "\n", encoding="utf-8")
    project.run("build")

    [spec_file] = (project.root / "specs").glob("*.yaml")
    spec, _, _ = load_spec(spec_file, "spec")
    french = project.root / "output/fr" / f"{spec.id}.docx"
    assert check_docx(french.read_bytes()) == []
    assert check_docx((project.root / "output/bilingual" / f"{spec.id}.docx").read_bytes()) == []
    document = full_text(open_document(french))
    assert translations[labels["form_title"]["zh"]] in document
    assert translations[spec.title] in document
    date = format_date(spec.basic.prepared_on, "long", locale="fr")
    assert f"`{date}`" in text and date in document


def test_a_french_label_inline_in_a_copied_template(tmp_path):
    text = section("### Adding another language")
    [inline] = re.findall(r"`(form_title: \{.*?\})`", text)
    project = new_project(tmp_path)
    project.run("translate", "update", "--lang", "fr")
    _translate_all(project, "fr")
    shutil.copytree(PACKAGED_TEMPLATES / "default", project.root / "templates/default")
    labels = project.root / "templates/default/labels.yaml"
    lines = labels.read_text(encoding="utf-8").splitlines()
    lines = [inline if line.startswith("form_title:") else line for line in lines]
    labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project.run("build", "--lang", "fr")
    [document] = (project.root / "output/fr").glob("*.docx")
    assert yaml.safe_load(inline)["form_title"]["fr"] in full_text(open_document(document))

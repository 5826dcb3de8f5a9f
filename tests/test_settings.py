"""jdgen.toml: the project's defaults for the command line, read strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdgen.settings import SETTINGS_FILE, Given, Settings, load_settings, resolve_options
from tests.docx_reading import full_text, open_document


def settings(example, text: str) -> None:
    (example.root / SETTINGS_FILE).write_text(text, encoding="utf-8")


def documents(folder) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.docx"))


def test_no_file_gives_the_defaults(tmp_path):
    assert load_settings(tmp_path) == Settings()


def test_settings_are_the_defaults_of_build(example):
    settings(example, 'languages = ["zh"]\noutput = "documents"\n')
    example.run("build")
    assert documents(example.root / "documents") == ["zh/BCM-001.docx"]
    assert not (example.root / "output").exists()


def test_the_command_line_wins(example):
    settings(example, 'languages = ["zh"]\noutput = "documents"\n')
    example.run("build", "--lang", "en", "-o", "elsewhere")
    assert documents(example.root / "elsewhere") == ["en/BCM-001.docx"]
    assert not (example.root / "documents").exists()


def test_a_chinese_only_project_checks_without_english(example):
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")  # a text en.po lacks
    example.run("check", status=1)
    settings(example, 'languages = ["zh"]\n')
    example.run("check")


def test_languages_of_check_are_those_built(example):
    """A bilingual pair is checked as its two languages."""
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")
    settings(example, 'languages = ["zh+en"]\n')
    result = example.run("check", status=1)
    assert "physical: untranslated (en)" in result.output


def test_source_language_is_the_default_of_specs(example):
    """With English as the source, the example's texts are taken as written,
    and translate update makes the Chinese catalog; the English one keeps
    its translations, as obsolete entries (the texts are now the source)."""
    settings(example, 'languages = ["en", "zh"]\nsource_language = "en"\n')
    example.edit_spec("source_language: zh\n", "")
    example.run("translate", "update")
    english = (example.root / "translations/en.po").read_text(encoding="utf-8")
    assert '#~ msgid "客户经理"\n#~ msgstr "Customer Manager"' in english
    chinese = (example.root / "translations/zh.po").read_text(encoding="utf-8")
    assert 'msgid "客户经理"' in chinese
    example.run("build", "--lang", "en")
    assert "客户经理" in full_text(open_document(example.root / "output/en/BCM-001.docx"))


def test_a_spec_keeps_its_own_source_language(example):
    """The example names zh as its source: the English comes from en.po."""
    settings(example, 'source_language = "en"\n')
    assert "source_language: zh" in example.spec.read_text(encoding="utf-8")
    example.run("build", "--lang", "en")
    assert "客户经理" not in full_text(open_document(example.root / "output/en/BCM-001.docx"))


def _where(text: str, needle: str) -> tuple[int, int]:
    """The 1-based line and column of ``needle`` in ``text``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


@pytest.mark.parametrize(("text", "needle", "message"), [
    ('output = "out"\nlangauges = ["zh"]\n', "langauges",
     "unknown setting 'langauges' (did you mean 'languages'?)"),
    ('[build]\nlanguages = ["zh"]\n', "[build]", "unknown setting 'build'"),
    ('  "templat" = "x"\n', '"templat"', "unknown setting 'templat' (did you mean 'template'?)"),
    ('output = 3\n', "3", 'output: expected a folder name such as "output", got a whole number'),
    ('languages = "zh"\n', '"zh"', 'languages: expected a list of languages such as ["zh", "en", "zh+en"], '
                                   'got a string'),
    ('languages = ["zh", 1]\n', "[", "languages: expected a list of languages such as "
                                     '["zh", "en", "zh+en"], got a whole number in the list'),
    ('languages = ["zh+en", "en+zh"]\n', "[", "languages: name at most one bilingual pair "
                                              "(it is written to bilingual/)"),
    ('source_language = "Chinese"\n', '"Chinese"', "source_language: 'Chinese' is not a language code "
                                                   "such as zh or en"),
    ('template = ""\n', '""', "template: must not be empty"),
    ('languages = []\n', "[", "languages: name at least one language"),
    ('languages = ["zh", "xx"]\n', "[", "languages: 'xx' is not a language jdgen knows (a two- or three-letter "
                                        "code such as zh, en or fr)"),
    ('template = "hospital"\n', '"hospital"', "template: no template 'hospital': there is no folder "
                                                "templates/hospital"),
    ('output = "notes.txt"\n', '"notes.txt"', "output: notes.txt is a file, not a folder: name a folder"),
])
def test_mistakes_are_located(example, text, needle, message):
    """Each a usage error (exit 2, as ruff and black give for their settings), at the file's line."""
    settings(example, text)
    (example.root / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = example.run("build", status=2)
    line, column = _where(text, needle)
    assert f"{SETTINGS_FILE}:{line}:{column}: error: {message} [settings]" in result.output.splitlines()
    assert result.output.splitlines()[-1] == f"{SETTINGS_FILE} has errors; nothing was done"
    assert not (example.root / "output").exists()


def test_every_mistake_in_one_run(example):
    settings(example, 'langauges = ["zh"]\noutput = 3\ntempalte = "x"\n')
    errors = [line for line in example.run("check", status=2).output.splitlines() if ": error: " in line]
    assert [line.split(":")[1] for line in errors] == ["1", "2", "3"]


def test_a_toml_syntax_error_is_located(example):
    settings(example, 'output = "out"\nlanguages = ["zh",, "en"]\n')
    result = example.run("check", status=2)
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith(f"{SETTINGS_FILE}:2:") and "not valid TOML" in line
    assert "Traceback" not in result.output


def test_schema_and_init_do_not_read_the_settings(example):
    settings(example, "unknown = 1\n")
    example.run("schema")
    example.run("init", "elsewhere")
    example.run("check", status=2)


@pytest.mark.parametrize("command", [["build"], ["watch"], ["check"], ["diff", "HEAD"], ["translate", "update"],
                                     ["translate", "status"], ["translate", "export", "-o", "x.po"],
                                     ["translate", "import", "x.po"], ["import", "x.docx"]])
def test_every_command_reads_the_settings(example, command):
    """One merge for every command: diff, watch, translate and import too."""
    settings(example, 'template = "hospital"\n')
    for name in ("x.po", "x.docx"):
        (example.root / name).write_bytes(b"")
    result = example.run(*command, status=2)
    assert result.output.splitlines()[0].startswith(f"{SETTINGS_FILE}:1:12: error: template: no template")


@pytest.mark.parametrize("value", [",", " ", "xx", "zh,xx"])
@pytest.mark.parametrize("command", [["build"], ["check"], ["translate", "status"], ["translate", "update"]])
def test_an_empty_or_unknown_language_list_is_one_usage_error(example, command, value):
    result = example.run(*command, "--lang", value, status=2)
    [error] = [line for line in result.output.splitlines() if "rror" in line]
    assert error.startswith("Error: --lang: ")
    assert not (example.root / "output").exists()


def test_options_given_on_the_command_line_are_usage_errors_not_the_files(example):
    settings(example, 'template = "default"\noutput = "output"\n')
    result = example.run("build", "--template", "hospital", status=2)
    assert "Error: --template: no template 'hospital'" in result.output
    (example.root / "taken").write_text("mine\n", encoding="utf-8")
    result = example.run("build", "-o", "taken", status=2)
    assert "Error: -o: taken is a file, not a folder" in result.output


def test_resolve_options_merges_the_command_line_the_file_and_the_defaults(example):
    settings(example, 'languages = ["en"]\ntemplate = "default"\n')
    merged = resolve_options(example.root, Given("diff"))
    assert (merged.outputs, merged.template, merged.output) == (["en"], "default", Path("redline"))
    merged = resolve_options(example.root, Given("build", languages="zh,zh+en", output=Path("out")))
    assert (merged.outputs, merged.languages, merged.output) == (["zh", "zh+en"], ["zh", "en"], Path("out"))
    assert resolve_options(example.root, Given("build")).output == Path("output")


def test_only_the_commands_that_write_into_the_output_folder_need_it_to_be_one(example):
    (example.root / "output").write_text("mine\n", encoding="utf-8")
    example.run("check")
    example.run("translate", "status")
    result = example.run("build", status=2)
    assert "Error: output is a file, not a folder: move it away, or name another folder with -o" in result.output

"""jdgen.toml: the project's defaults for the command line, read strictly."""

from __future__ import annotations

import pytest

from jdgen.settings import SETTINGS_FILE, Settings, load_settings
from tests.docx_reading import full_text, open_document


def settings(example, text: str) -> None:
    (example.root / SETTINGS_FILE).write_text(text, encoding="utf-8")


def documents(folder) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.docx"))


def test_no_file_gives_the_defaults(tmp_path):
    assert load_settings(tmp_path) == Settings()


def test_settings_are_the_defaults_of_build(example):
    settings(example, 'languages = ["zh"]\noutput = "documents"\n')
    result = example.run("build")
    assert result.exit_code == 0, result.output
    assert documents(example.root / "documents") == ["zh/BCM-001.docx"]
    assert not (example.root / "output").exists()


def test_the_command_line_wins(example):
    settings(example, 'languages = ["zh"]\noutput = "documents"\n')
    result = example.run("build", "--lang", "en", "-o", "elsewhere")
    assert result.exit_code == 0, result.output
    assert documents(example.root / "elsewhere") == ["en/BCM-001.docx"]
    assert not (example.root / "documents").exists()


def test_a_chinese_only_project_checks_without_english(example):
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")  # a text en.po lacks
    assert example.run("check").exit_code == 1
    settings(example, 'languages = ["zh"]\n')
    result = example.run("check")
    assert result.exit_code == 0, result.output


def test_languages_of_check_are_those_built(example):
    """A bilingual pair is checked as its two languages."""
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康")
    settings(example, 'languages = ["zh+en"]\n')
    result = example.run("check")
    assert result.exit_code == 1
    assert "physical: untranslated (en)" in result.output


def test_source_language_is_the_default_of_specs(example):
    """With English as the source, the example's texts are taken as written,
    and translate update makes the Chinese catalog, not the English one."""
    settings(example, 'languages = ["en", "zh"]\nsource_language = "en"\n')
    example.edit_spec("source_language: zh\n", "")
    english = (example.root / "translations/en.po").read_bytes()
    result = example.run("translate", "update")
    assert result.exit_code == 0, result.output
    assert (example.root / "translations/en.po").read_bytes() == english
    chinese = (example.root / "translations/zh.po").read_text(encoding="utf-8")
    assert 'msgid "客户经理"' in chinese
    assert example.run("build", "--lang", "en").exit_code == 0
    assert "客户经理" in full_text(open_document(example.root / "output/en/BCM-001.docx"))


def test_a_spec_keeps_its_own_source_language(example):
    """The example names zh as its source: the English comes from en.po."""
    settings(example, 'source_language = "en"\n')
    assert "source_language: zh" in example.spec.read_text(encoding="utf-8")
    result = example.run("build", "--lang", "en")
    assert result.exit_code == 0, result.output
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
])
def test_mistakes_are_located(example, text, needle, message):
    settings(example, text)
    result = example.run("build")
    line, column = _where(text, needle)
    assert result.exit_code == 1
    assert f"{SETTINGS_FILE}:{line}:{column}: error: {message} [settings]" in result.output.splitlines()
    assert result.output.splitlines()[-1] == f"{SETTINGS_FILE} has errors; nothing was done"
    assert not (example.root / "output").exists()


def test_every_mistake_in_one_run(example):
    settings(example, 'langauges = ["zh"]\noutput = 3\ntempalte = "x"\n')
    errors = [line for line in example.run("check").output.splitlines() if ": error: " in line]
    assert [line.split(":")[1] for line in errors] == ["1", "2", "3"]


def test_a_toml_syntax_error_is_located(example):
    settings(example, 'output = "out"\nlanguages = ["zh",, "en"]\n')
    result = example.run("check")
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith(f"{SETTINGS_FILE}:2:") and "not valid TOML" in line
    assert "Traceback" not in result.output


def test_schema_and_init_do_not_read_the_settings(example):
    settings(example, "unknown = 1\n")
    assert example.run("schema").exit_code == 0
    assert example.run("init", "elsewhere").exit_code == 0
    assert example.run("check").exit_code == 1

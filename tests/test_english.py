"""The project's English (jdgen.toml's english and label_case): dates,
lists and the case of labels in the English document, and the check of
labels' case in translate status."""

from __future__ import annotations

import pytest

from jdgen.english import English
from jdgen.render.template import PreparedTemplate
from tests.conftest import ExampleProject, diagnostic_lines
from tests.docx_reading import open_document, paragraph_texts

TOOLS = "computer, telephone and office equipment"


def english_document(example: ExampleProject, settings: str = "") -> list[str]:
    (example.root / "jdgen.toml").write_text(settings, encoding="utf-8")
    example.run("build", "--lang", "en")
    return paragraph_texts(open_document(example.root / "output/en/BCM-001.docx"))


def test_british_english_by_default(example):
    texts = english_document(example)
    assert "9 December 2014" in texts and "December 9, 2014" not in texts
    assert TOOLS.capitalize() in texts


def test_american_english_when_chosen_and_the_documents_follow_the_setting(example):
    english_document(example)
    texts = english_document(example, 'english = "en-US"\n')
    assert "December 9, 2014" in texts and "9 December 2014" not in texts
    assert "Computer, telephone, and office equipment" in texts


def test_labels_in_title_case_by_default_and_in_sentence_case_when_chosen(example):
    texts = english_document(example)
    assert {"Place of Work", "Working Hours", "Reports to", "Document No."} <= set(texts)
    texts = english_document(example, 'label_case = "sentence"\n')
    assert {"Place of work", "Working hours", "Reports to", "Document No.", "Staff supervised"} <= set(texts)
    assert "Place of Work" not in texts
    assert "DRAFT" not in " ".join(texts)


def test_a_label_holding_a_placeholder_is_cased_too_a_phrase_is_not(example):
    """``Scoring formula: {formula}`` is a label with a value in it; ``at
    least {value}`` and ``{n} people`` are phrases, left as written."""
    texts = english_document(example)
    assert any(text.startswith("Scoring Formula: ") for text in texts)
    assert not any("At Least" in text or " People" in text for text in texts)
    texts = english_document(example, 'label_case = "sentence"\n')
    assert any(text.startswith("Scoring formula: ") for text in texts)


def test_status_warns_of_a_label_translation_in_another_case(example):
    assert diagnostic_lines(example.run("translate", "status").output, ": warning: ") == []
    po = example.root / "translations/en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Business Travel"', 'msgstr "Business travel"'),
                  encoding="utf-8")
    output = example.run("translate", "status").output
    [warning] = diagnostic_lines(output, ": warning: ")
    line = example.line_of("出差要求")
    assert warning.startswith(f"specs/bcm-001.yaml:{line}:")
    assert '"Business travel"' in warning and '("Business Travel")' in warning and "[label-case]" in output
    (example.root / "jdgen.toml").write_text('label_case = "sentence"\n', encoding="utf-8")
    [warning] = diagnostic_lines(example.run("translate", "status").output, ": warning: ")
    assert '"Working Environment"' in warning and '("Working environment")' in warning


@pytest.mark.parametrize("setting", ['english = "en-AU"', 'label_case = "upper"', "english = 1"])
def test_a_setting_not_offered_is_a_located_error(example, setting):
    (example.root / "jdgen.toml").write_text(setting + "\n", encoding="utf-8")
    result = example.run("build", status=2)
    [error] = diagnostic_lines(result.output)
    assert error.startswith("jdgen.toml:1:")
    assert not (example.root / "output").exists()


@pytest.mark.parametrize(("label", "title", "sentence"), [
    ("Place of Work", "Place of Work", "Place of work"),
    ("Business travel", "Business Travel", "Business travel"),
    ("Document No.", "Document No.", "Document No."),
    ("CNY Targets", "CNY Targets", "CNY targets"),
    ("Reports To", "Reports to", "Reports to"),
    ("Scoring formula: {formula}", "Scoring Formula: {formula}", "Scoring formula: {formula}"),
    ("Level {the_level} Training Hours", "Level {the_level} Training Hours", "Level {the_level} training hours"),
])
def test_case_styles(label, title, sentence):
    assert English(label_case="title").cased(label) == title
    assert English(label_case="sentence").cased(label) == sentence
    assert English(label_case="title").mismatch(label) == (label != title)


def test_the_check_renders_an_english_spec_with_the_labels_the_build_renders(example, monkeypatch):
    (example.root / "jdgen.toml").write_text('label_case = "sentence"\n', encoding="utf-8")
    spec = example.root / "specs/bcm-001.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("source_language: zh", "source_language: en"),
                    encoding="utf-8")
    contexts: dict[str, dict] = {}
    # The form taken as unproved, so that the check renders the spec (a proved form's specs are not rendered).
    monkeypatch.setattr(PreparedTemplate, "renders_alike", lambda self, shape: False)
    monkeypatch.setattr(PreparedTemplate, "check_renders", lambda self, context: contexts.setdefault("check", context))
    original = PreparedTemplate.render

    def render(self, context, *args, **kwargs):
        if context.get("title") == contexts["check"].get("title"):
            contexts.setdefault("build", context)
        return original(self, context, *args, **kwargs)

    monkeypatch.setattr(PreparedTemplate, "render", render)
    example.run("check", "specs/bcm-001.yaml", "--lang", "en")
    example.run("build", "specs/bcm-001.yaml", "--lang", "en")
    assert contexts["check"]["labels"] == contexts["build"]["labels"]

"""``jdgen translate status``: counts per spec and language, --check, the
warnings of identical inline translations and of the glossary."""

from __future__ import annotations

import pytest

from tests.conftest import ExampleProject, code_of, copy_example, diagnostic_lines, example_text_counts
from tests.i18n.helpers import NEW_SENTENCE, PHYSICAL

SPEC_TEXTS, LABELS = example_text_counts()


@pytest.fixture
def example(tmp_path) -> ExampleProject:
    """The example project with its one spec, BCM-001: one row per spec below."""
    return ExampleProject(copy_example(tmp_path / "project"))


TOTAL = SPEC_TEXTS + LABELS
SHIPPED_TABLE = f"""\
language  texts                      translated  fuzzy  missing  complete
en        specs/bcm-001.yaml         {SPEC_TEXTS:>10}      0        0      100%
en        template labels (default)  {LABELS:>10}      0        0      100%
total                                {TOTAL:>10}      0        0      100%
"""


def test_status_of_the_shipped_example(example):
    result = example.run("translate", "status")
    assert result.stdout == SHIPPED_TABLE
    assert result.stderr == f"{TOTAL} of {TOTAL} texts translated; 0 warnings\n"


def test_status_check_passes_on_the_shipped_example(example):
    result = example.run("translate", "status", "--check")
    assert result.stdout == SHIPPED_TABLE
    assert "0 errors" in result.stderr


def test_status_counts_fuzzy_and_missing_and_check_names_them(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 电话, 办公设备, 传真机]")
    example.run("translate", "update")
    example.edit_spec("place: 办公室", "place: 营业厅")  # not in the catalog at all
    result = example.run("translate", "status", status=0)
    # without --check, gaps are counted, not errors
    translated = SPEC_TEXTS - 2
    assert result.stdout.splitlines()[1] == (
        f"en        specs/bcm-001.yaml         {translated:>10}      1        2{100 * translated // (SPEC_TEXTS + 1):>9}%")
    assert result.stdout.splitlines()[3] == (
        f"total                                {TOTAL - 2:>10}      1        2{100 * (TOTAL - 2) // (TOTAL + 1):>9}%")
    result = example.run("translate", "status", "--check", status=1)
    place, physical, tools = (example.line_of(n) for n in ("place:", "physical:", "tools:"))
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        f"specs/bcm-001.yaml:{place}:10: error: environment.place: untranslated (en) [catalog-untranslated]",
        f"specs/bcm-001.yaml:{physical}:11: error: physical: translation is fuzzy (en); review it in translations/en.po"
        " [catalog-fuzzy]",
        f"specs/bcm-001.yaml:{tools}:23: error: tools[3]: untranslated (en) [catalog-untranslated]",
    ]


def test_status_writes_nothing_but_its_cache(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    files = {p: p.read_bytes() for p in example.root.rglob("*") if p.is_file()}
    example.run("translate", "status", "--check", status=1)
    after = {p: p.read_bytes() for p in example.root.rglob("*") if p.is_file()}
    assert sorted(p.relative_to(example.root).as_posix() for p in set(after) - set(files)) == [
        ".jdgen-cache/status.json", ".jdgen-cache/status.marshal"]
    assert {p: data for p, data in after.items() if p in files} == files


def test_status_languages_are_the_projects(example):
    """Those jdgen.toml builds (as check and build use), not the catalogs there are."""
    (example.root / "translations/fr.po").write_bytes(
        (example.root / "translations/en.po").read_bytes().replace(b"Language: en", b"Language: fr"))
    result = example.run("translate", "status")
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["en", "en", "total"]
    (example.root / "jdgen.toml").write_text('languages = ["zh", "en", "fr"]\n', encoding="utf-8")
    result = example.run("translate", "status")
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["en", "en", "fr", "fr", "total"]
    (example.root / "translations/en.po").unlink()
    result = example.run("translate", "status")
    assert result.stdout.splitlines()[1] == f"en        specs/bcm-001.yaml         {0:>10}      0 {SPEC_TEXTS:>8}        0%"


def test_status_lang_option(example):
    result = example.run("translate", "status", "--lang", "zh,en", "--check")
    # zh is the source language of the spec and of the labels: nothing to translate, no row
    assert [line.split()[:2] for line in result.stdout.splitlines()[1:3]] == [
        ["en", "specs/bcm-001.yaml"], ["en", "template"],
    ]
    example.run("translate", "status", "--lang", "EN", status=2)


def test_an_english_source_spec_needs_chinese_in_every_command(example):
    """One verdict: check, build and translate status --check all fail for
    the Chinese an English-source spec lacks; translate update extracts it."""
    text = example.spec.read_text(encoding="utf-8")
    assert text.count("source_language: zh") == 1 and text.count("id: BCM-001") == 1
    (example.root / "specs/bcm-en.yaml").write_text(
        text.replace("source_language: zh", "source_language: en").replace("id: BCM-001", "id: BCM-EN")
        .replace("title: 客户经理", "title: Account Officer"), encoding="utf-8")
    verdicts = {}
    for command in (["check"], ["build"], ["translate", "status", "--check"]):
        result = example.run(*command, status=1)
        verdicts[command[0]] = sorted(line for line in diagnostic_lines(result.output) if "untranslated (zh)" in line)
    assert verdicts["check"] and verdicts["check"] == verdicts["build"] == verdicts["translate"]
    result = example.run("translate", "update")
    chinese = (example.root / "translations/zh.po").read_text(encoding="utf-8")
    assert 'msgid "Account Officer"' in chinese


def test_update_writes_no_catalog_nothing_is_translated_into(example):
    example.run("translate", "update")
    assert not (example.root / "translations/zh.po").exists()


def test_inline_translation_identical_to_the_source_is_a_warning(example):
    example.edit_spec("title: 客户经理", "title: {zh: 客户经理, en: 客户经理}")
    result = example.run("translate", "status", "--check", status=0)
    line = example.line_of("title:")
    column = "title: {zh: 客户经理, en: 客户经理}".index("en: ") + 5
    assert result.exit_code == 0  # a warning, not an error
    assert (f"specs/bcm-001.yaml:{line}:{column}: warning: title: the inline en translation is the same "
            "as the source text; translate it, or remove it to use the catalog") in result.stderr


def test_glossary_term_missing_from_a_translation_is_a_warning(example):
    example.edit_spec("reports_to: 支行行长", "reports_to: {zh: 支行行长, en: Branch Head}")
    result = example.run("translate", "status", status=0)
    line = example.line_of("reports_to:")
    assert (f"specs/bcm-001.yaml:{line}:15: warning: basic.reports_to: the source has the glossary term "
            "'支行行长' but the en translation lacks 'Sub-branch President'") in result.stderr


def test_glossary_comparison_ignores_case_and_accepts_listed_forms(example):
    glossary = example.root / "translations/glossary.yaml"
    glossary.write_text(
        "terms:\n  - {zh: 服务, en: [service, servicing]}\n  - {zh: 岗位职责, en: JOB RESPONSIBILITIES}\n",
        encoding="utf-8",
    )
    result = example.run("translate", "status")
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warnings == []


def test_glossary_problems_are_located_errors(example):
    glossary = example.root / "translations/glossary.yaml"
    glossary.write_text(
        "terms:\n"
        "  - {zh: 存款}\n"
        "  - {zh: 贷款, EN: loan}\n"
        "  - {zh: 支行, en: ''}\n"
        "  - a loose word\n"
        "  - {zh: 客户经理, en: Customer Manager}\n"
        "  - {zh: 客户经理, en: Account Manager}\n"
        "notes: none\n",
        encoding="utf-8",
    )
    result = example.run("translate", "status", status=1)
    errors = diagnostic_lines(result.stderr)
    assert {code_of(line) for line in result.stderr.splitlines() if ": error: " in line} == {"glossary-invalid"}
    assert errors == [
        "translations/glossary.yaml:2:5: error: terms[0]: a term needs at least two languages, "
        "e.g. {zh: 客户经理, en: Customer Manager}",
        "translations/glossary.yaml:3:14: error: terms[1].EN: 'EN' is not a language code such as zh or en",
        "translations/glossary.yaml:4:18: error: terms[2].en: expected the term (a non-empty text) "
        "or a list of its accepted forms",
        "translations/glossary.yaml:5:5: error: terms[3]: expected a mapping of languages to the term, "
        "e.g. {zh: 客户经理, en: Customer Manager}",
        "translations/glossary.yaml:7:10: error: terms[5].zh: '客户经理' is already in the glossary, on line 6; "
        "give synonyms as a list in one term, e.g. {zh: [客户, 顾客], en: customer}",
        "translations/glossary.yaml:8:1: error: notes: unknown field 'notes'; the glossary has only 'terms'",
    ]
    assert result.stdout == SHIPPED_TABLE  # the counts do not depend on the glossary


def test_a_glossary_that_is_not_a_mapping_of_terms(example):
    (example.root / "translations/glossary.yaml").write_text("- {zh: 存款, en: deposit}\n", encoding="utf-8")
    result = example.run("translate", "status", status=1)
    assert ("translations/glossary.yaml:1:1: error: the glossary is a mapping with a 'terms' list, "
            "e.g. terms: [{zh: 客户经理, en: Customer Manager}]") in result.stderr


def test_shipped_glossary_matches_the_shipped_catalog_and_labels():
    """Every term of the shipped glossary occurs in the example, and every
    translation carries the terms of its source."""
    import yaml
    from babel.messages.pofile import read_po

    from jdgen.i18n.glossary import Glossary
    from jdgen.project import PACKAGED_TEMPLATES
    from tests.conftest import REPO

    glossary = Glossary.load(REPO / "translations", "translations")
    assert len(glossary.terms) >= 10
    with (REPO / "translations/en.po").open("rb") as stream:
        messages = [m for m in read_po(stream, locale="en") if m.id]
    pairs = [(m.id[0], form) if m.pluralizable else (m.id, m.string)
             for m in messages for form in (m.string if m.pluralizable else [m.string])]
    labels = yaml.safe_load((PACKAGED_TEMPLATES / "default/labels.yaml").read_text(encoding="utf-8"))
    pairs += [(text["zh"], form) for text in labels.values()
              for form in (text["en"] if isinstance(text["en"], list) else [text["en"]])]
    used, mismatched = set(), []
    for source, translation in pairs:
        used |= {term.forms["zh"][0] for term in glossary.terms if term.forms["zh"][0] in source}
        mismatched += [(source, m.source_term) for m in glossary.mismatches(source, translation, "zh", "en")]
    assert used == {term.forms["zh"][0] for term in glossary.terms}
    assert mismatched == []


def test_a_spec_with_errors_is_reported_and_left_out(example):
    example.edit_spec("headcount: 1", "headcount: one")
    result = example.run("translate", "status", status=1)
    assert "error: basic.headcount" in result.stderr
    assert "specs/bcm-001.yaml" not in result.stdout


def test_a_status_holds_each_specs_surveys_in_few_bytes():
    """A status holds every spec's surveys to its end: as the ``marshal``
    bytes of their stored values (some 400 bytes a spec as objects when it
    was), read back as they were."""
    import tracemalloc

    from jdgen.checking.status_specs import Surveys, surveyed
    from jdgen.english import English
    from jdgen.i18n.status import Counts

    judge = Surveys(("en",), English())
    tracemalloc.start()
    try:
        held = [judge.restored([["en", 100 + index % 50, 0, 0, [], [], [], 0]]) for index in range(2000)]
        per_spec = tracemalloc.get_traced_memory()[0] / len(held)
    finally:
        tracemalloc.stop()
    assert per_spec < 128
    [(language, survey)] = surveyed(held[1234])
    assert (language, survey.counts, survey.gaps, survey.not_shown) == ("en", Counts(134, 0, 0), [], 0)
    assert judge.stored(held[1234]) == [["en", 134, 0, 0, [], [], [], 0]]

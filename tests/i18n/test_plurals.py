"""Plural forms: counts and units read as the catalog's plural forms say
(msgid_plural), chosen by the language's Plural-Forms (jdgen.i18n.plurals)."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from jdgen.diagnostics import JdgenError
from jdgen.i18n.catalog import serialize_catalog
from jdgen.i18n.plurals import PluralRule
from jdgen.i18n.po.reader import read_po
from tests.conftest import REPO, ExampleProject, copy_example
from tests.docx_reading import full_text, open_document
from tests.i18n.helpers import catalog_of, msgfmt_check, needs_msgfmt

TELLER = "specs/tlr-010.yaml"


@pytest.fixture
def teller(tmp_path) -> ExampleProject:
    """The example with the teller, whose targets count 次 and 户."""
    project = ExampleProject(copy_example(tmp_path / "project"))
    shutil.copy(REPO / TELLER, project.root / TELLER)
    return project


def edit(project: ExampleProject, relative: str, old: str, new: str) -> None:
    path = project.root / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def english_document(project: ExampleProject) -> str:
    project.run("build", "--lang", "en", "--force")
    return full_text(open_document(project.root / "output/en/TLR-010.docx"))


def test_a_count_of_one_takes_the_singular_of_its_unit_and_of_the_labels(teller):
    text = english_document(teller)
    assert "at most 2 times per quarter" in text and "at least 30 customers per month" in text
    assert "6 people" in text and "40 class hours" in text
    edit(teller, TELLER, "count: 2, unit: 次", "count: 1, unit: 次")
    edit(teller, TELLER, "count: 30, unit: 户", "count: 1, unit: 户")
    edit(teller, TELLER, "headcount: 6", "headcount: 1")
    edit(teller, TELLER, "  hours: 40", "  hours: 1")
    text = english_document(teller)
    assert "at most 1 time per quarter" in text and "at least 1 customer per month" in text
    assert "1 person" in text and "1 class hour" in text
    assert "1 times" not in text and "1 customers" not in text and "1 people" not in text


def test_the_forms_are_the_catalogs(teller):
    edit(teller, "translations/en.po", 'msgstr[0] "time"', 'msgstr[0] "occasion"')
    edit(teller, TELLER, "count: 2, unit: 次", "count: 1, unit: 次")
    assert "at most 1 occasion per quarter" in english_document(teller)


def test_a_unit_written_inline_takes_the_catalogs_forms_when_its_wording_is_one(teller):
    """``unit: {zh: 次, en: times}``: the catalog's 次 has the forms time/times,
    so a count of one reads "time"; a wording the catalog does not have stays as written."""
    edit(teller, TELLER, "count: 2, unit: 次", "count: 1, unit: {zh: 次, en: times}")
    edit(teller, TELLER, "count: 30, unit: 户", "count: 1, unit: {zh: 户, en: accounts}")
    text = english_document(teller)
    assert "at most 1 time per quarter" in text and "1 times" not in text
    assert "at least 1 accounts per month" in text  # the author's own word, one wording


@needs_msgfmt
def test_update_gives_a_counted_text_the_forms_of_the_catalogs_language(teller):
    teller.run("translate", "update", "--lang", "fr")
    catalog = catalog_of(teller.root, "fr")
    rule = PluralRule.of_language("fr")
    unit = catalog.get("次")
    assert unit.id == ("次", "次") and unit.string == ("",) * rule.count
    assert catalog.get("{n}人").id == ("{n}人", "{n}人")
    assert isinstance(catalog.get("客户经理").id, str)  # a text that counts nothing has one translation
    msgfmt_check(teller.root / "translations/fr.po")


def test_a_translated_unit_gains_its_forms_fuzzy_with_its_translation_in_each(teller):
    edit(teller, "translations/en.po", 'msgid "次"\nmsgid_plural "次"\nmsgstr[0] "time"\nmsgstr[1] "times"',
         'msgid "次"\nmsgstr "times"')
    result = teller.run("translate", "update")
    assert '"次" (now with plural forms' in result.output
    unit = catalog_of(teller.root).get("次")
    assert unit.fuzzy and unit.string == ("times", "times")
    teller.run("build", "--lang", "en", status=1)  # fuzzy: to review before a document uses it


def test_a_plural_entry_reads_and_writes_back_byte_for_byte():
    data = (REPO / "translations/en.po").read_bytes()
    assert b'msgid_plural "\xe6\xac\xa1"' in data
    assert serialize_catalog(read_po(data, "en.po", "en")) == data


def test_forms_that_the_header_does_not_count_are_a_located_error():
    data = (REPO / "translations/en.po").read_bytes().replace(b'msgstr[1] "times"\n', b"")
    with pytest.raises(JdgenError) as raised:
        read_po(data, "en.po", "en")
    [problem] = raised.value.diagnostics
    line = data.decode().splitlines().index('msgid "次"') + 1
    assert (problem.position.line, problem.path) == (line, "en.po")
    assert "nplurals=2" in problem.message and "msgstr[1]" in problem.message


@pytest.mark.parametrize(("language", "counts"), [
    ("en", {1: 0, 0: 1, 2: 1, 21: 1}),
    ("fr", {0: 0, 1: 0, 2: 2, 1_000_000: 1}),
    ("ru", {1: 0, 21: 0, 3: 1, 5: 2, 11: 2}),
    ("zh", {1: 0, 5: 0}),
])
def test_the_form_of_a_count_is_cldrs_through_babel(language, counts):
    rule = PluralRule.of_language(language)
    assert {count: rule.index(count) for count in counts} == counts
    assert rule.index(Decimal("1.5")) == rule.count - 1


def test_a_catalogs_plural_forms_header_wins():
    rule = PluralRule.from_header("nplurals=2; plural=(n > 1);", "fr")
    assert (rule.count, rule.index(0), rule.index(1), rule.index(2)) == (2, 0, 0, 1)

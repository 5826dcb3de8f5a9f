"""``jdgen translate update`` merges as GNU msgmerge does: nothing is lost,
an exact match of an obsolete entry comes back as it was, no format flag is
written; references stay put when a spec's lines move; dates change only
with the entries; ``translate import`` records when and by whom."""

from __future__ import annotations

import re
import subprocess

from tests.i18n.helpers import (
    NEW_ENGLISH,
    NEW_SENTENCE,
    OLD_ENGLISH,
    OLD_SENTENCE,
    PHYSICAL,
    catalog_of,
    msgfmt_check,
    needs_msgfmt,
)


def _po_text(example) -> str:
    return (example.root / "translations/en.po").read_text(encoding="utf-8")


def _header(example, field: str) -> str:
    return re.search(f'^"{field}: (.*)\\\\n"$', _po_text(example), re.M).group(1)


def _header_lines(text: str) -> list[str]:
    return [line for line in text.split("\n\n")[0].split("\n") if not line.startswith('"POT-Creation-Date:')]


def _translate_new_sentence(example) -> None:
    """What a translator does in a PO editor: translate, clear the flag and the previous msgid."""
    po = example.root / "translations/en.po"
    po.write_text(_po_text(example).replace(
        f'#, fuzzy\n#| msgid "{OLD_SENTENCE}"\nmsgid "{NEW_SENTENCE}"\nmsgstr "{OLD_ENGLISH}"',
        f'msgid "{NEW_SENTENCE}"\nmsgstr "{NEW_ENGLISH}"'), encoding="utf-8")
    assert catalog_of(example.root)[NEW_SENTENCE].string == NEW_ENGLISH


def test_reverting_an_edit_brings_back_the_reviewed_translation(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    example.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    result = example.run("translate", "update")
    assert f'restored  "{OLD_SENTENCE}" (its former translation)' in result.stderr
    entry = catalog_of(example.root)[OLD_SENTENCE]
    assert (entry.string, entry.fuzzy, entry.previous_id, entry.user_comments) == (OLD_ENGLISH, False, [], [])
    example.run("translate", "status", "--check")
    example.run("build", "--lang", "en")


def test_the_text_an_edit_replaced_is_kept_obsolete_with_its_translation(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    result = example.run("translate", "update")
    assert f'obsolete  "{OLD_SENTENCE}" (kept with its translation)' in result.stderr
    old = catalog_of(example.root).obsolete[OLD_SENTENCE]
    assert (old.string, old.fuzzy) == (OLD_ENGLISH, False)


def test_a_translation_made_in_between_is_kept_when_the_edit_is_reverted(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    _translate_new_sentence(example)
    example.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    result = example.run("translate", "update")
    assert f'obsolete  "{NEW_SENTENCE}" (kept with its translation)' in result.stderr
    catalog = catalog_of(example.root)
    assert (catalog[OLD_SENTENCE].string, catalog[OLD_SENTENCE].fuzzy) == (OLD_ENGLISH, False)
    kept = catalog.obsolete[NEW_SENTENCE]
    assert (kept.string, kept.fuzzy) == (NEW_ENGLISH, False)
    assert f'#~ msgid "{NEW_SENTENCE}"\n#~ msgstr "{NEW_ENGLISH}"\n' in _po_text(example)
    # and it comes back too, when the edit is made again
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    entry = catalog_of(example.root)[NEW_SENTENCE]
    assert (entry.string, entry.fuzzy) == (NEW_ENGLISH, False)


def test_an_edit_reverted_leaves_the_catalog_as_it_was(example):
    po = example.root / "translations/en.po"
    before = po.read_text(encoding="utf-8")
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    example.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    result = example.run("translate", "update")
    # the suggestion nobody touched goes: the entry it was made from keeps the translation
    assert (f'removed   "{NEW_SENTENCE}" (an unreviewed suggestion; its source entry keeps the translation)'
            in result.stderr)
    after = po.read_text(encoding="utf-8")
    assert _header_lines(after) == _header_lines(before)
    assert after.split("\n\n", 1)[1] == before.split("\n\n", 1)[1]


def test_an_obsolete_entry_keeps_its_fuzzy_flag_and_previous_text(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    po = example.root / "translations/en.po"
    po.write_text(_po_text(example).replace(f'msgid "{NEW_SENTENCE}"\nmsgstr "{OLD_ENGLISH}"',
                                            f'msgid "{NEW_SENTENCE}"\nmsgstr "Good health; occasional"'),
                  encoding="utf-8")  # the translator has begun, and left it fuzzy
    example.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    result = example.run("translate", "update")
    assert f'obsolete  "{NEW_SENTENCE}" (kept with its translation)' in result.stderr
    text = _po_text(example)
    assert (f'# suggestion: 88% similar to "{OLD_SENTENCE}"\n#, fuzzy\n#~| msgid "{OLD_SENTENCE}"\n'
            f'#~ msgid "{NEW_SENTENCE}"\n#~ msgstr "Good health; occasional"\n') in text
    kept = catalog_of(example.root).obsolete[NEW_SENTENCE]
    assert (kept.fuzzy, kept.previous_id) == (True, [OLD_SENTENCE])
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")  # back again: still work in progress
    result = example.run("translate", "update")
    assert f'fuzzy     "{NEW_SENTENCE}" (its former translation, to review)' in result.stderr
    entry = catalog_of(example.root)[NEW_SENTENCE]
    assert (entry.string, entry.fuzzy, entry.previous_id) == ("Good health; occasional", True, [OLD_SENTENCE])


def test_an_untranslated_text_that_goes_is_reported(example):
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 电话, 办公设备, 打印机]")
    example.run("translate", "update")
    example.edit_spec("tools: [电脑, 电话, 办公设备, 打印机]", "tools: [电脑, 电话, 办公设备]")
    result = example.run("translate", "update")
    assert "0 restored, 1 no longer used" in result.stderr
    assert 'removed   "打印机" (it had no translation)' in result.stderr


def test_no_format_flag_is_ever_written(example):
    source = "达到目标的 10% of 总量"
    example.edit_spec(PHYSICAL, f"physical: {source}")
    example.run("translate", "update")
    text = _po_text(example)
    assert "python-format" not in text and "-format" not in text
    po = example.root / "translations/en.po"
    po.write_text(text.replace(f'msgid "{source}"\nmsgstr ""', f'msgid "{source}"\nmsgstr "Reach one tenth of the '
                                                               'total target"'), encoding="utf-8")
    example.run("translate", "update")
    assert "-format" not in _po_text(example)


@needs_msgfmt
def test_a_correct_translation_of_a_percent_text_passes_msgfmt(example):
    source = "达到目标的 10% of 总量"
    example.edit_spec(PHYSICAL, f"physical: {source}")
    example.run("translate", "update")
    po = example.root / "translations/en.po"
    po.write_text(_po_text(example).replace(f'msgid "{source}"\nmsgstr ""',
                                            f'msgid "{source}"\nmsgstr "Reach one tenth of the total target"'),
                  encoding="utf-8")
    example.run("translate", "update")
    result = subprocess.run(["msgfmt", "--check", "--check-format", "-o", "/dev/null", str(po)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_languages_catalog_never_receives_texts_written_in_that_language(example):
    # Without the shared file: its texts, in Chinese, would be read as English.
    english = example.spec.read_text(encoding="utf-8").replace("extends: shared/branch.yaml", "").replace(
        "id: BCM-001", "id: ENG-001").replace(
        "source_language: zh", "source_language: en").replace("title: 客户经理", "title: Relationship Banker")
    (example.root / "specs/eng-001.yaml").write_text(english, encoding="utf-8")
    example.run("translate", "update", "--lang", "en,zh")
    english_catalog, chinese_catalog = catalog_of(example.root, "en"), catalog_of(example.root, "zh")
    assert "Relationship Banker" not in english_catalog
    assert not any("specs/eng-001.yaml" in path for m in english_catalog for path, _ in m.locations)
    assert "Relationship Banker" in chinese_catalog
    assert not any(path != "specs/eng-001.yaml" for m in chinese_catalog for path, _ in m.locations)
    assert not any("labels.yaml" in path for m in chinese_catalog for path, _ in m.locations)
    assert example.run("translate", "update", "--lang", "en").stderr.startswith("translations/en.po: unchanged")


def test_references_name_the_file_and_the_field_not_the_line(example):
    text = _po_text(example)
    assert re.search(r"^#: \S+:\d+$", text, re.M) is None  # no line numbers
    assert f"#. specs/bcm-001.yaml: physical\n#: specs/bcm-001.yaml\nmsgid \"{OLD_SENTENCE}\"" in text
    assert ("#. specs/bcm-001.yaml: qualifications.experience.intermediate[3]\n"
            "#. specs/bcm-001.yaml: qualifications.experience.senior[4]\n#: specs/bcm-001.yaml\n") in text


def test_moving_a_specs_lines_leaves_the_catalog_alone(example):
    po = example.root / "translations/en.po"
    before = po.read_bytes()
    example.spec.write_text("# reviewed by HR, 2026\n\n" + example.spec.read_text(encoding="utf-8"),
                            encoding="utf-8")
    result = example.run("translate", "update")
    assert "translations/en.po: unchanged" in result.stderr
    assert po.read_bytes() == before
    # diagnostics still point at the spec's own lines
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    result = example.run("check", "--lang", "en", status=1)
    assert f"specs/bcm-001.yaml:{example.line_of('physical:')}:11: error: physical: untranslated (en)" in result.stderr


def test_dates_change_only_with_the_entries(example):
    po = example.root / "translations/en.po"  # an old date, so that a change within the minute shows
    po.write_text(re.sub(r'POT-Creation-Date: [^\\]*', "POT-Creation-Date: 2020-01-01 00:00+0000",
                         po.read_text(encoding="utf-8")), encoding="utf-8")
    created, revised = _header(example, "POT-Creation-Date"), _header(example, "PO-Revision-Date")
    original = _po_text(example)
    example.run("translate", "update")
    assert (_header(example, "POT-Creation-Date"), _header(example, "PO-Revision-Date")) == (created, revised)
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    assert _header(example, "POT-Creation-Date") != created
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d\+0000", _header(example, "POT-Creation-Date"))
    assert _header(example, "PO-Revision-Date") == revised  # update translates nothing
    assert _header_lines(_po_text(example)) == _header_lines(original)  # the rest of the header stays


def test_import_records_the_revision_date_and_the_translator(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    created = _header(example, "POT-Creation-Date")
    path = example.root / "work.po"
    example.run("translate", "export", "--only-missing", "-o", str(path))
    path.write_text(path.read_text(encoding="utf-8").replace(
        f'#, fuzzy\n#| msgid "{OLD_SENTENCE}"\nmsgid "{NEW_SENTENCE}"\nmsgstr "{OLD_ENGLISH}"',
        f'msgid "{NEW_SENTENCE}"\nmsgstr "{NEW_ENGLISH}"'), encoding="utf-8")
    result = example.run("translate", "import", str(path), "--translator", "Li Wei <li.wei@example.com>")
    assert _header(example, "Last-Translator") == "Li Wei <li.wei@example.com>"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d\+0000", _header(example, "PO-Revision-Date"))
    assert _header(example, "POT-Creation-Date") == created
    # an import that changes nothing writes nothing
    before = (example.root / "translations/en.po").read_bytes()
    result = example.run("translate", "import", str(path), "--translator", "Someone Else <else@example.com>")
    assert "no change" in result.stderr
    assert (example.root / "translations/en.po").read_bytes() == before


def test_import_without_translator_leaves_last_translator(example):
    path = example.root / "all.po"
    example.run("translate", "export", "-o", str(path))
    path.write_text(path.read_text(encoding="utf-8").replace('msgstr "Customer Manager"',
                                                             'msgstr "Client Manager"'), encoding="utf-8")
    translator = _header(example, "Last-Translator")
    example.run("translate", "import", str(path))
    assert _header(example, "Last-Translator") == translator
    assert _header(example, "PO-Revision-Date") != "YEAR-MO-DA HO:MI+ZONE"


def test_the_translator_option_wants_a_name_and_an_address(example):
    path = example.root / "all.po"
    example.run("translate", "export", "-o", str(path))
    result = example.run("translate", "import", str(path), "--translator", "Li Wei", status=2)
    assert 'give a name and an e-mail address: "Name <name@example.com>"' in result.output


@needs_msgfmt
def test_catalogs_after_every_kind_of_update_pass_msgfmt(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 电话, 办公设备用品, 打印机]")
    example.run("translate", "update")
    msgfmt_check(example.root / "translations/en.po")
    example.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    example.run("translate", "update")
    msgfmt_check(example.root / "translations/en.po")

"""``jdgen translate export`` and ``import``: catalogs out to translators as PO
or Excel, and their work back in."""

from __future__ import annotations

from openpyxl import load_workbook

from jdgen.i18n.catalog import PoCatalog, serialize_catalog
from jdgen.i18n.export_target import EXPORT_FIELD
from jdgen.i18n.po.model import set_header_field
from jdgen.i18n.po.reader import read_po
from jdgen.i18n.workbook import read_xlsx
from tests.i18n.helpers import (
    NEW_ENGLISH,
    NEW_SENTENCE,
    OLD_ENGLISH,
    OLD_SENTENCE,
    PHYSICAL,
    catalog_of,
    msgfmt_check,
    needs_msgfmt,
    state,
)

TOOLS = "tools: [电脑, 电话, 办公设备]"
SHARED = "获得助理级银行客户资格证书,可直接申报注册银行客户经理资格考试。"


def _with_work_to_do(example) -> None:
    """A fuzzy entry (a changed sentence), a missing one, and a text Excel would take for a formula."""
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.edit_spec(TOOLS, 'tools: [电脑, 电话, 办公设备, 打印机, "=SUM(A1)"]')
    example.run("translate", "update")


def _rows(path):
    sheet = load_workbook(path).active
    return [row for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_workbook_layout(example):
    _with_work_to_do(example)
    path = example.root / "en.xlsx"
    result = example.run("translate", "export", "--lang", "en", "--format", "xlsx", "-o", str(path))
    entries = len(catalog_of(example.root))
    assert (f"exported {entries} entries of translations/en.po to en.xlsx "
            f"({entries - 3} translated, 1 fuzzy, 2 missing)") in result.stderr
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "en" and workbook.properties.language == "en"
    assert [cell.value for cell in sheet[1]][:7] == [
        "source", "translation (en)", "status", "previous source", "where used", "notes", "forms",
    ]
    assert sheet.freeze_panes == "B2"  # the header row (and the source column) stay in view
    assert sheet.auto_filter.ref == f"A1:G{sheet.max_row}"
    assert sheet.column_dimensions["A"].width == 50 and sheet.column_dimensions["B"].width == 60
    assert all(sheet.column_dimensions[letter].hidden for letter in "HIJ")
    assert not any(sheet.column_dimensions[letter].hidden for letter in "ABCDEFG")
    assert all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=1, max_row=5) for cell in row)
    assert sheet.cell(1, 1).font.bold
    [validation] = sheet.data_validations.dataValidation
    assert validation.formula1 == '"translated,fuzzy,missing"' and str(validation.sqref) == f"C2:C{sheet.max_row}"
    rows = {row[0]: row for row in _rows(path)}
    assert rows["次"][:3] == ("次", "time\ntimes", "translated")  # a unit's plural forms, one a line
    assert rows["次"][6] == "line 1: 1; line 2: 0, 2, 3, …" and rows[SHARED][6] is None
    assert rows[SHARED][4] == ("specs/bcm-001.yaml: qualifications.experience.intermediate[3]\n"
                               "specs/bcm-001.yaml: qualifications.experience.senior[4]")
    assert rows["打印机"][1:3] == (None, "missing")
    assert rows["=SUM(A1)"][0] == "=SUM(A1)"  # a text, not a formula
    assert sheet.cell(list(rows).index("=SUM(A1)") + 2, 1).data_type == "s"
    assert rows[NEW_SENTENCE][:6] == (
        NEW_SENTENCE, OLD_ENGLISH, "fuzzy", OLD_SENTENCE, "specs/bcm-001.yaml: physical",
        f'suggestion: 88% similar to "{OLD_SENTENCE}"',
    )


def _set_translation(path, source: str, translation: str) -> None:
    workbook = load_workbook(path)
    sheet = workbook.active
    row = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == source)
    row[1].value = translation
    workbook.save(path)


def test_a_plural_entry_is_translated_in_the_workbook_one_form_a_line(example):
    """The workbook holds a unit's forms one a line; import takes them as
    the entry's forms, and refuses a translation with another number of forms."""
    path = example.root / "en.xlsx"
    example.run("translate", "export", "-o", str(path))
    _set_translation(path, "次", "occasion\noccasions")
    _set_translation(path, "户", "household")
    result = example.run("translate", "import", str(path))
    assert '"户" needs 2 forms, one a line, and has 1; not imported' in result.output
    catalog = catalog_of(example.root)
    assert catalog.get("次").string == ("occasion", "occasions")
    assert catalog.get("户").string == ("customer", "customers")


def test_only_missing(example):
    _with_work_to_do(example)
    xlsx, po = example.root / "todo.xlsx", example.root / "todo.po"
    example.run("translate", "export", "--only-missing", "-o", str(xlsx))
    example.run("translate", "export", "--only-missing", "-o", str(po))
    expected = [(NEW_SENTENCE, "fuzzy"), ("打印机", "missing"), ("=SUM(A1)", "missing")]
    assert [(row[0], row[2]) for row in _rows(xlsx)] == expected
    exported = read_po(po.read_bytes(), "todo.po")
    assert [(m.id, "fuzzy" if m.fuzzy else "missing") for m in exported if m.id] == expected


def test_po_to_xlsx_to_po_loses_nothing(example):
    _with_work_to_do(example)
    (example.root / "translations/en.po").write_text(
        (example.root / "translations/en.po").read_text(encoding="utf-8").replace(
            '#. specs/bcm-001.yaml: title\n', '# keep it short: it heads the form\n#. specs/bcm-001.yaml: title\n'),
        encoding="utf-8")
    original = catalog_of(example.root)
    path = example.root / "all.xlsx"
    example.run("translate", "export", "-o", str(path))
    incoming = read_xlsx(path, "all.xlsx")
    assert incoming.language == "en" and incoming.diagnostics == []
    back = PoCatalog(locale="en", fuzzy=False)
    back.header, back.header_comments = original.header, original.header_comments
    for entry in incoming.entries:
        back[entry.message.id] = entry.message
    assert [entry for entry in state(original) if isinstance(entry[0], tuple)], "the example's units have forms"
    assert state(back) == state(original)
    assert any(m.fuzzy and m.previous_id and m.user_comments for m in back)  # the case that matters is there
    assert original["客户经理"].user_comments == ["keep it short: it heads the form"]
    original.obsolete.clear()  # a workbook holds the entries in use
    assert serialize_catalog(back) == serialize_catalog(original)


def test_po_export_of_the_whole_catalog_is_the_catalog_less_its_obsolete_entries(example):
    """...and with the header field that marks it as an export."""
    _with_work_to_do(example)
    path = example.root / "all.po"
    example.run("translate", "export", "-o", str(path))
    catalog = catalog_of(example.root)
    assert list(catalog.obsolete) == [OLD_SENTENCE]  # the sentence changed: its old entry is kept
    catalog.obsolete.clear()
    set_header_field(catalog, EXPORT_FIELD, "translations/en.po")
    assert path.read_bytes() == serialize_catalog(catalog)


@needs_msgfmt
def test_importing_a_po_file_from_a_po_editor(example):
    _with_work_to_do(example)
    path = example.root / "todo.po"
    example.run("translate", "export", "--only-missing", "-o", str(path))
    msgfmt_check(path)
    # what a PO editor does: confirming an entry removes its fuzzy flag and previous msgid
    text = path.read_text(encoding="utf-8")
    text = text.replace(f'#, fuzzy\n#| msgid "{OLD_SENTENCE}"\nmsgid "{NEW_SENTENCE}"\nmsgstr "{OLD_ENGLISH}"',
                        f'msgid "{NEW_SENTENCE}"\nmsgstr "{NEW_ENGLISH}"')
    text = text.replace('msgid "打印机"\nmsgstr ""', '#, fuzzy\nmsgid "打印机"\nmsgstr "printer"')  # unsure
    path.write_text(text, encoding="utf-8")
    result = example.run("translate", "import", str(path))
    assert result.stdout == (
        f'changed       "{NEW_SENTENCE}" → "{NEW_ENGLISH}" (was "{OLD_ENGLISH}") (no longer fuzzy)\n'
        'translated    "打印机" → "printer"\n'
        'marked fuzzy  "打印机"\n'
    )
    assert "imported todo.po into translations/en.po: 1 changed, 1 translated, 1 marked fuzzy" in result.stderr
    catalog = catalog_of(example.root)
    assert (catalog[NEW_SENTENCE].string, catalog[NEW_SENTENCE].fuzzy, catalog[NEW_SENTENCE].previous_id) == (
        NEW_ENGLISH, False, [])
    assert (catalog["打印机"].string, catalog["打印机"].fuzzy) == ("printer", True)
    msgfmt_check(example.root / "translations/en.po")


def _fill(path, values: dict[str, dict[int, str]]) -> None:
    """Set cells of the rows whose source is a key: {source: {column: value}}."""
    workbook = load_workbook(path)
    sheet = workbook.active
    for row in sheet.iter_rows(min_row=2):
        for column, value in values.get(row[0].value, {}).items():
            row[column - 1].value = value
    workbook.save(path)


def test_status_translated_confirms_a_fuzzy_entry_as_it_stands(example):
    _with_work_to_do(example)
    path = example.root / "todo.xlsx"
    example.run("translate", "export", "--only-missing", "-o", str(path))
    _fill(path, {NEW_SENTENCE: {3: "translated"}, "打印机": {2: "printer", 3: "fuzzy"}})
    result = example.run("translate", "import", str(path), "--lang", "en")
    assert result.stdout == (
        f'confirmed     "{NEW_SENTENCE}" → "{OLD_ENGLISH}" (no longer fuzzy)\n'
        'translated    "打印机" → "printer"\n'
        'marked fuzzy  "打印机"\n'
    )
    catalog = catalog_of(example.root)
    assert (catalog[NEW_SENTENCE].fuzzy, catalog[NEW_SENTENCE].user_comments) == (False, [])
    assert catalog["打印机"].fuzzy


def test_rows_that_no_longer_match_are_reported_not_dropped(example):
    _with_work_to_do(example)
    path = example.root / "todo.xlsx"
    example.run("translate", "export", "--only-missing", "-o", str(path))
    _fill(path, {NEW_SENTENCE: {2: NEW_ENGLISH}, "打印机": {2: "printer"}})
    example.edit_spec("打印机", "激光打印机")  # the spec moved on since the export
    example.run("translate", "update")
    result = example.run("translate", "import", str(path))
    assert ('todo.xlsx:3:1: warning: "打印机" is not in translations/en.po (its text changed or is no longer '
            "used; run jdgen translate update, then export again); not imported") in result.stderr
    assert result.stdout.startswith(f'changed       "{NEW_SENTENCE}"')
    assert "1 changed (translations/en.po rewritten); 1 warning, 0 errors" in result.stderr


def test_an_empty_cell_never_erases_a_translation(example):
    path = example.root / "all.xlsx"
    example.run("translate", "export", "-o", str(path))
    _fill(path, {"客户经理": {2: None}})
    po = example.root / "translations/en.po"
    before = po.read_bytes()
    result = example.run("translate", "import", str(path))
    assert ('all.xlsx:2:1: warning: "客户经理" has no translation here; the catalog keeps "Customer Manager"'
            in result.stderr)
    assert "no change (translations/en.po not rewritten)" in result.stderr
    assert po.read_bytes() == before


def test_an_older_workbook_undoes_nothing(example):
    _with_work_to_do(example)
    older = example.root / "older.xlsx"
    example.run("translate", "export", "-o", str(older))
    newer = example.root / "newer.xlsx"
    example.run("translate", "export", "--only-missing", "-o", str(newer))
    _fill(newer, {NEW_SENTENCE: {2: NEW_ENGLISH}})
    example.run("translate", "import", str(newer))
    result = example.run("translate", "import", str(older))  # untouched rows: nothing to take
    assert result.stdout == ""
    assert catalog_of(example.root)[NEW_SENTENCE].string == NEW_ENGLISH


def test_import_language_checks(example):
    path = example.root / "en.xlsx"
    example.run("translate", "export", "-o", str(path))
    result = example.run("translate", "import", str(path), "--lang", "fr", status=2)
    assert "en.xlsx holds en translations, not fr" in result.output
    example.run("translate", "import", "nope.xlsx", status=2)
    example.run("translate", "import", "notes.txt", status=2)


def test_export_usage_errors(example):
    result = example.run("translate", "export", "-o", "out.csv", status=2)
    assert "name a .po or .xlsx file, or give --format" in result.output
    result = example.run("translate", "export", "--lang", "fr", "-o", "fr.po", status=2)
    assert "there is no catalog translations/fr.po; run 'jdgen translate update --lang fr' first" in result.output
    example.run("translate", "export", "--lang", "en,fr", "-o", "x.po", status=2)
    example.run("translate", "export", status=2)  # -o is required
    example.run("translate", "export", "--format", "po", "-o", "en.txt")


def test_a_damaged_workbook_is_a_located_error(example):
    path = example.root / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    result = example.run("translate", "import", str(path), status=1)
    assert "Traceback" not in result.output
    assert result.stderr.startswith("broken.xlsx: error: cannot read the workbook")


def test_a_workbook_without_a_translation_column(example):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["source", "english"])
    workbook.active.append(["客户经理", "Customer Manager"])
    path = example.root / "own.xlsx"
    workbook.save(path)
    result = example.run("translate", "import", str(path), status=1)
    assert "own.xlsx:1:1: error: the header row lacks the column 'translation'" in result.stderr


def test_a_hand_made_workbook_is_taken_against_the_catalog(example):
    """Without the hidden columns, the catalog as it is counts as the export."""
    from openpyxl import Workbook

    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    workbook = Workbook()
    workbook.active.append(["Source", "Translation"])
    workbook.active.append([NEW_SENTENCE, NEW_ENGLISH])
    workbook.active.append(["客户经理", "Customer Manager"])
    path = example.root / "own.xlsx"
    workbook.save(path)
    result = example.run("translate", "import", str(path))
    assert result.stdout == f'changed       "{NEW_SENTENCE}" → "{NEW_ENGLISH}" (was "{OLD_ENGLISH}") (no longer fuzzy)\n'


def test_import_writes_atomically_and_leaves_no_temporary_files(example):
    _with_work_to_do(example)
    path = example.root / "todo.xlsx"
    example.run("translate", "export", "--only-missing", "-o", str(path))
    _fill(path, {"打印机": {2: "printer"}})
    example.run("translate", "import", str(path))
    assert catalog_of(example.root)["打印机"].string == "printer"  # the import did write
    assert sorted(p.name for p in (example.root / "translations").iterdir()) == ["en.po", "glossary.yaml"]

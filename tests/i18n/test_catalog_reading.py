"""Catalogs are read strictly: every syntax error is located in the catalog
and blocks only the documents that need it; a translation no document can
hold is a located error and counts as untranslated; never a traceback."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.docx_reading import full_text, open_document
from tests.i18n.helpers import catalog_of, example_status_row

OFFICER = 'msgid "客户专员"\nmsgstr "Account Officer"\n'
"""An entry of the shipped catalog (basic.subordinates[0] of the example)."""


def _po(example):
    return example.root / "translations/en.po"


def _replace(example, old: str, new: str) -> int:
    """Replace ``old`` (once) in en.po; return the line where it started."""
    po = _po(example)
    text = po.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    po.write_text(text.replace(old, new), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


def test_an_unclosed_string_is_a_located_error_and_blocks_only_english(example):
    line = _replace(example, OFFICER, 'msgid "客户专员"\nmsgstr "Account Officer\n') + 1
    error = (f'translations/en.po:{line}:8: error: this string has no closing quote (end of line within string); '
             'end it with "')
    result = example.run("check", status=1)
    assert error in result.stderr
    result = example.run("translate", "status", "--check", status=1)
    assert error in result.stderr
    result = example.run("build", status=1)
    assert error in result.stderr
    assert (example.root / "output/zh/BCM-001.docx").exists()  # the Chinese document needs no catalog
    assert not (example.root / "output/en/BCM-001.docx").exists()
    assert "Traceback" not in result.output


def test_update_never_rewrites_a_catalog_it_cannot_read(example):
    _replace(example, OFFICER, 'msgid "客户专员"\nmsgstr "Account Officer\n')
    before = _po(example).read_bytes()
    result = example.run("translate", "update", status=1)
    assert "translations/en.po:" in result.stderr and "no closing quote" in result.stderr
    assert _po(example).read_bytes() == before


def test_a_duplicate_msgid_is_a_located_error_and_update_keeps_both(example):
    first = _replace(example, OFFICER, OFFICER + '\nmsgid "客户专员"\nmsgstr "Customer Officer"\n')
    before = _po(example).read_bytes()
    result = example.run("check", status=1)
    assert (f'translations/en.po:{first + 3}:1: error: duplicate msgid "客户专员" (first on line {first}); '
            "keep one entry") in result.stderr
    example.run("translate", "update", status=1)
    assert _po(example).read_bytes() == before


def test_a_catalog_saved_with_a_bom_is_read(example):
    po = _po(example)
    po.write_bytes(b"\xef\xbb\xbf" + po.read_bytes())
    result = example.run("build", "--lang", "en")
    assert "Customer Manager" in full_text(open_document(example.root / "output/en/BCM-001.docx"))
    example.run("translate", "status", "--check")
    before = po.read_bytes()
    result = example.run("translate", "update")
    assert "translations/en.po: unchanged" in result.stderr
    assert po.read_bytes() == before  # nothing changed: the file is left as the editor saved it


def test_windows_line_ends_are_read(example):
    po = _po(example)
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r\n"))
    example.run("translate", "status", "--check")


@pytest.mark.parametrize(("old", "new", "line", "column", "message"), [
    (OFFICER, 'msgid "客户专员"\nmsgstr "Account \\q Officer"\n', 1, 17,
     "invalid escape sequence '\\q' (use \\\\ for a backslash, \\\" for a quote, \\n, \\t)"),
    (OFFICER, 'msgid "客户专员"\nmsgstr "Account Officer\\\n', 1, 8,
     'this string has no closing quote (a backslash ends the line); end it with "'),
    (OFFICER, 'msgid "客户专员"\nmsgsrt "Account Officer"\n', 1, 1,
     "unknown keyword 'msgsrt' (expected msgid, msgstr, msgctxt, msgid_plural or msgstr[n])"),
    (OFFICER, 'msgid "客户专员"\nmsgstr "Account" Officer\n', 1, 18, "text outside quotes: 'Officer'"),
    (OFFICER, 'msgid "客户专员"\nmsgstr Account Officer\n', 1, 8,
     "text outside quotes after msgstr: 'Account Officer'"),
    (OFFICER, 'msgid "客户专员"\nAccount Officer\n', 1, 1,
     "text outside quotes: 'Account Officer'; a PO line is a comment (#), a keyword, or a quoted string"),
    (OFFICER, 'msgid "客户专员"\n<<<<<<< HEAD\nmsgstr "Account Officer"\n=======\nmsgstr "Officer"\n>>>>>>> theirs\n',
     1, 1, "merge conflict marker: keep the right version of the entries, then delete the marker lines "
           "(<<<<<<<, =======, >>>>>>>)"),
    (OFFICER, 'msgstr "Account Officer"\n', 0, 1, "msgstr without a msgid before it"),
    (OFFICER, 'msgid "客户专员"\n', 0, 1, "msgid has no msgstr after it"),
    (OFFICER, 'msgid "客户专员"\nmsgstr "Account Officer"\nmsgstr "Officer"\n', 2, 1,
     "a second msgstr for the same msgid"),
    (OFFICER, 'msgctxt "title"\nmsgid "客户专员"\nmsgstr "Account Officer"\n', 0, 1,
     "jdgen catalogs have no message contexts (msgctxt)"),
])
def test_every_syntax_error_is_located(example, old, new, line, column, message):
    """``line`` counts from the msgid line of the edited entry."""
    start = _replace(example, old, new)
    result = example.run("check", "--lang", "en", status=1)
    assert "Traceback" not in result.output
    assert f"translations/en.po:{start + line}:{column}: error: {message}" in result.stderr


def test_every_error_of_a_file_is_reported(example):
    _replace(example, OFFICER, 'msgid "客户专员"\nmsgstr "Account \\q Officer"\n')
    _replace(example, 'msgstr "Customer Manager"\n', 'msgstr "Customer Manager\n')
    result = example.run("check", "--lang", "en", status=1)
    assert result.stderr.count("translations/en.po:") == 2


def test_a_file_that_is_not_utf8_is_a_located_error(example):
    po = _po(example)
    po.write_bytes(po.read_bytes().replace(b"Account Officer", "Account Offic\xe9r".encode("latin-1")))
    line = po.read_bytes().split(b"\n").index(b'msgstr "Account Offic\xe9r"') + 1
    result = example.run("check", "--lang", "en", status=1)
    assert f"translations/en.po:{line}:22: error: byte 0xE9 is not UTF-8; save the catalog as UTF-8" in result.stderr


# -- translations no document can hold ---------------------------------------------

@pytest.mark.parametrize(("translation", "column", "problem"), [
    ("Account\\nOfficer", 16, "has a line break at character 8; a text is one line (in Excel, Alt+Enter "
                              "makes a line break)"),
    ("Account\\tOfficer", 16, "has the control character U+0009 at character 8"),
    ("Account\\001Officer", 16, "has the control character U+0001 at character 8"),
    ("Account\ue000Officer", 16, "has the private-use character U+E000 at character 8 (reserved for jdgen's "
                                 "own marks)"),
    ("   ", 9, "is blank"),
])
def test_an_unusable_translation_is_a_located_error_and_counts_as_untranslated(example, translation, column,
                                                                                problem):
    line = _replace(example, OFFICER, f'msgid "客户专员"\nmsgstr "{translation}"\n') + 1
    catalog_error = (f'translations/en.po:{line}:{column}: error: the translation of "客户专员" {problem}; '
                     "the entry counts as untranslated until it is corrected")
    gap = f"specs/bcm-001.yaml:{example.line_of('subordinates:')}:18: error: basic.subordinates[0]: untranslated (en)"
    result = example.run("check", status=1)
    assert "Traceback" not in result.output
    assert catalog_error in result.stderr and gap in result.stderr
    result = example.run("translate", "status", status=1)
    assert catalog_error in result.stderr
    assert example_status_row(result.stdout, translated_less=1, missing=1)
    result = example.run("build", "--lang", "en", status=1)
    assert catalog_error in result.stderr and gap in result.stderr
    result = example.run("build", "--lang", "en", "--draft")
    assert catalog_error.replace(": error: ", ": warning: ") in result.stderr


def test_update_keeps_an_unusable_translation_for_the_translator_to_correct(example):
    _replace(example, OFFICER, 'msgid "客户专员"\nmsgstr "Account\\nOfficer"\n')
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康,能适应偶尔加班")
    result = example.run("translate", "update", status=1)
    text = _po(example).read_text(encoding="utf-8")
    # written as GNU gettext writes a text with a line break: one quoted line per line
    assert 'msgid "客户专员"\nmsgstr ""\n"Account\\n"\n"Officer"\n' in text
    line = text.split("\n").index('"Account\\n"') + 1  # where it is now
    assert f'translations/en.po:{line}:9: error: the translation of "客户专员" has a line break' in result.stderr


def test_a_line_break_typed_in_excel_is_refused_at_import(example):
    path = example.root / "all.xlsx"
    example.run("translate", "export", "-o", str(path))
    workbook = load_workbook(path)
    sheet = workbook.active
    row = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "客户专员")
    row[1].value = "Account\nOfficer"  # Alt+Enter in the cell
    workbook.save(path)
    before = _po(example).read_bytes()
    result = example.run("translate", "import", str(path), status=1)
    assert (f'all.xlsx:{row[0].row}:2: error: the translation of "客户专员" has a line break at character 8; '
            "a text is one line (in Excel, Alt+Enter makes a line break); not imported") in result.stderr
    assert _po(example).read_bytes() == before
    example.run("check")


def test_an_unusable_translation_in_a_po_file_is_refused_at_import(example):
    path = example.root / "work.po"
    example.run("translate", "export", "-o", str(path))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(OFFICER, 'msgid "客户专员"\nmsgstr "Account\\nOfficer"\n')
                    .replace('msgstr "Customer Manager"', 'msgstr "Client Manager"'), encoding="utf-8")
    result = example.run("translate", "import", str(path), status=1)
    assert 'error: the translation of "客户专员" has a line break at character 8' in result.stderr
    assert "not imported" in result.stderr
    catalog = catalog_of(example.root)
    assert (catalog["客户专员"].string, catalog["客户经理"].string) == ("Account Officer", "Client Manager")

"""The whole cycle on a copy of the example: change a sentence, update, see the
gap, hand it to a translator as a workbook, take it back, build."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.docx_reading import full_text, open_document
from tests.i18n.helpers import (
    NEW_ENGLISH,
    NEW_SENTENCE,
    OLD_ENGLISH,
    OLD_SENTENCE,
    PHYSICAL,
    catalog_of,
    example_status_row,
    msgfmt_check,
    needs_msgfmt,
)


@needs_msgfmt
def test_changed_sentence_round_trip_through_a_workbook(example):
    before = {m.id: (m.string, m.fuzzy) for m in catalog_of(example.root) if m.id}
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    line = example.line_of("physical:")

    # 1. update: exactly that entry becomes fuzzy, carrying the old text and translation
    result = example.run("translate", "update")
    assert f'fuzzy     "{NEW_SENTENCE}" (88% similar to "{OLD_SENTENCE}")' in result.output
    catalog = catalog_of(example.root)
    fuzzy = [m for m in catalog if m.id and m.fuzzy]
    assert [(m.id, m.previous_id, m.string) for m in fuzzy] == [(NEW_SENTENCE, [OLD_SENTENCE], OLD_ENGLISH)]
    assert fuzzy[0].user_comments == [f'suggestion: 88% similar to "{OLD_SENTENCE}"']
    after = {m.id: (m.string, m.fuzzy) for m in catalog if m.id}
    assert {k: v for k, v in after.items() if k != NEW_SENTENCE} == {
        k: v for k, v in before.items() if k != OLD_SENTENCE
    }
    msgfmt_check(example.root / "translations/en.po")

    # 2. status --check fails on it, located, and writes nothing
    po_bytes = (example.root / "translations/en.po").read_bytes()
    result = example.run("translate", "status", "--check", status=1)
    assert (f"specs/bcm-001.yaml:{line}:11: error: physical: translation is fuzzy (en); "
            "review it in translations/en.po") in result.stderr
    assert example_status_row(result.stdout, translated_less=1, fuzzy=1)
    assert (example.root / "translations/en.po").read_bytes() == po_bytes

    # 3. the English build refuses it, naming the spec line
    result = example.run("build", "--lang", "en", status=1)
    assert f"specs/bcm-001.yaml:{line}:11: error: physical: translation is fuzzy (en)" in result.output
    assert not (example.root / "output/en/BCM-001.docx").exists()

    # 4. export the work left as a workbook; the translator fills in the cell
    workbook_path = example.root / "todo-en.xlsx"
    result = example.run("translate", "export", "--lang", "en", "--format", "xlsx", "--only-missing",
                         "-o", str(workbook_path), status=0)
    workbook = load_workbook(workbook_path)
    sheet = workbook.active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[:5] for row in rows] == [
        (NEW_SENTENCE, OLD_ENGLISH, "fuzzy", OLD_SENTENCE, "specs/bcm-001.yaml: physical"),
    ]
    sheet["B2"] = NEW_ENGLISH
    workbook.save(workbook_path)

    # 5. import reports the change and clears the fuzzy flag
    result = example.run("translate", "import", str(workbook_path))
    assert result.stdout == (
        f'changed       "{NEW_SENTENCE}" → "{NEW_ENGLISH}" (was "{OLD_ENGLISH}") (no longer fuzzy)\n'
    )
    assert "1 changed (translations/en.po rewritten)" in result.stderr
    entry = catalog_of(example.root)[NEW_SENTENCE]
    assert (entry.string, entry.fuzzy, entry.previous_id, entry.user_comments) == (NEW_ENGLISH, False, [], [])
    msgfmt_check(example.root / "translations/en.po")

    # 6. everything is translated; the build succeeds with the new sentence
    example.run("translate", "status", "--check")
    result = example.run("build", "--lang", "en")
    text = full_text(open_document(example.root / "output/en/BCM-001.docx"))
    assert NEW_ENGLISH in text
    assert OLD_ENGLISH not in text


def test_importing_the_same_workbook_again_changes_nothing(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    workbook_path = example.root / "todo.xlsx"
    example.run("translate", "export", "--only-missing", "-o", str(workbook_path))
    workbook = load_workbook(workbook_path)
    workbook.active["B2"] = NEW_ENGLISH
    workbook.save(workbook_path)
    example.run("translate", "import", str(workbook_path))
    po = example.root / "translations/en.po"
    content, modified = po.read_bytes(), po.stat().st_mtime_ns
    result = example.run("translate", "import", str(workbook_path))
    assert result.stdout == ""
    assert "no change (translations/en.po not rewritten)" in result.stderr
    assert (po.read_bytes(), po.stat().st_mtime_ns) == (content, modified)

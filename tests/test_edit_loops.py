"""The edit loops as a user runs them: what the build leaves in output/ after
specs, catalogs and --draft change, and what its reports say."""

from __future__ import annotations

import json
import re
import zipfile

from docx.oxml.ns import qn

from tests.docx_reading import open_document, paragraph_texts
from tests.i18n.helpers import NEW_SENTENCE, OLD_SENTENCE, PHYSICAL

EN, BILINGUAL = "output/en/BCM-001.docx", "output/bilingual/BCM-001.docx"
DRAFT_EN = "output/draft/en/BCM-001.docx"


def _translate(example, msgid: str, msgstr: str) -> None:
    """Set the translation of ``msgid`` in en.po, adding the entry if it has none."""
    po = example.root / "translations/en.po"
    text = po.read_text(encoding="utf-8")
    entry = f'msgid "{msgid}"\nmsgstr "'
    if entry not in text:
        text += f'\n{entry}"\n'
    po.write_text(re.sub(f'{entry}[^"]*"', f'{entry}{msgstr}"', text), encoding="utf-8")


def _files(example) -> set[str]:
    return {path.relative_to(example.root).as_posix() for path in (example.root / "output").rglob("*.docx")}


def _english_text(example, path: str = EN) -> str:
    return "\n".join(paragraph_texts(open_document(example.root / path)))


def test_a_translation_changed_while_its_spec_failed_is_published_once_it_builds(built_copy):
    """Reported: edit so English fails, change a translation the spec uses,
    revert; the English documents kept the old translation."""
    built_copy.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    built_copy.run("build", status=1)
    _translate(built_copy, "客户经理", "Relationship Manager")
    built_copy.run("build", status=1)
    built_copy.edit_spec(f"physical: {NEW_SENTENCE}", PHYSICAL)
    built_copy.run("build")
    for path in (EN, BILINGUAL):
        assert "Relationship Manager" in _english_text(built_copy, path)


def test_a_draft_is_kept_apart_and_says_it_is_a_draft(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("build", "--draft")
    assert _files(example) == {"output/zh/BCM-001.docx", DRAFT_EN, "output/draft/bilingual/BCM-001.docx"}
    document = open_document(example.root / DRAFT_EN)
    first = document.element.body[0]
    assert first.tag == qn("w:p") and "".join(t.text for t in first.iter(qn("w:t"))).startswith("DRAFT")
    assert document.core_properties.content_status == "Draft"
    bilingual = open_document(example.root / "output/draft/bilingual/BCM-001.docx")
    assert "草稿" in "".join(t.text for t in bilingual.element.body[0].iter(qn("w:t")))
    final = open_document(example.root / "output/zh/BCM-001.docx")
    assert final.core_properties.content_status == "" and "草稿" not in paragraph_texts(final)[0]


def test_a_normal_build_never_leaves_a_draft_behind(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("build", "--draft")
    result = example.run("build", status=1)
    assert f"{DRAFT_EN}: removed: out of date, and its spec now fails to build" in result.output
    assert _files(example) == {"output/zh/BCM-001.docx"}
    example.run("build", "--draft")
    _translate(example, NEW_SENTENCE, "Good health; occasional overtime")
    result = example.run("build", "--draft")  # complete again: the final document replaces the draft
    assert f"{DRAFT_EN}: removed: replaced by {EN}" in result.output
    assert _files(example) == {"output/zh/BCM-001.docx", EN, BILINGUAL}


def test_a_draft_replaces_an_outdated_final_document(built_copy):
    built_copy.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    result = built_copy.run("build", "--draft")
    assert f"{EN}: removed: replaced by {DRAFT_EN}" in result.output
    assert OLD_SENTENCE not in _english_text(built_copy, DRAFT_EN) and NEW_SENTENCE in _english_text(built_copy, DRAFT_EN)


def test_toggling_draft_rebuilds_only_what_changes(built_copy):
    for options in (["--draft"], [], ["--draft"]):
        result = built_copy.run("build", *options)
        assert result.output.startswith("nothing to do: built 0, unchanged 3"), result.output
    built_copy.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    report = json.loads(built_copy.run("build", "--draft", "--json").output)
    assert {o["path"]: o["status"] for o in report["outputs"] if o["status"] == "built"} == {
        "output/zh/BCM-001.docx": "built", DRAFT_EN: "built", "output/draft/bilingual/BCM-001.docx": "built"}
    assert built_copy.run("build", "--draft").output.startswith("nothing to do")


def test_text_and_json_reports_agree(built_copy):
    built_copy.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    (built_copy.root / "specs/broken.yaml").write_text("id: X-1\ntitle: [\n", encoding="utf-8")
    text = built_copy.run("build", status=1).output
    report = json.loads(built_copy.run("build", "--json", "--force", status=1).output)
    summary = report["summary"]
    counts = re.search(r"built (\d+), unchanged (\d+), failed (\d+)(?:, removed (\d+))? \((\d+) errors?\)", text)
    assert counts, text
    assert [int(n or 0) for n in counts.groups()] == [0, 0, 6, 3, summary["errors"]]
    assert (summary["built"], summary["unchanged"], summary["failed"], summary["removed"]) == (0, 0, 6, 0)
    lines = [line for line in text.splitlines() if ": error: " in line]
    assert [f"{d['path']}:{d['line']}:{d['column']}: {d['level']}: {d['field'] + ': ' if d['field'] else ''}"
            f"{d['message']} [{d['code']}]" for d in report["diagnostics"]] == lines


def test_check_and_status_speak_json(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    result = example.run("check", "--json", status=1)
    report = json.loads(result.stdout)
    assert report["summary"] == {"specs": 1, "errors": 1, "warnings": 0}
    [gap] = report["diagnostics"]
    assert (gap["path"], gap["line"], gap["field"], gap["message"]) == (
        "specs/bcm-001.yaml", example.line_of("physical:"), "physical", "untranslated (en)")
    result = example.run("translate", "status", "--json")
    report = json.loads(result.stdout)
    [spec] = [row for row in report["rows"] if row["texts"] == "specs/bcm-001.yaml"]
    assert (spec["missing"], spec["fuzzy"], spec["translated"]) == (1, 0, spec["total"] - 1)
    assert report["summary"]["texts"] == sum(row["total"] for row in report["rows"])
    assert report["summary"]["translated"] == report["summary"]["texts"] - 1


def test_a_draft_is_valid_and_its_notice_is_readable(example):
    from jdgen.render.word_rules import check_docx

    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("build", "--draft")
    for path in (DRAFT_EN, "output/draft/bilingual/BCM-001.docx"):
        data = (example.root / path).read_bytes()
        assert check_docx(data) == []
        with zipfile.ZipFile(example.root / path) as package:
            assert b"<cp:contentStatus>Draft</cp:contentStatus>" in package.read("docProps/core.xml")

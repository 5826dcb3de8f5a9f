"""``jdgen diff`` on the example: what a committee reads in each language,
the text summary for pull requests, and every kind of bad input."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest
from lxml import etree

from jdgen.localize import localize
from jdgen.project import Project
from jdgen.redline.versions import load_version
from jdgen.render.word_rules import check_docx
from tests.conftest import EXAMPLE_SPEC, REPO, ExampleProject, copy_example
from tests.own_fields_project import add_translations
from tests.redline.tracked import document_root, layout, plain_texts, resolve, resolved_texts, tracked_texts

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W16DU = "{http://schemas.microsoft.com/office/word/2023/wordml/word16du}"
AUTHOR, DATE = "Li Wei", "2026-01-31T09:30:00Z"


def git(root, *arguments: str) -> str:
    environment = {"GIT_AUTHOR_NAME": AUTHOR, "GIT_AUTHOR_EMAIL": "li.wei@example.com", "GIT_AUTHOR_DATE": DATE,
                   "GIT_COMMITTER_NAME": AUTHOR, "GIT_COMMITTER_EMAIL": "li.wei@example.com",
                   "GIT_COMMITTER_DATE": DATE, "HOME": str(root), "PATH": "/usr/bin:/bin"}
    return subprocess.run(["git", *arguments], cwd=root, env=environment, check=True,
                          capture_output=True, text=True).stdout


def first_duty(example) -> str:
    return example.spec.read_text(encoding="utf-8").split("items:\n", 1)[1].splitlines()[0].split("- ", 1)[1]


def built(example, language: str) -> bytes:
    """The plain document of the working tree, as ``jdgen build`` writes it."""
    folder = "bilingual" if "+" in language else language
    example.run("build", "--lang", language, "-o", "plain")
    return (example.root / "plain" / folder / "BCM-001.docx").read_bytes()


def test_a_changed_sentence_shows_the_changed_characters(repository):
    old = first_duty(repository)
    new = old.replace("研究", "调查", 1)
    repository.edit_spec(old, new)
    repository.run("diff", "--since", "HEAD", "--lang", "zh")
    redline = (repository.root / "redline/zh/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    assert tracked_texts(redline, "del") == ["研究"]
    assert tracked_texts(redline, "ins") == ["调查"]
    assert resolved_texts(redline, accept=True) == plain_texts(built(repository, "zh"))


def _times(redline: bytes) -> set[tuple[str | None, str | None, str | None]]:
    changes = list(document_root(redline).iter(f"{W}ins", f"{W}del"))
    assert changes
    return {(change.get(f"{W}author"), change.get(f"{W}date"), change.get(f"{W16DU}dateUtc")) for change in changes}


def test_changes_carry_the_author_and_date_of_the_commit(repository):
    repository.edit_spec("headcount: 1", "headcount: 2")
    git(repository.root, "commit", "-qam", "two customer managers")
    repository.run("diff", "HEAD~1", "HEAD", "--lang", "en", status=0)
    redline = (repository.root / "redline/en/BCM-001.docx").read_bytes()
    assert _times(redline) == {(AUTHOR, DATE, DATE)}
    ids = [change.get(f"{W}id") for change in document_root(redline).iter(f"{W}ins", f"{W}del")]
    assert len(set(ids)) == len(ids)
    repository.run("diff", "HEAD~1", "HEAD", "--lang", "en", "--author", "Wang Fang",
                            "--date", "2026-02-01T07:45:00+08:00")
    redline = (repository.root / "redline/en/BCM-001.docx").read_bytes()
    assert _times(redline) == {("Wang Fang", "2026-02-01T07:45:00Z", "2026-01-31T23:45:00Z")}


def test_change_times_are_the_local_time_of_the_commit_as_word_shows_them(repository):
    """A commit at 07:15 in Beijing shows 07:15 of that day (Word reads
    w:date as local time); the UTC moment, the day before, is Word's dateUtc,
    in a namespace the part declares ignorable."""
    repository.edit_spec("headcount: 1", "headcount: 2")
    subprocess.run(["git", "commit", "-qam", "early"], cwd=repository.root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "Zhang San", "GIT_AUTHOR_EMAIL": "z@example.com",
                        "GIT_AUTHOR_DATE": "2026-03-02T07:15:00+08:00", "GIT_COMMITTER_NAME": "Zhang San",
                        "GIT_COMMITTER_EMAIL": "z@example.com", "HOME": str(repository.root),
                        "PATH": "/usr/bin:/bin"})
    repository.run("diff", "HEAD~1", "HEAD", "--lang", "zh", status=0)
    redline = (repository.root / "redline/zh/BCM-001.docx").read_bytes()
    assert _times(redline) == {("Zhang San", "2026-03-02T07:15:00Z", "2026-03-01T23:15:00Z")}
    root = document_root(redline)
    assert root.nsmap["w16du"] == W16DU[1:-1]
    assert "w16du" in root.get("{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable").split()
    assert check_docx(redline) == []


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_changed_figure_shows_the_old_and_new_formatted_values(repository, language):
    repository.edit_spec("headcount: 1", "headcount: 11")
    result = repository.run("diff", "--since", "HEAD", "--lang", language, "--format", "json")
    project = Project(repository.root)
    values = []
    for name, paths in (("HEAD", None), ("now", [])):
        with contextlib.ExitStack() as stack:
            version = load_version(project, name, paths, "default", stack)
            entry = version.entries["BCM-001"]
            context = localize(entry, version.labels_of(entry.spec.id), language, version.catalogs).context
            values.append(context["basic"]["headcount"])
    changes = json.loads(result.stdout)["positions"][0]["languages"][language]
    label = f"{context['labels']['basic']} / {context['labels']['headcount']}"
    assert {"field": "basic.headcount", "label": label, "old": values[0], "new": values[1],
            "shown_at": "basic.headcount"} in changes
    result = repository.run("diff", "--since", "HEAD", "--lang", language)
    redline = (repository.root / f"redline/{language}/BCM-001.docx").read_bytes()
    assert tracked_texts(redline, "del") == [values[0]] and tracked_texts(redline, "ins") == [values[1]]


def test_added_and_removed_duties_are_numbered_paragraphs(repository):
    """A new duty comes first and the last one (the cell's last paragraph)
    goes: after Accept All the paragraphs (empty ones too) are the new
    document's, numbered anew; after Reject All the old ones."""
    old_document = built(repository, "zh+en")
    text = repository.spec.read_text(encoding="utf-8")
    duties = text[text.index("\nduties:\n"):text.index("\nindicators:")]
    last_item = [line for line in duties.splitlines() if line.startswith("      - ")][-1]
    assert text.count(last_item) == 1
    edited = duties.replace(last_item + "\n", "").replace(
        "    items:\n", "    items:\n      - {zh: 新增职责, en: A new duty}\n", 1)
    repository.spec.write_text(text.replace(duties, edited), encoding="utf-8")
    new_document = built(repository, "zh+en")
    repository.run("diff", "--since", "HEAD", "--lang", "zh+en")
    redline = (repository.root / "redline/bilingual/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    assert resolved_texts(redline, accept=True, keep_empty=True) == plain_texts(new_document, keep_empty=True)
    assert resolved_texts(redline, accept=False, keep_empty=True) == plain_texts(old_document, keep_empty=True)
    tracked_marks = document_root(redline).findall(f".//{W}pPr/{W}rPr/{W}ins") + \
        document_root(redline).findall(f".//{W}pPr/{W}rPr/{W}del")
    assert len(tracked_marks) == 2


def test_a_catalog_only_change_shows_in_english_and_bilingual_only(repository):
    catalog = repository.root / "translations/en.po"
    text = catalog.read_text(encoding="utf-8")
    msgstr = re.search(r'^msgstr "(\w+)', text, re.MULTILINE)
    catalog.write_text(text.replace(msgstr[0], f'msgstr "Better{msgstr[1]}', 1), encoding="utf-8")
    repository.run("diff", "--since", "HEAD")
    written = sorted(path.relative_to(repository.root / "redline").as_posix()
                     for path in (repository.root / "redline").rglob("*.docx"))
    assert written == ["bilingual/BCM-001.docx", "en/BCM-001.docx"]
    redline = (repository.root / "redline/en/BCM-001.docx").read_bytes()
    deleted, inserted = tracked_texts(redline, "del"), tracked_texts(redline, "ins")
    assert deleted and set(deleted) == {msgstr[1]}  # the text is used in more than one place
    assert len(inserted) == len(deleted) and set(inserted) == {f"Better{msgstr[1]}"}


def _labels(example, language: str) -> dict[str, str]:
    """The form's labels in ``language``, as the documents show them."""
    with contextlib.ExitStack() as stack:
        version = load_version(Project(example.root), "now", [], None, stack)
        labels = version.labels_of("BCM-001")
        assert labels is not None and version.catalogs is not None
        return localize(version.entries["BCM-001"], labels, language, version.catalogs).context["labels"]


def test_the_text_summary_lists_each_field_in_each_language(repository):
    repository.edit_spec("headcount: 1", "headcount: 2")
    result = repository.run("diff", "--since", "HEAD", "--format", "text", "--exit-code", status=1)
    lines = result.stdout.splitlines()
    assert lines[0] == f"BCM-001 ({EXAMPLE_SPEC}): changed"
    [at] = [index for index, line in enumerate(lines) if line.startswith("  basic.headcount (")]
    assert all(_labels(repository, language)["headcount"] in lines[at] for language in ("zh", "en")), lines[at]
    assert [line.split(":")[0].strip() for line in lines[at + 1:at + 3]] == ["zh", "en"]
    assert not (repository.root / "redline").exists()


def test_unchanged_versions_write_nothing_and_say_so(repository):
    result = repository.run("diff", "--since", "HEAD", "--exit-code")
    assert "no changes between HEAD and the working tree: nothing written" in result.output
    assert not (repository.root / "redline").exists()


def test_a_position_on_one_side_only_is_a_whole_document(repository):
    shutil.copy(REPO / "specs/tlr-010.yaml", repository.root / "specs/tlr-010.yaml")
    result = repository.run("diff", "--since", "HEAD", "--format", "json")
    positions = {position["id"]: position for position in json.loads(result.stdout)["positions"]}
    assert {identifier: position["status"] for identifier, position in positions.items()} == {"TLR-010": "added"}
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh")
    redline = (repository.root / "redline/zh/TLR-010.docx").read_bytes()
    assert check_docx(redline) == []
    repository.run("build", "specs/tlr-010.yaml", "--lang", "zh")
    assert resolved_texts(redline, accept=True) == plain_texts((repository.root / "output/zh/TLR-010.docx").read_bytes())
    assert not tracked_texts(redline, "del")
    git(repository.root, "add", ".")
    git(repository.root, "commit", "-qm", "teller")
    (repository.root / "specs/tlr-010.yaml").unlink()
    result = repository.run("diff", "--since", "HEAD", "--format", "text")
    assert "TLR-010 (specs/tlr-010.yaml): removed" in result.stdout
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh")
    redline = (repository.root / "redline/zh/TLR-010.docx").read_bytes()
    assert check_docx(redline) == []
    assert resolved_texts(redline, accept=False) == plain_texts((repository.root / "output/zh/TLR-010.docx").read_bytes())
    assert not tracked_texts(redline, "ins")


def test_an_invalid_spec_at_a_revision_is_reported_there(repository):
    line = repository.line_of("headcount: 1")
    repository.edit_spec("headcount: 1", "headcount: one")
    git(repository.root, "commit", "-qam", "a slip")
    repository.edit_spec("headcount: one", "headcount: 1")
    result = repository.run("diff", "--since", "HEAD", status=1)
    assert f"HEAD:{EXAMPLE_SPEC}:{line}:" in result.output and "basic.headcount" in result.output
    assert "added" not in result.output
    assert not (repository.root / "redline").exists()


@pytest.mark.parametrize("arguments", [["--since", "no-such-tag"], ["no-such-tag", "HEAD"], ["HEAD~5"]])
def test_an_unknown_revision_is_a_usage_error(repository, arguments):
    result = repository.run("diff", *arguments, status=2)
    assert "unknown revision" in result.output and "Traceback" not in result.output


def test_revisions_outside_a_repository_are_explained(example):
    result = example.run("diff", "--since", "HEAD", status=2)
    assert "not in a git repository" in result.output


def test_two_spec_files_are_compared_with_the_project_catalogs(example):
    old = example.root / "old.yaml"
    shutil.copy(example.spec, old)
    example.edit_spec("headcount: 1", "headcount: 3")
    result = example.run("diff", "old.yaml", EXAMPLE_SPEC, "-o", "review")
    written = sorted(path.parent.name for path in (example.root / "review").rglob("BCM-001.docx"))
    assert written == ["bilingual", "en", "zh"]
    assert "3 redlines written to review/" in result.output


def test_an_invalid_old_file_is_not_shown_as_an_added_position(example):
    old = example.root / "old.yaml"
    old.write_text(example.spec.read_text(encoding="utf-8").replace("headcount: 1", "headcount: one"), encoding="utf-8")
    result = example.run("diff", "old.yaml", EXAMPLE_SPEC, "--format", "text", status=1)
    assert "old.yaml:" in result.output and "basic.headcount" in result.output
    assert "added" not in result.output
    report = json.loads(example.run("diff", "old.yaml", EXAMPLE_SPEC, "--json", status=1).stdout)
    [problem] = report["diagnostics"]  # as build --json and check --json give them
    assert (problem["path"], problem["field"], problem["code"]) == ("old.yaml", "basic.headcount", "spec-wrong-type")


@pytest.mark.slow  # a LibreOffice conversion
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_accept_all_and_reject_all_give_the_two_versions(repository, tmp_path):
    """LibreOffice's own Accept All and Reject All, on a redline with changed
    words, figures, items and rows, give the new and the old document, to
    the empty paragraph."""
    from tests.redline.libreoffice import resolve_in_libreoffice

    old_document = built(repository, "zh+en")
    text = repository.spec.read_text(encoding="utf-8")
    old_duty = first_duty(repository)
    new_duty = f"{{zh: \"{old_duty.replace('研究', '调查', 1)}\", en: Surveys the market}}"
    text = text.replace(old_duty, new_duty).replace("headcount: 1", "headcount: 2")
    text = text.replace("  external:\n", "  external:\n    - {zh: 监管机构, en: Regulators}\n", 1)
    text = text.replace("  conditions:\n", "  conditions:\n    - {name: {zh: 噪音, en: Noise}, value: {zh: 低, en: Low}}\n")
    repository.spec.write_text(text, encoding="utf-8")
    new_document = built(repository, "zh+en")
    repository.run("diff", "--since", "HEAD", "--lang", "zh+en")
    redline = repository.root / "redline/bilingual/BCM-001.docx"
    for accept, document in ((True, new_document), (False, old_document)):
        resolved = resolve_in_libreoffice(redline, accept, tmp_path / "office")
        assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True), accept


def test_a_project_in_a_folder_of_the_repository_is_read_from_that_folder(tmp_path):
    project = ExampleProject(copy_example(tmp_path / "repository" / "hr"))
    (tmp_path / "repository" / "README").write_text("other files\n", encoding="utf-8")
    git(tmp_path / "repository", "init", "-q")
    git(tmp_path / "repository", "add", ".")
    git(tmp_path / "repository", "commit", "-qm", "the example")
    project.edit_spec("headcount: 1", "headcount: 3")
    result = project.run("diff", "--since", "HEAD", "--format", "text", status=0)
    first, field = result.stdout.splitlines()[:2]
    assert first == f"BCM-001 ({EXAMPLE_SPEC}): changed" and field.startswith("  basic.headcount (")


def test_a_missing_translation_is_an_error_unless_a_draft_is_asked_for(repository):
    old = first_duty(repository)
    repository.edit_spec(old, old.replace("研究", "调查", 1))
    result = repository.run("diff", "--since", "HEAD", "--lang", "en", status=1)
    assert "untranslated (en)" in result.output
    assert not (repository.root / "redline").exists()
    result = repository.run("diff", "--since", "HEAD", "--lang", "en", "--draft", status=0)
    assert not (repository.root / "redline/en").exists()
    draft = repository.root / "redline/draft/en/BCM-001.docx"
    redline = draft.read_bytes()
    assert check_docx(redline) == []
    assert old.replace("研究", "调查", 1) in "".join(tracked_texts(redline, "ins"))
    assert list(document_root(redline).iter(f"{W}highlight"))
    repository.run("build", "--lang", "en", "--draft", "-o", "plain", status=0)
    notice = plain_texts((repository.root / "plain/draft/en/BCM-001.docx").read_bytes())[0]
    assert plain_texts(redline)[0] == notice  # headed by the notice a draft build gives
    with zipfile.ZipFile(draft) as package:
        assert b"<cp:contentStatus>Draft</cp:contentStatus>" in package.read("docProps/core.xml")


def test_init_leaves_redlines_out_of_git(tmp_path):
    """The .gitignore init writes keeps diff's default output folder out of git."""
    project = ExampleProject(tmp_path)
    assert project.run("init").exit_code == 0
    git(tmp_path, "init", "-q")
    (tmp_path / "redline/zh").mkdir(parents=True)
    (tmp_path / "redline/zh/BCM-001.docx").write_bytes(b"x")
    assert git(tmp_path, "check-ignore", "redline/zh/BCM-001.docx").strip() == "redline/zh/BCM-001.docx"


def test_the_output_folder_holds_exactly_this_runs_redlines_and_the_users_files(repository):
    """A second run removes the first run's redlines it does not write again;
    files diff did not write (or that were changed since) stay byte for byte,
    and a redline that would replace one is an error, not written."""
    repository.edit_spec("headcount: 1", "headcount: 2")
    folder = repository.root / "redline"
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh,en", status=0)
    assert (folder / "zh/BCM-001.docx").is_file() and (folder / "en/BCM-001.docx").is_file()
    mine = {folder / "notes.txt": b"my notes", folder / "en/signed.docx": b"signed", folder / "zh/x.tmp": b"t"}
    for path, data in mine.items():
        path.write_bytes(data)
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    assert (folder / "zh/BCM-001.docx").is_file() and not (folder / "en/BCM-001.docx").exists()
    assert all(path.read_bytes() == data for path, data in mine.items())
    edited = folder / "zh/BCM-001.docx"
    edited.write_bytes(b"my review notes")  # changed by a person: theirs now
    result = repository.run("diff", "--since", "HEAD", "--lang", "en", status=0)
    assert edited.read_bytes() == b"my review notes" and (folder / "en/BCM-001.docx").is_file()
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh", status=1)
    assert "redline/zh/BCM-001.docx: error:" in result.output and "[redline-not-ours]" in result.output
    assert edited.read_bytes() == b"my review notes" and not (folder / "en/BCM-001.docx").exists()
    assert all(path.read_bytes() == data for path, data in mine.items())


def test_a_file_in_place_before_any_run_is_never_replaced(repository):
    repository.edit_spec("headcount: 1", "headcount: 2")
    (repository.root / "redline/zh").mkdir(parents=True)
    (repository.root / "redline/zh/BCM-001.docx").write_bytes(b"scan")
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh,en", status=1)
    assert "[redline-not-ours]" in result.output
    assert (repository.root / "redline/zh/BCM-001.docx").read_bytes() == b"scan"
    assert check_docx((repository.root / "redline/en/BCM-001.docx").read_bytes()) == []


@pytest.mark.slow  # LibreOffice
@pytest.mark.parametrize("accept", [True, False])
def test_a_list_that_changes_size_keeps_its_formatting_after_accept_and_reject(repository, tmp_path, accept):
    """Two items become one (its number, tab and hanging indent go) and one
    becomes two (they come): after Accept All the new document's paragraphs,
    style and indentation included, after Reject All the old one's; by our
    reading and by LibreOffice's own Accept/Reject."""
    old_document = built(repository, "zh")
    text = repository.spec.read_text(encoding="utf-8")
    second = text.split("  internal:\n", 1)[1].splitlines()[1]
    text = text.replace(f"{second}\n", "", 1)
    text = text.replace("  external:\n", "  external:\n    - 监管机构\n", 1)
    repository.spec.write_text(text, encoding="utf-8")
    new_document = built(repository, "zh")
    assert layout(old_document) != layout(new_document)
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = repository.root / "redline/zh/BCM-001.docx"
    assert check_docx(redline.read_bytes()) == []
    expected = layout(new_document if accept else old_document)
    assert layout(resolve(redline.read_bytes(), accept)) == expected
    if shutil.which("soffice") is not None:
        from tests.redline.libreoffice import resolve_in_libreoffice

        resolved = resolve_in_libreoffice(redline, accept, tmp_path / "office")
        assert [entry for entry in layout(resolved) if entry[0] == "p"] == \
            [entry for entry in expected if entry[0] == "p"]


@pytest.mark.parametrize("language", ["zh", "zh+en"])
def test_a_cell_whose_every_paragraph_changes_keeps_no_empty_paragraph(repository, language):
    """A cell's list wholly replaced (three items by one unlike them): its
    last paragraph mark goes in neither version, so Accept All leaves
    exactly the new paragraphs and Reject All the old ones, no empty one."""
    old_document = built(repository, language)
    repository.edit_spec("    - 企业总经理\n    - 企业财务部门\n    - 相关业务单位\n", "    - 监管机构\n")
    if "en" in language:
        add_translations(repository.root, {"监管机构": "Regulators"})
    repository.run("diff", "--since", "HEAD", "--lang", language, status=0)
    redline = (repository.root / f"redline/{'bilingual' if '+' in language else language}/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    for accept, document in ((True, built(repository, language)), (False, old_document)):
        resolved = resolve(redline, accept)
        assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True), accept
        assert layout(resolved) == layout(document), accept


def test_an_added_position_is_tracked_whole_so_reject_all_leaves_nothing(repository):
    """Every table row and paragraph of an added position is inserted, the
    footer's too: Reject All leaves no text and no table, Accept All the
    document a build makes."""
    text = repository.spec.read_text(encoding="utf-8").replace("id: BCM-001", "id: BCM-002", 1)
    (repository.root / "specs/bcm-002.yaml").write_text(text, encoding="utf-8")
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = (repository.root / "redline/zh/BCM-002.docx").read_bytes()
    assert check_docx(redline) == []
    assert layout(resolve(redline, accept=False)) == []
    assert built(repository, "zh") and layout(resolve(redline, accept=True)) == \
        layout((repository.root / "plain/zh/BCM-002.docx").read_bytes())
    with zipfile.ZipFile(io.BytesIO(redline)) as package:
        footers = [name for name in package.namelist() if name.startswith("word/footer")]
        assert footers
        for name in footers:
            root = etree.fromstring(package.read(name))
            runs = [run for run in root.iter(f"{W}r") if run.find(f"{W}t") is not None]  # the page number too
            assert runs and all(run.getparent().tag == f"{W}ins" for run in runs), name


def test_a_renumbered_item_keeps_its_text_at_the_indent(repository):
    """``~~1~~2、``: the old number struck out is written at half width (a
    tracked formatting change), so both numbers fit before the tab; Reject
    All gives the old number back at its own width."""
    old_document = built(repository, "zh")
    old = first_duty(repository)
    repository.edit_spec(f"      - {old}\n", f"      - 新增一项职责内容\n      - {old}\n")
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = (repository.root / "redline/zh/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    root = document_root(redline)
    renumbered = [deletion for deletion in root.iter(f"{W}del") if deletion.getparent().tag == f"{W}p"
                  and deletion.getnext() is not None and deletion.getnext().tag == f"{W}ins"]
    assert renumbered
    for deletion in renumbered:
        run = deletion.find(f"{W}r")
        assert run.find(f"{W}rPr/{W}w").get(f"{W}val") == "50"
        assert run.find(f"{W}rPr/{W}rPrChange/{W}rPr/{W}w") is None
    rejected = document_root(resolve(redline, accept=False))
    assert not [width for width in rejected.iter(f"{W}w") if width.getparent().tag == f"{W}rPr"]
    assert layout(resolve(redline, accept=False)) == layout(old_document)
    assert layout(resolve(redline, accept=True)) == layout(built(repository, "zh"))


MOVED_WITHIN = "      - 负责对各支行上报的重点项目进度跟踪、落实,按季进行通报。\n"
AFTER_IT = "      - 对现有的客户,客户经理与之保持经常的联系,而对潜在的客户,客户经理要积极地去开发。\n"
MOVED_ACROSS = "      - 营销金融产品和开发客户市场,精通金融理论、金融法规及各项金融业务运作;\n"
ROWS = ("    - name: 出差要求\n      value: 不限\n", "    - name: 工作环境状况\n      value: 不限\n")


def move_items(example, reworded: bool = False) -> None:
    """A duty moved down its group (``reworded`` a little in Chinese, which
    leaves it untranslated), one moved to the top of the first group from
    the second, and two rows of the working conditions swapped."""
    text = example.spec.read_text(encoding="utf-8")
    moved = MOVED_WITHIN.replace("按季", "按月") if reworded else MOVED_WITHIN
    text = text.replace(MOVED_WITHIN, "", 1).replace(AFTER_IT, AFTER_IT + moved, 1)
    text = text.replace(MOVED_ACROSS, "", 1).replace("    items:\n", "    items:\n" + MOVED_ACROSS, 1)
    text = text.replace(ROWS[0] + ROWS[1], ROWS[1] + ROWS[0])
    example.spec.write_text(text, encoding="utf-8")


def moves_in(data: bytes) -> dict[str, dict[str, list[str]]]:
    """Each move's name, with the texts of its source and destination ranges."""
    found: dict[str, dict[str, list[str]]] = {}
    open_ranges: dict[str, tuple[str, str]] = {}
    for element in document_root(data).iter():
        name = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if name in ("moveFromRangeStart", "moveToRangeStart"):
            kind = name.removesuffix("RangeStart")
            open_ranges[element.get(f"{W}id")] = (element.get(f"{W}name"), kind)
            found.setdefault(element.get(f"{W}name"), {}).setdefault(kind, [])
        elif name in ("moveFromRangeEnd", "moveToRangeEnd"):
            del open_ranges[element.get(f"{W}id")]
        elif name in ("t", "delText") and element.text and open_ranges:
            for move, kind in open_ranges.values():
                found[move][kind].append(element.text)
    return found


def test_moved_items_are_word_moves_with_their_new_words_inserted(repository):
    """Each moved item is one move (the same name on a source and a
    destination range), a row's too; a word it gained on the way is an
    insertion inside the move; Accept All gives the new document and Reject
    All the old one, formatting included."""
    old_document = built(repository, "zh")
    move_items(repository, reworded=True)
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = (repository.root / "redline/zh/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    moves = {"".join(ends["moveTo"]): "".join(ends["moveFrom"]) for ends in moves_in(redline).values()}
    across, within = MOVED_ACROSS.strip(" -\n"), MOVED_WITHIN.strip(" -\n")
    assert [away.endswith(across) for here, away in moves.items() if here.endswith(across)] == [True]
    [(here, away)] = [(here, away) for here, away in moves.items() if "通报" in here]
    assert away.endswith(within) and here.endswith(within.replace("按季", "按月"))  # 月 inserted inside the move
    assert "月" in tracked_texts(redline, "ins") and "季" not in "".join(tracked_texts(redline, "del"))
    assert any("工作环境状况" in away and "不限" in away for away in moves.values())  # a row's text moves too
    assert layout(resolve(redline, accept=True)) == layout(built(repository, "zh"))
    assert layout(resolve(redline, accept=False)) == layout(old_document)
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh", "--format", "text", status=0)
    assert "    zh: moved from duties[1].items[1]" in result.stdout.splitlines()


@pytest.mark.slow  # LibreOffice runs
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_resolves_moves_as_the_two_versions(repository, tmp_path):
    """LibreOffice reads the moves as moves: its Accept All gives the new
    document and its Reject All the old one, to the empty paragraph."""
    from tests.redline.libreoffice import resolve_in_libreoffice

    old_document = built(repository, "zh+en")
    move_items(repository)
    new_document = built(repository, "zh+en")
    repository.run("diff", "--since", "HEAD", "--lang", "zh+en", status=0)
    redline = repository.root / "redline/bilingual/BCM-001.docx"
    for accept, document in ((True, new_document), (False, old_document)):
        resolved = resolve_in_libreoffice(redline, accept, tmp_path / "office")
        assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True), accept
        assert [entry for entry in layout(resolved) if entry[0] == "p"] == \
            [entry for entry in layout(document) if entry[0] == "p"], accept


def change_list_of(data: bytes) -> list[str]:
    """The lines of a redline's change list (its content control), [] if it has none."""
    body = document_root(data).find(f"{W}body")
    controls = [child for child in body if child.tag == f"{W}sdt"
                and child.find(f"{W}sdtPr/{W}tag").get(f"{W}val") == "jdgen-changes"]
    return ["".join(text.text for text in paragraph.iter(f"{W}t")) for control in controls
            for paragraph in control.iter(f"{W}p")]


def test_summary_heads_each_redline_with_its_changes_which_no_accept_or_reject_removes(repository):
    """``--summary``: at the top, above the form, a list of the changes (one
    line per changed field, in the document's language) that is not a
    tracked change; below it Accept All gives the new document and Reject
    All the old one. Off by default."""
    old_documents = {language: built(repository, language) for language in ("zh", "en")}
    move_items(repository)
    repository.edit_spec("headcount: 1", "headcount: 2")
    repository.run("diff", "--since", "HEAD", "--lang", "zh,en", status=0)
    assert change_list_of((repository.root / "redline/zh/BCM-001.docx").read_bytes()) == []
    repository.run("diff", "--since", "HEAD", "--lang", "zh,en", "--summary", status=0)
    for language, headcount, moved in (("zh", "定员人数: 修改: 2人", "移自"), ("en", "Headcount: changed: 2 people",
                                                                           "moved from")):
        redline = (repository.root / f"redline/{language}/BCM-001.docx").read_bytes()
        assert check_docx(redline) == []
        title, *lines = change_list_of(redline)
        assert ("本修订稿的更改（4项" if language == "zh" else "Changes in this redline (4;") in title
        assert any(line.endswith(headcount) for line in lines), lines
        assert sum(moved in line for line in lines) == 3, lines
        control = document_root(redline).find(f"{W}body")[0]
        assert control.tag == f"{W}sdt" and not list(control.iter(f"{W}ins", f"{W}del"))
        for accept, document in ((True, built(repository, language)), (False, old_documents[language])):
            resolved = resolve(redline, accept)
            assert change_list_of(resolved) == [title, *lines]
            assert layout(resolved) == layout(document)


@pytest.mark.slow  # LibreOffice runs
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize("accept", [True, False])
@pytest.mark.parametrize("comes", [False, True], ids=["removed", "added"])
def test_a_career_path_removed_or_added_leaves_its_chart_or_none_in_libreoffice(repository, tmp_path, comes, accept):
    """A career path removed: the chart's table deleted, with the room above
    and under its boxes, and 无 inserted as a paragraph after it (added: the
    other way round). LibreOffice's Accept All leaves the new version's
    cell, its Reject All the old one's, not an empty paragraph more or less."""
    from tests.redline.libreoffice import resolve_in_libreoffice

    spec = repository.spec.read_text(encoding="utf-8")
    career_path = "career_path: [其他部门经理, 行长]\n"
    if comes:
        repository.edit_spec(career_path, "")
        git(repository.root, "commit", "-qam", "no career path")
    old_document = built(repository, "zh")
    if comes:
        repository.spec.write_text(spec, encoding="utf-8")
    else:
        repository.edit_spec(career_path, "")
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = repository.root / "redline/zh/BCM-001.docx"
    assert check_docx(redline.read_bytes()) == []
    document = built(repository, "zh") if accept else old_document
    resolved_here = resolve(redline.read_bytes(), accept)
    assert plain_texts(resolved_here, keep_empty=True) == plain_texts(document, keep_empty=True)
    assert layout(resolved_here) == layout(document)
    resolved = resolve_in_libreoffice(redline, accept, tmp_path / "office")
    assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True)
    assert [entry for entry in layout(resolved) if entry[0] == "p"] == \
        [entry for entry in layout(document) if entry[0] == "p"]


def _qualification_merges(data: bytes) -> list[tuple[str | None, str]]:
    """The rows of 任职资格, from the one its label starts to the last that
    continues it (wherever a reader put the section's table): each row's
    label-cell merge, and its text."""
    rows = []
    for row in document_root(data).find(f"{W}body").iter(f"{W}tr"):
        merge = row.find(f"{W}tc/{W}tcPr/{W}vMerge")
        rows.append((None if merge is None else merge.get(f"{W}val", "continue"),
                     "".join(text.text or "" for text in row.iter(f"{W}t"))))
    start = next(index for index, (_, text) in enumerate(rows) if text.startswith("任职资格"))
    end = next((index for index in range(start + 1, len(rows)) if rows[index][0] != "continue"), len(rows))
    return rows[start:end]


@pytest.mark.slow  # LibreOffice runs
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize("education_goes", [True, False])
def test_rows_that_start_the_merged_label_going_or_coming_in_libreoffice(repository, tmp_path, education_goes):
    """学历要求 and 专业 start 任职资格's merged label: when they go (or
    come), the row under them changes its merge as a tracked cell-property
    change. Ours and LibreOffice's Accept All give the new document, merges
    included, and Reject All the old one; LibreOffice keeps the changed
    start on Reject All (README), so there only the texts are the old ones."""
    from tests.redline.libreoffice import resolve_in_libreoffice

    education = "  education: {zh: 本科, en: Bachelor's degree}\n  major: {zh: 金融学, en: Finance}\n  experience:\n"
    if education_goes:
        repository.edit_spec("  experience:\n", education)
        git(repository.root, "commit", "-qam", "education")
        old_document = built(repository, "zh")
        repository.edit_spec(education, "  experience:\n")
    else:
        old_document = built(repository, "zh")
        repository.edit_spec("  experience:\n", education)
    new_document = built(repository, "zh")
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    redline = repository.root / "redline/zh/BCM-001.docx"
    assert check_docx(redline.read_bytes()) == []
    assert len(list(document_root(redline.read_bytes()).iter(f"{W}tcPrChange"))) == 1
    for accept, document in ((True, new_document), (False, old_document)):
        ours = resolve(redline.read_bytes(), accept)
        assert layout(ours) == layout(document) and check_docx(ours) == [], accept
        assert _qualification_merges(ours) == _qualification_merges(document), accept
        resolved = resolve_in_libreoffice(redline, accept, tmp_path / "office")
        assert plain_texts(resolved) == plain_texts(document), accept
        if accept or not education_goes:
            assert _qualification_merges(resolved) == _qualification_merges(document), accept

"""Links between positions: ``{position: ID}`` reads as that position's title."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import ExampleProject, copy_example
from tests.docx_reading import full_text, open_document

REPORTS_TO = "  reports_to: 支行行长\n"
"""BCM-001's superior, in words: the title of the position added below."""


def with_superior(tmp_path: Path, name: str = "project") -> tuple[ExampleProject, Path]:
    """The examples and a position BRM-001 whose title is BCM-001's superior
    in words (a spec with no shared file and no link: the build reads such a
    spec only when another links to it)."""
    example = ExampleProject(copy_example(tmp_path / name, every_spec=True))
    text = example.spec.read_text(encoding="utf-8")
    superior = example.root / "specs/brm-001.yaml"
    superior.write_text(text.replace("id: BCM-001", "id: BRM-001").replace("title: 客户经理", "title: 支行行长")
                        .replace(REPORTS_TO, "").replace("extends: shared/branch.yaml", ""), encoding="utf-8")
    return example, superior


def title_of(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))["title"]


def test_a_link_reads_as_the_title_in_every_language(tmp_path):
    linked, _ = with_superior(tmp_path, "linked")
    linked.edit_spec(REPORTS_TO, "  reports_to: {position: BRM-001}\n")
    written, _ = with_superior(tmp_path, "written")
    for project in (linked, written):
        project.run("build")
    for folder in ("zh", "en", "bilingual"):
        document = f"output/{folder}/BCM-001.docx"
        assert (linked.root / document).read_bytes() == (written.root / document).read_bytes(), folder
    title = title_of(linked.root / "specs/brm-001.yaml")
    assert title in full_text(open_document(linked.root / "output/zh/BCM-001.docx"))


def test_a_link_takes_the_inline_translation_of_the_title(tmp_path):
    example, superior = with_superior(tmp_path)
    superior.write_text(superior.read_text(encoding="utf-8").replace(
        "title: 支行行长", "title: {zh: 支行行长, en: Head of Sub-branch}"), encoding="utf-8")
    example.edit_spec(REPORTS_TO, "  reports_to: {position: BRM-001}\n")
    example.run("build", "--lang", "en")
    assert "Head of Sub-branch" in full_text(open_document(example.root / "output/en/BCM-001.docx"))


def test_check_reports_an_unknown_id_with_a_suggestion(tmp_path):
    example, _ = with_superior(tmp_path)
    example.edit_spec("  subordinates: [客户专员]\n", "  subordinates: [客户专员, {position: brm-01}]\n")
    result = example.run("check", "--lang", "zh", status=1)
    line = example.line_of("subordinates:")
    column = example.spec.read_text(encoding="utf-8").splitlines()[line - 1].index("{position") + 1
    assert (f"specs/bcm-001.yaml:{line}:{column}: error: basic.subordinates[1]: no position 'brm-01' in the set "
            "(did you mean 'BRM-001'?)") in result.output


def test_check_reports_a_reporting_cycle_in_every_spec_of_it(tmp_path):
    example, superior = with_superior(tmp_path)
    example.edit_spec(REPORTS_TO, "  reports_to: {position: BRM-001}\n")
    superior.write_text(superior.read_text(encoding="utf-8").replace(
        "  headcount: 1\n", "  headcount: 1\n  reports_to: {position: BCM-001}\n"), encoding="utf-8")
    result = example.run("check", "--lang", "zh", status=1)
    cycle = "a reporting cycle: BCM-001 → BRM-001 → BCM-001"
    lines = [line for line in result.output.splitlines() if cycle in line]
    assert [line.split(":")[0] for line in lines] == ["specs/bcm-001.yaml", "specs/brm-001.yaml"]
    assert lines[0].startswith(f"specs/bcm-001.yaml:{example.line_of('reports_to:')}:15: error: basic.reports_to: ")
    example.run("build", "--lang", "zh", status=1)
    assert not (example.root / "output/zh/BCM-001.docx").exists()


def test_a_title_in_words_of_a_position_of_the_set_is_a_warning(tmp_path):
    example, _ = with_superior(tmp_path)
    result = example.run("check", "--lang", "zh")
    assert (f"specs/bcm-001.yaml:{example.line_of('reports_to:')}:15: warning: basic.reports_to: '支行行长' is the "
            "title of BRM-001; to link to it, write {position: BRM-001}") in result.output


def test_renaming_a_title_rebuilds_the_documents_that_link_to_it_and_only_those(tmp_path):
    example, superior = with_superior(tmp_path)
    example.run("build", "--lang", "zh")
    example.edit_spec(REPORTS_TO, "  reports_to: {position: BRM-001}\n")  # the first link of the set
    example.run("build", "--lang", "zh")
    superior.write_text(superior.read_text(encoding="utf-8").replace("title: 支行行长", "title: 支行副行长"),
                        encoding="utf-8")
    report = json.loads(example.run("build", "--lang", "zh", "--json").output)
    built = sorted(Path(output["path"]).stem for output in report["outputs"] if output["status"] == "built")
    assert built == ["BCM-001", "BRM-001"]
    assert set(output["status"] for output in report["outputs"] if Path(output["path"]).stem not in built) == {
        "unchanged"}
    assert "支行副行长" in full_text(open_document(example.root / "output/zh/BCM-001.docx"))


def test_a_link_in_a_shared_file_is_reported_there(tmp_path):
    example, _ = with_superior(tmp_path)
    shared = example.root / "shared/branch.yaml"
    shared.write_text(shared.read_text(encoding="utf-8") + "career_path: [{position: BRM-00}]\n", encoding="utf-8")
    example.edit_spec("career_path: [其他部门经理, 行长]\n", "")
    result = example.run("check", "--lang", "zh", status=1)
    line = len(shared.read_text(encoding="utf-8").splitlines())
    assert (f"shared/branch.yaml:{line}:15: error: career_path[0]: no position 'BRM-00' in the set "
            "(did you mean 'BRM-001'?); link to the id of a spec in specs/, or write the title in words for a "
            "position outside the set (used by specs/bcm-001.yaml)") in result.output


def test_a_linked_title_in_another_language_must_give_the_linking_spec_s_language(tmp_path):
    example, superior = with_superior(tmp_path)
    superior.write_text(superior.read_text(encoding="utf-8").replace("source_language: zh", "source_language: en")
                        .replace("title: 支行行长", "title: Head of Sub-branch"), encoding="utf-8")
    example.edit_spec(REPORTS_TO, "  reports_to: {position: BRM-001}\n")
    result = example.run("check", "--lang", "zh", status=1)
    assert (f"specs/bcm-001.yaml:{example.line_of('reports_to:')}:15: error: basic.reports_to: BRM-001 "
            "(specs/brm-001.yaml) has no title in 'zh', the language this spec is written in; give it one inline "
            "there (title: {en: ..., zh: ...})") in result.output
    superior.write_text(superior.read_text(encoding="utf-8").replace(
        "title: Head of Sub-branch", "title: {en: Head of Sub-branch, zh: 支行行长}"), encoding="utf-8")
    assert "no title in" not in example.run("check", "--lang", "zh", status=1).output


def test_a_project_in_another_source_language_links_in_that_language(tmp_path):
    """jdgen.toml's source_language is the language of every spec that names
    none: a link resolves in it, for the specs that name it and those that do not."""
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    (root / "jdgen.toml").write_text('source_language = "en"\nlanguages = ["en"]\n', encoding="utf-8")
    common = "basic: {department: Retail Banking%s}\nsummary: Serves customers.\nduties: [Opens accounts.]\n"
    (root / "specs/head.yaml").write_text(
        "id: HEAD-1\nsource_language: en\ntitle: Branch Manager\n" + common % "", encoding="utf-8")
    (root / "specs/teller.yaml").write_text(
        "id: TLR-1\ntitle: Teller\n" + common % ", reports_to: {position: HEAD-1}", encoding="utf-8")
    project = ExampleProject(root)
    project.run("check")
    project.run("build")
    assert "Branch Manager" in full_text(open_document(root / "output/en/TLR-1.docx"))


def test_the_index_of_titles_holds_little_per_position():
    """The set's index answers which positions a title in words is (each
    check asks it of every such title) from a table of every title: each
    holds its id, and only a title of several positions a list (some 385
    bytes a position when each had a key and a list of its own)."""
    import tracemalloc

    from jdgen.jobspec.links import IndexedPosition, PositionIndex

    index = PositionIndex.of(
        [IndexedPosition(f"SYN-{number:05d}", {"zh": f"客户经理 {number}", "en": f"Manager {number}"}, "zh",
                         f"specs/syn-{number:05d}.yaml") for number in range(2000)]
        + [IndexedPosition("ANY-1", " 客户经理 5 ", "zh", "specs/any-1.yaml")])
    tracemalloc.start()
    try:
        assert index.titled("客户经理 5", "zh") == ["ANY-1", "SYN-00005"]
        per_position = tracemalloc.get_traced_memory()[0] / 2000
    finally:
        tracemalloc.stop()
    assert per_position < 128
    assert index.titled("Manager 7 ", "en") == ["SYN-00007"]
    assert index.titled("Manager 7", "zh") == index.titled("无", "zh") == []

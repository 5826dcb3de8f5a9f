"""Shared content: ``extends`` merges shared files under a spec, every value
keeping the file and line where it is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from jdgen.jobspec.shared import MAX_DEPTH
from jdgen.jobspec.validate import load_spec
from tests.conftest import REPO, ExampleProject, copy_example, without_code
from tests.docx_reading import full_text, open_document

SHARED = "shared/branch.yaml"


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


SPEC_HEAD = "id: POS-1\ntitle: 柜员\nbasic: {department: 营业部}\nsummary: 办理柜面业务。\nduties: [办理现金业务。]\n"


def load(root: Path, spec: str):
    """Load ``specs/pos.yaml`` holding ``spec`` in project ``root``."""
    write(root, "specs/pos.yaml", spec)
    return load_spec(root / "specs/pos.yaml", "specs/pos.yaml", root=root)


def data_of(root: Path, spec: str) -> dict:
    model, _, diagnostics = load(root, spec)
    assert model is not None, [d.format() for d in diagnostics]
    return model.model_dump(mode="json", exclude_defaults=True)


def messages(root: Path, spec: str) -> list[str]:
    model, _, diagnostics = load(root, spec)
    assert model is None
    return [without_code(diagnostic.format()) for diagnostic in diagnostics]


# -- the documents -------------------------------------------------------------------


def written_in_full(root: Path) -> None:
    """Write the examples of ``root`` without their shared file: its values
    put where each spec takes them (the issuer; the tools appended to)."""
    shared = yaml.safe_load((root / SHARED).read_text(encoding="utf-8"))
    for spec in (root / "specs").glob("*.yaml"):
        text = spec.read_text(encoding="utf-8")
        own = yaml.safe_load(text)
        text = "\n".join(line for line in text.splitlines() if not line.startswith("extends:")) + "\n"
        number = f"  number: {own['document']['number']}\n"
        text = text.replace(number, number + f"  issuer: {json.dumps(shared['document']['issuer'], ensure_ascii=False)}\n")
        if "tools+" in own:
            appended = text[text.index("tools+:"):].splitlines()[0]
            text = text.replace(appended, "tools: " + json.dumps(shared["tools"] + own["tools+"], ensure_ascii=False))
        spec.write_text(text, encoding="utf-8")
    shutil.rmtree(root / "shared")


def test_the_examples_with_shared_content_build_the_documents_of_their_full_form(tmp_path):
    shared = ExampleProject(copy_example(tmp_path / "shared", every_spec=True))
    full = ExampleProject(copy_example(tmp_path / "full", every_spec=True))
    written_in_full(full.root)
    assert "extends" not in "".join(p.read_text(encoding="utf-8") for p in (full.root / "specs").glob("*.yaml"))
    for project in (shared, full):
        project.run("build")
    documents = sorted(path.relative_to(shared.root) for path in (shared.root / "output").rglob("*.docx"))
    assert len(documents) == 3 * len(list((shared.root / "specs").glob("*.yaml")))
    for document in documents:
        assert (shared.root / document).read_bytes() == (full.root / document).read_bytes(), document
    issuer = yaml.safe_load((shared.root / SHARED).read_text(encoding="utf-8"))["document"]["issuer"]
    assert issuer in full_text(open_document(shared.root / "output/zh/TLR-010.docx"))


def test_a_shared_text_is_one_catalog_entry_that_names_the_shared_file():
    from babel.messages.pofile import read_po

    issuer = yaml.safe_load((REPO / SHARED).read_text(encoding="utf-8"))["document"]["issuer"]
    with (REPO / "translations/en.po").open("rb") as stream:
        entry = read_po(stream)[issuer]
    assert [path for path, _ in entry.locations] == [SHARED]
    assert entry.auto_comments == [f"{SHARED}: document.issuer"]


# -- the merge rules ------------------------------------------------------------


def test_mappings_merge_lists_and_texts_replace_and_plus_appends(tmp_path):
    write(tmp_path, "shared/base.yaml", "\n".join([
        "document: {issuer: 某支行, prepared_by: 人力资源部}",
        "basic: {department: 营业部, headcount: 3}",
        "tools: [电脑, 电话]",
        "career_path: [大堂经理]",
        "physical: {zh: 健康, en: Healthy}",
        "levels: {a: 初级, b: 中级}",
    ]) + "\n")
    data = data_of(tmp_path, "extends: shared/base.yaml\n" + SPEC_HEAD.replace("basic: {department: 营业部}", "basic: {headcount: 5}") + "\n".join([
        "document: {prepared_by: 营业部}",
        "tools: [点钞机]",
        "career_path+: [营业部主管]",
        "physical: 身体健康",
        "levels: {b: 中级柜员, c: 高级}",
    ]) + "\n")
    assert data["document"] == {"issuer": "某支行", "prepared_by": "营业部"}
    assert data["basic"] == {"department": "营业部", "headcount": 5}
    assert data["tools"] == ["点钞机"]
    assert data["career_path"] == ["大堂经理", "营业部主管"]
    assert data["physical"] == "身体健康"  # not {zh: 身体健康, en: Healthy}: a text replaces with its translations
    assert data["levels"] == {"a": "初级", "b": "中级柜员", "c": "高级"}


def test_null_and_empty_list_clear_a_shared_value(tmp_path):
    write(tmp_path, "shared/base.yaml", "physical: 健康\ntools: [电脑]\n")
    data = data_of(tmp_path, "extends: shared/base.yaml\n" + SPEC_HEAD + "physical: null\ntools: []\n")
    assert "physical" not in data and "tools" not in data


def test_bases_apply_in_order_and_nest_and_a_file_reached_twice_applies_once(tmp_path):
    write(tmp_path, "shared/common.yaml", "tools: [电脑]\nphysical: 健康\n")
    write(tmp_path, "shared/a.yaml", "extends: shared/common.yaml\ntools+: [电话]\nenvironment: {place: 营业厅}\n")
    write(tmp_path, "shared/b.yaml", "extends: shared/common.yaml\ntools+: [点钞机]\nenvironment: {place: 柜台}\n")
    data = data_of(tmp_path, "extends: [shared/a.yaml, shared/b.yaml]\n" + SPEC_HEAD)
    assert data["tools"] == ["电脑", "电话", "点钞机"]  # common.yaml once, under a.yaml
    assert data["environment"] == {"place": "柜台"}  # the later base wins
    assert data["physical"] == "健康"
    assert data["extends"] == ["shared/a.yaml", "shared/b.yaml"]


def test_a_problem_in_shared_text_names_its_line_and_the_spec_that_uses_it(tmp_path):
    write(tmp_path, "shared/common.yaml", "environment:\n  place: 营业厅\n  plaec: 柜台\n")
    write(tmp_path, "shared/family.yaml", "extends: shared/common.yaml\nphysical: 健康\n")
    assert messages(tmp_path, "extends: shared/family.yaml\n" + SPEC_HEAD) == [
        "shared/common.yaml:3:3: error: environment: unknown field 'plaec' (did you mean 'place'?) "
        "(used by specs/pos.yaml through shared/family.yaml)"]


def test_untranslated_shared_text_is_reported_in_the_shared_file(tmp_path):
    example = ExampleProject(copy_example(tmp_path / "project"))
    write(example.root, SHARED, (example.root / SHARED).read_text(encoding="utf-8") + "physical: 从未翻译过的要求\n")
    example.edit_spec("physical: 健康,能适应加班\n", "")
    result = example.run("check", status=1)
    line = (example.root / SHARED).read_text(encoding="utf-8").splitlines().index("physical: 从未翻译过的要求") + 1
    assert f"{SHARED}:{line}:11: error: physical: untranslated (en) (used by specs/bcm-001.yaml)" in result.output


@pytest.mark.parametrize("bases, spec_extends, expected", [
    ({}, "shared/nope.yaml", "specs/pos.yaml:1:10: error: extends: no shared file shared/nope.yaml in the project folder"),
    ({}, "../outside.yaml", "specs/pos.yaml:1:10: error: extends: '../outside.yaml': name a shared file by its "
                            "path in the project folder, such as shared/branch.yaml"),
    ({}, "specs/other.yaml", "specs/pos.yaml:1:10: error: extends: specs/other.yaml: a shared file lives outside "
                             "specs/ (for example in shared/), or it would be built as a position"),
    ({"shared/a.yaml": "extends: shared/b.yaml\n", "shared/b.yaml": "extends: shared/a.yaml\n"}, "shared/a.yaml",
     "shared/b.yaml:1:10: error: extends: shared/a.yaml extends itself: shared/a.yaml → shared/b.yaml → "
     "shared/a.yaml; remove one of these 'extends' (used by specs/pos.yaml through shared/a.yaml)"),
    ({"shared/a.yaml": "id: X-1\n"}, "shared/a.yaml",
     "shared/a.yaml:1:1: error: id: a shared file cannot set 'id': each spec has its own (used by specs/pos.yaml)"),
    ({"shared/a.yaml": "tools+: 电脑\n"}, "shared/a.yaml",
     "shared/a.yaml:1:9: error: tools: 'tools+' appends a list to the base's list, but the value is not a list; "
     "write 'tools:' to replace it (used by specs/pos.yaml)"),
    ({"shared/a.yaml": "tools: [电脑]\ntools+: [电话]\n"}, "shared/a.yaml",
     "shared/a.yaml:2:1: error: both 'tools' and 'tools+': write one of them (used by specs/pos.yaml)"),
])
def test_bases_that_cannot_be_used_are_located_errors(tmp_path, bases, spec_extends, expected):
    write(tmp_path, "specs/other.yaml", SPEC_HEAD)
    for name, text in bases.items():
        write(tmp_path, name, text)
    assert expected in messages(tmp_path, f"extends: {spec_extends}\n" + SPEC_HEAD)


def test_bases_nest_only_so_deep(tmp_path):
    for level in range(MAX_DEPTH + 1):
        write(tmp_path, f"shared/{level}.yaml", f"extends: shared/{level + 1}.yaml\n" if level < MAX_DEPTH else "tools: [电脑]\n")
    [message] = messages(tmp_path, "extends: shared/0.yaml\n" + SPEC_HEAD)
    assert f"shared/{MAX_DEPTH}.yaml: bases are nested more than {MAX_DEPTH} deep" in message
    assert message.startswith(f"shared/{MAX_DEPTH - 1}.yaml:1:10: error: extends: ")
    (tmp_path / f"shared/{MAX_DEPTH - 1}.yaml").write_text("tools: [电脑]\n", encoding="utf-8")
    assert data_of(tmp_path, "extends: shared/0.yaml\n" + SPEC_HEAD)["tools"] == ["电脑"]


# -- incremental builds ----------------------------------------------------------


def test_changing_a_shared_file_rebuilds_exactly_the_specs_that_use_it(tmp_path):
    example = ExampleProject(copy_example(tmp_path / "project", every_spec=True))
    alone = example.root / "specs/alone.yaml"
    alone.write_text(example.spec.read_text(encoding="utf-8").replace("id: BCM-001", "id: ALONE-1").replace(
        "extends: shared/branch.yaml", ""), encoding="utf-8")
    example.run("build", "--lang", "zh")
    users = sorted(p.stem.upper() for p in (example.root / "specs").glob("*.yaml")
                   if "extends: shared/branch.yaml" in p.read_text(encoding="utf-8"))
    shared = example.root / SHARED
    shared.write_text(shared.read_text(encoding="utf-8").replace("[电脑]", "[电脑, 打印机]"), encoding="utf-8")
    result = example.run("build", "--lang", "zh", "--json")
    built = sorted(Path(o["path"]).stem for o in json.loads(result.output)["outputs"] if o["status"] == "built")
    assert built == users and "ALONE-1" not in built
    appending = next(p.stem.upper() for p in (example.root / "specs").glob("*.yaml")
                     if "tools+:" in p.read_text(encoding="utf-8"))
    assert "打印机" in full_text(open_document(example.root / f"output/zh/{appending}.docx"))
    assert json.loads(example.run("build", "--lang", "zh", "--json").output)["summary"]["built"] == 0


def test_a_problem_in_a_shared_file_is_printed_once_with_the_specs_that_use_it(tmp_path):
    example = ExampleProject(copy_example(tmp_path / "project", every_spec=True))
    shared = example.root / SHARED
    shared.write_text(shared.read_text(encoding="utf-8") + "environment: {plaec: 柜台}\n", encoding="utf-8")
    users = sorted(f"specs/{p.name}" for p in (example.root / "specs").glob("*.yaml")
                   if "extends: shared/branch.yaml" in p.read_text(encoding="utf-8"))
    result = example.run("check", "--lang", "zh", status=1)
    line = len(shared.read_text(encoding="utf-8").splitlines())
    assert [without_code(text) for text in result.output.splitlines() if "plaec" in text] == [
        f"{SHARED}:{line}:15: error: environment: unknown field 'plaec' (did you mean 'place'?) "
        f"(used by {users[0]} and {len(users) - 1} other spec{'s' if len(users) > 2 else ''})"]


def test_the_schema_offers_appends_where_a_merge_reaches():
    from jdgen.jobspec.schema import spec_schema

    schema = spec_schema()
    definitions = schema["$defs"]
    assert {**schema["properties"]["tools+"], "description": "", "title": ""} == {
        **schema["properties"]["tools"], "description": "", "title": ""}
    assert "qualities+" in definitions["Qualifications"]["properties"]
    assert "items+" not in definitions["DutyGroup"]["properties"]  # a duty group sits in a list: lists replace
    assert "extends+" not in schema["properties"]

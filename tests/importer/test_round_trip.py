"""Build, then import: the Chinese document gives back the spec it was built
from, and the English one gives back the catalog's translations.

The shipped examples round-trip exactly. Generated specs (every shape the
model allows, tests/strategies.py) round-trip once their texts are made
representable: a form joins some texts with punctuation (tools with 、, a
category and its measures with :, a measure and its target with nothing),
so a text holding that punctuation, digits at a measure's end, typed
numbering at its start, or a label's exact wording cannot be told apart from
the form's own; the texts are reduced to Chinese words for this test, while
the hand-made forms (test_hand_made.py) cover free text.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import shutil
from decimal import Decimal

import yaml
from babel.messages.pofile import read_po
from hypothesis import HealthCheck, Phase, example, given, settings

from jdgen.importer.field_labels import NONE_TEXTS, is_label, normalized
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import load_spec
from tests.conftest import REPO, copy_example, invoke
from tests.strategies import CJK, MINIMAL, specs

LEVEL_MARKS = "甲乙丙丁戊"
EXAMPLES = sorted(path.name for path in (REPO / "specs").glob("*.yaml"))


def run(root, *args, status: int = 0):
    with contextlib.chdir(root):
        return invoke(*args, status=status)


def import_apart(project, documents, folder: str):
    """Import ``documents`` into ``project/folder`` from outside the project:
    inside it, the specs they were built from hold their ids, and an import
    writes no second spec under an id."""
    apart = project.parent / f"{project.name}-apart"
    apart.mkdir(exist_ok=True)
    return run(apart, "import", *map(str, documents), "-o", str(project / folder))


def test_the_examples_round_trip_exactly(tmp_path):
    project = copy_example(tmp_path / "project", every_spec=True)
    run(project, "build", "--lang", "zh")
    documents = sorted((project / "output" / "zh").glob("*.docx"))
    assert len(documents) == len(EXAMPLES)
    result = import_apart(project, documents, "imported")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    for name in EXAMPLES:
        original, _, _ = load_spec(project / "specs" / name, name, root=project)
        imported, _, problems = load_spec(project / "imported" / name, name, root=project)
        assert problems == []
        # the document holds the shared content written out, not where it came from
        assert imported.model_copy(update={"extends": original.extends}) == original, name
    assert f"read {len(EXAMPLES)} documents, wrote {len(EXAMPLES)} specs" in result.output
    assert "0 texts not placed" in result.output


def test_a_scoring_formula_right_after_its_measures_is_read_back_as_the_formula(example):
    """The formula's line (具体计分公式为:…) follows the last measure's item
    when the category has no scoring: it is the category's formula, not a
    label no field has."""
    example.edit_spec("      scoring: 按任务完成情况(百分比)、正常类贷款利息应收尽收比例计分\n", "")
    run(example.root, "build", "--lang", "zh")
    result = import_apart(example.root, [example.root / "output/zh/BCM-001.docx"], "imported")
    assert "warning" not in result.output
    imported, _, problems = load_spec(example.root / "imported/bcm-001.yaml", "bcm-001.yaml", root=example.root)
    assert problems == []
    assert imported.indicators.quantitative[2].formula == "任务完成比例×(应收已收正常类贷款利息÷应收正常类贷款利息)×标准分值"


def test_a_single_category_of_quantitative_indicators_is_read_back_as_it(example):
    """One category is printed with no number (存款类指标:存款余额净增…)
    right under 1．定量指标: a category, not a label no field has."""
    text = example.spec.read_text(encoding="utf-8")
    start, end = text.index("  quantitative:\n"), text.index("  qualitative:\n")
    example.spec.write_text(text[:start] + "  quantitative:\n    - name: 存款类指标\n      measures:\n"
                            "        - name: 存款余额净增\n          weight: 54\n" + text[end:], encoding="utf-8")
    run(example.root, "build", "--lang", "zh")
    result = import_apart(example.root, [example.root / "output/zh/BCM-001.docx"], "imported")
    assert "warning" not in result.output
    imported, _, problems = load_spec(example.root / "imported/bcm-001.yaml", "bcm-001.yaml", root=example.root)
    assert problems == []
    [category] = imported.indicators.quantitative
    assert (category.name, [(measure.name, measure.weight) for measure in category.measures]) \
        == ("存款类指标", [("存款余额净增", 54)])


def chinese(value):
    """A spec's data with every text in Chinese only."""
    if isinstance(value, dict):
        return value["zh"] if set(value) == {"zh", "en"} else {key: chinese(item) for key, item in value.items()}
    if isinstance(value, list):
        return [chinese(item) for item in value]
    return value


def test_varied_examples_round_trip(tmp_path):
    """The benchmark's variations of the example (texts cut short or repeated,
    lists resized) come back as they were, in Chinese."""
    loader = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    bench = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(bench)
    bench.make_project(tmp_path, 12)
    assert run(tmp_path, "build", "--lang", "zh").exit_code == 0
    result = import_apart(tmp_path, sorted((tmp_path / "output" / "zh").glob("*.docx")), "imported")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    for path in sorted((tmp_path / "specs").glob("*.yaml")):
        original, _, _ = load_spec(path, path.name)
        imported, _, _ = load_spec(tmp_path / "imported" / path.name, path.name)
        assert imported.model_dump(mode="json") == chinese(original.model_dump(mode="json")), path.name


def catalog_at(path):
    return read_po(io.BytesIO(path.read_bytes()))


def test_the_english_documents_give_back_the_catalog(tmp_path):
    """Every text is paired with the translation the shipped catalog holds, or
    reported as unpaired (never paired wrongly); most are paired."""
    project = copy_example(tmp_path / "project", every_spec=True)
    run(project, "build", "--lang", "zh,en")
    shipped = catalog_at(REPO / "translations" / "en.po")
    for name in EXAMPLES:
        spec_id = yaml.safe_load((REPO / "specs" / name).read_text(encoding="utf-8"))["id"]
        target = tmp_path / spec_id
        (target / "specs").mkdir(parents=True)
        result = run(target, "import", str(project / "output" / "zh" / f"{spec_id}.docx"),
                     "--translation", f"en={project / 'output' / 'en' / f'{spec_id}.docx'}", status=0)
        paired = {message.id: message.string for message in catalog_at(target / "translations" / "en.po")
                  if message.id}
        # a unit's plural forms: the document shows the form of its count, which the import pairs
        assert all(paired[msgid] in shipped[msgid].string if shipped[msgid].pluralizable
                   else paired[msgid] == shipped[msgid].string for msgid in paired)
        spec, _, _ = load_spec(target / "specs" / name, name)
        texts = {value for _, value in iter_texts(spec)}
        unpaired = {text for text in texts - set(paired)
                    if f'"{text}" has no counterpart in the translation' in result.output
                    or f'"{text}": its list has ' in result.output}  # a list of another length, not aligned
        assert texts == set(paired) | unpaired
        assert len(paired) >= 0.9 * len(texts), result.output
        assert f"{len(paired)} translations added to translations/en.po" in result.output


def representable(spec: dict) -> dict:
    """``spec`` with its texts reduced to Chinese words (see the module's note),
    none (nor the document number) a label's wording or a word for nothing, level names distinct,
    units of at most four characters, and links to positions written as the
    titles they name."""
    def text(value) -> str:
        words = "".join(char for char in value["zh"] if char in CJK) or "文本"
        return words + "甲" if is_label(words) else words

    def walk(value, key=""):
        if isinstance(value, dict) and set(value) == {"position"}:  # a link reads as the title it names
            return walk(spec["title"])
        if isinstance(value, dict) and set(value) == {"zh", "en"}:
            short = text(value)
            return short[:4] if key == "unit" else short
        if isinstance(value, dict):
            return {name: walk(item, name) for name, item in value.items()}
        if isinstance(value, list):
            return [walk(item, key) for item in value]
        if key == "number" and isinstance(value, str) and (is_label(value) or normalized(value) in NONE_TEXTS):
            return value + "-0"  # a document number such as 'date', or 'None', which a form writes for nothing
        return value

    result = walk(spec)
    levels = result.get("levels", {})
    for index, level in enumerate(levels):
        levels[level] = levels[level] + LEVEL_MARKS[index]
    return result


def expected(spec: dict) -> dict:
    """What the Chinese form can say of ``spec``: a level by its name (ids are
    made up on import; a level nothing refers to is not shown); a target in
    words is read as part of its measure's name (after a colon); nobody
    supervised reads as not given; a whole figure with a unit
    is a count; "exactly" reads as the bare figure in Chinese; a qualitative
    part with nothing in it is no part."""
    data = dict(spec)
    levels = data.pop("levels", {})
    qualifications, training = data.get("qualifications", {}), data.get("training", {})
    for owner, key in ((qualifications, "experience"), (training, "hours")):
        if isinstance(owner.get(key), dict):
            owner[key] = {levels[level]: value for level, value in owner[key].items()}
    for category in data.get("indicators", {}).get("quantitative", []):
        for measure in category["measures"]:
            target = measure.get("target", {})
            if "text" in target:
                measure["name"] += ":" + measure.pop("target")["text"]
            elif "number" in target and Decimal(str(target["number"])) % 1 == 0:
                target["count"] = int(target.pop("number"))
            if target.get("compare") == "exactly":
                del target["compare"]
    if data.get("basic", {}).get("supervised") == 0:  # none supervised reads 无, as when not given
        del data["basic"]["supervised"]
    if data.get("indicators", {}).get("qualitative") == {}:
        del data["indicators"]["qualitative"]
        if not data["indicators"]:
            del data["indicators"]
    return data


def by_level_names(path, name) -> dict:
    spec, _, problems = load_spec(path, name)
    assert spec is not None, problems
    data = spec.model_dump(mode="json", exclude_defaults=True)
    return expected(data)


@settings(max_examples=int(os.environ.get("JDGEN_SHAPES", "20")), deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(spec=MINIMAL)
@given(spec=specs())
def test_generated_specs_round_trip(tmp_path_factory, spec):
    spec = representable(spec)
    project = tmp_path_factory.mktemp("round")
    (project / "specs").mkdir()
    (project / "specs" / "position.yaml").write_text(
        yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run(project, "build", "--lang", "zh").exit_code == 0
    result = import_apart(project, [project / "output" / "zh" / f"{spec['id']}.docx"], "imported")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output, result.output
    imported = by_level_names(project / "imported" / f"{spec['id'].lower()}.yaml", "imported")
    assert imported == by_level_names(project / "specs" / "position.yaml", "position")
    shutil.rmtree(project)
    shutil.rmtree(project.parent / f"{project.name}-apart")


def typed_leaves(value, path=()) -> dict:
    """Every value of a spec that is not a text (dates, counts, targets, hours, …), by its path."""
    if isinstance(value, dict):
        if set(value) <= {"zh", "en"}:
            return {}
        return {leaf: item for key, child in value.items() if key not in ("id", "source_language")
                for leaf, item in typed_leaves(child, (*path, key)).items()}
    if isinstance(value, list):
        return {leaf: item for index, child in enumerate(value) for leaf, item in typed_leaves(child, (*path, index)).items()}
    return {} if isinstance(value, str) and path[-1] not in ("currency", "compare", "per") else {path: value}


def test_the_english_documents_import_as_english_specs_with_the_same_values(tmp_path):
    project = copy_example(tmp_path / "project", every_spec=True)
    assert run(project, "build", "--lang", "en").exit_code == 0
    result = import_apart(project, sorted((project / "output" / "en").glob("*.docx")), "english")
    assert result.exit_code == 0, result.output
    for name in EXAMPLES:
        original, _, _ = load_spec(project / "specs" / name, name, root=project)
        imported, _, problems = load_spec(project / "english" / name, name)
        assert problems == [] and imported.source_language == "en"
        want = typed_leaves(original.model_dump(mode="json", exclude_defaults=True))
        assert want and typed_leaves(imported.model_dump(mode="json", exclude_defaults=True)) == want

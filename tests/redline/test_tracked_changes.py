"""A redline holds both versions: for any pair of valid specs, Accept All
gives exactly the new document's text and Reject All the old one's, and
the redline is as valid for Word as any document jdgen writes.

``JDGEN_SHAPES=500 pytest tests/redline`` runs a longer campaign.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import os
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from jdgen.localize import document_properties, localize
from jdgen.project import Project
from jdgen.redline.compare import Author, compare
from jdgen.redline.versions import load_version
from jdgen.render.template import PreparedTemplate
from jdgen.render.word_rules import check_docx
from tests.redline.tracked import change_count, layout, plain_texts, resolve
from tests.strategies import MINIMAL, spec_pairs

SHAPES = int(os.environ.get("JDGEN_SHAPES", "25"))
LANGUAGES = ["zh", "en", "zh+en"]

def _both(text: str) -> dict[str, str]:
    return {"zh": text, "en": text}


LEVELS = {"levels": {"junior": _both("初级"), "senior": _both("高级")}}
FIRST_ROW_GOES = (
    {**MINIMAL, **LEVELS, "qualifications": {"experience": {"junior": [_both("一年")], "senior": [_both("三年")]}}},
    {**MINIMAL, **LEVELS, "qualifications": {"experience": {"senior": [_both("三年")]}}},
)
"""The first row of a group of rows whose label cell is merged down goes."""
ONE_LIST_BECOMES_LEVELS = (
    {**MINIMAL, **LEVELS, "qualifications": {"experience": [_both("一年以上柜面经验"), _both("熟悉现金业务")]}},
    {**MINIMAL, **LEVELS, "qualifications": {"experience": {"junior": [_both("一年以上柜面经验")],
                                                            "senior": [_both("三年")]}}},
)
"""Experience as one list becomes experience by level: the rows' cells change."""
EXPERIENCE_COMES_BY_LEVEL = (
    {**MINIMAL, **LEVELS, "qualifications": {"education": _both("大专")}},
    {**MINIMAL, **LEVELS, "qualifications": {"education": _both("大专"), "experience": {"junior": [_both("一年")]}}},
)
"""Experience by level where there was none (its one row read 无)."""
EDUCATION_AND_MAJOR_GO = (
    {**MINIMAL, "qualifications": {"education": _both("本科"), "major": _both("金融学")}},
    MINIMAL,
)
"""The row above 资历 and the major's row under it both go (found by the campaign)."""
HOURS_COME_BY_LEVEL = (
    {**MINIMAL, **LEVELS},
    {**MINIMAL, **LEVELS, "training": {"hours": {"junior": 10}}},
)
"""Class hours by level where there were none: their raw value is a mapping in one version only (found by the campaign)."""
def _with_subordinates(*names: str) -> dict:
    return {**MINIMAL, "basic": {**MINIMAL["basic"], "subordinates": [_both(name) for name in names]}}


SUBORDINATES_WRAP = (_with_subordinates("柜员", "主管"), _with_subordinates("柜员", "主管", "经理", "大堂", "理财"))
"""Two subordinates become five: rows of boxes side by side come, each with the connector row above it."""
SUBORDINATES_ROW_CHANGES = (_with_subordinates("柜员", "主管", "经理"), _with_subordinates("柜员", "主管", "大堂", "理财"))
"""The second row of boxes gains a box (redrawn), the connector above it stays."""
CAREER_PATH_COMES = (
    MINIMAL,
    {**MINIMAL, "career_path": [_both("主管")]},
)
"""A career path where there was none: its chart is a table, 无 a paragraph."""
CAREER_PATH_REORDERED = (
    {**MINIMAL, "career_path": [_both("主管"), _both("经理"), _both("行长")]},
    {**MINIMAL, "career_path": [_both("经理"), _both("主管"), _both("行长")]},
)
"""Two levels of a chart swapped: rows of boxes with arrows under them, redrawn, never moved."""
PRIVATE_USE_TEXT = (
    {**MINIMAL, "duties": [_both("办理\ue476现金业务。")]},
    {**MINIMAL, "duties": [_both("办理\ue476现金和转账业务。")]},
)
"""A text with a character of Unicode's private use area (not one of jdgen's marks) keeps it."""
A_CELL_REPLACED = (
    {**MINIMAL, "relationships": {"external": [_both("企业总经理"), _both("企业财务部门")]}},
    {**MINIMAL, "relationships": {"external": [_both("监管机构检查人员")]}},
)
"""A cell's every paragraph deleted and another inserted: its last mark stays in both versions."""
AUTHOR = Author("Li Wei", datetime.datetime(2026, 1, 31, 9, 30, tzinfo=datetime.UTC))


UNMOVED_LISTS = {"subordinates", "career_path", "tools"}
"""Lists drawn as the rows of a chart (redrawn, never moved) or as one text: left to the other edits."""


@st.composite
def moved_item(draw, spec: dict) -> dict:
    """``spec`` with one list item moved: to another place in its list, or
    to another list of the same field (another group of duties)."""
    spec = copy.deepcopy(spec)
    lists: list[tuple[tuple[str, ...], list]] = []

    def walk(value, keys: tuple[str, ...]) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, (*keys, name))
        elif isinstance(value, list):
            if value:
                lists.append((keys, value))
            for item in value:
                walk(item, keys)

    walk(spec, ())
    movable = [(keys, items) for keys, items in lists if len(items) > 1 and not UNMOVED_LISTS & set(keys)]
    if not movable:
        return spec
    keys, source = draw(st.sampled_from(movable))
    target = draw(st.sampled_from([items for other, items in lists if other == keys]))
    origin = draw(st.integers(0, len(source) - 1))
    item = source.pop(origin)
    places = [place for place in range(len(target) + 1) if target is not source or place != origin]
    target.insert(draw(st.sampled_from(places)), item)
    return spec


@st.composite
def edits_with_moves(draw) -> tuple[dict, dict]:
    """A pair of versions: an edit, an edit with an item moved too, or an item moved only."""
    old, new = draw(spec_pairs())
    how = draw(st.sampled_from(["edited", "edited and moved", "moved"]))
    return old, new if how == "edited" else draw(moved_item(new if how == "edited and moved" else old))





def _write(path, spec):
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _document(version, spec_id, language, template):
    """The plain document of one version, built as ``jdgen build`` builds it."""
    entry = version.entries[spec_id]
    context = localize(entry, version.labels_of(entry.spec.id), language, version.catalogs).context
    return template.render(context, document_properties(context, entry.spec))


@pytest.mark.slow  # a long property test
@settings(max_examples=SHAPES, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@example(pair=FIRST_ROW_GOES)
@example(pair=FIRST_ROW_GOES[::-1])
@example(pair=ONE_LIST_BECOMES_LEVELS)
@example(pair=ONE_LIST_BECOMES_LEVELS[::-1])
@example(pair=EXPERIENCE_COMES_BY_LEVEL)
@example(pair=EXPERIENCE_COMES_BY_LEVEL[::-1])
@example(pair=EDUCATION_AND_MAJOR_GO)
@example(pair=EDUCATION_AND_MAJOR_GO[::-1])
@example(pair=HOURS_COME_BY_LEVEL)
@example(pair=HOURS_COME_BY_LEVEL[::-1])
@example(pair=SUBORDINATES_WRAP)
@example(pair=SUBORDINATES_WRAP[::-1])
@example(pair=SUBORDINATES_ROW_CHANGES)
@example(pair=SUBORDINATES_ROW_CHANGES[::-1])
@example(pair=CAREER_PATH_COMES)
@example(pair=CAREER_PATH_COMES[::-1])
@example(pair=CAREER_PATH_REORDERED)
@example(pair=PRIVATE_USE_TEXT)
@example(pair=A_CELL_REPLACED)
@example(pair=A_CELL_REPLACED[::-1])
@given(pair=edits_with_moves())
def test_accept_all_gives_the_new_text_and_reject_all_the_old(tmp_path_factory, pair):
    old_spec, new_spec = pair
    root = tmp_path_factory.mktemp("pair")
    _write(root / "old.yaml", old_spec)
    _write(root / "new.yaml", new_spec)
    project = Project(root)
    with contextlib.ExitStack() as stack:
        old = load_version(project, "old.yaml", [root / "old.yaml"], "default", stack)
        new = load_version(project, "new.yaml", [root / "new.yaml"], "default", stack)
    assert not old.diagnostics + new.diagnostics
    report = compare(old, new, LANGUAGES, root / "redline", AUTHOR)
    assert not report.diagnostics
    template = PreparedTemplate.load(*new.template_of(new_spec["id"]))
    written = {document.language: document.path for position in report.positions for document in position.documents}
    for language in LANGUAGES:
        old_document = _document(old, old_spec["id"], language, template)
        new_document = _document(new, new_spec["id"], language, template)
        if language not in written:
            assert plain_texts(old_document) == plain_texts(new_document), language
            continue
        redline = written[language].read_bytes()
        assert check_docx(redline) == [], language
        assert change_count(redline) > 0, language
        for accept, document in ((True, new_document), (False, old_document)):
            resolved = resolve(redline, accept)
            assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True), (language, accept)
            assert layout(resolved) == layout(document), (language, accept)
            assert check_docx(resolved) == [], (language, accept)
    shutil.rmtree(root)

"""A redline holds both versions: for any pair of valid specs, Accept All
gives exactly the new document's text and Reject All the old one's, and
the redline is as valid for Word as any document jdgen writes.

``JDGEN_SHAPES=500 pytest tests/redline`` runs a longer campaign.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil

import yaml
from hypothesis import HealthCheck, Phase, example, given, settings

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
AUTHOR = Author("Li Wei", datetime.datetime(2026, 1, 31, 9, 30, tzinfo=datetime.UTC))


def _same_shape(old_spec, new_spec) -> bool:
    """Whether the form keeps the shape of two places the redline draws in
    the new version's shape (the README's known limits): the experience rows
    (a single list that becomes one list per level, or back, changes the
    cells of the group's first row, which holds the label merged down), and
    the career chart (a chart that becomes 无, or back, is a table in one
    version and a paragraph in the other)."""
    def shape(spec) -> tuple[bool, bool]:
        return isinstance(spec.get("qualifications", {}).get("experience"), dict), bool(spec.get("career_path"))
    return shape(old_spec) == shape(new_spec)


def _write(path, spec):
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _document(version, spec_id, language, template):
    """The plain document of one version, built as ``jdgen build`` builds it."""
    entry = version.entries[spec_id]
    context = localize(entry, version.labels, language, version.catalogs).context
    return template.render(context, document_properties(context, entry.spec))


@settings(max_examples=SHAPES, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@example(pair=FIRST_ROW_GOES)
@example(pair=FIRST_ROW_GOES[::-1])
@given(pair=spec_pairs())
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
    template = PreparedTemplate.load(*new.template)
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
            assert plain_texts(resolved) == plain_texts(document), (language, accept)
            if _same_shape(old_spec, new_spec):
                assert layout(resolved) == layout(document), (language, accept)
            assert check_docx(resolved) == [], (language, accept)
    shutil.rmtree(root)

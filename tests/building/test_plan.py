"""Planning: which outputs are current, given the manifest's records."""

from __future__ import annotations

import dataclasses

from jdgen.building.plan import BuildOptions, Fingerprints, Planner
from tests.building.conftest import SPEC, Folder

LANGUAGES = ["zh", "en", "zh+en"]


def plan(folder: Folder, **options):
    planner = Planner(folder.manifest, folder.fingerprints, BuildOptions(folder.output, LANGUAGES, jobs=1, **options))
    return planner.spec(folder.root / SPEC, SPEC)


def record_all(folder: Folder, **kwargs) -> dict[str, str]:
    outputs = {"zh": "zh/A.docx", "en": "en/A.docx", "zh+en": "bilingual/A.docx"}
    for language, output in outputs.items():
        folder.record(output, language, **kwargs)
    return outputs


def test_outputs_recorded_and_in_place_are_current(folder):
    outputs = record_all(folder)
    planned = plan(folder)
    assert planned.current == outputs and planned.stale == [] and planned.known == {}


def test_a_spec_never_built_is_stale_in_every_language(folder):
    planned = plan(folder)
    assert planned.current == {} and planned.stale == LANGUAGES and planned.known == {}


def test_a_changed_spec_makes_every_output_stale(folder):
    record_all(folder)
    folder.fingerprints.specs[SPEC] = "the spec changed"
    planned = plan(folder)
    assert planned.stale == LANGUAGES and planned.known == {}


def test_a_changed_catalog_makes_its_languages_stale_but_known(folder):
    record_all(folder, translations="entries used")
    (folder.fingerprints.catalogs_folder / "en.po").write_text('msgid "a"\nmsgstr "c"\n', encoding="utf-8")
    changed = Fingerprints(lambda _: folder.root / "template", folder.fingerprints.catalogs_folder, "zh")
    changed.specs, changed.templates = folder.fingerprints.specs, folder.fingerprints.templates
    planned = plan(dataclasses.replace(folder, fingerprints=changed))
    assert planned.current == {"zh": "zh/A.docx"}
    assert planned.stale == ["en", "zh+en"]  # a bilingual document uses the English catalog too
    assert planned.known == {"en/A.docx": "entries used", "bilingual/A.docx": "entries used"}


def test_an_output_gone_or_altered_is_stale(folder):
    record_all(folder)
    (folder.output / "en/A.docx").unlink()
    (folder.output / "bilingual/A.docx").write_bytes(b"edited by hand")
    planned = plan(folder)
    assert planned.current == {"zh": "zh/A.docx"} and planned.stale == ["en", "zh+en"]


def test_a_draft_is_current_only_in_a_draft_build(folder):
    folder.record("draft/en/A.docx", "en", draft=True)
    assert plan(folder).stale == LANGUAGES and plan(folder).known == {}
    assert plan(folder, draft=True).current == {"en": "draft/en/A.docx"}


def test_force_makes_everything_stale(folder):
    record_all(folder)
    planned = plan(folder, force=True)
    assert planned.current == {} and planned.stale == LANGUAGES and planned.known == {}


def test_a_spec_that_cannot_be_read_is_stale(folder):
    record_all(folder)
    del folder.fingerprints.specs[SPEC]
    assert plan(folder).stale == LANGUAGES


def test_fingerprints_follow_template_and_source_language(folder):
    fingerprints = folder.fingerprints
    assert fingerprints.inputs(SPEC, "en") != fingerprints.inputs(SPEC, "zh")
    template = folder.root / "template"
    other_source = Fingerprints(lambda _: template, fingerprints.catalogs_folder, "en")
    before = fingerprints.template("default")
    (template / "labels.yaml").write_text("x: y\n", encoding="utf-8")
    other_template = Fingerprints(lambda _: template, fingerprints.catalogs_folder, "zh")
    assert fingerprints.base != other_source.base and fingerprints.base == other_template.base
    assert before != other_template.template("default")
    assert fingerprints.catalog("de") == other_source.catalog("de") != fingerprints.catalog("en")


def test_a_spec_made_with_another_template_is_stale(folder):
    outputs = record_all(folder)
    folder.fingerprints.templates[SPEC] = "corporate"
    planned = plan(folder)
    assert planned.current == {} and planned.stale == LANGUAGES and planned.known == {}
    folder.fingerprints.templates[SPEC] = "default"
    assert plan(folder).current == outputs

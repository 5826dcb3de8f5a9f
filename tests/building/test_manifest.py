"""The manifest: what the last build produced, read back as written."""

from __future__ import annotations

import json

import pytest

from jdgen import __version__
from jdgen.building.manifest import MANIFEST_NAME, Manifest, OutputRecord, digest
from tests.building.conftest import SPEC


def a_manifest() -> Manifest:
    manifest = Manifest()
    manifest.put("zh/A.docx", OutputRecord(SPEC, "A", "zh", "inputs", "translations", "catalog", size=10))
    manifest.put("draft/en/A.docx", OutputRecord(SPEC, "A", "en", "inputs", "t", "c", draft=True, size=12, pdf="p"))
    manifest.put("zh/B.docx", OutputRecord("specs/b.yaml", "B", "zh", "i", "t", "c"))
    manifest.set_spec(SPEC, {"digest": "d", "sources": {"shared/x.yaml": "s"}, "entry": None})
    return manifest


def test_saved_and_loaded_again(tmp_path):
    manifest = a_manifest()
    manifest.save(tmp_path)
    loaded = Manifest.load(tmp_path)
    assert loaded.outputs == manifest.outputs and loaded.specs == manifest.specs
    assert set(loaded.records_of(SPEC)) == {"zh/A.docx", "draft/en/A.docx"}
    assert not loaded.changed


@pytest.mark.parametrize("change", [
    pytest.param(lambda data: {**data, "format": data["format"] + 1}, id="another format"),
    pytest.param(lambda data: {**data, "jdgen": __version__ + ".1"}, id="another version"),
    pytest.param(lambda data: {**data, "outputs": {"zh/A.docx": {"unknown": 1}}}, id="another record"),
    pytest.param(lambda data: {key: value for key, value in data.items() if key != "specs"}, id="a part missing"),
])
def test_a_manifest_of_another_kind_means_build_everything(tmp_path, change):
    a_manifest().save(tmp_path)
    path = tmp_path / MANIFEST_NAME
    path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8")))), encoding="utf-8")
    assert Manifest.load(tmp_path).outputs == {} and Manifest.load(tmp_path).specs == {}
    assert Manifest.load(tmp_path).owned == {"zh/A.docx", "draft/en/A.docx", "zh/B.docx"}  # still jdgen's


def test_what_jdgen_wrote_is_recorded_apart_from_what_it_was_made_from(tmp_path):
    manifest = a_manifest()
    manifest.own("positions.xlsx")
    manifest.remove("zh/B.docx")  # a record gone: the file is still jdgen's until it is removed
    manifest.own("zh/A.pdf")
    manifest.disown("zh/A.pdf")
    manifest.save(tmp_path)
    assert Manifest.load(tmp_path).owned == {"zh/A.docx", "draft/en/A.docx", "zh/B.docx", "positions.xlsx"}


def test_a_manifest_of_the_previous_format_says_what_jdgen_wrote_by_its_records(tmp_path):
    a_manifest().save(tmp_path)
    path = tmp_path / MANIFEST_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["owned"]
    path.write_text(json.dumps({**data, "format": 2}), encoding="utf-8")
    assert Manifest.load(tmp_path).owned == {"zh/A.docx", "draft/en/A.docx", "draft/en/A.pdf", "zh/B.docx"}
    (tmp_path / ".jdgen-register.json").write_text("{}", encoding="utf-8")
    assert "positions.xlsx" in Manifest.load(tmp_path).owned


def test_a_missing_or_broken_manifest_means_build_everything(tmp_path):
    assert Manifest.load(tmp_path).outputs == {}
    (tmp_path / MANIFEST_NAME).write_text('{"format": ', encoding="utf-8")
    assert Manifest.load(tmp_path).outputs == {}


def test_records_follow_changes():
    manifest = a_manifest()
    manifest.changed = False
    manifest.put("zh/A.docx", OutputRecord("specs/b.yaml", "A", "zh", "i", "t", "c"))  # now another spec's
    assert set(manifest.records_of(SPEC)) == {"draft/en/A.docx"}
    assert set(manifest.records_of("specs/b.yaml")) == {"zh/A.docx", "zh/B.docx"}
    manifest.remove("draft/en/A.docx")
    assert manifest.records_of(SPEC) == {} and manifest.changed


def test_spec_scans_are_kept_only_for_specs_of_the_set():
    manifest = a_manifest()
    manifest.changed = False
    manifest.set_spec(SPEC, manifest.specs[SPEC])
    assert not manifest.changed
    manifest.forget_specs({"specs/b.yaml"})
    assert manifest.specs == {} and manifest.changed


def test_digest_counts_the_boundaries_between_parts():
    assert digest("ab", "c") != digest("a", "bc") and digest("ab", "c") == digest(b"ab", "c")

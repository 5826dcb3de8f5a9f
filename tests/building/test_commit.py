"""Committing a build's outcomes: what is put in place, what goes, and the
one rule for ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdgen.building.commit import Commit
from jdgen.building.plan import SpecPlan
from jdgen.building.report import BuildReport, Status, notes
from jdgen.building.work import Outcome, Produced, ProducerSetup, Task
from jdgen.diagnostics import Position
from jdgen.jobspec.ids import IdClaims
from jdgen.output import stage
from tests.building.conftest import SPEC, Folder

LANGUAGES = ["zh", "en"]


def committing(folder: Folder) -> Commit:
    setup = ProducerSetup({"default": (folder.root / "template", "templates/default")}, folder.root / "translations",
                          "translations", folder.output, "output")
    return Commit(folder.manifest, setup, folder.fingerprints, BuildReport(), lambda _: None)


def built(folder: Folder, relative: str, language: str, data: bytes, draft: bool = False) -> Produced:
    path = folder.output / relative
    return Produced(language, path, Status.BUILT, [], "t", len(data), stage(path, data), draft)


def results(commit: Commit) -> list[tuple[str, str, str]]:
    return [(result.status.value, result.path, result.why) for result in commit.report.outputs]


def files(folder: Folder) -> list[str]:
    return sorted(path.relative_to(folder.output).as_posix() for path in folder.output.rglob("*") if path.is_file())


def test_a_failing_spec_loses_its_earlier_outputs(folder):
    folder.record("zh/A.docx", "zh")
    folder.record("en/A.docx", "en")
    commit = committing(folder)
    commit.accept(Task(folder.root / SPEC, SPEC, ["en"], {}, "default"), Outcome(SPEC, None, [], []))
    assert results(commit) == [
        ("failed", "", ""), ("removed", "output/en/A.docx", "out of date, and its spec now fails to build")]
    assert files(folder) == ["zh/A.docx"] and set(folder.manifest.outputs) == {"zh/A.docx"}
    assert commit.failed_specs == {SPEC}


def test_the_outputs_of_a_gone_spec_go_and_no_other(folder):
    folder.record("zh/A.docx", "zh")
    (folder.root / SPEC).parent.mkdir()
    (folder.root / SPEC).write_text("id: A\n", encoding="utf-8")
    folder.fingerprints.specs["specs/gone.yaml"] = "fingerprint"
    folder.fingerprints.templates["specs/gone.yaml"] = "default"
    folder.record("zh/B.docx", "zh", spec="specs/gone.yaml", spec_id="B")
    commit = committing(folder)
    commit.remove_outputs_of_gone_specs(folder.root)
    assert results(commit) == [("removed", "output/zh/B.docx", "its spec specs/gone.yaml no longer exists")]
    assert files(folder) == ["zh/A.docx"]


@pytest.mark.parametrize("earlier, now", [
    pytest.param("draft/en/A.docx", "en/A.docx", id="complete replaces draft"),
    pytest.param("en/A.docx", "draft/en/A.docx", id="draft replaces complete"),
])
def test_a_draft_and_the_complete_document_replace_each_other(folder, earlier, now):
    folder.record(earlier, "en", draft=earlier.startswith("draft/"))
    commit = committing(folder)
    produced = built(folder, now, "en", b"new", draft=now.startswith("draft/"))
    commit.accept(Task(folder.root / SPEC, SPEC, ["en"], {}, "default"), Outcome(SPEC, "A", [], [produced]))
    assert results(commit) == [("built", f"output/{now}", ""),
                               ("removed", f"output/{earlier}", f"replaced by output/{now}")]
    assert files(folder) == [now] and (folder.output / now).read_bytes() == b"new"
    assert list(folder.manifest.outputs) == [now] and folder.manifest.outputs[now].draft == now.startswith("draft/")
    assert commit.documents == [now]


def test_the_first_spec_keeps_an_id_and_the_second_leaves_nothing(folder):
    commit = committing(folder)
    folder.fingerprints.specs["specs/b.yaml"] = "fingerprint of b"
    folder.fingerprints.templates["specs/b.yaml"] = "default"
    first = built(folder, "zh/A.docx", "zh", b"first")
    commit.accept(Task(folder.root / SPEC, SPEC, ["zh"], {}, "default"), Outcome(SPEC, "A", [], [first]))
    second = built(folder, "zh/a.docx", "zh", b"second")
    commit.accept(Task(folder.root / "specs/b.yaml", "specs/b.yaml", ["zh"], {}, "default"),
                  Outcome("specs/b.yaml", "a", [], [second], Position(2, 5)))
    [duplicate] = commit.report.diagnostics
    assert duplicate.format() == ("specs/b.yaml:2:5: error: id: 'a' is already used by specs/a.yaml; "
                                  "ids name the output files and must be unique [spec-id]")
    assert files(folder) == ["zh/A.docx"] and commit.failed_specs == {"specs/b.yaml"}


def test_an_unchanged_spec_holds_its_id_against_a_later_spec(folder):
    folder.record("zh/A.docx", "zh")
    commit = committing(folder)
    commit.planned(SpecPlan(folder.root / SPEC, SPEC, "default", current={"zh": "zh/A.docx"}))
    later = Task(folder.root / "specs/b.yaml", "specs/b.yaml", ["zh"], {}, "default")
    commit.planned(SpecPlan(later.path, later.shown, "default", stale=["zh"]))
    commit.accept(later, Outcome(later.shown, "a", [], [built(folder, "zh/a.docx", "zh", b"later")]))
    commit.finish()
    assert [item.path for item in commit.report.diagnostics] == ["specs/b.yaml"]
    assert results(commit) == [("unchanged", "output/zh/A.docx", ""), ("failed", "", "")]
    assert files(folder) == ["zh/A.docx"] and (folder.output / "zh/A.docx").read_bytes() == b"document"


def test_an_unchanged_spec_loses_its_id_to_an_earlier_spec_as_in_a_build_from_scratch(folder):
    """The id goes by path order, not to the spec that held it in an earlier build."""
    folder.fingerprints.specs["specs/0.yaml"] = "fingerprint of 0"
    folder.fingerprints.templates["specs/0.yaml"] = "default"
    folder.record("zh/A.docx", "zh")
    commit = committing(folder)
    earlier = Task(folder.root / "specs/0.yaml", "specs/0.yaml", ["zh"], {}, "default")
    commit.planned(SpecPlan(earlier.path, earlier.shown, "default", stale=["zh"]))
    commit.planned(SpecPlan(folder.root / SPEC, SPEC, "default", current={"zh": "zh/A.docx"}))
    commit.accept(earlier, Outcome(earlier.shown, "A", [], [built(folder, "zh/A.docx", "zh", b"earlier")]))
    commit.finish()
    [duplicate] = commit.report.diagnostics
    assert duplicate.path == SPEC and "already used by specs/0.yaml" in duplicate.message
    assert (folder.output / "zh/A.docx").read_bytes() == b"earlier"
    assert folder.manifest.outputs["zh/A.docx"].spec == "specs/0.yaml" and commit.failed_specs == {SPEC}
    assert results(commit)[0] == ("built", "output/zh/A.docx", "")


def test_a_document_that_cannot_be_put_in_place_leaves_the_earlier_one(folder):
    folder.record("zh/A.docx", "zh", data=b"earlier")
    commit = committing(folder)
    lost = Produced("zh", folder.output / "zh/A.docx", Status.BUILT, [], "t", 3, folder.output / ".gone.tmp")
    commit.accept(Task(folder.root / SPEC, SPEC, ["zh"], {}, "default"), Outcome(SPEC, "A", [], [lost]))
    [problem] = commit.report.diagnostics
    assert problem.code == "output-write" and problem.path == "output/zh/A.docx"
    assert results(commit) == [("failed", "", "")]
    assert (folder.output / "zh/A.docx").read_bytes() == b"earlier" and "zh/A.docx" in folder.manifest.outputs


def test_an_internal_error_is_reported_with_its_traceback_kept(folder):
    commit = committing(folder)
    try:
        raise KeyError("duties")
    except KeyError as error:
        bug = error
    commit.accept(Task(folder.root / SPEC, SPEC, LANGUAGES, {}, "default"), bug)
    [problem] = commit.report.diagnostics
    assert problem.code == "internal-error" and "KeyError: 'duties'" in problem.message
    assert "-v" in problem.message
    assert [status for status, _, _ in results(commit)] == ["failed", "failed"]
    [details] = notes(commit.report, verbose=True)
    assert "Traceback (most recent call last)" in details and Path(__file__).name in details


def test_id_claims_ignore_case_and_the_owner_may_claim_again():
    claims = IdClaims()
    assert claims.claim("BCM-001", "specs/a.yaml") is None
    assert claims.claim("BCM-001", "specs/a.yaml") is None
    duplicate = claims.claim("bcm-001", "specs/b.yaml", Position(3, 5))
    assert duplicate is not None and duplicate.field == ("id",) and duplicate.position == Position(3, 5)
    assert "already used by specs/a.yaml" in duplicate.message and duplicate.code == "spec-id"

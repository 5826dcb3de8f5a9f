"""The last stage of a build: accept what the producers made.

A spec's documents are accepted when its id is its own (the first spec to
claim an id keeps it, jdgen.spec.ids); they are put in place from their
staging files, and the manifest records them. Whatever a build from scratch
would not make goes: the outputs of a spec that fails or is gone, a draft
replaced by the complete document and the other way round, a document under
an id the spec no longer has.
"""

from __future__ import annotations

import dataclasses
import traceback
from pathlib import Path

from jdgen.build.manifest import MANIFEST_NAME, Manifest, OutputRecord
from jdgen.build.plan import Fingerprints, SpecPlan
from jdgen.build.report import BuildReport, OutputResult, Progress, Status
from jdgen.build.work import Outcome, Produced, ProducerSetup, Task
from jdgen.diagnostics import Diagnostic
from jdgen.output import put_in_place
from jdgen.spec.ids import IdClaims

REPORT_BUGS = "this is a bug in jdgen: run the build again with -v and send its output to jdgen's maintainers"


class Commit:
    """Keeps the output folder, its manifest and the report in step."""

    def __init__(self, manifest: Manifest, setup: ProducerSetup, fingerprints: Fingerprints,
                 report: BuildReport, progress: Progress) -> None:
        self.manifest, self.setup, self.fingerprints = manifest, setup, fingerprints
        self.report, self.progress = report, progress
        self.claims = IdClaims()
        self.documents: list[str] = []
        """The outputs present and current after this build."""
        self.rows: dict[str, list | None] = {}
        """The register rows of the specs loaded and valid."""
        self.failed_specs: set[str] = set()
        """The specs that are not valid (or claim another's id, or are in a reporting cycle)."""

    def planned(self, plan: SpecPlan) -> None:
        """Settle what planning decided: a spec in a cycle fails; its current outputs stay."""
        if plan.cycle:
            self.report.diagnostics += plan.cycle
            self.fail_spec(plan.shown, plan.stale)
            return
        for language, output in plan.current.items():
            self.keep(plan.shown, language, output, Status.UNCHANGED)
        if plan.current and not plan.stale:  # nothing to load: the id it was built with is still its own
            self.claims.claim(self.manifest.outputs[next(iter(plan.current.values()))].spec_id, plan.shown)

    def accept(self, task: Task, outcome: Outcome | BaseException) -> None:
        """Accept a task's documents if its spec is valid and its id its own."""
        if isinstance(outcome, BaseException):  # a bug, not the user's input: report it and go on
            self.report.diagnostics.append(Diagnostic(
                task.shown, None, f"internal error while building: {type(outcome).__name__}: {outcome} "
                f"({REPORT_BUGS})", code="internal-error"))
            self.report.tracebacks.append(f"{task.shown}: internal error:\n"
                                          + "".join(traceback.format_exception(outcome)).rstrip())
            self.fail_spec(task.shown, task.languages)
            return
        self.report.diagnostics += outcome.diagnostics
        if outcome.spec_id is not None:
            duplicate = self.claims.claim(outcome.spec_id, task.shown, outcome.id_position)
            if duplicate is None:
                self.rows[task.shown] = outcome.row
                for produced in outcome.produced:
                    self._record(task.shown, outcome.spec_id, produced)
                return
            self.report.diagnostics.append(duplicate)
        for produced in outcome.produced:  # not valid, or its id is another's: nothing of it stays
            if produced.staged:
                produced.staged.unlink(missing_ok=True)
        self.fail_spec(task.shown, task.languages)

    def _record(self, shown: str, spec_id: str, produced: Produced) -> None:
        relative = produced.path.relative_to(self.setup.output).as_posix()
        self.report.diagnostics += produced.diagnostics
        if produced.staged is not None:
            try:
                put_in_place(produced.staged, produced.path)
            except OSError as error:
                self.report.diagnostics.append(Diagnostic(
                    self.setup.shown(relative), None, f"cannot write: {error.strerror}", code="output-write"))
                produced = dataclasses.replace(produced, status=Status.FAILED, unwritten=True)
        if produced.unwritten:  # not the inputs' fault: an earlier document stays, to be rebuilt
            self._settle(shown, produced.language, None, Status.FAILED)
            return
        if produced.status is Status.FAILED:
            self.fail(shown, produced.language)
            return
        previous = self.manifest.outputs.get(relative)
        self.manifest.put(relative, OutputRecord(
            spec=shown, spec_id=spec_id, language=produced.language,
            inputs=self.fingerprints.inputs(shown, produced.language),
            translations=produced.translations, catalog=self.fingerprints.catalog(produced.language),
            draft=produced.draft, size=produced.size,
            pdf=previous.pdf if previous and produced.status is Status.UNCHANGED else "",
        ))
        self.keep(shown, produced.language, relative, produced.status)

    def fail_spec(self, shown: str, languages: list[str]) -> None:
        """None of a spec's outputs in ``languages`` can be made."""
        self.failed_specs.add(shown)
        for language in languages:
            self.fail(shown, language)

    def fail(self, shown: str, language: str) -> None:
        """A spec's output in ``language`` cannot be made: an earlier one goes."""
        self._settle(shown, language, None, Status.FAILED)
        for output in self._records(shown, language):
            self._remove(output, "out of date, and its spec now fails to build")

    def keep(self, shown: str, language: str, output: str, status: Status) -> None:
        """``output`` is the spec's document in ``language``: any other goes."""
        self._settle(shown, language, output, status)
        for other in self._records(shown, language):
            if other != output:
                self._remove(other, f"replaced by {self.setup.shown(output)}")

    def remove_outputs_of_gone_specs(self, root: Path) -> None:
        for output, record in sorted(self.manifest.outputs.items()):
            if not may_exist(root / record.spec):
                self._remove(output, f"its spec {record.spec} no longer exists")

    def save(self) -> None:
        """Record what was built, even after an interruption."""
        output = self.setup.output
        if not self.manifest.changed or not (self.manifest.outputs or (output / MANIFEST_NAME).exists()):
            return
        try:
            self.manifest.save(output)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self.setup.output_display, None, f"cannot write the build manifest: {error.strerror}",
                code="output-write"))

    def settle(self, result: OutputResult) -> None:
        """Report what became of one output."""
        self.report.outputs.append(result)
        self.progress(result)

    def _records(self, shown: str, language: str) -> list[str]:
        return [output for output, record in self.manifest.records_of(shown).items() if record.language == language]

    def _remove(self, output: str, why: str) -> None:
        """Delete an output (and its PDF) that a build from scratch would not make."""
        target = self.setup.output / output
        try:
            for path in (target, target.with_suffix(".pdf")):
                path.unlink(missing_ok=True)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self.setup.shown(output), None, f"cannot remove ({why}): {error.strerror}", code="output-remove"))
            return
        record = self.manifest.outputs[output]
        self.manifest.remove(output)
        self.report.outputs.append(OutputResult(
            self.setup.shown(output), record.spec, record.language, Status.REMOVED, why))

    def _settle(self, shown: str, language: str, output: str | None, status: Status) -> None:
        self.settle(OutputResult(self.setup.shown(output) if output else "", shown, language, status))
        if output and status in (Status.BUILT, Status.UNCHANGED):
            self.documents.append(output)


def may_exist(path: Path) -> bool:
    """Whether a spec file exists, or might (in a folder that cannot be read)."""
    try:
        return path.exists()
    except OSError:
        return True

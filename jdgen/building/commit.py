"""The last stage of a build: accept what the producers made.

Specs are settled in path order, whether they were loaded again or are
current, so that ids go as in a build from scratch: a spec's documents are
accepted when its id is its own (the first spec in path order to claim an
id keeps it, jdgen.jobspec.ids); they are put in place from their staging
files, and the manifest records them. Whatever a build from scratch would
not make goes: the outputs of a spec that fails or is gone, a draft
replaced by the complete document and the other way round, a document under
an id the spec no longer has, with its PDF.

jdgen replaces and removes only the files it wrote (the manifest records
them): a file of someone else's where a document goes is left as it is,
and that document is not made (``output-not-ours``).
"""

from __future__ import annotations

import dataclasses
import signal
import threading
import traceback
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from jdgen.building.manifest import MANIFEST_NAME, Manifest, OutputRecord
from jdgen.building.plan import Fingerprints, SpecPlan
from jdgen.building.report import BuildReport, OutputResult, Progress, Status
from jdgen.building.work import Outcome, Produced, ProducerSetup, Task
from jdgen.diagnostics import Diagnostic, Position
from jdgen.jobspec.ids import IdClaims
from jdgen.output import in_the_way, not_ours, put_in_place

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
        self._waiting: deque[SpecPlan] = deque()
        """The planned specs not settled yet, in path order."""

    def planned(self, plan: SpecPlan) -> None:
        """Take a spec's plan (in path order); a spec in a cycle fails at once,
        the others are settled in their turn."""
        if plan.cycle:
            self.report.diagnostics += plan.cycle
            self.fail_spec(plan.shown, plan.stale)
            return
        self._waiting.append(plan)

    def finish(self) -> None:
        """Settle the specs after the last one loaded: each current spec keeps its outputs if its id is its own."""
        self._settle_until(None)

    def _settle_until(self, shown: str | None) -> SpecPlan | None:
        """Settle the current specs planned before ``shown`` and return its plan."""
        while self._waiting:
            plan = self._waiting.popleft()
            if plan.shown == shown:
                return plan
            if not plan.stale:  # nothing to load: the id it was built with is still the one it claims
                spec_id = self.manifest.outputs[next(iter(plan.current.values()))].spec_id
                duplicate = self.claims.claim(spec_id, plan.shown)
                if duplicate is None:
                    self._keep_current(plan)
                else:
                    self.report.diagnostics.append(dataclasses.replace(duplicate, position=_id_position(
                        plan, self.setup)))
                    self.fail_spec(plan.shown, list(plan.current))
        return None

    def _keep_current(self, plan: SpecPlan) -> None:
        for language, output in plan.current.items():
            self.keep(plan.shown, language, output, Status.UNCHANGED)

    def fail_task(self, task: Task) -> None:
        """None of a task's outputs can be made (the template cannot be used)."""
        plan = self._settle_until(task.shown)
        self.fail_spec(task.shown, task.outputs + list(plan.current if plan else ()))

    def accept(self, task: Task, outcome: Outcome | BaseException) -> None:
        """Accept a task's documents if its spec is valid and its id its own
        (tasks come in path order)."""
        plan = self._settle_until(task.shown)
        current = list(plan.current) if plan else []
        if isinstance(outcome, BaseException):  # a bug, not the user's input: report it and go on
            self.report.diagnostics.append(Diagnostic(
                task.shown, None, f"internal error while building: {type(outcome).__name__}: {outcome} "
                f"({REPORT_BUGS})", code="internal-error"))
            self.report.tracebacks.append(f"{task.shown}: internal error:\n"
                                          + "".join(traceback.format_exception(outcome)).rstrip())
            self.fail_spec(task.shown, task.outputs + current)
            return
        self.report.diagnostics += outcome.diagnostics
        if outcome.spec_id is not None:
            duplicate = self.claims.claim(outcome.spec_id, task.shown, outcome.id_position)
            if duplicate is None:
                self.rows[task.shown] = outcome.row
                if plan:
                    self._keep_current(plan)
                for produced in outcome.produced:
                    self._record(task.shown, outcome.spec_id, produced)
                return
            self.report.diagnostics.append(duplicate)
        for produced in outcome.produced:  # not valid, or its id is another's: nothing of it stays
            if produced.staged:
                produced.staged.unlink(missing_ok=True)
        self.fail_spec(task.shown, task.outputs + current)

    def _record(self, shown: str, spec_id: str, produced: Produced) -> None:
        relative = produced.path.relative_to(self.setup.output).as_posix()
        self.report.diagnostics += produced.diagnostics
        if produced.staged is not None:
            if in_the_way(produced.path, self.manifest.owns(relative), produced.staged.read_bytes):
                produced.staged.unlink(missing_ok=True)
                self.report.diagnostics.append(not_ours(self.setup.shown(relative)))
                self.fail(shown, produced.language, f"{self.setup.shown(relative)} is not jdgen's to replace")
                return
            with ctrl_c_held():  # a document put in place is recorded with it
                self.manifest.own(relative)
                try:
                    put_in_place(produced.staged, produced.path)
                except OSError as error:
                    self.report.diagnostics.append(Diagnostic(
                        self.setup.shown(relative), None, f"cannot write: {error.strerror}", code="output-write"))
                    produced = dataclasses.replace(produced, status=Status.FAILED, unwritten=True)
                else:
                    self._put(shown, spec_id, relative, produced)
        if produced.unwritten:  # not the inputs' fault: an earlier document stays, to be rebuilt
            self._settle(shown, produced.language, None, Status.FAILED)
            return
        if produced.status is Status.FAILED:
            self.fail(shown, produced.language)
            return
        if produced.staged is None:
            self._put(shown, spec_id, relative, produced)
        self.keep(shown, produced.language, relative, produced.status)

    def _put(self, shown: str, spec_id: str, relative: str, produced: Produced) -> None:
        """Record a document in the manifest with what it was made from."""
        previous = self.manifest.outputs.get(relative)
        self.manifest.put(relative, OutputRecord(
            spec=shown, spec_id=spec_id, language=produced.language,
            inputs=self.fingerprints.inputs(shown, produced.language), template=self.fingerprints.templates[shown],
            translations=produced.translations, catalog=self.fingerprints.catalog(produced.language),
            draft=produced.draft, size=produced.size,
            pdf=previous.pdf if previous and produced.status is Status.UNCHANGED else "",
        ))

    def fail_spec(self, shown: str, outputs: list[str]) -> None:
        """None of a spec's ``outputs`` can be made."""
        self.failed_specs.add(shown)
        for language in outputs:
            self.fail(shown, language)

    def fail(self, shown: str, language: str, why: str = "out of date, and its spec now fails to build") -> None:
        """A spec's output in ``language`` cannot be made: an earlier one goes."""
        self._settle(shown, language, None, Status.FAILED)
        for output in self._records(shown, language):
            self._remove(output, why)

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
        if not self.manifest.changed or not (self.manifest.owned or (output / MANIFEST_NAME).exists()):
            return
        try:
            self.manifest.save(output)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self.setup.output_shown, None, f"cannot write the build manifest: {error.strerror}",
                code="output-write"))

    def settle(self, result: OutputResult) -> None:
        """Report what became of one output."""
        self.report.outputs.append(result)
        self.progress(result)

    def _records(self, shown: str, language: str) -> list[str]:
        return [output for output, record in self.manifest.records_of(shown).items() if record.language == language]

    def _remove(self, output: str, why: str) -> None:
        """Delete an output that a build from scratch would not make, and its PDF if jdgen made it."""
        pdf = PurePosixPath(output).with_suffix(".pdf").as_posix()
        if self.manifest.owns(pdf) and not self.remove_file(pdf, f"its document is removed: {why}"):
            return
        if self.remove_file(output, why):
            self.manifest.remove(output)

    def remove_file(self, relative: str, why: str) -> bool:
        """Delete a file jdgen wrote, report it (if it was there) and forget it;
        False if it cannot be removed."""
        try:
            (self.setup.output / relative).unlink()
        except FileNotFoundError:
            self.manifest.disown(relative)
            return True
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self.setup.shown(relative), None, f"cannot remove ({why}): {error.strerror}", code="output-remove"))
            return False
        self.manifest.disown(relative)
        document = self.manifest.outputs.get(PurePosixPath(relative).with_suffix(".docx").as_posix())
        self.report.outputs.append(OutputResult(
            self.setup.shown(relative), document.spec if document else "", document.language if document else "",
            Status.REMOVED, why))
        return True

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


def _id_position(plan: SpecPlan, setup: ProducerSetup) -> Position | None:
    """Where a spec that was not loaded writes its id (read only when another spec takes it)."""
    from jdgen.jobspec.validate import read_spec
    from jdgen.yamlfile.loaded import LoadedFile

    loaded = read_spec(plan.path, plan.shown, setup.root, setup.source_language)
    return loaded.position_of(("id",)) if isinstance(loaded, LoadedFile) else None


@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C while a file and its record are written together: it
    comes (as KeyboardInterrupt) once both are. Signals are received in the
    main thread only; elsewhere this holds nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if caught:
        raise KeyboardInterrupt

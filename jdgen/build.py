"""``jdgen build``: specs → validated models → localized contexts → .docx files.

A build first decides which outputs are out of date (by content hashes
recorded in the output folder's manifest), loads and validates those specs,
reports every problem, then renders and writes what is valid, each document
on its own, so one failure stops nothing else. With several jobs, loading
and rendering run in a process pool whose workers prepare the template once.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from jdgen import __version__
from jdgen.dependencies import SetScan, scan_set
from jdgen.diagnostics import Diagnostic, JdgenError, in_order
from jdgen.languages import single_languages
from jdgen.manifest import MANIFEST_NAME, Manifest, OutputRecord, digest
from jdgen.output import BILINGUAL
from jdgen.pdf import PDF_SCRATCH_PREFIX
from jdgen.project import Project
from jdgen.spec.ids import duplicate_id
from jdgen.work import Outcome, Produced, ProducerSetup, Task

SMALL_BUILD = 4
"""Fewer specs than this are built in-process: a pool would cost more than it saves."""
BATCH_PER_JOB = 32
"""Specs loaded and built per batch and job: memory stays flat however many specs."""


class Status(str, Enum):
    BUILT = "built"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    REMOVED = "removed"
    """An earlier output that the inputs no longer make: its spec is gone or
    fails, its id changed, or a draft and the complete document replaced
    each other. The output folder always holds what a build from scratch would."""


@dataclass(frozen=True)
class BuildOptions:
    output: Path
    languages: list[str]
    template: str = "default"
    jobs: int = os.cpu_count() or 1
    force: bool = False
    draft: bool = False
    pdf: bool = False


@dataclass(frozen=True)
class OutputResult:
    path: str
    spec: str
    language: str
    status: Status
    why: str = ""
    """Why an output was removed."""


@dataclass
class BuildReport:
    """What a build did to each output, and every problem found."""

    specs: int = 0
    outputs: list[OutputResult] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for output in self.outputs if output.status is status)


Progress = Callable[[OutputResult], None]


def build(project: Project, paths: list[Path], options: BuildOptions,
          progress: Progress | None = None, on_plan: Callable[[int], None] | None = None) -> BuildReport:
    """Build the specs under ``paths``; ``on_plan`` is told how many outputs
    will be considered, ``progress`` hears of each as it is settled."""
    started = time.perf_counter()
    files = project.spec_files(paths)
    report = BuildReport(specs=len(files))
    folder, template_display = project.template_folder(options.template)
    setup = ProducerSetup(
        folder, template_display, project.translations, project.display(project.translations),
        options.output, project.display(options.output), options.draft, project.source_language,
        tuple(single_languages(list(project.languages))),
    )
    run = _Run(project, options, report, setup, progress or (lambda _: None))
    if on_plan:
        on_plan(len(files) * len(options.languages))
    try:
        run.execute(files)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        run.finish()
        report.diagnostics = in_order(report.diagnostics)
        report.seconds = time.perf_counter() - started
    return report


class _Run:
    """The state of one build: the manifest it reads and updates, its report."""

    def __init__(self, project: Project, options: BuildOptions, report: BuildReport,
                 setup: ProducerSetup, progress: Progress) -> None:
        self.project, self.options, self.report = project, options, report
        self.setup, self.progress = setup, progress
        self.manifest = Manifest.load(options.output)
        self.base = digest(__version__, _folder_digest(setup.template_folder), setup.source_language)
        self.spec_digests: dict[str, str] = {}
        self.catalog_digests: dict[str, str] = {}
        self.tasks: dict[str, tuple[list[str], dict[str, str]]] = {}
        """Per spec to look at again: its languages, and its outputs that may
        still be current (relative path → translations fingerprint)."""
        self.documents: list[str] = []
        """The outputs present and current after this build."""
        self.rows: dict[str, list | None] = {}
        """The register rows of the specs loaded and valid."""
        self.failed_specs: set[str] = set()
        """The specs that are not valid (or claim another's id, or are in a reporting cycle)."""

    def execute(self, files: list[Path]) -> None:
        """Settle every output of ``files``: unchanged, built, or failed."""
        _remove_temporary_files(self.options.output)
        scan = self._scan(files)
        to_load, known_ids = [], {}
        for path in files:
            shown = self.project.display(path)
            if shown in scan.cycles:  # fails whether its own file changed or not
                self.report.diagnostics += scan.cycles[shown]
                self._fail_spec(shown)
                continue
            stale, known = self._plan(shown)
            if stale:
                to_load.append((path, shown))
                self.tasks[shown] = (stale, known)
            else:
                known_ids[self._recorded_id(shown).lower()] = shown
        if to_load:
            self._build(to_load, known_ids)
        self._remove_outputs_of_gone_specs()
        self._update_register(files)
        if self.options.pdf:
            self._make_pdfs()

    def _scan(self, files: list[Path]) -> SetScan:
        """Scan the project's whole set (links may name any spec of it); give
        the workers its index of positions."""
        in_specs = self.project.spec_files([]) if (self.project.root / "specs").is_dir() else []
        whole = list(dict.fromkeys(files + in_specs))
        scan = scan_set(whole, self.project.display, self.project.root, self.manifest)
        self.spec_digests.update(scan.fingerprints)
        self.setup = dataclasses.replace(self.setup, root=self.project.root, positions=scan.index)
        return scan

    def _build(self, to_load: list[tuple[Path, str]], known_ids: dict[str, str]) -> None:
        try:
            pool = self._pool(len(to_load))
        except JdgenError as error:  # the template cannot be used
            self.report.diagnostics += error.diagnostics
            for _, shown in to_load:
                self._fail_spec(shown)
            return
        batch = BATCH_PER_JOB * max(1, self.options.jobs)
        try:
            for start in range(0, len(to_load), batch):
                tasks = [Task(path, shown, *self.tasks[shown], tag=f"{index:06d}")
                         for index, (path, shown) in enumerate(to_load[start:start + batch], start)]
                self._run_batch(tasks, pool, known_ids)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    # -- deciding what is up to date

    def _plan(self, shown: str) -> tuple[list[str], dict[str, str]]:
        """Settle the spec's outputs that are current; return the languages to
        look at again, and their outputs that a catalog change may have left
        current (relative path → translations fingerprint)."""
        spec_digest = self.spec_digests.get(shown)  # the spec's file, its shared files, its links
        if spec_digest is None:  # it cannot be read
            return list(self.options.languages), {}
        stale, known = [], {}
        for language in self.options.languages:
            usable = {} if self.options.force else self._usable(shown, language, spec_digest)
            catalog = self._catalog_digest(language)
            current = [output for output, record in usable.items() if record.catalog == catalog]
            if current:
                self._keep(shown, language, current[0], Status.UNCHANGED)
            else:
                stale.append(language)
                known.update({output: record.translations for output, record in usable.items()})
        return stale, known

    def _usable(self, shown: str, language: str, spec_digest: str) -> dict[str, OutputRecord]:
        """The outputs of a spec in a language that were made from its current
        bytes (and template and version), are still in place, and are of a
        kind this build makes: a draft only in a draft build."""
        inputs = self._inputs(spec_digest, language)
        return {output: record for output, record in self._records(shown, language).items()
                if record.inputs == inputs and (self.options.draft or not record.draft)
                and _in_place(self.options.output / output, record.size)}

    def _records(self, shown: str, language: str) -> dict[str, OutputRecord]:
        return {output: record for output, record in self.manifest.records_of(shown).items()
                if record.language == language}

    def _recorded_id(self, shown: str) -> str:
        return next(iter(self.manifest.records_of(shown).values())).spec_id

    def _inputs(self, spec_digest: str, language: str) -> str:
        return digest(self.base, language, spec_digest)

    def _catalog_digest(self, language: str) -> str:
        """Fingerprint of the catalog(s) a language's documents use; a
        bilingual document uses the catalog of each of its languages."""
        if language not in self.catalog_digests:
            if BILINGUAL in language:
                fingerprint = digest(*map(self._catalog_digest, language.split(BILINGUAL)))
            else:
                try:
                    fingerprint = digest((self.setup.catalogs_folder / f"{language}.po").read_bytes())
                except OSError:
                    fingerprint = digest("no catalog")
            self.catalog_digests[language] = fingerprint
        return self.catalog_digests[language]

    def _output_display(self, relative: str) -> str:
        return f"{self.setup.output_display}/{relative}"

    # -- loading and producing

    def _pool(self, work: int):
        """A process pool for a large build; this process for a small one.
        Either way the template is checked here first, so a broken one is
        reported once. (Imported here: a build with nothing to do never loads
        the rendering machinery.)"""
        from jdgen.producer import Producer, start_worker, use_producer

        producer = Producer(self.setup)
        if self.options.jobs <= 1 or work < SMALL_BUILD:
            use_producer(producer)
            return _InProcess()
        return ProcessPoolExecutor(max_workers=self.options.jobs, initializer=start_worker, initargs=(self.setup,))

    def _run_batch(self, tasks: list[Task], pool, known_ids: dict[str, str]) -> None:
        """Run ``tasks``, then accept their outcomes in order (the first spec to
        claim an id keeps it). After Ctrl-C, what the workers finished is kept."""
        from jdgen.producer import run_in_worker

        futures = {pool.submit(run_in_worker, task): task for task in tasks}
        outcomes: dict[str, Outcome | BaseException] = {}
        try:
            for future in as_completed(futures):
                outcomes[futures[future].shown] = _outcome(future)
        except KeyboardInterrupt:
            pool.shutdown(wait=True, cancel_futures=True)
            outcomes.update({task.shown: _outcome(future) for future, task in futures.items()
                             if future.done() and not future.cancelled()})
            raise
        finally:
            for task in tasks:
                if task.shown in outcomes:
                    self._accept(task, outcomes[task.shown], known_ids)

    def _accept(self, task: Task, outcome: Outcome | BaseException, known_ids: dict[str, str]) -> None:
        if isinstance(outcome, BaseException):  # a bug, not the user's input: report it and go on
            self.report.diagnostics.append(Diagnostic(
                task.shown, None, f"internal error while building: {type(outcome).__name__}: {outcome}",
                code="internal-error"))
            self._fail_spec(task.shown)
            return
        self.report.diagnostics += outcome.diagnostics
        key = outcome.spec_id.lower() if outcome.spec_id else None
        if key in known_ids:
            self.report.diagnostics.append(duplicate_id(task.shown, outcome.id_position, outcome.spec_id, known_ids[key]))
        if key is None or key in known_ids:
            for produced in outcome.produced:
                if produced.staged:
                    produced.staged.unlink(missing_ok=True)
            self._fail_spec(task.shown)
            return
        known_ids[key] = task.shown
        self.rows[task.shown] = outcome.row
        for produced in outcome.produced:
            self._record(task.shown, outcome.spec_id, produced)

    def _record(self, shown: str, spec_id: str, produced: Produced) -> None:
        relative = produced.path.relative_to(self.options.output).as_posix()
        self.report.diagnostics += produced.diagnostics
        if produced.staged is not None:
            try:
                os.replace(produced.staged, produced.path)
            except OSError as error:
                self.report.diagnostics.append(Diagnostic(
                    self._output_display(relative), None, f"cannot write: {error.strerror}"))
                produced = dataclasses.replace(produced, status="unwritten")
        if produced.status == "unwritten":  # not the inputs' fault: an earlier document stays, to be rebuilt
            self._settle(shown, produced.language, None, Status.FAILED)
            return
        if produced.status == "failed":
            self._fail(shown, produced.language)
            return
        previous = self.manifest.outputs.get(relative)
        self.manifest.put(relative, OutputRecord(
            spec=shown, spec_id=spec_id, language=produced.language,
            inputs=self._inputs(self.spec_digests[shown], produced.language),
            translations=produced.translations, catalog=self._catalog_digest(produced.language),
            draft=produced.draft, size=produced.size,
            pdf=previous.pdf if previous and produced.status == "unchanged" else "",
        ))
        self._keep(shown, produced.language, relative, Status(produced.status))

    def _fail_spec(self, shown: str) -> None:
        self.failed_specs.add(shown)
        for language in self.tasks.get(shown, (self.options.languages,))[0]:
            self._fail(shown, language)

    def _fail(self, shown: str, language: str) -> None:
        """A spec's output in ``language`` cannot be made: an earlier one goes."""
        self._settle(shown, language, None, Status.FAILED)
        for output in self._records(shown, language):
            self._remove(output, "out of date, and its spec now fails to build")

    def _keep(self, shown: str, language: str, output: str, status: Status) -> None:
        """``output`` is the spec's document in ``language``: any other goes."""
        self._settle(shown, language, output, status)
        for other in self._records(shown, language):
            if other != output:
                self._remove(other, f"replaced by {self._output_display(output)}")

    def _remove(self, output: str, why: str) -> None:
        """Delete an output (and its PDF) that a build from scratch would not make."""
        target = self.options.output / output
        try:
            for path in (target, target.with_suffix(".pdf")):
                path.unlink(missing_ok=True)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self._output_display(output), None, f"cannot remove ({why}): {error.strerror}"))
            return
        record = self.manifest.outputs[output]
        self.manifest.remove(output)
        self.report.outputs.append(OutputResult(
            self._output_display(output), record.spec, record.language, Status.REMOVED, why))

    def _settle(self, spec: str, language: str, output: str | None, status: Status) -> None:
        """Report what became of one output (``output`` relative to the output folder)."""
        result = OutputResult(self._output_display(output) if output else "", spec, language, status)
        self.report.outputs.append(result)
        self.progress(result)
        if output and status in (Status.BUILT, Status.UNCHANGED):
            self.documents.append(output)

    # -- PDF copies

    def _make_pdfs(self) -> None:
        """Convert the documents whose PDF is missing or older than them, in one batch."""
        from jdgen.pdf import PdfError, convert

        wanted = {}
        for output in self.documents:
            record = self.manifest.outputs[output]
            pdf = (self.options.output / output).with_suffix(".pdf")
            if self.options.force or record.pdf != _made_from(record) or not pdf.is_file():
                wanted[self.options.output / output] = output
            else:
                self._settle_pdf(record, output, Status.UNCHANGED)
        if not wanted:
            return
        try:
            results = convert(list(wanted), self.options.output)
        except PdfError as error:
            self.report.diagnostics.append(Diagnostic(self.setup.output_display, None, str(error)))
            return
        for document, problem in results.items():
            output = wanted[document]
            record = self.manifest.outputs[output]
            if problem:
                self.report.diagnostics.append(Diagnostic(
                    self._output_display(output), None, f"cannot make the PDF: {problem}"))
                self._settle_pdf(record, output, Status.FAILED)
            else:
                record = dataclasses.replace(record, pdf=_made_from(record))
                self.manifest.put(output, record)
                self._settle_pdf(record, output, Status.BUILT)

    def _settle_pdf(self, record: OutputRecord, output: str, status: Status) -> None:
        result = OutputResult(self._output_display(str(Path(output).with_suffix(".pdf"))), record.spec,
                              record.language, status)
        self.report.outputs.append(result)
        self.progress(result)

    # -- the register of positions

    def _update_register(self, files: list[Path]) -> None:
        from jdgen.register import REGISTER_NAME, refresh

        languages = list(self.setup.languages)
        catalogs = [self._catalog_digest(language) for language in languages]
        paths = {self.project.display(path): path for path in files}
        keys = {spec: (path, digest(self.spec_digests[spec], self.setup.source_language, *catalogs))
                for spec, path in paths.items() if spec in self.spec_digests}
        rows = {spec: self.rows.get(spec) for spec in self.tasks}  # None: not reached
        try:
            refresh(self.setup, keys, rows, lambda spec: _may_exist(self.project.root / spec), self.failed_specs)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self._output_display(REGISTER_NAME), None, f"cannot write: {error.strerror}"))

    # -- outputs of specs that are gone

    def _remove_outputs_of_gone_specs(self) -> None:
        for output, record in sorted(self.manifest.outputs.items()):
            if not _may_exist(self.project.root / record.spec):
                self._remove(output, f"its spec {record.spec} no longer exists")

    def finish(self) -> None:
        """Record what was built, even after an interruption."""
        if not self.manifest.changed or not (self.manifest.outputs or (self.options.output / MANIFEST_NAME).exists()):
            return
        try:
            self.manifest.save(self.options.output)
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(
                self.setup.output_display, None, f"cannot write the build manifest: {error.strerror}"))


class _InProcess:
    """The part of the pool interface a build uses, run in this process."""

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None

    def submit(self, function, *arguments):
        from concurrent.futures import Future

        future: Future = Future()
        try:
            future.set_result(function(*arguments))
        except Exception as error:
            future.set_exception(error)
        return future


def _outcome(future) -> Outcome | BaseException:
    try:
        return future.result()
    except Exception as error:
        return error


def _in_place(path: Path, size: int) -> bool:
    """Whether an output is where the build left it, at the size it had."""
    try:
        return path.stat().st_size == size and path.is_file()
    except OSError:
        return False


def _may_exist(path: Path) -> bool:
    """Whether a spec file exists, or might (in a folder that cannot be read)."""
    try:
        return path.exists()
    except OSError:
        return True


def _made_from(record: OutputRecord) -> str:
    """What a document was made from, as recorded with its PDF."""
    return digest(record.inputs, record.translations)


def _folder_digest(folder: Path) -> str:
    """Fingerprint of every file of a template folder."""
    return digest(*(part for path in sorted(folder.iterdir()) if path.is_file()
                    for part in (path.name, path.read_bytes())))


def _remove_temporary_files(output: Path) -> None:
    """Remove what an interrupted earlier build may have left half-written."""
    if output.is_dir():
        for temporary in output.glob("**/.*.tmp"):
            temporary.unlink(missing_ok=True)
        for scratch in output.glob(f"{PDF_SCRATCH_PREFIX}*"):
            shutil.rmtree(scratch, ignore_errors=True)

"""``jdgen build``: specs → validated models → localized contexts → .docx files.

A build goes through four stages, each in its own module:

- plan: which outputs are out of date, by content fingerprints recorded in
  the output folder's manifest (plan, manifest, dependencies);
- execute: load, validate and render the specs that are, in a process pool
  or in this process, each document into a staging file (execute, produce,
  work);
- commit: accept each spec's documents (valid, its id its own), put them in
  place, remove what a build from scratch would not make, record the rest
  in the manifest (commit); then the register and PDF copies (derived);
- report: what became of each output, and every problem (report).

Every problem is reported; one failure stops nothing else.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from jdgen.build.commit import Commit
from jdgen.build.derived import make_pdfs, update_register
from jdgen.build.execute import clear_leftovers, execute
from jdgen.build.manifest import Manifest
from jdgen.build.plan import BuildOptions, Fingerprints, plan
from jdgen.build.report import BuildReport, OutputResult, Progress, Status
from jdgen.build.work import ProducerSetup, Task
from jdgen.diagnostics import JdgenError, in_order
from jdgen.languages import single_languages
from jdgen.project import Project

__all__ = ["BuildOptions", "BuildReport", "OutputResult", "Status", "build"]


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
        tuple(single_languages(list(project.languages))), project.root,
    )
    fingerprints = Fingerprints(folder, project.translations, project.source_language)
    commit = Commit(Manifest.load(options.output), setup, fingerprints, report, progress or (lambda _: None))
    if on_plan:
        on_plan(len(files) * len(options.languages))
    try:
        clear_leftovers(options.output)
        plans, scan = plan(project, files, commit.manifest, fingerprints, options)
        setup = dataclasses.replace(setup, positions=scan.index)  # the workers resolve links with it
        tasks = []
        for spec in plans:
            commit.planned(spec)
            if spec.stale and not spec.cycle:
                tasks.append(Task(spec.path, spec.shown, spec.stale, spec.known))
        if tasks:
            try:
                execute(setup, options.jobs, tasks, commit.accept)
            except JdgenError as error:  # the template cannot be used
                report.diagnostics += error.diagnostics
                for task in tasks:
                    commit.fail_spec(task.shown, task.languages)
        commit.remove_outputs_of_gone_specs(project.root)
        update_register(commit, setup, project, files, [task.shown for task in tasks])
        if options.pdf:
            make_pdfs(commit, options.force)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        commit.save()
        report.diagnostics = in_order(report.diagnostics)
        report.seconds = time.perf_counter() - started
    return report

"""``jdgen build``: specs → validated models → localized contexts → .docx files.

A build goes through four stages, each in its own module:

- plan: which outputs are out of date, by content fingerprints recorded in
  the output folder's manifest (plan, manifest, dependencies); when some
  are, the template is checked (jdgen.checking.template), and a template with
  errors stops the build here, every output left as it was;
- execute: load, validate and render the specs that are, in a process pool
  or in this process, each document into a staging file (execute, produce,
  work);
- commit: accept each spec's documents (valid, its id its own), put them in
  place, remove what a build from scratch would not make, record the rest
  in the manifest (commit); then the register and PDF copies (derived).
  Only files jdgen wrote are replaced or removed (the manifest records them);

- report: what became of each output, and every problem (report).

Every problem is reported; one failure stops nothing else.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from jdgen.building.commit import Commit, ctrl_c_held
from jdgen.building.derived import make_pdfs, remove_pdfs, update_register
from jdgen.building.manifest import Manifest
from jdgen.building.plan import BuildOptions, Fingerprints, plan
from jdgen.building.report import BuildReport, OutputResult, Progress, Status
from jdgen.building.work import ProducerSetup, Task
from jdgen.diagnostics import JdgenError, count_errors, in_order
from jdgen.jobspec.ids import in_path_order
from jdgen.languages import single_languages
from jdgen.output import DRAFT_FOLDER, document_folder, sweep_staging_files
from jdgen.project import Project

__all__ = ["BuildOptions", "BuildReport", "OutputResult", "Status", "build"]


def build(project: Project, paths: list[Path], options: BuildOptions,
          progress: Progress | None = None, on_plan: Callable[[int], None] | None = None) -> BuildReport:
    """Build the specs under ``paths``; ``on_plan`` is told how many outputs
    will be considered, ``progress`` hears of each as it is settled."""
    started = time.perf_counter()
    files = in_path_order(project.spec_files(paths), project.shown)
    report = BuildReport(specs=len(files))
    setup = ProducerSetup(
        {}, project.translations, project.shown(project.translations),
        options.output, project.shown(options.output), options.draft, project.source_language,
        tuple(single_languages(list(project.languages))), project.root, english=project.english,
    )
    fingerprints = Fingerprints(lambda name: project.template_folder(name)[0], project.translations,
                                project.source_language, project.english, project.fields_file)
    from jdgen.fields_file import own_fields_problems

    own_fields = own_fields_problems(project)
    if count_errors(own_fields):  # every spec depends on them: nothing is built, no output changes
        report.diagnostics = own_fields
        report.seconds = time.perf_counter() - started
        return report
    commit = Commit(Manifest.load(options.output), setup, fingerprints, report, progress or (lambda _: None))
    staging_folders = _written_folders(options, commit.manifest)
    if on_plan:
        on_plan(len(files) * len(options.outputs))
    try:
        sweep_staging_files(staging_folders)  # what a killed build left
        plans, scan = plan(project, files, commit.manifest, fingerprints, options)
        used = sorted({spec.template for spec in plans if spec.stale})
        if _templates_fail(project, used, options, report):
            return report  # nothing touched: every earlier document stays as it was
        setup = dataclasses.replace(setup, positions=scan.index,  # the workers resolve links with it
                                    templates={name: project.template_folder(name) for name in used})
        tasks = []
        for spec in plans:
            commit.planned(spec)
            if spec.stale and not spec.cycle:
                tasks.append(Task(spec.path, spec.shown, spec.stale, spec.known, spec.template))
        if tasks:
            from jdgen.building.execute import execute  # the process pool, loaded only when there is work

            try:
                execute(setup, options.jobs, tasks, commit.accept)
            except JdgenError as error:  # the template cannot be used
                report.diagnostics += error.diagnostics
                for task in tasks:
                    commit.fail_task(task)
        commit.finish()
        commit.remove_outputs_of_gone_specs(project.root)
        update_register(commit, setup, project, files, [task.shown for task in tasks])
        if options.pdf:
            make_pdfs(commit, options.force)
        else:
            remove_pdfs(commit)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        try:
            with ctrl_c_held():
                commit.save()
                sweep_staging_files(staging_folders)  # the documents in flight when Ctrl-C came
        except KeyboardInterrupt:
            report.interrupted = True
        report.diagnostics = in_order(report.diagnostics)
        report.seconds = time.perf_counter() - started
    return report


def _templates_fail(project: Project, names: list[str], options: BuildOptions, report: BuildReport) -> bool:
    """Whether any of the templates ``names`` (those of the specs to build)
    has errors (jdgen.checking.template), each reported once, at the template:
    then the build stops before it touches any output."""
    from jdgen.checking.template import template_problems

    failing = []
    for name in names:
        problems = template_problems(project, name, options.outputs)
        report.diagnostics += problems
        if count_errors(problems):
            failing.append(project.template_folder(name)[1])
    if not failing:
        return False
    report.stopped = (f"the template {failing[0]} has errors" if len(failing) == 1
                      else f"the templates {', '.join(failing)} have errors")
    return True


def _written_folders(options: BuildOptions, manifest: Manifest) -> set[Path]:
    """The folders a build writes into: the output folder, each of its
    language folders (drafts' too) and each folder holding a file jdgen
    wrote; the only ones whose staging files it sweeps."""
    kinds = {document_folder(language) for language in options.outputs}
    folders = {options.output / draft / kind for kind in kinds for draft in ("", DRAFT_FOLDER)}
    return folders | {options.output} | {(options.output / path).parent for path in manifest.owned}

"""Each command run from what its command line gave: the options merged once
(``jdgen.settings.resolve_options``), the work done by the command's own
module, imported when the command runs (so that a start-up loads only what
its command uses: tests/test_startup.py), and what it did returned as an
``Outcome`` (``jdgen.outcome``), which the command line prints. Nothing here
parses arguments or prints, except the progress a build shows while it runs
(``jdgen.building.report``)."""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import json
import re
from collections.abc import Callable
from pathlib import Path

from jdgen import defaults
from jdgen.diagnostics import JdgenError, count_errors, in_order, plural, problem_counts
from jdgen.languages import parse_languages
from jdgen.outcome import Outcome
from jdgen.project import UsageError
from jdgen.settings import Given, Options, SettingsError, resolve_options


def options_for(given: Given) -> Options:
    """The merged options of a command run in the current folder."""
    return resolve_options(Path.cwd(), given)


@dataclasses.dataclass(frozen=True)
class BuildFlags:
    """The options of ``build`` and ``watch`` that are no setting."""

    force: bool = False
    pdf: bool = False
    draft: bool = False
    quiet: bool = False
    verbose: bool = False


def build_given(command: str, languages: str | None, template: str | None, output: Path | None,
                jobs: int | None, **flags: bool) -> tuple[Given, BuildFlags]:
    """The options of ``build`` or ``watch``: those that are settings, and the others."""
    return Given(command, languages, template, output, jobs), BuildFlags(**flags)


def build(given: tuple[Given, BuildFlags], paths: list[Path], as_json: bool) -> Outcome:
    """``jdgen build``: the documents of the specs under ``paths``."""
    options, flags = options_for(given[0]), given[1]
    return _build_round(options, paths, _build_options(options, flags), flags, as_json, handbook=options.handbook)


def watch(given: tuple[Given, BuildFlags], paths: list[Path], show: Callable[[Outcome], None],
          say: Callable[[str], None]) -> Outcome:
    """``jdgen watch``: build, then build again after every change, showing each
    round; only Ctrl-C ends it. ``--force`` applies to the first build."""
    from jdgen.watch import watch as run_watch

    options, flags = options_for(given[0]), given[1]
    force = flags.force

    def rebuild() -> bool:
        nonlocal options, force
        try:  # jdgen.toml is read again each round: a change of it applies at once
            options = options_for(given[0])
        except SettingsError as error:
            show(Outcome(error.diagnostics, "not built: jdgen.toml has problems; watching for its next save"))
            return True
        outcome = _build_round(options, paths, _build_options(options, dataclasses.replace(flags, force=force)),
                               flags, as_json=False)
        force = False
        show(outcome)
        return not outcome.interrupted

    run_watch(options.project, paths, options.output, rebuild, say)
    return Outcome(interrupted=True)


def _build_options(options: Options, flags: BuildFlags):
    from jdgen.building import BuildOptions

    return BuildOptions(options.output, options.outputs, options.jobs, flags.force,
                        flags.draft, flags.pdf)


def _build_round(options: Options, paths: list[Path], build_options, flags: BuildFlags, as_json: bool,
                 handbook: bool = False) -> Outcome:
    """One build, its progress shown while it runs (not with ``as_json``);
    then the site (the ``site`` setting) and, with ``handbook``, the handbook."""
    from jdgen.building import build as run_build
    from jdgen.building.report import NORMAL, QUIET, VERBOSE, BuildProgress, json_report, notes, summary_line

    verbosity = QUIET if flags.quiet else VERBOSE if flags.verbose else NORMAL
    progress = BuildProgress(verbosity, enabled=not as_json)
    try:
        report = run_build(options.project, paths, build_options, progress, progress.start)
    finally:
        progress.stop()
    written = [output.path for output in report.outputs if output.status.value == "built"]
    site = _write_site(options, paths, None, None) if options.site and not report.interrupted else None
    book = _write_handbook(options, paths, flags.draft, flags.pdf) if handbook and not report.interrupted else None
    after = [(name, part) for name, part in (("site", site), ("handbook", book)) if part is not None]
    if as_json:
        reports = {"site": _site_report, "handbook": _handbook_report}
        outcome = Outcome(report.diagnostics, output=json_report(
            report, {name: reports[name](part) for name, part in after},
            [problem for _, part in after for problem in part.diagnostics]),
            written=written, interrupted=report.interrupted, quiet=True)
    else:
        outcome = Outcome(report.diagnostics, summary_line(report), notes(report, flags.verbose), written=written,
                          interrupted=report.interrupted, quiet=flags.quiet)
    outcomes = {"site": _site_outcome, "handbook": _handbook_outcome}
    for name, part in after:
        outcome = _with_after(outcome, outcomes[name](part))
    return outcome


def _with_after(outcome: Outcome, after: Outcome) -> Outcome:
    """A build's outcome with the site's or the handbook's written after it
    (the ``site`` and ``handbook`` settings): its summary a note, its
    problems (those of the build once) added."""
    return dataclasses.replace(outcome, diagnostics=in_order(outcome.diagnostics + after.diagnostics),
                               notes=[*outcome.notes, after.summary], written=outcome.written + after.written)


def check(given: Given, paths: list[Path], as_json: bool) -> Outcome:
    """``jdgen check``: validate, write nothing."""
    from jdgen.checking.command import check as run_check

    options = options_for(given)
    specs, diagnostics = run_check(options.project, paths, options.outputs)
    problems = problem_counts(diagnostics)
    return Outcome(diagnostics, f"checked {plural(specs, 'spec')}: {plural(problems['errors'], 'error')}",
                   report={"summary": {"specs": specs, **problems}} if as_json else None)


def init(folder: Path, template: str = defaults.TEMPLATE) -> Outcome:
    """``jdgen init``: a new project in ``folder`` on the built-in form ``template``."""
    from jdgen.init import init_project

    try:
        written = init_project(folder, folder.as_posix(), template)
    except JdgenError as error:
        return Outcome(error.diagnostics, "created nothing")
    where = "" if folder == Path(".") else f"cd {folder.as_posix()} && "
    return Outcome(summary=f"created a jdgen project; build its example with: {where}jdgen build",
                   notes=[f"created {name}" for name in written], written=written)


def explain(code: str | None, every: bool) -> Outcome:
    """``jdgen explain``: what a diagnostic code means, or the whole list."""
    from jdgen.codes import CODES, reference

    name = (code or "").strip("[]")
    if every or code is None:
        return Outcome(output=reference())
    if name in CODES:
        return Outcome(output=f"{name}: {CODES[name]}")
    hint = difflib.get_close_matches(code, CODES, n=1)
    raise UsageError(f"no code {code!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""))


def diff(given: Given, versions: list[str], since: str | None, output_format: str, exit_code: bool,
         author: str | None, date: str | None, draft: bool, listed: bool = False) -> Outcome:
    """``jdgen diff``: redlines of what changed between two versions. What
    the command line does not give comes from each version's own settings."""
    from jdgen.redline.command import DiffOptions, run_diff
    from jdgen.redline.report import printed, summary

    options = options_for(given)
    languages = options.outputs if options.languages_given else None
    wanted = DiffOptions(languages, given.template, options.output, output_format, author,
                         None if date is None else _moment(date), draft, listed)
    run = run_diff(options.project, versions, since, wanted)
    shown = printed(run)
    return Outcome(run.report.diagnostics, summary(run), output=shown or "",
                   written=[options.project.shown(path) for path in run.report.written],
                   failed=exit_code and bool(run.report.positions), quiet=output_format == "json")


def _moment(value: str) -> datetime.datetime:
    """``--date``: an ISO 8601 date or time; without an offset, this computer's time zone."""
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date: {value!r} is not a date such as 2026-01-31 or 2026-01-31T09:30:00+08:00") from None
    return moment if moment.tzinfo else moment.astimezone()


def schema(output_format: str) -> Outcome:
    """``jdgen schema``: the JSON Schema, or the Markdown field reference,
    of the project here (its own fields, fields.yaml, included)."""
    from jdgen.fields_file import own_fields_problems
    from jdgen.jobspec.own_fields import spec_model
    from jdgen.project import Project

    project = Project(Path.cwd())
    problems = own_fields_problems(project)
    if problems:
        return Outcome(diagnostics=problems)
    if output_format == "markdown":
        from jdgen.jobspec.reference import spec_reference

        return Outcome(output=spec_reference(spec_model(project.root)))
    from jdgen.jobspec.schema import spec_schema

    return Outcome(output=json.dumps(spec_schema(spec_model(project.root)), ensure_ascii=False, indent=2))


def translate_update(given: Given, paths: list[Path]) -> Outcome:
    """``jdgen translate update``: the catalogs in step with the specs and labels."""
    from jdgen.translate_command import update
    from jdgen.translate_output import update_lines, update_summary

    options = options_for(given)
    updates, diagnostics = update(options.project, paths, options.languages)
    written = [result.path for result in updates if result.written]
    return Outcome(diagnostics, update_summary(updates, diagnostics), update_lines(updates), written=written)


def translate_status(given: Given, paths: list[Path], check: bool, as_json: bool) -> Outcome:
    """``jdgen translate status``: how far each spec's translation has come."""
    from jdgen.checking.status_specs import status
    from jdgen.i18n.status import format_table
    from jdgen.translate_output import status_json, status_summary

    options = options_for(given)
    report = status(options.project, paths, options.languages, check)
    if as_json:
        return Outcome(report.diagnostics, report=status_json(report))
    return Outcome(report.diagnostics, status_summary(report, check),
                   output=format_table(report.rows) if report.rows else "")


def translate_export(given: Given, output: Path, output_format: str | None, only_missing: bool,
                     overwrite: bool) -> Outcome:
    """``jdgen translate export``: a catalog out for a translator (over an
    earlier export of jdgen's only, with ``overwrite``)."""
    from jdgen.translate_command import export
    from jdgen.translate_output import export_summary

    options = options_for(given)
    try:
        report = export(options.project, options.one_language(), output, output_format, only_missing, overwrite)
    except JdgenError as error:
        return Outcome(error.diagnostics, "exported nothing")
    return Outcome(summary=export_summary(report), written=[report.path])


_TRANSLATOR = re.compile(r"[^<>\x00-\x1f\x7f]*[^\s<>\x00-\x1f\x7f][^<>\x00-\x1f\x7f]* <[^<>\s]+@[^<>\s]+>")


def translate_import(given: Given, file: Path, translator: str | None) -> Outcome:
    """``jdgen translate import``: a translator's file into its catalog;
    ``translator`` (``Name <email>``) becomes its Last-Translator."""
    from jdgen.translate_command import import_translations
    from jdgen.translate_output import import_summary

    if translator is not None:
        translator = translator.strip()
        if not _TRANSLATOR.fullmatch(translator):
            raise UsageError('--translator: give a name and an e-mail address: "Name <name@example.com>"')
    options = options_for(given)
    language = options.one_language() if options.languages_given else None
    fallback = options.targets[0] if options.targets else options.project.source_language
    report = import_translations(options.project, file, language, translator, fallback)
    return Outcome(report.diagnostics, import_summary(report, file.name),
                   output="\n".join(change.format() for change in report.changes),
                   written=[report.catalog] if report.written else [])


def import_documents(given: Given, documents: list[Path], force: bool, paired: tuple[str, ...],
                     review: Path | None) -> Outcome:
    """``jdgen import``: Word job descriptions (files, or folders of them) read
    into specs; each of ``paired`` (``LANG=FILE.docx``) the one document's
    translation, into that catalog; ``review`` a review file (.xlsx, .html)."""
    from jdgen.importer.command import import_documents as run_import
    from jdgen.importer.confidence import in_words

    translations = [_translation(value) for value in paired]
    if translations and (len(documents) != 1 or documents[0].is_dir()):
        raise UsageError("--translation pairs one document with its translation: name one document")
    if review is not None and review.suffix.lower() not in (".xlsx", ".html", ".htm"):
        raise UsageError("--report: name an .xlsx or .html file, such as import-report.xlsx")
    options = options_for(given)
    report = run_import(options.project, documents, options.output, force, translations, review)
    summary = (f"read {plural(report.read, 'document')}, wrote {plural(len(report.written), 'spec')}, "
               f"{plural(report.filled, 'field')} filled, {report.flagged} flagged to check, "
               f"{plural(report.unplaced, 'text')} not placed")
    if translations:
        catalogs = ", ".join(dict.fromkeys(f"translations/{language}.po" for language, _ in translations))
        summary += f", {plural(report.paired, 'translation')} added to {catalogs}"
    written = report.written + ([report.review] if report.review else [])
    notes = [f"wrote {path}" for path in written] + (report.files if len(report.files) > 1 else [])
    if report.by_rule:
        notes.append(f"confidence of the fields: {in_words(report.by_rule)}")
    return Outcome(report.diagnostics, summary, notes, written=written)


def _translation(value: str) -> tuple[str, Path]:
    """``--translation LANG=FILE.docx``: the language and the document."""
    language, equals, document = value.partition("=")
    if not equals or not document:
        raise UsageError("--translation: write LANG=FILE.docx, such as en=customer-manager-en.docx")
    try:
        parse_languages([language])
    except ValueError as error:
        raise UsageError(f"--translation: {error}") from None
    if not Path(document).is_file():
        raise UsageError(f"--translation: no such file: {document}")
    return language, Path(document)


def site(given: Given, paths: list[Path], site_folder: Path | None, documents: Path | None) -> Outcome:
    """``jdgen site``: the set as a website."""
    return _site_outcome(_write_site(options_for(given), paths, site_folder, documents))


def _write_site(options: Options, paths: list[Path], site_folder: Path | None, documents: Path | None,
                jobs: int | None = None):
    from jdgen.site import build_site

    documents = documents or options.output
    return build_site(options.project, paths, site_folder or documents / defaults.SITE_FOLDER, documents,
                      options.outputs, options.jobs if jobs is None else jobs)


def _site_outcome(result) -> Outcome:
    removed = f", {len(result.removed)} removed" if result.removed else ""
    summary = (f"site of {plural(result.positions, 'position')} in {result.folder}: {len(result.written)} files "
               f"written, {result.unchanged} unchanged{removed}; "
               f"{plural(count_errors(result.diagnostics), 'error')}")
    return Outcome(result.diagnostics, summary, written=[f"{result.folder}/{name}" for name in result.written])


def _site_report(result) -> dict:
    """What a build's ``--json`` report says of the site it wrote (jdgen.building.report.json_report)."""
    return {"folder": result.folder, "positions": result.positions,
            "written": [f"{result.folder}/{name}" for name in result.written], "unchanged": result.unchanged,
            "removed": [f"{result.folder}/{name}" for name in result.removed],
            "errors": count_errors(result.diagnostics)}


def handbook(given: Given, paths: list[Path], order: str, draft: bool, pdf: bool) -> Outcome:
    """``jdgen handbook``: the set as one Word document per document kind."""
    outcome = _handbook_outcome(_write_handbook(options_for(given), paths, draft, pdf, order))
    return dataclasses.replace(outcome, notes=[f"wrote {path}" for path in outcome.written])


def _write_handbook(options: Options, paths: list[Path], draft: bool, pdf: bool, order: str = "path"):
    from jdgen.handbook import make_handbooks

    return make_handbooks(options.project, paths, options.output, options.outputs, order, draft, pdf)


def _handbook_outcome(result) -> Outcome:
    from jdgen.handbook import summary

    return Outcome(result.diagnostics, f"{summary(result)}; {plural(count_errors(result.diagnostics), 'error')}",
                   written=result.written)


def _handbook_report(result) -> dict:
    """What a build's ``--json`` report says of the handbook it wrote (jdgen.building.report.json_report)."""
    return {"written": result.written, "positions": result.positions, "errors": count_errors(result.diagnostics)}


def serve(given: Given, paths: list[Path], site_folder: Path | None, documents: Path | None, port: int,
          show: Callable[[Outcome], None], say: Callable[[str], None]) -> Outcome:
    """``jdgen serve``: the site on this machine, written again on every save
    (in this process: the server's thread runs beside it); only Ctrl-C ends it."""
    from jdgen.site.serve import serve as run_serve
    from jdgen.watch import watch as run_watch

    options = options_for(given)
    folder = site_folder or (documents or options.output) / defaults.SITE_FOLDER

    def build() -> list[str]:
        outcome = _site_outcome(_write_site(options, paths, folder, documents, jobs=1))
        show(outcome)
        return [problem.format() for problem in in_order(outcome.diagnostics)]

    def watch(rebuild: Callable[[], bool]) -> None:
        run_watch(options.project, paths, folder, rebuild, say)

    run_serve(folder, port, build, watch, say)
    return Outcome(interrupted=True)


def template_list() -> Outcome:
    """``jdgen template list``: the templates a project can use."""
    from jdgen.template_command import list_templates

    lines = [f"{info.name:16s} {info.where}{' (replaces the built-in one)' if info.overrides else ''}"
             for info in list_templates(options_for(Given("template list")).project)]
    return Outcome(output="\n".join(lines))


def template_new(name: str, source: str, use: bool) -> Outcome:
    """``jdgen template new``: a project template copied from a working one."""
    from jdgen.template_command import new_template

    try:
        written = new_template(options_for(Given("template new")).project, name, source, use)
    except JdgenError as error:
        return Outcome(error.diagnostics, f"template {name!r} was not made")
    return Outcome(summary=f"template {name!r} made from {source!r}: edit templates/{name}/form.docx and "
                           "labels.yaml; docs/template-reference.md lists what its tags see",
                   notes=[f"wrote {path}" for path in written], written=written)


def template_preview(given: Given) -> Outcome:
    """``jdgen template preview``: the sample specs built with a template, for its author's eyes."""
    from jdgen.template_preview import preview_template

    options = options_for(given)
    preview = preview_template(options.project, options.template, options.outputs,
                               options.project.root / options.output / options.template)
    documents = sum(1 for path in preview.written if path.endswith(".docx"))
    pdfs = f" and {plural(len(preview.written) - documents, 'PDF')}" if not preview.pdf else f" ({preview.pdf})"
    return Outcome(preview.diagnostics, f"template {options.template!r}: {plural(documents, 'sample document')}"
                   f"{pdfs} in {preview.folder}", notes=[f"wrote {path}" for path in preview.written],
                   written=preview.written)


def template_context(given: Given, spec: Path) -> Outcome:
    """``jdgen template context``: the exact values a template sees for one document of ``spec``."""
    from jdgen.template_command import context_json
    from jdgen.template_command import template_context as context_of

    options = options_for(given)
    if len(options.outputs) != 1:
        raise UsageError("--lang: name one document: a language, or a pair such as zh+en")
    context, diagnostics = context_of(options.project, spec, options.outputs[0])
    if context is None:
        return Outcome(diagnostics, "no context: the spec has errors")
    return Outcome(diagnostics, output=context_json(context))

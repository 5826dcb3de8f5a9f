"""``jdgen translate status`` spec by spec: each spec's survey in every
language (jdgen.i18n.status) worked out where its inputs changed, and taken
from the status cache (``.jdgen-cache/status.json``) everywhere else, the
way ``jdgen check`` does (jdgen.checking.spec_verdicts: the same scan of the set, keys
and verdicts). Beyond a check's inputs, a survey depends on the glossary;
the catalogs' own problems and the template labels' survey are remembered
with the digests of what they are read from."""

from __future__ import annotations

import functools
import marshal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen.checking.cache import STATUS_FILE, CheckCache, restored, stored
from jdgen.checking.keys import context_digest, labels_problems, remembered_hidden, template_key
from jdgen.checking.spec_verdicts import spec_verdicts
from jdgen.checking.verdict import Checker, Setup
from jdgen.collector import collector_paused
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.english import English
from jdgen.fingerprint import digest, file_digest
from jdgen.i18n.status import Counts, StatusRow, Survey
from jdgen.jobspec.ids import in_path_order
from jdgen.project import Project

GLOSSARY_FILE = "glossary.yaml"
"""The glossary's file in the translations folder (jdgen.i18n.glossary)."""
LABELS_SOURCE_LANGUAGE = "zh"
"""The language labels are written in (jdgen.labels)."""


@dataclass
class StatusReport:
    rows: list[StatusRow] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Warnings always; with ``check``, an error per untranslated text too."""
    specs: int = 0


@dataclass(frozen=True)
class Surveys:
    """The judge of ``translate status``: a valid spec's survey in each
    language but its own source language (those whose catalog can be read),
    of the texts its own template shows."""

    languages: tuple[str, ...]
    english: English
    """The project's English, whose label case the form's labels among a spec's texts take."""

    def __call__(self, checker: Checker, entry: Any) -> bytes:
        from jdgen.i18n.status import LabelCheck, condition_name, survey
        from jdgen.jobspec.texts import iter_texts

        glossary = _glossary(checker.setup.translations, checker.setup.translations_shown)[0]
        labels = LabelCheck(self.english, condition_name)
        hidden = checker.form(entry).hidden  # what the spec's own template shows nowhere needs no translation
        return marshal.dumps([[language, *_stored_survey(survey(
            iter_texts(entry.spec), entry.loaded, entry.spec.source_language, language,
            checker.catalogs.get(language), checker.catalogs, glossary, labels, hidden))]
            for language in self.languages if language != entry.spec.source_language])

    def stored(self, judged: bytes) -> Any:
        return marshal.loads(judged)

    def restored(self, value: Any) -> bytes:
        judged = marshal.dumps(value)
        surveyed(judged)  # raises on anything else
        return judged


def surveyed(judged: bytes, only: str | None = None) -> list[tuple[str, Survey]]:
    """A spec's surveys, by language (``only`` that language's), from what
    ``Surveys`` judged: held as the ``marshal`` bytes of their stored values
    (a fifth of their objects' memory: a status holds every spec's to its
    end), made objects only where they are reported. Raises TypeError or
    ValueError on anything else."""
    found = []
    for language, *rest in marshal.loads(judged):
        if not isinstance(language, str):
            raise TypeError("a survey's language is a text")
        if only is None or language == only:
            found.append((language, _restored_survey(rest)))
    return found


@collector_paused()
def status(project: Project, paths: list[Path], languages: list[str], check: bool) -> StatusReport:
    """Count translated, fuzzy and missing texts per spec and language (each
    language but the spec's own source language, as a build asks), and of
    the template's labels; warn of inline translations equal to their
    source and of glossary terms not kept. With ``check``, every gap is an
    error. Writes nothing but its cache."""
    cache = CheckCache(project.root, STATUS_FILE)
    translations, translations_shown = project.translations, project.shown(project.translations)
    glossary_key = file_digest(translations / GLOSSARY_FILE)
    glossary_problems = _remembered(cache, "glossary", digest(glossary_key, translations_shown),
                                    lambda: _glossary(translations, translations_shown)[1])
    usable, catalog_problems = [], []
    for language in languages:
        remembered = cache.remembered_value(f"catalog {language}", _catalog_key(project, language))
        try:
            readable, problems = bool(remembered[0]), restored(remembered[1])
        except (TypeError, ValueError, IndexError, KeyError):
            readable, problems = _catalog_problems(project, language)
            cache.remember_value(f"catalog {language}", _catalog_key(project, language),
                                 [readable, stored(problems)])
        catalog_problems.append(problems)
        if readable:
            usable.append(language)
    hidden = {name: remembered_hidden(cache, *template_key(project, name)) for name in project.forms.named()}
    setup = Setup(project.root, project.source_language, project, translations, translations_shown,
                  Surveys(tuple(usable), project.english), hidden=hidden)
    found = spec_verdicts(project, paths, cache, setup,
                          context_digest(project, "", "status", languages, glossary_key,
                                         file_digest(project.fields_file)))
    templates = {name: template_key(project, name) for name in sorted(set(found.templates.values()))}
    report = StatusReport(diagnostics=found.diagnostics, specs=len(found.specs))
    for folder, shown_folder, key in templates.values():
        report.diagnostics += labels_problems(cache, folder, shown_folder, key)
    report.diagnostics += glossary_problems
    holders = in_path_order(found.claimed, str)
    for language, catalog_problem in zip(languages, catalog_problems, strict=True):
        report.diagnostics += catalog_problem
        if language not in usable:
            continue
        surveys = [(shown, survey) for shown in holders
                   for _, survey in surveyed(found.verdicts[shown].judged, language)]
        for name, (_, _, key) in templates.items():
            labels_survey = _labels_survey(cache, project, name, language, digest(key, glossary_key))
            if labels_survey is not None:
                surveys.append((f"template labels ({name})", labels_survey))
        for name, result in surveys:
            report.rows.append(StatusRow(language, name, result.counts, result.not_shown))
            report.diagnostics += result.warnings + result.notes
            if check:
                report.diagnostics += result.gaps
    cache.save()
    return report


@functools.cache
def _glossary(translations: Path, translations_shown: str):
    """The project's glossary (empty when it has errors), and its errors; read once per process."""
    from jdgen.i18n.glossary import Glossary

    try:
        return Glossary.load(translations, translations_shown), []
    except JdgenError as error:
        return Glossary(), error.diagnostics


def _remembered(cache: CheckCache, kind: str, key: str, find) -> list[Diagnostic]:
    """The diagnostics recorded for ``kind`` under ``key``, else ``find()``'s, recorded."""
    problems = cache.remembered(kind, key)
    if problems is None:
        problems = find()
        cache.remember(kind, key, problems)
    return problems


def _catalog_key(project: Project, language: str) -> str:
    return digest(language, project.shown(project.translations), file_digest(project.translations / f"{language}.po"))


def _catalog_problems(project: Project, language: str) -> tuple[bool, list[Diagnostic]]:
    """Whether the catalog of ``language`` can be read, and its problems."""
    from jdgen.i18n.catalog import CatalogFolder, invalid_translations

    try:
        catalog = CatalogFolder(project.translations, project.shown(project.translations)).get(language)
    except JdgenError as error:
        return False, error.diagnostics
    return True, invalid_translations(catalog)


def _labels_survey(cache: CheckCache, project: Project, template_name: str, language: str,
                   key: str) -> Survey | None:
    """The survey of the template's labels in ``language`` (None when the
    labels have errors, or are in that language), remembered under ``key``
    and the catalog's digest."""
    if language == LABELS_SOURCE_LANGUAGE:
        return None
    survey_key = digest(key, _catalog_key(project, language))
    value = cache.remembered_value(f"labels {template_name} {language}", survey_key)
    if value is not None:
        try:
            return _restored_survey(value[1]) if value[0] else None
        except (TypeError, ValueError, IndexError, KeyError):
            pass
    found = _survey_labels(project, template_name, language)
    cache.remember_value(f"labels {template_name} {language}", survey_key,
                         [found is not None, found and _stored_survey(found)])
    return found


def _survey_labels(project: Project, template_name: str, language: str) -> Survey | None:
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.i18n.status import survey
    from jdgen.labels import LabelSet

    folder, shown_folder = project.template_folder(template_name)
    try:
        labels = LabelSet.load(folder, shown_folder)
    except JdgenError:
        return None  # its errors are the labels' problems
    translations, translations_shown = project.translations, project.shown(project.translations)
    catalogs = CatalogFolder(translations, translations_shown)
    return survey([((key,), text) for key, text in labels.texts.items()], labels.loaded, LABELS_SOURCE_LANGUAGE,
                  language, catalogs.get(language), catalogs, _glossary(translations, translations_shown)[0])


def _stored_survey(found: Survey) -> list[Any]:
    counts = found.counts
    return [counts.translated, counts.fuzzy, counts.missing, stored(found.gaps), stored(found.warnings),
            stored(found.notes), found.not_shown]


def _restored_survey(value: list[Any]) -> Survey:
    translated, fuzzy, missing, gaps, warnings, notes, not_shown = value
    if not all(isinstance(count, int) for count in (translated, fuzzy, missing, not_shown)):
        raise TypeError("counts are numbers")
    return Survey(Counts(translated, fuzzy, missing), restored(gaps), restored(warnings), restored(notes), not_shown)

"""The keys a check's verdicts are kept under in the check cache, and what
is remembered under a template's key.

A spec's verdict depends on its key: a digest of its bytes, of the shared
files it extends, of what the set's index says about the positions it names
(a link's title, the ids titled like a title in words, every id when a
link names an unknown one), of the reporting cycle it is in, and of the
context: jdgen's version, the template folder (its labels), the catalogs of
the languages checked, those languages, the project's source language and
its settings file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jdgen import __version__
from jdgen.checking.cache import CheckCache, stored
from jdgen.checking.scan import Scan
from jdgen.checking.verdict import Checker, Setup
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.fingerprint import digest, file_digest
from jdgen.project import Project
from jdgen.settings import SETTINGS_FILE


def verdict_key(context: str, shown: str, template: str, scan: Scan, named: Any,
                 cycle: list[Diagnostic]) -> str:
    """The key of a spec's verdict: a digest of all it depends on (see the module's doc)."""
    return digest(context, shown, template, scan.digest, json.dumps(scan.sources, sort_keys=True),
                  json.dumps(named, ensure_ascii=False), json.dumps(stored(cycle)))


def context_digest(project: Project, template_key: str, kind: str, languages: list[str],
                   *parts: str) -> str:
    """The digest of what every spec's verdict of a ``kind`` of check
    depends on besides the spec and its template (spec_verdicts adds it): a
    template's key for a check that uses one template whatever the spec's
    (``template_key``, empty when none), the project's source language and
    settings file, the languages and their catalogs, and ``parts``."""
    return digest(kind, template_key, project.source_language, json.dumps(languages),
                  *(file_digest(project.translations / f"{language}.po") for language in languages),
                  file_digest(project.root / SETTINGS_FILE), *parts)


def template_key(project: Project, template_name: str) -> tuple[Path, str, str]:
    """The template's folder, as shown, and the digest of its files (and jdgen's version)."""
    folder, shown_folder = project.template_folder(template_name)
    return folder, shown_folder, digest(__version__, shown_folder, *_folder_parts(folder))


def remembered_hidden(cache: CheckCache, folder: Path, shown_folder: str, key: str) -> frozenset[tuple[str, ...]]:
    """The fields the template does not show (jdgen.checking.template.hidden_fields),
    remembered under the template's ``key``: worked out once per change of
    the template, not in every run that reads a spec."""
    value = cache.remembered_value("hidden", key)
    if isinstance(value, list) and all(isinstance(field, list) for field in value):
        return frozenset(tuple(str(part) for part in field) for field in value)
    from jdgen.checking.template import hidden_fields

    found = hidden_fields(folder, shown_folder)
    cache.remember_value("hidden", key, sorted(list(field) for field in found))
    return found


def remembered_alike(cache: CheckCache, project: Project, setup: Setup) -> dict[tuple[str, str], bool]:
    """Whether each template the settings name renders a spec in the
    project's source language alike (jdgen.checking.verdict.Checker.form_alike,
    by the template's folder as shown and the language), remembered under a
    digest of the template's key, that language's catalog and the project's
    own fields: worked out once per change of them, so that a check that
    re-checks a few specs loads no template (nor Jinja)."""
    language, checker, found = project.source_language, None, {}
    for name in project.forms.named():
        _, shown_folder, key = template_key(project, name)
        key = digest(key, language, file_digest(project.translations / f"{language}.po"),
                     file_digest(project.fields_file))
        value = cache.remembered_value(f"alike {shown_folder}", key)
        if not isinstance(value, bool):
            checker = checker or Checker(setup)
            value = checker.form_alike(checker.named_form(name), language)
            cache.remember_value(f"alike {shown_folder}", key, value)
        found[shown_folder, language] = value
    return found


def labels_problems(cache: CheckCache, folder: Path, shown_folder: str, key: str) -> list[Diagnostic]:
    """The template labels' problems (remembered under the template's ``key``)."""
    problems = cache.remembered(f"labels {shown_folder}", key)
    if problems is None:
        from jdgen.labels import LabelSet

        try:
            problems = list(LabelSet.load(folder, shown_folder).warnings)
        except JdgenError as error:
            problems = error.diagnostics
        cache.remember(f"labels {shown_folder}", key, problems)
    return problems


def _folder_parts(folder: Path) -> list[bytes | str]:
    """The names and bytes of a template folder's files."""
    return [part for path in sorted(folder.iterdir()) if path.is_file() for part in (path.name, path.read_bytes())]

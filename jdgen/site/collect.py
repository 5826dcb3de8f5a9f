"""What the site shows of each position: its documents' contexts in every
language of the project (untranslated texts standing in, marked, as in a
draft), its translation coverage and the positions it links to by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdgen.diagnostics import Diagnostic
from jdgen.english import DEFAULT_ENGLISH, English
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.glossary import Glossary
from jdgen.i18n.status import Counts, survey
from jdgen.jobspec.collection import LoadedSpec
from jdgen.jobspec.links import REPORTS_TO
from jdgen.jobspec.texts import iter_texts
from jdgen.labels import LabelSet
from jdgen.languages import BILINGUAL
from jdgen.localize import localize, stack_contexts
from jdgen.site.parallel import fork_map


@dataclass
class SitePosition:
    """One position as the site shows it."""

    spec_id: str
    shown: str
    """The spec's path as shown to the user."""
    contexts: dict[str, dict[str, Any]]
    """The document context of each output (``zh``, ``en``, ``zh+en``)."""
    coverage: dict[str, Counts]
    """Translated texts per language other than the spec's source language."""
    reports_to: str | None = None
    """The id of the position it reports to, when linked by id."""
    linked: dict[tuple[str, int], str] = field(default_factory=dict)
    """``("subordinates", i)`` or ``("career_path", i)``: the id that item links to."""

    def key(self) -> str:
        return self.spec_id.lower()


def collect(entries: list[LoadedSpec], labels: LabelSet, outputs: list[str], catalogs: CatalogFolder,
            jobs: int = 1, english: English = DEFAULT_ENGLISH) -> tuple[list[SitePosition], list[Diagnostic]]:
    """The site's view of every valid spec; a position none of whose
    documents can be prepared is left out, with its problems."""
    languages = sorted({language for output in outputs for language in output.split(BILINGUAL)})

    def one(index: int) -> SitePosition | list[Diagnostic]:
        entry = entries[index]
        localized = {language: localize(entry, labels, language, catalogs, draft=True, english=english)
                     for language in languages}
        failed = [problem for one in localized.values() if one.context is None for problem in one.diagnostics]
        if failed:
            return failed
        contexts = {output: _stacked([localized[part].context for part in output.split(BILINGUAL)])
                    for output in outputs}
        return SitePosition(entry.spec.id, entry.loaded.path, contexts, _coverage(entry, languages, catalogs),
                            *_links(entry))

    positions, problems = [], []
    for found in fork_map(one, range(len(entries)), jobs):
        if isinstance(found, SitePosition):
            positions.append(found)
        else:
            problems += found
    return positions, problems


def _stacked(contexts: list[Any]) -> dict[str, Any]:
    """One language's context, or a pair's, stacked as a bilingual document's."""
    context = contexts[0]
    for other in contexts[1:]:
        context = stack_contexts(context, other)
    return context


def _coverage(entry: LoadedSpec, languages: list[str], catalogs: CatalogFolder) -> dict[str, Counts]:
    source = entry.spec.source_language
    return {
        language: survey(iter_texts(entry.spec), entry.loaded, source, language,
                         catalogs.get(language), catalogs, Glossary()).counts
        for language in languages if language != source
    }


def _links(entry: LoadedSpec) -> tuple[str | None, dict[tuple[str, int], str]]:
    reports_to = next((spec_id for at, spec_id in entry.links if at == REPORTS_TO), None)
    linked = {(str(at[-2]), int(at[-1])): spec_id for at, spec_id in entry.links if at != REPORTS_TO}
    return reports_to, linked

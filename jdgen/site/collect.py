"""What the site takes from each position, one spec at a time, with the
labels of the form it is made with: its documents' contexts in every
language of the project (untranslated texts standing in,
marked, as in a draft), and its summary (jdgen.site.summary: titles,
department, grade, translation coverage, the ids it links to, its search
terms).

The summary is small and kept in the site's record; the contexts are
packed (pickled and compressed) until the position's pages are rendered,
so the site never holds every position's contexts at once.
"""

from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen.building.manifest import translations_digest
from jdgen.checking.template import hidden_fields
from jdgen.diagnostics import Diagnostic
from jdgen.english import English
from jdgen.fingerprint import digest
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.glossary import Glossary
from jdgen.i18n.status import survey
from jdgen.jobspec.collection import LoadedSpec, link_ids
from jdgen.jobspec.links import PositionIndex
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import read_spec, validate_spec
from jdgen.labels import LabelSet
from jdgen.languages import BILINGUAL, single_languages
from jdgen.localize import localize, stack_contexts
from jdgen.site.orgchart import split_links
from jdgen.site.search import context_texts, terms
from jdgen.site.summary import Summary


@dataclass(frozen=True)
class SiteForm:
    """A form positions are made with: its labels, and its folder (and as
    shown), which says what its documents show of a spec."""

    labels: LabelSet
    template: tuple[Path, str]


@dataclass(frozen=True)
class SiteSetup:
    """What every position's work needs, the same for all."""

    root: Path
    source_language: str
    positions: PositionIndex
    """The set's index, which links are resolved against."""
    forms: dict[str, SiteForm]
    """Each form the specs are made with, by template name."""
    made_with: dict[str, str]
    """The form each spec is made with (Project.template_for), by spec as shown."""
    catalogs: CatalogFolder
    outputs: tuple[str, ...]
    english: English
    model: type[JobSpec]
    """The project's spec model (its own fields included)."""


@dataclass
class Produced:
    """One spec's work: its summary and packed contexts, or its problems."""

    shown: str
    summary: Summary | None
    contexts: bytes = b""
    """Its single-language contexts, packed (``unpack`` gives every document kind's)."""
    problems: list[Diagnostic] = field(default_factory=list)


def produce(setup: SiteSetup, path: Path, shown: str, fingerprint: str, cycle: list[Diagnostic]) -> Produced:
    """Load and validate the spec at ``path`` and make what the site needs of
    it; a spec with errors, in a reporting ``cycle`` or none of whose
    documents can be prepared gives only its problems."""
    read = read_spec(path, shown, setup.root, setup.source_language)
    links = link_ids(read)
    spec, loaded, problems = validate_spec(read, setup.positions, setup.model)
    if spec is None or loaded is None or cycle:
        return Produced(shown, None, problems=problems + cycle)
    entry = LoadedSpec(spec, loaded, links)
    form = setup.forms[setup.made_with[shown]]
    languages = single_languages(list(setup.outputs))
    localized = {language: localize(entry, form.labels, language, setup.catalogs, draft=True, english=setup.english)
                 for language in languages}
    failed = [problem for one in localized.values() if one.context is None for problem in one.diagnostics]
    if failed:
        return Produced(shown, None, problems=failed)
    singles = {language: one.context for language, one in localized.items()}
    contexts = _every_kind(singles, setup.outputs)
    found = {term for language in languages for text in context_texts(singles[language]) for term in terms(text)}
    reports_to, linked = split_links(links)
    summary = Summary(
        spec.id, shown, fingerprint, loaded.position_of(("id",)),
        {output: {"title": context["title"], "department": context["basic"]["department"],
                  "grade": context["basic"]["grade"]} for output, context in contexts.items()},
        _coverage(entry, languages, setup.catalogs, hidden_fields(*form.template)), reports_to,
        linked,
        " ".join(sorted(found | terms(spec.id))), problems,
        translations=digest(*(translations_digest(localized[language].lookups) for language in languages)))
    return Produced(shown, summary, zlib.compress(pickle.dumps(singles, pickle.HIGHEST_PROTOCOL), 1))


def unpack(contexts: bytes, outputs: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The context of each document kind from a position's packed contexts."""
    return _every_kind(pickle.loads(zlib.decompress(contexts)), outputs)


def _every_kind(singles: dict[str, Any], outputs: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Each language's context, and each pair's stacked as a bilingual document's."""
    contexts = {}
    for output in outputs:
        parts = output.split(BILINGUAL)
        context = singles[parts[0]]
        for other in parts[1:]:
            context = stack_contexts(context, singles[other])
        contexts[output] = context
    return contexts


def _coverage(entry: LoadedSpec, languages: list[str], catalogs: CatalogFolder,
              hidden: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, int, int]]:
    """Per language other than the spec's own: its texts translated, fuzzy and
    missing, but for those of the ``hidden`` fields, which no document shows."""
    source = entry.spec.source_language
    found = {}
    for language in languages:
        if language != source:
            counts = survey(iter_texts(entry.spec), entry.loaded, source, language, catalogs.get(language), catalogs,
                            Glossary(), hidden=hidden).counts
            found[language] = (counts.translated, counts.fuzzy, counts.missing)
    return found

"""What the site takes from each position, one spec at a time: its documents'
contexts in every language of the project (untranslated texts standing in,
marked, as in a draft), and its summary: what the index, the chart, the
search index and the other positions' pages need of it (titles, department,
grade, translation coverage, the ids it links to, its search terms).

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

from jdgen.check_cache import restored, stored
from jdgen.diagnostics import Diagnostic, Position
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.glossary import Glossary
from jdgen.i18n.status import Counts, survey
from jdgen.jobspec.collection import LoadedSpec, link_ids
from jdgen.jobspec.links import REPORTS_TO, PositionIndex
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import read_spec, validate_spec
from jdgen.labels import LabelSet
from jdgen.languages import BILINGUAL, single_languages
from jdgen.localize import localize, stack_contexts
from jdgen.site.search import context_texts, terms

HEADS = ("title", "department", "grade")
"""What the index and the chart show of a position in each document kind."""


@dataclass
class Summary:
    """A position as the rest of the site sees it (kept in the site's record)."""

    spec_id: str
    shown: str
    """The spec's path as shown to the user."""
    fingerprint: str
    """Of the spec and what it depends on (its set scan's)."""
    id_at: Position | None
    heads: dict[str, dict[str, str]]
    """By document kind (``zh``, ``en``, ``zh+en``): its title, department and grade."""
    coverage: dict[str, Counts]
    """Translated texts per language other than the spec's source language."""
    reports_to: str | None = None
    """The id of the position it reports to, when linked by id."""
    linked: dict[tuple[str, int], str] = field(default_factory=dict)
    """``("subordinates", i)`` or ``("career_path", i)``: the id that item links to."""
    terms: str = ""
    """Its search terms, separated by spaces (jdgen.site.search)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """The warnings its spec gives."""
    key: str = ""
    """The key of its pages as last written (jdgen.site.keys.page_key)."""

    def key_of_id(self) -> str:
        """Its id as links find it (without case)."""
        return self.spec_id.lower()

    def record(self) -> dict[str, Any]:
        return {"id": self.spec_id, "fingerprint": self.fingerprint,
                "id_at": [self.id_at.line, self.id_at.column] if self.id_at else None, "heads": self.heads,
                "coverage": {language: [counts.translated, counts.fuzzy, counts.missing]
                             for language, counts in self.coverage.items()},
                "reports_to": self.reports_to, "linked": [[kind, index, spec_id] for (kind, index), spec_id
                                                           in self.linked.items()],
                "terms": self.terms, "diagnostics": stored(self.diagnostics), "key": self.key}

    @classmethod
    def from_record(cls, shown: str, record: dict[str, Any]) -> Summary:
        """The summary ``record`` wrote; KeyError, TypeError or ValueError when it is not one."""
        id_at = record["id_at"]
        heads = {output: {head: str(values[head]) for head in HEADS} for output, values in record["heads"].items()}
        return cls(str(record["id"]), shown, str(record["fingerprint"]), Position(*id_at) if id_at else None, heads,
                   {language: Counts(*counts) for language, counts in record["coverage"].items()},
                   record["reports_to"], {(str(kind), int(index)): str(spec_id)
                                          for kind, index, spec_id in record["linked"]},
                   str(record["terms"]), restored(record["diagnostics"]), str(record["key"]))


@dataclass(frozen=True)
class SiteSetup:
    """What every position's work needs, the same for all."""

    root: Path
    source_language: str
    positions: PositionIndex
    """The set's index, which links are resolved against."""
    labels: LabelSet
    catalogs: CatalogFolder
    outputs: tuple[str, ...]


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
    spec, loaded, problems = validate_spec(read, setup.positions)
    if spec is None or loaded is None or cycle:
        return Produced(shown, None, problems=problems + cycle)
    entry = LoadedSpec(spec, loaded, links)
    languages = single_languages(list(setup.outputs))
    localized = {language: localize(entry, setup.labels, language, setup.catalogs, draft=True)
                 for language in languages}
    failed = [problem for one in localized.values() if one.context is None for problem in one.diagnostics]
    if failed:
        return Produced(shown, None, problems=failed)
    singles = {language: one.context for language, one in localized.items()}
    contexts = _every_kind(singles, setup.outputs)
    found = {term for language in languages for text in context_texts(singles[language]) for term in terms(text)}
    reports_to = next((spec_id for at, spec_id in links if at == REPORTS_TO), None)
    summary = Summary(
        spec.id, shown, fingerprint, loaded.position_of(("id",)),
        {output: {"title": context["title"], "department": context["basic"]["department"],
                  "grade": context["basic"]["grade"]} for output, context in contexts.items()},
        _coverage(entry, languages, setup.catalogs), reports_to,
        {(str(at[-2]), int(at[-1])): spec_id for at, spec_id in links if at != REPORTS_TO},
        " ".join(sorted(found | terms(spec.id))), problems)
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


def _coverage(entry: LoadedSpec, languages: list[str], catalogs: CatalogFolder) -> dict[str, Counts]:
    source = entry.spec.source_language
    return {
        language: survey(iter_texts(entry.spec), entry.loaded, source, language,
                         catalogs.get(language), catalogs, Glossary()).counts
        for language in languages if language != source
    }

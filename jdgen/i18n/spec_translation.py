"""A spec and its template's labels in one language: every text chosen, or
every gap located. Needs no formatting and no rendering, so ``jdgen check``
uses it alone."""

from __future__ import annotations

from dataclasses import dataclass, field

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.translate import Translated, Translator, gap_diagnostics, translate_texts
from jdgen.jobspec.collection import LoadedSpec
from jdgen.labels import LABELS_SOURCE_LANGUAGE, LabelSet


@dataclass
class SpecTranslation:
    """The outcome of translating a spec: texts, or the gaps that prevent it."""

    spec: Translated | None
    """The spec with its texts in the language."""
    labels: dict[str, str]
    diagnostics: list[Diagnostic]
    lookups: dict[str, tuple[str, bool] | None] = field(default_factory=dict)
    """The catalog entries consulted (for incremental builds)."""
    draft: bool = False
    """Whether a text stands in, marked, for its missing translation."""


def translate_entry(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
                    draft: bool = False) -> SpecTranslation:
    """Translate ``entry`` and ``labels`` into ``language``; each gap is a located
    diagnostic: an error, or in a ``draft`` a warning and a marked stand-in."""
    try:
        catalog = catalogs.get(language)
    except JdgenError as error:
        return SpecTranslation(None, {}, error.diagnostics)
    spec_translator = Translator(language, entry.spec.source_language, catalog, draft)
    translated = Translated(entry.spec, translate_texts(entry.spec, spec_translator))
    label_translator = Translator(language, LABELS_SOURCE_LANGUAGE, catalog, draft)
    label_texts = {key: label_translator(text, (key,)) for key, text in labels.texts.items()}
    diagnostics = [
        *gap_diagnostics(spec_translator.gaps, entry.loaded, language, catalogs, draft),
        *gap_diagnostics(label_translator.gaps, labels.loaded, language, catalogs, draft),
    ]
    lookups = {**label_translator.lookups, **spec_translator.lookups}
    gaps = bool(spec_translator.gaps or label_translator.gaps)
    if gaps and not draft:
        return SpecTranslation(None, label_texts, diagnostics, lookups)
    return SpecTranslation(translated, label_texts, diagnostics, lookups, draft=gaps)

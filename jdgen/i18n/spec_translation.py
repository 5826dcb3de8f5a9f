"""A spec and its template's labels in one language: every text chosen, or
every gap located. Needs no formatting and no rendering, so ``jdgen check``
uses it alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, Level, plural
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.translate import Gap, Translated, Translator, gap_diagnostics, translate_texts
from jdgen.jobspec.collection import LoadedSpec
from jdgen.labels import LABELS_SOURCE_LANGUAGE, LabelSet
from jdgen.yamlfile.loaded import LoadedFile

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

EVERY_ITEM = "*"
"""In a field's pattern, any item of a list."""

Hidden = frozenset[tuple[str, ...]]
"""Patterns of the fields whose texts no template shows (jdgen.checking.template.hidden_fields)."""


def field_pattern(field: FieldPath) -> tuple[str, ...]:
    """A field's path with any item of a list as ``EVERY_ITEM``."""
    return tuple(EVERY_ITEM if isinstance(part, int) else str(part) for part in field)


def hidden_field(field: FieldPath, hidden: Hidden) -> str | None:
    """The name of the field among ``hidden`` that holds the text at ``field``
    (``tools``, ``indicators.quantitative.name``), or None when it is shown."""
    pattern = field_pattern(field)
    for length in range(1, len(pattern) + 1):
        if pattern[:length] in hidden:
            return ".".join(part for part in pattern[:length] if part != EVERY_ITEM)
    return None


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
                    draft: bool = False, hidden: Hidden = frozenset(),
                    labels_in: SpecTranslation | None = None) -> SpecTranslation:
    """Translate ``entry`` and ``labels`` into ``language``; each gap is a located
    diagnostic: an error, or in a ``draft`` a warning and a marked stand-in.
    A text of the ``hidden`` fields (the spec's, which the template shows
    nowhere: jdgen.checking.template.hidden_fields) needs no translation: its
    gaps are one piece of information, and the text stays as written. The
    labels' part is the same for every spec: ``translate_labels`` (with the
    same ``draft``), or ``labels_in`` where the caller has it already."""
    try:
        catalog = catalogs.get(language)
    except JdgenError as error:
        return SpecTranslation(None, {}, error.diagnostics)
    spec_translator = Translator(language, entry.spec.source_language, catalog, draft)
    translated = Translated(entry.spec, translate_texts(entry.spec, spec_translator))
    not_shown = [gap for gap in spec_translator.gaps if hidden_field(gap.field, hidden)]
    spec_translator.gaps = [gap for gap in spec_translator.gaps if gap not in not_shown]
    labels_in = translate_labels(labels, language, catalogs, draft) if labels_in is None else labels_in
    diagnostics = [
        *gap_diagnostics(spec_translator.gaps, entry.loaded, language, catalogs, draft),
        *labels_in.diagnostics,
        *not_shown_note(not_shown, entry.loaded, language, hidden),
    ]
    lookups = {**labels_in.lookups, **spec_translator.lookups}
    gaps = bool(spec_translator.gaps or labels_in.diagnostics)  # a label's gap is one diagnostic or two
    if gaps and not draft:
        return SpecTranslation(None, labels_in.labels, diagnostics, lookups)
    return SpecTranslation(translated, labels_in.labels, diagnostics, lookups, draft=gaps)


def translate_labels(labels: LabelSet, language: str, catalogs: CatalogFolder, draft: bool = False) -> SpecTranslation:
    """What ``translate_entry`` gives of ``labels`` whatever the spec: the
    labels' texts in ``language`` and their gaps (errors, or in a ``draft``
    warnings and marked stand-ins); ``spec`` is None, the caller's to
    translate. With a spec written in ``language`` (whose own texts a
    Translator returns as written: no gap, no catalog asked), the spec has
    a translation when the labels have no gap (``diagnostics`` empty)."""
    try:
        catalog = catalogs.get(language)
    except JdgenError as error:
        return SpecTranslation(None, {}, error.diagnostics)
    texts, translator = _labels_in(labels, language, catalog, draft)
    return SpecTranslation(None, texts, gap_diagnostics(translator.gaps, labels.loaded, language, catalogs, draft),
                           translator.lookups)


def _labels_in(labels: LabelSet, language: str, catalog: Catalog | None,
               draft: bool = False) -> tuple[dict[str, str], Translator]:
    """The labels' texts in ``language``, and the translator that found their gaps."""
    translator = Translator(language, LABELS_SOURCE_LANGUAGE, catalog, draft)
    return {key: translator(text, (key,)) for key, text in labels.texts.items()}, translator


def not_shown_note(gaps: list[Gap], loaded: LoadedFile, language: str, hidden: Hidden) -> list[Diagnostic]:
    """One piece of information, at the first of ``gaps``, for the untranslated
    texts the template does not show (none without gaps), naming their
    fields among ``hidden``."""
    if not gaps:
        return []
    fields = ", ".join(dict.fromkeys(str(hidden_field(gap.field, hidden)) for gap in gaps))
    return [loaded.diagnostic(gaps[0].field, f"{plural(len(gaps), 'text')} not translated ({language}) and "
                              f"not needed: the template shows no {fields}", level=Level.INFO,
                              code="catalog-not-shown")]

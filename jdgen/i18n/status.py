"""How far the translation of each spec (and of the template's labels) has come.

A text counts as translated when it has an inline translation or a
non-fuzzy, non-empty catalog entry: exactly what a build accepts, because
both ask jdgen.i18n.translate.Translator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jdgen.diagnostics import Diagnostic, FieldPath, Level

if TYPE_CHECKING:  # a status taken from its cache needs none of them
    from babel.messages.catalog import Catalog

    from jdgen.english import English
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.i18n.glossary import Glossary
    from jdgen.i18n.spec_translation import Hidden
    from jdgen.yamlfile.loaded import LoadedFile


@dataclass(slots=True)
class Counts:
    translated: int = 0
    fuzzy: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.missing

    @property
    def complete(self) -> bool:
        return self.translated == self.total

    def percent(self) -> str:
        """Translated share, rounded down: 100% only when nothing is left."""
        if not self.total:
            return "-"
        return f"{self.translated * 100 // self.total}%"

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.translated + other.translated, self.fuzzy + other.fuzzy, self.missing + other.missing)


@dataclass(slots=True)
class Survey:
    """The state of one file's texts in one language."""

    counts: Counts
    gaps: list[Diagnostic] = field(default_factory=list)
    """One error per text without a usable translation (for ``--check``)."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """Inline translations equal to their source; glossary terms not kept."""
    notes: list[Diagnostic] = field(default_factory=list)
    """Information: the untranslated texts no template shows (at most one note)."""
    not_shown: int = 0
    """How many of the texts no template shows are untranslated (not in ``counts``)."""


@dataclass(frozen=True)
class LabelCheck:
    """Which texts of a file the form shows as labels, and the case style they take."""

    english: English
    is_label: Callable[[FieldPath, str], bool]
    """Whether the text at a field, reading so, is a label."""


def condition_name(text_field: FieldPath, _translation: str) -> bool:
    """A spec text the form shows as a label: a working condition's name."""
    return len(text_field) == 4 and text_field[:2] == ("environment", "conditions") and text_field[3] == "name"


def survey(texts: Iterable[tuple[FieldPath, Any]], loaded: LoadedFile, source_language: str, language: str,
           catalog: Catalog | None, catalogs: CatalogFolder, glossary: Glossary,
           labels: LabelCheck | None = None, hidden: Hidden = frozenset()) -> Survey:
    """Resolve every text of a file into ``language`` and count the outcome;
    with ``labels``, warn of an English label not in the project's case style.
    The texts of the ``hidden`` fields (those no template of the file's
    documents shows, jdgen.checking.template.hidden_fields) are needed in no
    language: they are left out of the counts, and those untranslated
    make one note."""
    from jdgen.i18n.spec_translation import hidden_field, not_shown_note
    from jdgen.i18n.translate import Translator, gap_diagnostics

    translator = Translator(language, source_language, catalog)
    unshown = Translator(language, source_language, catalog)
    warnings: list[Diagnostic] = []
    total = 0
    for text_field, text in texts:
        if hidden and hidden_field(text_field, hidden):
            unshown(text, text_field)
            continue
        total += 1
        gaps_before = len(translator.gaps)
        translation = translator(text, text_field)
        if len(translator.gaps) > gaps_before or language == source_language:
            continue
        source = text.get(source_language) if isinstance(text, dict) else text
        if source is None:
            continue
        if isinstance(text, dict) and language in text and str(text[language]).strip() == str(source).strip():
            warnings.append(loaded.diagnostic(
                text_field + (language,),
                f"the inline {language} translation is the same as the source text; "
                "translate it, or remove it to use the catalog",
                text_field, Level.WARNING, code="spec-translation",
            ))
        if labels is not None and language == "en" and labels.is_label(text_field, translation) \
                and labels.english.mismatch(translation):
            warnings.append(loaded.diagnostic(
                text_field,
                f'the English "{translation}" is a label of the form, not in {labels.english.label_case} case '
                f'("{labels.english.cased(translation)}"), as jdgen.toml\'s label_case asks',
                text_field, Level.WARNING, code="label-case",
            ))
        for mismatch in glossary.mismatches(source, translation, source_language, language):
            warnings.append(loaded.diagnostic(
                text_field,
                f"the source has the glossary term '{mismatch.source_term}' but the {language} "
                f"translation lacks '{mismatch.expected}'",
                text_field, Level.WARNING, code="catalog-glossary",
            ))
    fuzzy = sum(1 for gap in translator.gaps if gap.fuzzy)
    counts = Counts(total - len(translator.gaps), fuzzy, len(translator.gaps) - fuzzy)
    return Survey(counts, gap_diagnostics(translator.gaps, loaded, language, catalogs), warnings,
                  not_shown_note(unshown.gaps, loaded, language, hidden), len(unshown.gaps))


@dataclass(frozen=True, slots=True)
class StatusRow:
    language: str
    name: str
    """The spec's path, or ``template labels (<name>)``."""
    counts: Counts
    not_shown: int = 0
    """Untranslated texts no template shows: needed in no document, so not counted."""


HEADER = ("language", "texts", "translated", "fuzzy", "missing", "complete")


def format_table(rows: list[StatusRow]) -> str:
    """An aligned plain-text table, one row per file and language, and a total."""
    total = sum((row.counts for row in rows), Counts())
    lines = [HEADER] + [_cells(row.language, row.name, row.counts) for row in rows]
    lines.append(_cells("total", "", total))
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    text = []
    for line in lines:
        left = [line[i].ljust(widths[i]) for i in (0, 1)]
        right = [line[i].rjust(widths[i]) for i in range(2, len(HEADER))]
        text.append("  ".join(left + right).rstrip())
    return "\n".join(text) + "\n"


def _cells(language: str, name: str, counts: Counts) -> tuple[str, ...]:
    return (language, name, str(counts.translated), str(counts.fuzzy), str(counts.missing), counts.percent())

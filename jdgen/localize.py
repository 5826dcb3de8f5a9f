"""Turn a translated spec into the plain context a template renders: every
text chosen (jdgen.i18n), then formatted for one language (jdgen.context);
a bilingual document stacks two contexts; the document's properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdgen import marks
from jdgen.context import FOOTER_SEPARATOR, build_context
from jdgen.diagnostics import Diagnostic
from jdgen.english import DEFAULT_ENGLISH, English
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.plurals import Forms
from jdgen.i18n.spec_translation import SpecTranslation, translate_entry
from jdgen.jobspec.collection import LoadedSpec
from jdgen.labels import LabelSet, is_heading
from jdgen.language_labels import LanguageLabels
from jdgen.languages import BILINGUAL


@dataclass
class Localized:
    """A spec prepared for one language: its context, or why it has none."""

    context: dict[str, Any] | None
    diagnostics: list[Diagnostic]
    lookups: dict[str, tuple[str, bool] | None] = field(default_factory=dict)
    """The catalog entries consulted (for incremental builds)."""
    draft: bool = False
    """Whether untranslated texts stand in, marked, for their translations."""


def localize(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
             draft: bool = False, english: English = DEFAULT_ENGLISH,
             hidden: frozenset[tuple[str, ...]] = frozenset()) -> Localized:
    """Prepare ``entry`` for ``language``; without a context when a text (of the
    spec or of the labels) has no translation, each gap a diagnostic.

    ``language`` may be a pair such as ``zh+en``: every text then shows both,
    the first language on top (a bilingual document). The texts of the
    ``hidden`` fields, which the template does not show, need no translation.
    """
    return _combined(language, [_localize_one(entry, labels, part, catalogs, draft, english, hidden)
                                for part in language.split(BILINGUAL)])


def localize_each(entry: LoadedSpec, labels: LabelSet, languages: list[str],
                  catalogs: CatalogFolder) -> list[Localized]:
    """``entry`` prepared for each of ``languages`` as ``localize`` prepares
    it, each single language once: a bilingual document stacks the contexts
    of its languages' own (a template's check renders all three)."""
    parts = dict.fromkeys(part for language in languages for part in language.split(BILINGUAL))
    ones = {part: _localize_one(entry, labels, part, catalogs, False, DEFAULT_ENGLISH, frozenset()) for part in parts}
    return [_combined(language, [ones[part] for part in language.split(BILINGUAL)]) for language in languages]


def _combined(language: str, parts: list[Localized]) -> Localized:
    """The spec prepared for ``language`` from its preparations for each of its languages."""
    diagnostics = [diagnostic for part in parts for diagnostic in part.diagnostics]
    lookups = parts[0].lookups if len(parts) == 1 else {
        f"{part_language}:{msgid}": value
        for part_language, part in zip(language.split(BILINGUAL), parts, strict=True)
        for msgid, value in part.lookups.items()
    }
    contexts = [part.context for part in parts if part.context is not None]
    if len(contexts) < len(parts):
        return Localized(None, diagnostics, lookups)
    context = contexts[0]
    for other in contexts[1:]:
        context = stack_contexts(context, other)
    return Localized(context, diagnostics, lookups, any(part.draft for part in parts))


def _localize_one(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
                  draft: bool, english: English, hidden: frozenset[tuple[str, ...]]) -> Localized:
    return localized(translate_entry(entry, labels, language, catalogs, draft, hidden), language, english)


def localized(translation: SpecTranslation, language: str, english: English = DEFAULT_ENGLISH) -> Localized:
    """A spec translated into one ``language`` (jdgen.i18n.spec_translation)
    prepared for it; without a context when a text has no translation."""
    if translation.spec is None:
        return Localized(None, translation.diagnostics, translation.lookups)
    texts = translation.labels
    if language == "en":  # the form's labels in the project's case style
        texts = {key: _cased(english, text) if is_heading(key, text) else text for key, text in texts.items()}
    context = build_context(translation.spec, LanguageLabels(texts, Formatter(language, english)))
    return Localized(context, translation.diagnostics, translation.lookups, translation.draft)


def _cased(english: English, label: str) -> str:
    """A label in the project's case style: each of its plural forms, if it has them."""
    if isinstance(label, Forms):
        return Forms([english.cased(form) for form in label.forms], label.rule)
    return english.cased(label)


_KEEP_FIRST = {"n", "lang", "current"}
"""Context keys a bilingual document takes from its first language: numbering, flags."""


class InLanguages(str):
    """A text of a bilingual document: both languages stacked (the string
    itself), and each language's own as an attribute named by its code, so
    that a template may write ``{{ entry.text.en }}``."""

    @classmethod
    def of(cls, stacked: str, texts: dict[str, str]) -> InLanguages:
        text = cls(stacked)
        text.__dict__.update(texts)
        return text


def stack_contexts(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Merge two contexts of the same spec: each text of ``first`` with the
    matching text of ``second`` under it (an ``InLanguages``)."""
    return _stacked(first, second, "", (first["lang"], second["lang"]))


def _stacked(first: Any, second: Any, key: str, languages: tuple[str, str]) -> Any:
    if key in _KEEP_FIRST:
        return first
    if isinstance(first, dict):
        return {name: _stacked(value, second[name], name, languages) for name, value in first.items()}
    if isinstance(first, list):
        return [_stacked(a, b, "", languages) for a, b in zip(first, second, strict=True)]
    if isinstance(first, str):
        own = dict(zip(languages, (first, second), strict=True))
        if key == "footer":
            second = _without_common_start(first, second)
        return InLanguages.of(marks.stacked(first, second), own)
    return first


def _without_common_start(first: str, second: str) -> str:
    """``second`` without the footer parts it begins with alike (the document
    number), which the bilingual footer shows once, on its first line."""
    first_parts, second_parts = first.split(FOOTER_SEPARATOR), second.split(FOOTER_SEPARATOR)
    common = 0
    while common < min(len(first_parts), len(second_parts)) - 1 and first_parts[common] == second_parts[common]:
        common += 1
    return FOOTER_SEPARATOR.join(second_parts[common:])


def document_properties(context: dict[str, Any], spec: Any, draft: bool = False) -> dict[str, str]:
    """Core properties of the document, all from the spec. The package holds one
    ``dc:language``: a bilingual document names its first language there, and
    its runs carry both (the template's ``w:lang``). A draft says so in its
    status (Word shows it as File › Info › Status)."""
    date = spec.document.effective_date or spec.basic.prepared_on
    return {
        "title": marks.plain(f"{context['labels']['form_title']} · {context['title']}"),
        "subject": spec.id,
        "creator": marks.plain(context["document"]["issuer"]),
        "language": language_tag(context["lang"]),
        "date": date.isoformat() if date else "",
        "status": "Draft" if draft else "",
    }


DRAFT_NOTICE = "DRAFT"
"""The notice of a draft whose template's labels have no ``draft_notice``."""


def draft_notice(context: dict[str, Any]) -> str:
    """The line that heads a draft: what it is and how its gaps are marked."""
    return context["labels"].get("draft_notice", DRAFT_NOTICE)


def language_tag(language: str) -> str:
    """The BCP 47 tag of a language with its most likely region: zh → zh-CN."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language, language).split("_")
    region = next((part for part in likely[1:] if part.isupper() and len(part) == 2), None)
    return f"{language}-{region}" if region else language

"""Turn a translated spec into the plain context a template renders: every
text chosen (jdgen.i18n), then formatted for one language (jdgen.context);
a bilingual document stacks two contexts; the document's properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdgen import marks
from jdgen.context import FOOTER_SEPARATOR, LanguageLabels, build_context
from jdgen.diagnostics import Diagnostic
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.spec_translation import translate_entry
from jdgen.jobspec.collection import LoadedSpec
from jdgen.labels import LabelSet
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
             draft: bool = False, hidden: frozenset[str] = frozenset()) -> Localized:
    """Prepare ``entry`` for ``language``; without a context when a text (of the
    spec or of the labels) has no translation, each gap a diagnostic.

    ``language`` may be a pair such as ``zh+en``: every text then shows both,
    the first language on top (a bilingual document). The texts of the
    ``hidden`` fields, which the template does not show, need no translation.
    """
    parts = [_localize_one(entry, labels, part, catalogs, draft, hidden) for part in language.split(BILINGUAL)]
    diagnostics = [diagnostic for part in parts for diagnostic in part.diagnostics]
    lookups = parts[0].lookups if len(parts) == 1 else {
        f"{part_language}:{msgid}": value
        for part_language, part in zip(language.split(BILINGUAL), parts, strict=True)
        for msgid, value in part.lookups.items()
    }
    if any(part.context is None for part in parts):
        return Localized(None, diagnostics, lookups)
    context = parts[0].context
    for other in parts[1:]:
        context = stack_contexts(context, other.context)
    return Localized(context, diagnostics, lookups, any(part.draft for part in parts))


def _localize_one(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
                  draft: bool, hidden: frozenset[str]) -> Localized:
    translation = translate_entry(entry, labels, language, catalogs, draft, hidden)
    if translation.spec is None:
        return Localized(None, translation.diagnostics, translation.lookups)
    context = build_context(translation.spec, LanguageLabels(translation.labels, Formatter(language)))
    return Localized(context, translation.diagnostics, translation.lookups, translation.draft)


_KEEP_FIRST = {"n", "lang", "current"}
"""Context keys a bilingual document takes from its first language: numbering, flags."""


def stack_contexts(first: Any, second: Any, key: str = "") -> Any:
    """Merge two contexts of the same spec: each text of ``first`` with the
    matching text of ``second`` under it."""
    if key in _KEEP_FIRST:
        return first
    if isinstance(first, dict):
        return {name: stack_contexts(value, second[name], name) for name, value in first.items()}
    if isinstance(first, list):
        return [stack_contexts(a, b) for a, b in zip(first, second, strict=True)]
    if isinstance(first, str):
        if key == "footer":
            second = _without_common_start(first, second)
        return marks.stacked(first, second)
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

"""Choose each text's wording in one language: inline translation first, then
the catalog; anything else is a gap."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from babel.messages.catalog import Catalog
from pydantic import BaseModel

from jdgen import marks
from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, Level
from jdgen.i18n.catalog import CatalogFolder, invalid_translation
from jdgen.i18n.plurals import Forms, PluralRule, is_counted
from jdgen.i18n.po.model import forms_of, header_fields, msgstr_of, plural_id
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.texts import iter_texts
from jdgen.yamlfile.loaded import LoadedFile


@dataclass(frozen=True)
class Gap:
    """A text with no usable translation."""

    field: FieldPath
    source: str
    fuzzy: bool


class Translator:
    """Resolve texts (a string, or a mapping of languages) into ``language``."""

    def __init__(self, language: str, source_language: str, catalog: Catalog | None,
                 draft: bool = False) -> None:
        self.language = language
        self.source_language = source_language
        self.catalog = catalog
        self.draft = draft
        """Stand in for a missing translation with the marked source text."""
        self.gaps: list[Gap] = []
        self.lookups: dict[str, tuple[str, bool] | None] = {}
        """Every catalog entry consulted: msgid → (msgstr, fuzzy), None if absent."""
        self._rule: PluralRule | None = None
        """The catalog's plural rule, read when a text with plural forms needs it."""

    def __call__(self, text: Any, field: FieldPath) -> str:
        """Return ``text`` in the target language; record a gap and return the
        source text (marked, in a draft) when there is no translation.

        A text with plural forms (an entry with ``msgid_plural``, or a list of
        wordings inline) is returned as ``Forms``, which a count chooses from."""
        if isinstance(text, dict):
            if self.language in text:
                wording = inline_wording(text[self.language], self.language)
                return self._counted_forms(text.get(self.source_language), wording, field) or wording
            source = inline_wording(text[self.source_language], self.source_language)
        else:
            source = text
        if self.language == self.source_language:
            return source
        entry = self.lookups[source] = catalog_entry(self.catalog, source)
        if entry is not None and entry[0] and not entry[1]:
            return self._wording(source)
        self.gaps.append(Gap(field, source, fuzzy=entry is not None and entry[1]))
        return marks.draft(source) if self.draft else source


    def _counted_forms(self, source: Any, wording: str, field: FieldPath) -> Forms | None:
        """The catalog's plural forms of a unit written inline (``unit: {zh: 次,
        en: times}``) when its wording is one of them: the figure then
        chooses (1 time, 2 times). None for any other text."""
        if self.catalog is None or self.language == self.source_language or not is_counted(field) or \
                isinstance(wording, Forms) or not isinstance(source, str):
            return None
        message = self.catalog.get(source)
        if message is None or plural_id(message) is None or source in getattr(self.catalog, "invalid", {}):
            return None
        forms = self._wording(source)
        return forms if isinstance(forms, Forms) and wording in forms.forms else None

    def _wording(self, msgid: str) -> str:
        """The catalog's translation of ``msgid``: one text, or its plural forms."""
        assert self.catalog is not None
        message = self.catalog[msgid]
        if plural_id(message) is None:
            return msgstr_of(message)
        if self._rule is None:
            self._rule = PluralRule.from_header(header_fields(self.catalog).get("Plural-Forms"), self.language)
        return Forms(forms_of(message), self._rule)


def inline_wording(wording: str | list[str], language: str) -> str:
    """An inline wording: one text, or a label's plural forms in the language's order."""
    if isinstance(wording, list):
        return Forms(wording, PluralRule.of_language(language))
    return wording


def catalog_entry(catalog: Catalog | None, msgid: str) -> tuple[str, bool] | None:
    """What a catalog says of ``msgid``: its translation and fuzzy flag, or None.

    A translation jdgen cannot use (see jdgen.i18n.po) reads as empty.
    """
    message = catalog.get(msgid) if catalog is not None else None
    if message is None:
        return None
    if msgid in getattr(catalog, "invalid", {}):
        return "", message.fuzzy
    return msgstr_of(message), message.fuzzy


def translate_texts(spec: JobSpec, translator: Translator) -> dict[FieldPath, str]:
    """Every text of ``spec`` in the translator's language, by field path."""
    return {field: translator(text, field) for field, text in iter_texts(spec)}


class Translated:
    """A read-only view of a spec model in which every text reads in one
    language: attribute access returns the translated string of a text field,
    a view of a part, or a list or mapping of either, without copying the model."""

    __slots__ = ("_model", "_texts", "_path")

    def __init__(self, model: BaseModel, texts: dict[FieldPath, str], path: FieldPath = ()) -> None:
        self._model, self._texts, self._path = model, texts, path

    def __getattr__(self, name: str) -> Any:
        return _view(getattr(self._model, name), self._texts, self._path + (name,))


def _view(value: Any, texts: dict[FieldPath, str], path: FieldPath) -> Any:
    if path in texts:
        return texts[path]
    if isinstance(value, BaseModel):
        return Translated(value, texts, path)
    if isinstance(value, list):
        return [_view(item, texts, path + (index,)) for index, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _view(item, texts, path + (key,)) for key, item in value.items()}
    return value


def gap_diagnostics(gaps: list[Gap], loaded: LoadedFile, language: str, catalogs: CatalogFolder,
                    draft: bool = False) -> list[Diagnostic]:
    """One located error per gap: ``untranslated (en)`` or a fuzzy entry to review.
    In a draft they are warnings: the gap is marked in the document instead."""
    diagnostics = []
    level = Level.WARNING if draft else Level.ERROR
    for gap in gaps:
        if gap.fuzzy:
            message = f"translation is fuzzy ({language}); review it in {catalogs.shown_path(language)}"
            diagnostics.append(loaded.diagnostic(gap.field, message, level=level, code="catalog-fuzzy"))
        else:
            message = f"untranslated ({language})"
            diagnostics.append(loaded.diagnostic(gap.field, message, level=level, code="catalog-untranslated"))
        problem = _invalid_entry(catalogs, language, gap.source)
        if problem is not None:
            diagnostics.append(replace(problem, level=level))
    return diagnostics


def _invalid_entry(catalogs: CatalogFolder, language: str, msgid: str) -> Diagnostic | None:
    """The catalog's error about the translation of ``msgid``, if it has one."""
    try:
        return invalid_translation(catalogs.get(language), msgid)
    except JdgenError:
        return None

"""Terminology: ``translations/glossary.yaml``, the key terms and their
translations, so that every text says 客户经理 the same way.

```yaml
terms:
  - {zh: 客户经理, en: Customer Manager}
  - {zh: 贷款, en: loan}
  - {zh: 客户, en: [client, customer]}   # several accepted forms, first preferred
```

A term applies to a text whose source contains it (in the text's source
language); the text's translation should then contain one of the term's
forms in the target language, compared without regard to case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError
from jdgen.languages import is_language_code
from jdgen.yamlfile.loaded import LoadedFile
from jdgen.yamlfile.reader import read_yaml

GLOSSARY_FILE = "glossary.yaml"
_EXAMPLE = "{zh: 客户经理, en: Customer Manager}"


@dataclass(frozen=True)
class Term:
    """One glossary entry: the accepted forms of the term in each language."""

    forms: dict[str, tuple[str, ...]]
    field: FieldPath


@dataclass(frozen=True)
class TermMismatch:
    """A translation lacking the glossary's translation of a term of its source."""

    source_term: str
    expected: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()
    path: str | None = None

    @classmethod
    def load(cls, folder: Path, shown_folder: str) -> Glossary:
        """Read ``folder/glossary.yaml``; an empty glossary when there is none.

        Raises JdgenError with every problem of the file, each located.
        """
        path = folder / GLOSSARY_FILE
        if not path.is_file():
            return cls()
        loaded = read_yaml(path, f"{shown_folder}/{GLOSSARY_FILE}")
        terms, diagnostics = _validate(loaded)
        diagnostics = list(loaded.diagnostics) + diagnostics
        if diagnostics:
            raise JdgenError(diagnostics)
        return cls(tuple(terms), loaded.path)

    def mismatches(self, source: str, translation: str, source_language: str,
                   language: str) -> list[TermMismatch]:
        """The terms of ``source`` whose translation ``translation`` lacks."""
        if not self.terms:
            return []
        found = []
        source_folded, translation_folded = source.casefold(), translation.casefold()
        for term in self.terms:
            if source_language not in term.forms or language not in term.forms:
                continue
            used = next((form for form in term.forms[source_language] if form.casefold() in source_folded), None)
            if used is None:
                continue
            if not any(form.casefold() in translation_folded for form in term.forms[language]):
                found.append(TermMismatch(used, term.forms[language][0]))
        return found


def _validate(loaded: LoadedFile) -> tuple[list[Term], list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []

    def problem(field: FieldPath, message: str, *, key: bool = False) -> None:
        diagnostics.append(loaded.diagnostic(field, message, key=key, code="glossary-invalid"))

    data = loaded.data
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        problem((), f"the glossary is a mapping with a 'terms' list, e.g. terms: [{_EXAMPLE}]")
        return [], diagnostics
    for key in data:
        if key != "terms":
            problem((key,), f"unknown field {key!r}; the glossary has only 'terms'", key=True)
    terms: list[Term] = []
    first_seen: dict[tuple[str, str], FieldPath] = {}
    for index, item in enumerate(data["terms"]):
        field: FieldPath = ("terms", index)
        if not isinstance(item, dict):
            problem(field, f"expected a mapping of languages to the term, e.g. {_EXAMPLE}")
            continue
        forms: dict[str, tuple[str, ...]] = {}
        for language, value in item.items():
            here = field + (language,)
            if not isinstance(language, str) or not is_language_code(language):
                problem(here, f"{language!r} is not a language code such as zh or en", key=True)
                continue
            values = value if isinstance(value, list) else [value]
            if not values or not all(isinstance(v, str) and v.strip() for v in values):
                problem(here, "expected the term (a non-empty text) or a list of its accepted forms")
                continue
            forms[language] = tuple(v.strip() for v in values)
        if len(item) < 2:
            problem(field, f"a term needs at least two languages, e.g. {_EXAMPLE}")
            continue
        if len(forms) < len(item):
            continue
        for language, accepted in forms.items():
            for value in accepted:
                earlier = first_seen.setdefault((language, value.casefold()), field + (language,))
                if earlier != field + (language,):
                    problem(field + (language,),
                            f"{value!r} is already in the glossary, on line {loaded.position_of(earlier).line};"
                            " give synonyms as a list in one term, e.g. {zh: [客户, 顾客], en: customer}")
        terms.append(Term(forms, field))
    return terms, diagnostics

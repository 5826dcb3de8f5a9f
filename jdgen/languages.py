"""Language codes as the command line and the project settings take them:
``zh``, ``en``, and one bilingual pair such as ``zh+en``. The one definition
of a language code: the spec model, the glossary, translators' files and the
command line all use it."""

from __future__ import annotations

import re

BILINGUAL = "+"
"""Joins the languages of a bilingual document: ``zh+en``."""
LANGUAGE_CODE_PATTERN = r"^[a-z]{2,3}$"
"""A lower-case ISO 639 code such as ``zh`` or ``en`` (as a JSON Schema pattern)."""
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def is_language_code(text: object) -> bool:
    """Whether ``text`` is a language code such as ``zh`` or ``en``."""
    return isinstance(text, str) and _LANGUAGE_CODE.fullmatch(text) is not None


def is_known_language(code: str) -> bool:
    """Whether ``code`` names a language Unicode's locale data (through Babel)
    has: dates, numbers and lists can be written in it. Chinese and English,
    the languages of the built-in forms, are known without loading Babel."""
    if code in ("zh", "en"):
        return True
    from babel import localedata

    return localedata.exists(code)


def parse_languages(parts: list[str]) -> list[str]:
    """Validate language codes, each one a language jdgen can write; raise
    ValueError naming the first bad one."""
    languages = [part.strip() for part in parts if part.strip()]
    for language in languages:
        if not is_language_code(language):
            raise ValueError(f"{language!r} is not a language code such as zh or en")
        if not is_known_language(language):
            raise ValueError(f"{language!r} is not a language jdgen knows (a two- or three-letter code such as "
                             "zh, en or fr)")
    if not languages:
        raise ValueError("name at least one language")
    return list(dict.fromkeys(languages))


def parse_outputs(parts: list[str]) -> list[str]:
    """Validate the documents to produce: languages and at most one bilingual pair."""
    outputs = [part.strip() for part in parts if part.strip()]
    pairs = [output for output in outputs if BILINGUAL in output]
    if len(pairs) > 1:
        raise ValueError("name at most one bilingual pair (it is written to bilingual/)")
    for pair in pairs:
        if pair.count(BILINGUAL) != 1:
            raise ValueError(f"{pair!r}: a bilingual document pairs two languages, such as zh+en")
        parse_languages(pair.split(BILINGUAL))
    singles = [output for output in outputs if BILINGUAL not in output]
    if singles or not pairs:
        parse_languages(singles)  # names at least one, unless a pair is named
    return list(dict.fromkeys(outputs))


def single_languages(outputs: list[str]) -> list[str]:
    """The languages of ``outputs``, each pair taken apart: ``zh, en, zh+en`` → ``zh, en``."""
    return list(dict.fromkeys(language for output in outputs for language in output.split(BILINGUAL)))

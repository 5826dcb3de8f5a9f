"""Language codes as the command line and the project settings take them:
``zh``, ``en``, and one bilingual pair such as ``zh+en``."""

from __future__ import annotations

from jdgen.output import BILINGUAL


def parse_languages(parts: list[str]) -> list[str]:
    """Validate language codes; raise ValueError naming the first bad one."""
    languages = [part.strip() for part in parts if part.strip()]
    for language in languages:
        if not language.isalpha() or not 2 <= len(language) <= 3 or not language.islower():
            raise ValueError(f"{language!r} is not a language code such as zh or en")
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
    parse_languages([output for output in outputs if BILINGUAL not in output] or ["zh"])
    return list(dict.fromkeys(outputs))


def single_languages(outputs: list[str]) -> list[str]:
    """The languages of ``outputs``, each pair taken apart: ``zh, en, zh+en`` → ``zh, en``."""
    return list(dict.fromkeys(language for output in outputs for language in output.split(BILINGUAL)))

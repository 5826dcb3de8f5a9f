"""A template's form labels (``labels.yaml``): section and field names, and
the patterns that put values into sentences.

The built-in template's labels declare every key (the context and the
built-in form look them up) and the placeholders of each pattern. A
project's template may leave a key out (the built-in wording stands in, with
a warning), add keys of its own for its own form (a warning, in case of a
typo), and word each pattern as it likes, with the declared placeholders
only (another is an error: it would be printed as it is)."""

from __future__ import annotations

import difflib
import functools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from annotated_types import Len
from pydantic import TypeAdapter, ValidationError

from jdgen import defaults
from jdgen.diagnostics import Diagnostic, JdgenError, Level
from jdgen.jobspec.model import LanguageCode, PlainText
from jdgen.project import PACKAGED_TEMPLATES, TEMPLATE_FILE
from jdgen.yamlfile.loaded import LoadedFile
from jdgen.yamlfile.reader import read_yaml
from jdgen.yamlfile.validation import ErrorCodes, pydantic_diagnostic

LABELS_FILE = "labels.yaml"
LABELS_SOURCE_LANGUAGE = "zh"
DECLARING_TEMPLATE = PACKAGED_TEMPLATES / defaults.TEMPLATE
"""The built-in template, whose labels declare every key and its placeholders."""
_Forms = Annotated[list[PlainText], Len(min_length=1)]
"""A counted label's wordings in one language: its plural forms, in the order
of the language's ``Plural-Forms`` (English: one, then other)."""
_LABELS = TypeAdapter(dict[str, PlainText | dict[LanguageCode, PlainText | _Forms]])
_PLACEHOLDER = re.compile(r"\{(\w*)\}")

LabelTexts = dict[str, str | dict[str, str | list[str]]]


@dataclass(frozen=True)
class LabelSet:
    """The labels of one template, each a text in one or more languages."""

    loaded: LoadedFile
    texts: LabelTexts
    warnings: list[Diagnostic] = field(default_factory=list, compare=False)
    """Keys the file lacks (the built-in wording stands in) or that are not declared."""

    @classmethod
    def load(cls, template_folder: Path, shown_folder: str) -> LabelSet:
        """Read ``labels.yaml``, with the built-in wording for each declared key
        it lacks; raise JdgenError with every problem in it."""
        loaded, texts = _read(template_folder, shown_folder)
        if template_folder.resolve() == DECLARING_TEMPLATE.resolve():
            return cls(loaded, texts)
        declared = declared_labels()
        own = template_label_keys(template_folder / TEMPLATE_FILE)
        problems = _undeclared(loaded, texts, declared, own) + _wrong_placeholders(loaded, texts, declared)
        errors = [problem for problem in problems if problem.level is Level.ERROR]
        if errors:
            raise JdgenError(errors)
        missing = [key for key in declared if key not in texts]
        warnings = [problem for problem in problems if problem.level is Level.WARNING]
        if missing:
            warnings.append(Diagnostic(
                loaded.path, None, f"{_listed(missing)} missing: the built-in wording is used; add "
                f"{'it' if len(missing) == 1 else 'them'} to word {'it' if len(missing) == 1 else 'them'} "
                "your own way", level=Level.WARNING, code="labels-key"))
        return cls(loaded, {**{key: declared[key] for key in missing}, **texts}, warnings)


def _read(template_folder: Path, shown_folder: str) -> tuple[LoadedFile, LabelTexts]:
    loaded = read_yaml(template_folder / LABELS_FILE, f"{shown_folder}/{LABELS_FILE}")
    diagnostics = list(loaded.diagnostics)
    texts: LabelTexts = {}
    try:
        texts = _LABELS.validate_python(loaded.data)
    except ValidationError as error:
        codes = ErrorCodes.one(code="labels-invalid")
        diagnostics += [pydantic_diagnostic(item, loaded, codes) for item in error.errors()]
    if diagnostics:
        raise JdgenError(diagnostics)
    return loaded, texts


@functools.cache
def declared_labels() -> LabelTexts:
    """Every label key, with the built-in wording: those of the built-in template."""
    return _read(DECLARING_TEMPLATE, f"<built-in template {defaults.TEMPLATE}>")[1]


SENTENCES = frozenset({"draft_notice"})
"""Label keys whose wording is a sentence, not a label: no case style applies."""


def is_heading(key: str, wording: str) -> bool:
    """Whether a label's wording names a part of the form (its case style is
    the project's): no sentence; a pattern to fill in only when it starts as
    a label does, with a capital (``Scoring formula: {formula}``), not with a
    placeholder or a word of a phrase (``at least {value}``, ``{n} people``)."""
    return key not in SENTENCES and (not _PLACEHOLDER.search(wording) or wording[:1].isupper())


@functools.cache
def counted_labels() -> frozenset[str]:
    """The labels filled in with a count: those whose built-in wording gives
    plural forms (a list) in some language. Their catalog entries have plural forms."""
    return frozenset(key for key, text in declared_labels().items()
                     if isinstance(text, dict) and any(isinstance(wording, list) for wording in text.values()))


def source_wording(text: str | dict[str, str | list[str]]) -> str:
    """A label's wording in the labels' source language (the catalog's msgid)."""
    wording = text[LABELS_SOURCE_LANGUAGE] if isinstance(text, dict) else text
    return wording[0] if isinstance(wording, list) else wording


_LABEL_TAG = re.compile(r"""\blabels\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])""")
_XML_TAG = re.compile(r"<[^>]*>")


def template_label_keys(form: Path) -> frozenset[str]:
    """The label keys the tags of the Word template ``form`` read
    (``labels.shift``, ``labels['shift']``), in its body, headers and
    footers, however Word split the tags into runs; none when it cannot be read."""
    return frozenset(template_label_order(form))


def template_label_order(form: Path) -> tuple[str, ...]:
    """The label keys the tags of the Word template ``form`` read, each
    once, in the order of their first use: in the body, then in the footers
    and headers; none when it cannot be read."""
    try:
        with zipfile.ZipFile(form) as package:
            text = "".join(_XML_TAG.sub("", package.read(name).decode("utf-8")) for name in sorted(package.namelist())
                           if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name))
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return ()
    return tuple(dict.fromkeys(attribute or item for attribute, item in _LABEL_TAG.findall(text)))


def _undeclared(loaded: LoadedFile, texts: LabelTexts, declared: LabelTexts, own: frozenset[str]) -> list[Diagnostic]:
    """A warning for each key neither jdgen nor the template's own tags use: a typo."""
    problems = []
    for key in texts:
        if key not in declared and key not in own:
            close = difflib.get_close_matches(key, list(declared), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(loaded.diagnostic(
                (key,), f"'{key}' is no label of jdgen's{hint}, and the template's tags do not use it",
                level=Level.WARNING, code="labels-key", key=True))
    return problems


def _wrong_placeholders(loaded: LoadedFile, texts: LabelTexts, declared: LabelTexts) -> list[Diagnostic]:
    """An error for each placeholder a pattern has that its declared key does not fill."""
    problems = []
    for key, text in texts.items():
        if key not in declared:
            continue
        allowed = _placeholders(declared[key])
        for at, wording in _wordings(key, text):
            for name in sorted(set(_PLACEHOLDER.findall(wording)) - allowed):
                fills = ", ".join(f"{{{known}}}" for known in sorted(allowed)) or "no placeholder"
                problems.append(loaded.diagnostic(
                    at, f"{{{name}}} is not filled in for '{key}': it takes {fills}", (key,),
                    code="labels-placeholder"))
    return problems


def _placeholders(text: str | dict[str, str | list[str]]) -> set[str]:
    wordings = text.values() if isinstance(text, dict) else [text]
    return {name for wording in wordings for form in _forms(wording) for name in _PLACEHOLDER.findall(form)}


def _wordings(key: str, text: str | dict[str, str | list[str]]) -> list[tuple[tuple[str | int, ...], str]]:
    """Each wording of a label with where it is: ``(key, language[, form])``."""
    if not isinstance(text, dict):
        return [((key,), text)]
    return [((key, language) if isinstance(wording, str) else (key, language, index), form)
            for language, wording in text.items()
            for index, form in enumerate(_forms(wording))]


def _forms(wording: str | list[str]) -> list[str]:
    return wording if isinstance(wording, list) else [wording]


def _listed(keys: list[str]) -> str:
    quoted = [f"'{key}'" for key in keys]
    return f"the label {quoted[0]} is" if len(keys) == 1 else f"the labels {', '.join(quoted)} are"

"""A catalog as jdgen keeps it: Babel's Catalog, with its header entry as
written and the translations no document can hold."""

from __future__ import annotations

import re

from babel.core import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message

from jdgen import characters
from jdgen.diagnostics import Diagnostic

FUZZY = "fuzzy"
ISOLATE_START, ISOLATE_END = "\u2068", "\u2069"
"""GNU gettext writes a file name with spaces between these (FSI … PDI)."""
_UNFIT_TRANSLATION = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\ufffe\\uffff{characters.RESERVED}]")


class PoCatalog(Catalog):
    """A Babel catalog that also keeps its header entry as written, and knows
    which of its translations jdgen cannot use.

    ``header`` is the header entry's msgstr and ``header_comments`` the
    comment lines above it, exactly as read; None (a catalog made in
    memory) means Babel's default header.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.header: str | None = None
        self.header_comments: list[str] | None = None
        self.invalid: dict[str, Diagnostic] = {}
        """msgid → the error that makes its translation unusable (a line
        break, a control character, one of jdgen's marks, or blank), located
        at the character; the entry counts as untranslated."""


def new_catalog(language: str | None, project: str) -> PoCatalog:
    """An empty catalog for ``language`` with Babel's default header, fixed now."""
    catalog = PoCatalog(locale=locale(language), project=project, fuzzy=False)
    catalog.header_comments = catalog.header_comment.splitlines()
    catalog.header = _default_header(catalog)
    if language and catalog.locale is None:
        set_header_field(catalog, "Language", language)
    return catalog


def locale(language: str | None) -> Locale | None:
    if not language:
        return None
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _default_header(catalog: Catalog) -> str:
    return "".join(f"{name}: {value.strip()}\n" for name, value in catalog.mime_headers)


def header_text(catalog: Catalog) -> str:
    """The header entry's msgstr: as read, else Babel's default for the catalog."""
    header = getattr(catalog, "header", None)
    if header is None:
        return _default_header(catalog)
    return header


def header_fields(catalog: Catalog) -> dict[str, str]:
    """The header's fields, name → value (the first of a repeated name)."""
    fields: dict[str, str] = {}
    for line in header_text(catalog).split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip(), value.strip())
    return fields


def set_header_field(catalog: PoCatalog, name: str, value: str) -> None:
    """Set one header field, in place if the header has it, else at its end;
    every other byte of the header stays as it was."""
    text = header_text(catalog)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.partition(":")[0].strip().lower() == name.lower():
            lines[index] = f"{name}: {value}"
            catalog.header = "\n".join(lines)
            return
    if text and not text.endswith("\n"):
        text += "\n"
    catalog.header = f"{text}{name}: {value}\n"


# -- reading --------------------------------------------------------------------

def msgid_of(message: Message) -> str:
    """A message's msgid: of an entry with plural forms, its singular (the catalog's key)."""
    text = message.id
    return text[0] if isinstance(text, (list, tuple)) else text


def plural_id(message: Message) -> str | None:
    """The msgid_plural of an entry with plural forms, None for any other."""
    text = message.id
    return text[1] if isinstance(text, (list, tuple)) else None


def forms_of(message: Message) -> tuple[str, ...]:
    """A message's translation as its forms: one, or the plural forms in order."""
    text = message.string
    if isinstance(text, (list, tuple)):
        return tuple(form or "" for form in text)
    return (text or "",)


def msgstr_of(message: Message) -> str:
    """A message's translation, '' when it has none; of an entry with plural
    forms, its forms one per line ('' when one is missing)."""
    forms = forms_of(message)
    return "\n".join(forms) if all(forms) else ""


def unusable(message: Message) -> tuple[int, str] | None:
    """Why a translation cannot stand in a document: (character index, reason), or None."""
    for text in forms_of(message):
        problem = _unusable_text(text)
        if problem is not None:
            return problem
    return None


def _unusable_text(text: str) -> tuple[int, str] | None:
    if not text:
        return None
    if not text.strip():
        return 0, "is blank"
    found = _UNFIT_TRANSLATION.search(text)
    if found is None:
        return None
    char = found.group()
    if char == "\n":
        kind = "has a line break"
        reason = "; a text is one line (in Excel, Alt+Enter makes a line break)"
    else:
        name, reason = characters.kind(char)
        kind = f"has the {name} U+{ord(char):04X}"
    return found.start(), f"{kind} at character {found.start() + 1}{reason}"


def unusable_translation(text: str) -> str | None:
    """Why ``text`` cannot be a translation, or None when it can."""
    problem = unusable(Message("x", text))
    return problem[1] if problem else None


def shorten(text: str, room: int = 40) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= room else text[: room - 1] + "…"

"""Take a translator's work back into a catalog: the rules of an import
(what counts as a change, what is refused), whichever file it came in.

The file is read by jdgen.i18n.translator_file (PO) or jdgen.i18n.workbook (xlsx).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from jdgen.diagnostics import Diagnostic, Level, Position
from jdgen.i18n.catalog import FUZZY, entry_status
from jdgen.i18n.memory import SUGGESTION_PREFIX, without_suggestion
from jdgen.i18n.plurals import PluralRule
from jdgen.i18n.po.model import forms_of, header_fields, msgid_of, msgstr_of, plural_id
from jdgen.i18n.translator_file import Incoming, TranslatorFile, read_po_file
from jdgen.i18n.workbook import read_xlsx


def read_translator_file(path: Path, shown: str) -> TranslatorFile:
    """Read a .po or .xlsx file from a translator; raise JdgenError if unreadable."""
    return read_xlsx(path, shown) if path.suffix.lower() == ".xlsx" else read_po_file(path, shown)


@dataclass(frozen=True)
class Change:
    msgid: str
    kind: str
    """``translated`` (was empty), ``changed``, ``confirmed`` (fuzzy flag
    cleared, wording kept), ``marked fuzzy``, ``notes``."""
    translation: str
    before: str = ""
    reviewed: bool = False
    """A new translation that also cleared the fuzzy flag."""

    def format(self) -> str:
        reviewed = " (no longer fuzzy)" if self.reviewed else ""
        if self.kind == "translated":
            return f'translated    "{self.msgid}" → "{self.translation}"{reviewed}'
        if self.kind == "changed":
            return f'changed       "{self.msgid}" → "{self.translation}" (was "{self.before}"){reviewed}'
        if self.kind == "confirmed":
            return f'confirmed     "{self.msgid}" → "{self.translation}" (no longer fuzzy)'
        if self.kind == "marked fuzzy":
            return f'marked fuzzy  "{self.msgid}"'
        return f'notes         "{self.msgid}"'


def merge_translations(catalog: Catalog, incoming: Iterable[Incoming], shown: str,
                       catalog_shown: str) -> tuple[list[Change], list[Diagnostic]]:
    """Take a translator's work into ``catalog``; return what changed.

    From a workbook, only what the translator changed since the export counts
    (the hidden "exported" columns hold the exported state), so importing
    the same file twice, or an older one, undoes nothing:

    - a translation typed into the cell replaces the catalog's and clears the
      fuzzy flag (filling in the cell is the review), unless the translator
      also set the status to ``fuzzy``;
    - a status changed to ``translated`` confirms a fuzzy entry as it stands,
      one changed to ``fuzzy`` marks it for review;
    - notes replace the entry's translator comments.

    From a PO file, each entry is taken as it stands: its translation and
    fuzzy flag (a PO editor clears the flag when the translator confirms).

    An empty translation never erases one (it is reported); an entry whose
    source is not in the catalog (its spec changed since the export) is
    reported, not dropped silently.
    """
    changes: list[Change] = []
    diagnostics: list[Diagnostic] = []
    seen: dict[str, Position] = {}

    def warn(position: Position, text: str) -> None:
        diagnostics.append(Diagnostic(shown, position, text, level=Level.WARNING, code="catalog-exchange"))

    for entry in incoming:
        new = entry.message
        key = msgid_of(new)
        if key in seen:
            warn(entry.position, f'"{key}" appears again (first on line {seen[key].line}); this one is ignored')
            continue
        seen[key] = entry.position
        message = catalog.get(key)
        if message is None:
            warn(entry.position, f'"{key}" is not in {catalog_shown} (its text changed or is no longer '
                                 "used; run jdgen translate update, then export again); not imported")
            continue
        forms = [form.strip() for form in forms_of(new)]
        if (plural_id(new) is None) != (plural_id(message) is None):
            warn(entry.position, f'"{key}" has plural forms in {"this file" if plural_id(new) else catalog_shown} '
                                 "only (the catalog changed since the export; export again); not imported")
            continue
        if plural_id(message) is not None and any(forms) and len(forms) != _form_count(catalog):
            warn(entry.position, f'"{key}" needs {_form_count(catalog)} forms, one a line, and has {len(forms)}; '
                                 "not imported")
            continue
        translation = "\n".join(forms) if all(forms) else ""
        if not translation:
            if msgstr_of(message):
                warn(entry.position, f'"{key}" has no translation here; the catalog keeps "{msgstr_of(message)}"')
            continue
        if entry.workbook:
            base = entry.exported or message
            text_edited = translation != (base.string or "")
            status_edited = entry.status in ("translated", "fuzzy") and entry.status != entry_status(base)
            text = translation if text_edited else None
            fuzzy = entry.status == "fuzzy" if status_edited else (False if text_edited else None)
            notes = without_suggestion(new.user_comments) if entry.notes_given else None
            if notes is not None and notes == without_suggestion(base.user_comments):
                notes = None
        else:
            text, fuzzy, notes = translation, new.fuzzy, without_suggestion(new.user_comments)
        if notes is not None and notes != without_suggestion(message.user_comments):
            kept = [c for c in message.user_comments if c.startswith(SUGGESTION_PREFIX)]
            message.user_comments = notes + kept
            changes.append(Change(key, "notes", msgstr_of(message)))
        before = msgstr_of(message)
        text_changed = text is not None and text != before
        reviewed = fuzzy is False and message.fuzzy
        if text is not None and text_changed:
            message.string = tuple(text.split("\n")) if plural_id(message) is not None else text
            changes.append(Change(key, "changed" if before else "translated", text, before, reviewed))
        if fuzzy is not None and fuzzy != message.fuzzy:
            if fuzzy:
                message.flags.add(FUZZY)
                changes.append(Change(key, "marked fuzzy", msgstr_of(message)))
            else:
                message.flags.discard(FUZZY)
                message.previous_id = []
                message.user_comments = without_suggestion(message.user_comments)
                if not text_changed:
                    changes.append(Change(key, "confirmed", msgstr_of(message)))
    return changes, diagnostics


def _form_count(catalog: Catalog) -> int:
    """How many plural forms the catalog's language has (its ``Plural-Forms``, else CLDR's rule)."""
    return PluralRule.from_header(header_fields(catalog).get("Plural-Forms"), str(catalog.locale or "")).count

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
from jdgen.i18n.po.model import msgstr_of
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
        if not isinstance(new.id, str):
            continue
        if new.id in seen:
            warn(entry.position, f'"{new.id}" appears again (first on line {seen[new.id].line}); '
                                 "this one is ignored")
            continue
        seen[new.id] = entry.position
        message = catalog.get(new.id)
        if message is None:
            warn(entry.position, f'"{new.id}" is not in {catalog_shown} (its text changed or is no longer '
                                 "used; run jdgen translate update, then export again); not imported")
            continue
        translation = new.string.strip() if isinstance(new.string, str) else ""
        if not translation:
            if message.string:
                warn(entry.position, f'"{new.id}" has no translation here; the catalog keeps "{message.string}"')
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
            changes.append(Change(new.id, "notes", msgstr_of(message)))
        before = msgstr_of(message)
        text_changed = text is not None and text != before
        reviewed = fuzzy is False and message.fuzzy
        if text is not None and text_changed:
            message.string = text
            changes.append(Change(new.id, "changed" if before else "translated", text, before, reviewed))
        if fuzzy is not None and fuzzy != message.fuzzy:
            if fuzzy:
                message.flags.add(FUZZY)
                changes.append(Change(new.id, "marked fuzzy", msgstr_of(message)))
            else:
                message.flags.discard(FUZZY)
                message.previous_id = []
                message.user_comments = without_suggestion(message.user_comments)
                if not text_changed:
                    changes.append(Change(new.id, "confirmed", msgstr_of(message)))
    return changes, diagnostics

"""Write a catalog as PO text, as GNU gettext would and byte for byte as
read: no line wrapping, no format flags."""

from __future__ import annotations

import re

from babel.messages.catalog import Catalog, Message

from jdgen.i18n.po.model import (
    FUZZY,
    ISOLATE_END,
    ISOLATE_START,
    forms_of,
    header_text,
    msgid_of,
    msgstr_of,
    plural_id,
)

_WRITE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
                  "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_TRAILING_BACKSLASH = re.compile(r"\\ *$")


def write_po(catalog: Catalog) -> bytes:
    """The catalog as PO text: the header as read, then every entry in catalog
    order, then the obsolete ones; no line wrapping, no format flags."""
    lines: list[str] = []
    comments = getattr(catalog, "header_comments", None)
    if comments is None:
        comments = catalog.header_comment.splitlines()
        if catalog.fuzzy:
            comments.append("#, fuzzy")
    lines += comments
    lines.append('msgid ""')
    lines += _string_lines("msgstr", header_text(catalog), "")
    lines.append("")
    for message in catalog:
        if message.id:
            lines += _entry_lines(message, obsolete=False)
    for message in catalog.obsolete.values():
        lines += _entry_lines(message, obsolete=True)
    return ("\n".join(lines) + "\n").encode("utf-8")


def written_flags(message: Message) -> list[str]:
    """The flags jdgen writes: fuzzy first, then the rest sorted, never a format flag."""
    flags = sorted(flag for flag in message.flags if flag != FUZZY and not flag.endswith("-format"))
    return ([FUZZY] if FUZZY in message.flags else []) + flags


def _entry_lines(message: Message, obsolete: bool) -> list[str]:
    lines = [_comment("#", comment) for comment in message.user_comments for comment in comment.split("\n")]
    lines += [_comment("#.", comment) for comment in message.auto_comments for comment in comment.split("\n")]
    lines += [_guard_backslash(f"#: {_reference(path, line)}") for path, line in message.locations]
    flags = written_flags(message)
    if flags:
        lines.append(_guard_backslash("#, " + ", ".join(flags)))
    previous = message.previous_id
    if previous:
        prefix = "#~| " if obsolete else "#| "
        previous_id = previous[0] if isinstance(previous, (list, tuple)) else previous
        lines += _string_lines(prefix + "msgid", previous_id, prefix)
    prefix = "#~ " if obsolete else ""
    lines += _string_lines(prefix + "msgid", msgid_of(message), prefix)
    plural = plural_id(message)
    if plural is None:
        lines += _string_lines(prefix + "msgstr", msgstr_of(message), prefix)
    else:
        lines += _string_lines(prefix + "msgid_plural", plural, prefix)
        for index, form in enumerate(forms_of(message)):
            lines += _string_lines(f"{prefix}msgstr[{index}]", form, prefix)
    lines.append("")
    return lines


def _comment(prefix: str, text: str) -> str:
    return _guard_backslash(f"{prefix} {text}" if text else prefix)


def _guard_backslash(line: str) -> str:
    """GNU gettext joins a line ending in a backslash with the next one, even
    a comment: such a line gets one more space, which the reader removes."""
    return line + " " if _TRAILING_BACKSLASH.search(line) else line


def _reference(path: str, line: int | None) -> str:
    if any(char.isspace() for char in path):
        path = f"{ISOLATE_START}{path}{ISOLATE_END}"
    return f"{path}:{line}" if line is not None else path


def _string_lines(keyword: str, text: str, prefix: str) -> list[str]:
    """``keyword "text"``, or for a text with inner line breaks, ``keyword ""``
    then one quoted line per line of the text (as GNU gettext writes it)."""
    pieces = text.split("\n")
    pieces = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    if len(pieces) <= 1:
        return [f'{keyword} "{_escape(text)}"']
    return [f'{keyword} ""'] + [f'{prefix}"{_escape(piece)}"' for piece in pieces]


def _escape(text: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda match: _WRITE_ESCAPES.get(match.group(), f"\\{ord(match.group()):03o}"), text)

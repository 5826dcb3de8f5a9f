"""What a document's internal links need of its bookmarks, read from its XML:
every hyperlink anchor and every PAGEREF or REF field names a bookmark of
the document; each bookmark's name is unique, of at most 40 characters, a
letter or underscore then letters, digits or underscores (what Word and
LibreOffice keep as they are); each start has its end, ids unique."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
REFERENCE = re.compile(r"^\s*(?:PAGEREF|REF)\s+(\S+)")


def field_targets(body: etree._Element) -> list[str]:
    """The bookmark each PAGEREF or REF field names, complex or simple."""
    targets = []
    for instruction in body.iter(f"{W}instrText"):
        found = REFERENCE.match(instruction.text or "")
        if found:
            targets.append(found.group(1))
    for simple in body.iter(f"{W}fldSimple"):
        found = REFERENCE.match(simple.get(f"{W}instr", ""))
        if found:
            targets.append(found.group(1))
    return targets


def anchor_problems(document_xml: bytes) -> list[str]:
    """Each way the links and bookmarks of ``word/document.xml`` break the rules above."""
    body = etree.fromstring(document_xml)
    starts = list(body.iter(f"{W}bookmarkStart"))
    names = Counter(start.get(f"{W}name") for start in starts)
    problems = [f"bookmark {name!r} appears {count} times" for name, count in names.items() if count > 1]
    problems += [f"bookmark name {name!r} is not a valid name of at most 40 characters"
                 for name in names if not NAME.fullmatch(name or "")]
    ids = Counter(start.get(f"{W}id") for start in starts)
    problems += [f"bookmark id {identifier} is used {count} times" for identifier, count in ids.items() if count > 1]
    ends = Counter(end.get(f"{W}id") for end in body.iter(f"{W}bookmarkEnd"))
    problems += [f"bookmark id {identifier} has {ends[identifier]} ends" for identifier in ids if ends[identifier] != 1]
    problems += [f"bookmark end {identifier} has no start" for identifier in ends if identifier not in ids]
    for start in starts:
        if start.getparent().tag != f"{W}p":
            problems.append(f"bookmark {start.get(f'{W}name')!r} is not in a paragraph")
    anchors = [link.get(f"{W}anchor") for link in body.iter(f"{W}hyperlink") if link.get(f"{W}anchor")]
    problems += [f"a link to {target!r}, which no bookmark names"
                 for target in sorted(set(anchors + field_targets(body))) if target not in names]
    return problems

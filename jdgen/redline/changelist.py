"""The list of a redline's changes that ``jdgen diff --summary`` puts at the
top of each redline: one line per changed field, in the document's
language, so a reviewer sees at a glance what to look for.

It is not a tracked change (one that both Accept All and Reject All
remove does not exist in Word's model short of text inserted and deleted
at once, which reads as struck out): it is a content control of its own
(``w:sdt`` tagged ``TAG``) above the form, titled as not part of the
document, that a reviewer removes in one click. Accept and Reject All
leave it; what they give below it is the new or the old document.
"""

from __future__ import annotations

from lxml import etree

from jdgen.languages import BILINGUAL
from jdgen.redline.named_changes import NamedChange

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TAG = "jdgen-changes"
"""The content control's tag, by which readers (and tests) find it."""
SHOWN = 60
"""At most this many characters of a text are quoted."""

PHRASES = {
    "zh": {
        "name": "更改列表", "title": "本修订稿的更改（{count}项；此列表不属于文件内容，审阅后可删除）",
        "changed": "修改", "added": "新增", "removed": "删除", "moved": "移自 {field}", "document": "整份文件",
    },
    "en": {
        "name": "Change list",
        "title": "Changes in this redline ({count}; this list is not part of the document: delete it once reviewed)",
        "changed": "changed", "added": "added", "removed": "removed", "moved": "moved from {field}",
        "document": "the whole document",
    },
}
"""The list's words by language; another language takes English's."""


def change_list(changes: list[NamedChange], language: str) -> etree._Element:
    """The content control listing ``changes`` in ``language`` (a pair such as ``zh+en`` in both)."""
    control = _element("sdt")
    properties = etree.SubElement(control, _w("sdtPr"))
    etree.SubElement(properties, _w("alias")).set(_w("val"), _words(language, "name"))
    etree.SubElement(properties, _w("tag")).set(_w("val"), TAG)
    content = etree.SubElement(control, _w("sdtContent"))
    content.append(_paragraph(_words(language, "title", count=str(len(changes))), bold=True))
    for change in changes:
        content.append(_paragraph(f"• {_line(change, language)}"))
    content[-1].find(_w("pPr")).append(_spacing_after())
    return control


def _line(change: NamedChange, language: str) -> str:
    """One change: the field, what happened to it, and the text."""
    field = change.label or change.field or _words(language, "document")
    if change.moved_from:
        what, text = _words(language, "moved", field=change.moved_from_label or change.moved_from), change.new
    elif not change.old:
        what, text = _words(language, "added"), change.new
    elif not change.new:
        what, text = _words(language, "removed"), change.old
    else:
        what, text = _words(language, "changed"), change.new
    quoted = text if len(text) <= SHOWN else f"{text[:SHOWN]}…"
    return f"{field}: {what}: {quoted}" if quoted else f"{field}: {what}"


def _words(language: str, key: str, **values: str) -> str:
    phrases = [PHRASES.get(part, PHRASES["en"])[key].format(**values) for part in language.split(BILINGUAL)]
    return " / ".join(dict.fromkeys(phrases))


def _paragraph(text: str, bold: bool = False) -> etree._Element:
    paragraph = _element("p")
    properties = etree.SubElement(paragraph, _w("pPr"))
    shading = etree.SubElement(properties, _w("shd"))
    for name, value in (("val", "clear"), ("color", "auto"), ("fill", "EDEDED")):
        shading.set(_w(name), value)
    run = etree.SubElement(paragraph, _w("r"))
    if bold:
        etree.SubElement(etree.SubElement(run, _w("rPr")), _w("b"))
    etree.SubElement(run, _w("t")).text = text
    run[-1].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return paragraph


def _spacing_after() -> etree._Element:
    spacing = _element("spacing")
    spacing.set(_w("after"), "240")
    return spacing


def _element(tag: str) -> etree._Element:
    return etree.Element(_w(tag), nsmap={"w": W})


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"

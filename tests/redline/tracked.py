"""Reading a redline back as Word's Accept All and Reject All would leave it."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def document_root(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def resolved_texts(data: bytes, accept: bool, keep_empty: bool = False) -> list[str]:
    """The non-empty paragraph texts (all with ``keep_empty``) of the body
    after Accept All (``accept``) or Reject All: the changes that go are
    removed, with their table rows and paragraph marks (a paragraph whose
    mark goes joins the next); those that stay become plain text."""
    body = document_root(data).find(_w("body"))
    gone, kept = (_w("del"), _w("ins")) if accept else (_w("ins"), _w("del"))
    for row in list(body.iter(_w("tr"))):
        if row.find(f"{_w('trPr')}/{gone}") is not None:
            row.getparent().remove(row)
    texts, carry = [], ""
    for paragraph in body.iter(_w("p")):
        text = carry + "".join(
            node.text or "" for node in paragraph.iter(_w("t"), _w("delText"))
            if not any(ancestor.tag == gone for ancestor in node.iterancestors()))
        mark_goes = paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{gone}") is not None
        following = paragraph.getnext()
        if mark_goes and following is not None and following.tag == _w("p"):
            carry = text
            continue
        carry = ""
        texts.append(text)
    return [text for text in texts if text or keep_empty]


def plain_texts(data: bytes, keep_empty: bool = False) -> list[str]:
    """The non-empty paragraph texts (all with ``keep_empty``) of the body of a document without changes."""
    body = document_root(data).find(_w("body"))
    texts = ("".join(node.text or "" for node in paragraph.iter(_w("t"))) for paragraph in body.iter(_w("p")))
    return [text for text in texts if text or keep_empty]


def tracked_texts(data: bytes, kind: str) -> list[str]:
    """The text of each ``ins`` or ``del`` run of the body, in order."""
    root = document_root(data)
    return ["".join(node.text or "" for node in change.iter(_w("t"), _w("delText"))) for change in root.iter(_w(kind))
            if change.getparent().tag == _w("p")]


def change_count(data: bytes) -> int:
    """How many tracked changes the body holds."""
    root = document_root(data)
    return sum(1 for _ in root.iter(_w("ins"), _w("del")))

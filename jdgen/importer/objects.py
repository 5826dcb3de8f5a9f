"""What a paragraph holds that is no text the import reads: a SmartArt
diagram (an organisation chart drawn with it), a chart, an object embedded
from another program (an Excel table inserted as an object), a footnote's
or an endnote's text. Each is named where it stands, with the texts a
diagram or a note holds, so that what the spec lacks because of it is never
lacking in silence."""

from __future__ import annotations

from posixpath import join, normpath

from jdgen.importer.package import Package

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DIAGRAM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SHOWN = ("node", "asst")
"""The kinds of a diagram's points that are its boxes (not its connectors, not its layout's own)."""
_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def diagram_texts(package: Package) -> dict[str, list[str]]:
    """The texts of each SmartArt diagram the document's body holds, by the id of its data's relationship."""
    relationships = package.xml("word/_rels/document.xml.rels")
    found: dict[str, list[str]] = {}
    for item in relationships.iter(_RELATIONSHIPS) if relationships is not None else ():
        if item.get("Type", "").endswith("/diagramData"):
            data = package.xml(normpath(join("word", item.get("Target", ""))).lstrip("/"))
            found[item.get("Id", "")] = [] if data is None else [
                text for point in data.iter(f"{_DIAGRAM}pt") if point.get("type", "node") in _SHOWN
                if (text := "".join(node.text or "" for node in point.iter(f"{_DRAWING}t")).strip())]
    return found


PICTURE = "a picture"
"""What a picture is named as: a logo or a signature beside a form's text, said only when no form is found in
the text (a scanned form is a picture)."""


_NOTES = (("footnote", "footnotes"), ("endnote", "endnotes"))


def note_texts(package: Package) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote, by its kind and id (not Word's separator lines)."""
    found: dict[tuple[str, str], str] = {}
    for kind, part in _NOTES:
        root = package.xml(f"word/{part}.xml")
        for note in root.iter(f"{_W}{kind}") if root is not None else ():
            if note.get(f"{_W}type") in (None, "normal"):
                paragraphs = ("".join(node.text or "" for node in paragraph.iter(f"{_W}t")).strip()
                              for paragraph in note.iter(f"{_W}p"))
                found[(kind, note.get(f"{_W}id", ""))] = " ".join(text for text in paragraphs if text)
    return found


def unread(paragraph, diagrams: dict[str, list[str]], notes: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """What ``paragraph`` holds that the import reads no text of, each as
    (what it is, the texts it holds joined, or its name when it holds none)."""
    found = []
    for reference in paragraph.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
        kind = reference.tag.removeprefix(_W).removesuffix("Reference")
        text = notes.get((kind, reference.get(f"{_W}id", "")), "")
        if text:
            found.append((f"a {kind}, not placed", text))
    for data in paragraph.iter(f"{_DRAWING}graphicData"):
        if any(ancestor.tag == _FALLBACK for ancestor in data.iterancestors()):
            continue
        uri = data.get("uri", "")
        if uri.endswith("/diagram"):
            ids = data.find(f"{_DIAGRAM}relIds")
            texts = diagrams.get(ids.get(f"{_R}dm", "") if ids is not None else "", [])
            found.append(("a SmartArt diagram, whose boxes the import does not read",
                          " / ".join(texts) or "SmartArt"))
        elif uri == _CHART:
            found.append(("a chart, which the import does not read", "chart"))
        elif uri.endswith("/picture"):
            found.append((PICTURE, ""))
    for embedded in paragraph.iter(f"{_W}object"):
        program = next((element.get("ProgID") or element.get(f"{_W}progId") for element in embedded.iter()
                        if element.get("ProgID") or element.get(f"{_W}progId")), "") or "an unnamed program"
        found.append(("an object embedded from another program, whose content the import cannot read (open it "
                      "and copy its content into the document as text)", program))
    return found

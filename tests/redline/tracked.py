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


def resolve(data: bytes, accept: bool) -> bytes:
    """The document as Word's Accept All (``accept``) or Reject All leaves it:
    the changes that go are removed, with their table rows and paragraph
    marks (a paragraph whose mark goes joins the next one, which keeps its
    own properties; a container's last paragraph stays); those that stay
    become plain text; a cell's tracked properties (``w:tcPrChange``) stay
    on Accept and give back the old ones on Reject. A move's source goes on Accept, its destination on
    Reject, and its range marks go."""
    root = document_root(data)
    gone, kept = (_w("del"), _w("ins")) if accept else (_w("ins"), _w("del"))
    moved_gone, moved_kept = (_w("moveFrom"), _w("moveTo")) if accept else (_w("moveTo"), _w("moveFrom"))
    for mark in list(root.iter(*(_w(f"{kind}Range{end}") for kind in ("moveFrom", "moveTo") for end in ("Start", "End")))):
        mark.getparent().remove(mark)
    for change in list(root.iter(_w("pPrChange"))):
        properties = change.getparent()
        if not accept:
            earlier = change.find(_w("pPr"))
            for child in [child for child in properties if child.tag not in (_w("rPr"), _w("sectPr"))]:
                properties.remove(child)
            for child in reversed(list(earlier)):
                properties.insert(0, child)
        else:
            properties.remove(change)
    for change in list(root.iter(_w("tcPrChange"))):
        properties = change.getparent()
        if not accept:
            properties[:] = list(change.find(_w("tcPr")))
        else:
            properties.remove(change)
    for change in list(root.iter(_w("rPrChange"))):
        properties = change.getparent()
        if not accept:
            properties[:] = list(change.find(_w("rPr")))
        else:
            properties.remove(change)
    for row in list(root.iter(_w("tr"))):
        if row.find(f"{_w('trPr')}/{gone}") is not None:
            table = row.getparent()
            table.remove(row)
            if table.find(_w("tr")) is None:  # Word removes a table whose every row goes
                table.getparent().remove(table)
    for paragraph in list(root.iter(_w("p"))):
        mark = paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{gone}")
        if mark is None:
            mark = paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{moved_gone}")
        following = paragraph.getnext()
        if mark is not None and following is not None and following.tag == _w("p"):
            content = [child for child in paragraph if child.tag != _w("pPr")]
            anchor = following.find(_w("pPr"))
            for child in reversed(content):
                if anchor is not None:
                    anchor.addnext(child)
                else:
                    following.insert(0, child)
            paragraph.getparent().remove(paragraph)
    for change in list(root.iter(gone, kept, moved_gone, moved_kept)):
        parent = change.getparent()
        if change.tag in (gone, moved_gone) or parent.tag in (_w("rPr"), _w("trPr")):
            parent.remove(change)
        else:
            for text in change.iter(_w("delText")):
                text.tag = _w("t")
            for child in reversed(list(change)):
                change.addnext(child)
            parent.remove(change)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, part in parts.items():
            package.writestr(name, part)
    return output.getvalue()


def resolved_texts(data: bytes, accept: bool, keep_empty: bool = False) -> list[str]:
    """The paragraph texts of the body after Accept All (``accept``) or Reject All."""
    return plain_texts(resolve(data, accept), keep_empty)


def plain_texts(data: bytes, keep_empty: bool = False) -> list[str]:
    """The non-empty paragraph texts (all with ``keep_empty``) of the body of a document without changes."""
    body = document_root(data).find(_w("body"))
    texts = ("".join(node.text or "" for node in paragraph.iter(_w("t"))) for paragraph in _reading_order(body))
    return [text for text in texts if text or keep_empty]


def _reading_order(container: etree._Element):
    """The paragraphs of ``container`` as its text reads: a printed document's
    table row that the renderer cut into rows kept whole on pages (the rows
    after the first open at the top) reads as the one row it was, column
    after column, without the empty paragraphs that fill a cut row's cells."""
    for child in container:
        if child.tag == _w("p"):
            yield child
        elif child.tag == _w("tbl"):
            for rows in _rows_as_written(child):
                yield from _cells_read(rows)


def _rows_as_written(table: etree._Element) -> list[list[etree._Element]]:
    groups: list[list[etree._Element]] = []
    for row in table.findall(_w("tr")):
        edges = [cell.find(f"{_w('tcPr')}/{_w('tcBorders')}/{_w('top')}") for cell in row.findall(_w("tc"))
                 if cell.find(f"{_w('tcPr')}/{_w('vMerge')}") is None]
        continued = bool(edges) and all(edge is not None and edge.get(_w("val")) == "nil" for edge in edges)
        if continued and groups:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _cells_read(rows: list[etree._Element]):
    if len(rows) == 1:
        for cell in rows[0].findall(_w("tc")):
            yield from _reading_order(cell)
        return
    columns = zip(*(row.findall(_w("tc")) for row in rows), strict=True)
    for cells in columns:
        filled = [cell for cell in cells if not _only_an_empty_paragraph(cell)]
        for cell in filled or cells[:1]:
            yield from _reading_order(cell)


def _only_an_empty_paragraph(cell: etree._Element) -> bool:
    paragraphs = [child for child in cell if child.tag != _w("tcPr")]
    return len(paragraphs) == 1 and paragraphs[0].tag == _w("p") and paragraphs[0].find(f".//{_w('t')}") is None


def tracked_texts(data: bytes, kind: str) -> list[str]:
    """The text of each ``ins``, ``del``, ``moveFrom`` or ``moveTo`` run of the body, in order."""
    root = document_root(data)
    return ["".join(node.text or "" for node in change.iter(_w("t"), _w("delText"))) for change in root.iter(_w(kind))
            if change.getparent().tag == _w("p")]


def change_count(data: bytes) -> int:
    """How many tracked changes the body holds."""
    root = document_root(data)
    return sum(1 for _ in root.iter(_w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")))


def layout(data: bytes) -> list[tuple]:
    """The body as a reader sees its structure, in order: each table, row and
    cell (with the columns it spans), and each paragraph with text, with its
    style, indentation, alignment and text (tabs as ``\\t``). A row the
    renderer cut into rows kept whole on pages counts as the one row it was.
    Empty paragraphs are left out: a cell's last paragraph mark, and one
    before a table, cannot be tracked, so one may stay empty after Accept or
    Reject All."""
    found: list[tuple] = []
    _layout_of(document_root(data).find(_w("body")), found)
    return found


def _layout_of(container: etree._Element, found: list[tuple]) -> None:
    for child in container:
        if child.tag == _w("p"):
            _paragraph_layout(child, found)
        elif child.tag == _w("tbl"):
            found.append(("tbl",))
            for rows in _rows_as_written(child):
                found.append(("tr",))
                for cells in zip(*(row.findall(_w("tc")) for row in rows), strict=True):
                    span = cells[0].find(f"{_w('tcPr')}/{_w('gridSpan')}")
                    found.append(("tc", span.get(_w("val")) if span is not None else "1"))
                    for cell in [cell for cell in cells if not _only_an_empty_paragraph(cell)] or cells[:1]:
                        _layout_of(cell, found)


def _paragraph_layout(element: etree._Element, found: list[tuple]) -> None:
    properties = element.find(_w("pPr"))
    style = indent = align = None
    if properties is not None:
        found_style = properties.find(_w("pStyle"))
        style = found_style.get(_w("val")) if found_style is not None else None
        found_indent = properties.find(_w("ind"))
        indent = tuple(sorted(found_indent.attrib.items())) if found_indent is not None else None
        found_align = properties.find(_w("jc"))
        align = found_align.get(_w("val")) if found_align is not None else None
    text = "".join(node.text or "" if node.tag == _w("t") else "\t"
                   for node in element.iter(_w("t"), _w("tab")) if node.getparent().tag == _w("r"))
    if text:
        found.append(("p", style, indent, align, text))

"""A part the document imports where it stands (``w:altChunk``), which Word
shows in its place and other readers (LibreOffice) leave out: an HTML
chunk (as systems built on the Open XML SDK write their forms), a web page
saved as one file (MHT, its HTML) or plain text, read into paragraphs and
tables of lines (what the HTML hides left out); a Word document (as tools
that merge documents write them) handed on whole, for reading.py to read
as it reads the document; a chunk of another kind (RTF) refused, naming
it, never left out in silence."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from posixpath import join, normpath

from lxml import etree, html

from jdgen.importer.package import TAG_LIMIT, NotAForm, Package, Refused

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_HTML = ("text/html", "application/xhtml+xml")
_WEB_ARCHIVE = ("message/rfc822", "multipart/related", "application/x-mimearchive")
_WORD = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
         "application/vnd.ms-word.document.macroenabled.main+xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section",
           "article", "header", "footer", "main", "center", "form", "dl", "dt", "dd", "address", "figure",
           "caption", "hr", "nav", "aside"}
_UNSHOWN = {"head", "script", "style", "title", "meta", "link", "noscript", "template"}
_NOT_SHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
"""An element's style that hides it: its text is no part of the form Word shows."""
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_FILL = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_NO_FILL = {"", "none", "transparent", "#fff", "#ffffff", "white", "inherit", "initial"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f]+")


@dataclass
class Paragraph:
    """A paragraph of the chunk: its lines (set apart by ``<br>``), each
    with whether all its text is bold; the list it is an item of."""

    lines: list[tuple[str, bool]] = field(default_factory=list)
    list_format: str = ""
    """``decimal`` for an item of a numbered list (``<ol>``), ``bullet`` for one of ``<ul>``, else ""."""
    heading: int = 0
    """The level of an ``<h1>`` … ``<h6>``, 0 for none."""


@dataclass
class TableCell:
    paragraphs: list[Paragraph]
    banner: bool
    """Set apart as a heading row's: shaded, or spanning the table's width."""


Table = list[list[TableCell]]


@dataclass
class WordDocument:
    """A Word document (.docx) the document imports whole: its bytes."""

    data: bytes


Block = Paragraph | Table | WordDocument


def chunks(package: Package, documents: bool = True) -> dict[str, list[Block]]:
    """Each chunk the document's body imports, by its relationship's id: its
    paragraphs and tables in order, or the Word document it is (when
    ``documents``: a document inside one inside another is refused); raise
    NotAForm for one the import cannot read."""
    relationships = package.xml("word/_rels/document.xml.rels")
    found: dict[str, list[Block]] = {}
    for item in relationships.iter(_RELATIONSHIPS) if relationships is not None else ():
        if item.get("Type", "").endswith("/aFChunk") and item.get("TargetMode") != "External":
            part = normpath(join("word", item.get("Target", ""))).lstrip("/")
            found[item.get("Id", "")] = _read(package, part, documents)
    return found


def _read(package: Package, part: str, documents: bool) -> list[Block]:
    kind = _content_type(package, part)
    data = package.data(part)
    if data is None:
        raise Refused(f"the document imports {part} where its content stands (an altChunk), but the file has no "
                      "such part: the document is damaged; open it in Word and save it again")
    if data.count(b"<") > TAG_LIMIT:
        raise Refused(f"{part} holds more than {TAG_LIMIT:,} tags: no job description is this large; check that "
                      "this is the right file")
    if kind in _HTML or (not kind and part.endswith((".htm", ".html", ".xhtml"))):
        return _html_blocks(_decoded(data))
    if kind in _WEB_ARCHIVE or (not kind and part.endswith((".mht", ".mhtml"))):
        return _html_blocks(_archived_page(data))
    if kind == "text/plain" or (not kind and part.endswith(".txt")):
        return [Paragraph([(line.strip(), False)]) for line in _decoded(data).splitlines() if line.strip()]
    if documents and (kind in _WORD or (not kind and part.endswith((".docx", ".docm", ".dotx")))):
        return [WordDocument(data)]
    raise NotAForm(f"the document's content is in a part it imports where it stands ({part}, "
                   f"{kind or 'of no declared type'}), which Word shows but the import cannot read; open the "
                   "document in Word and save it as .docx (Word then writes that content as its own), and import "
                   "that")


def _content_type(package: Package, part: str) -> str:
    """The content type ``[Content_Types].xml`` gives ``part``: its own, else its extension's."""
    types = package.xml("[Content_Types].xml")
    if types is None:
        return ""
    for override in types.iter(f"{_TYPES}Override"):
        if override.get("PartName", "").lstrip("/") == part:
            return override.get("ContentType", "").split(";")[0].strip().lower()
    extension = part.rsplit(".", 1)[-1].lower()
    for default in types.iter(f"{_TYPES}Default"):
        if default.get("Extension", "").lower() == extension:
            return default.get("ContentType", "").split(";")[0].strip().lower()
    return ""


def _decoded(data: bytes) -> str:
    """The chunk's text: by its byte-order mark, else the charset its ``<meta>`` names, else UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    named = _CHARSET.search(data[:4096])
    encoding = named[1].decode("ascii") if named else "utf-8-sig"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8-sig", errors="replace")


def _archived_page(data: bytes) -> str:
    """The HTML of a web page saved as one file (MHT): its first ``text/html`` part, "" when it has none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for piece in message.walk():
        if piece.get_content_type() == "text/html":
            payload = piece.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = piece.get_content_charset() or "utf-8"
                try:
                    return payload.decode(charset, errors="replace")
                except LookupError:
                    return payload.decode("utf-8", errors="replace")
    return ""


def _html_blocks(text: str) -> list[Block]:
    if not text.strip():
        return []
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    flow = _Flow()
    body = root.find("body")
    flow.walk(body if body is not None else root, False)
    flow.close()
    return flow.blocks


class _Flow:
    """HTML's flow of text cut into paragraphs (block elements) and lines (``<br>``), tables kept whole."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.segments: list[list[tuple[str, bool]]] = [[]]
        self.list_format = ""
        self.heading = 0

    def walk(self, element, bold: bool, list_format: str = "") -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _UNSHOWN or element.get("hidden") is not None or _NOT_SHOWN.search(element.get("style", "")):
            return
        if tag == "table":
            self.close()
            self.blocks.append(_table(element))
            return
        if tag == "br":
            self.segments.append([])
            return
        bold = bold or tag in ("b", "strong", "th") or (tag[:1] == "h" and tag[1:].isdigit()) \
            or bool(_BOLD.search(element.get("style", "")))
        block = tag in _BLOCKS
        if block:
            self.close()
            if tag == "li":
                self.list_format = list_format or "bullet"
            self.heading = int(tag[1]) if tag[:1] == "h" and tag[1:].isdigit() else 0
        inner = {"ol": "decimal", "ul": "bullet"}.get(tag, list_format)
        if element.text:
            self.segments[-1].append((element.text, bold))
        for child in element:
            self.walk(child, bold, inner)
            if child.tail:
                self.segments[-1].append((child.tail, bold))
        if block:
            self.close()

    def close(self) -> None:
        """The paragraph gathered so far ended, kept when it holds text."""
        lines = []
        for segments in self.segments:
            text = _SPACE.sub(" ", "".join(text for text, _ in segments)).strip()
            lines.append((text, all(bold for text, bold in segments if text.strip())))
        while lines and not lines[-1][0]:
            lines.pop()
        if any(text for text, _ in lines):
            self.blocks.append(Paragraph(lines, self.list_format, self.heading))
        self.segments, self.list_format, self.heading = [[]], "", 0


def _table(element) -> Table:
    """The rows of an HTML table (not those of a table inside it), each cell's paragraphs."""
    rows = [row for row in element.iter("tr") if next(row.iterancestors("table"), None) is element]
    cells = [[cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")] for row in rows]
    width = max((sum(_span(cell) for cell in row) for row in cells), default=0)
    table: Table = []
    for row in cells:
        made = []
        for cell in row:
            flow = _Flow()
            flow.walk(cell, cell.tag.lower() == "th")
            flow.close()
            paragraphs = [block for block in flow.blocks if isinstance(block, Paragraph)]
            paragraphs += [Paragraph([(" ".join(_cell_text(inner) for inner in nested), False)])
                           for block in flow.blocks if isinstance(block, list) for nested in block]
            made.append(TableCell(paragraphs, _shaded(cell) or (width > 1 and _span(cell) >= width)))
        table.append(made)
    return table


def _cell_text(cell: TableCell) -> str:
    return " ".join(text for paragraph in cell.paragraphs for text, _ in paragraph.lines if text)


def _span(cell) -> int:
    span = cell.get("colspan", "1").strip()
    return int(span) if span.isdigit() and 0 < int(span) < 100 else 1


def _shaded(cell) -> bool:
    fill = _FILL.search(cell.get("style", ""))
    colour = (fill[1] if fill else cell.get("bgcolor", "")).strip().lower()
    return colour not in _NO_FILL

"""Read a .docx into a neutral list of rows of located cells, each cell a list
of lines: what the recognizer works on, whatever the form's layout.

Body paragraphs outside tables become rows of one cell. Vertically merged
continuation cells are left out (their text is the merged cell's). A line
break made with Shift+Enter starts a new line, as Enter does. A table inside
a cell (a reporting chart) is kept as the cell's ``nested`` rows of texts.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_LIST_STYLE = re.compile(r"^List (Number|Bullet|Paragraph)\s*(\d*)$", re.IGNORECASE)


class NotAForm(Exception):
    """The file cannot be read as a Word document; the message says why and what to do."""


@dataclass
class Line:
    """One paragraph (or one Shift+Enter line) of text."""

    text: str
    numbered: bool = False
    """Numbered by Word's automatic numbering (the number is not in the text)."""
    level: int = 0
    """The automatic numbering's level, 0 for the top."""
    style: str = ""


@dataclass
class Cell:
    where: str
    """``table 1, row 7, cell 2`` or ``paragraph 3``: for messages."""
    lines: list[Line]
    nested: list[list[str]] = field(default_factory=list)
    """Rows of texts of a table inside the cell."""

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines).strip()


Row = list[Cell]


def read_rows(path: Path) -> list[Row]:
    """The rows of the document at ``path``, in reading order; raise NotAForm."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise NotAForm(f"cannot read the file: {error.strerror}") from None
    if head == OLE_MAGIC:
        data = path.read_bytes()
        if _ENCRYPTED in data:
            raise NotAForm("the document is protected by a password; open it in Word, remove the "
                           "password (File > Info > Protect Document) and save it again")
        raise NotAForm("this is an old Word 97-2003 (.doc) file; open it in Word or WPS and save it "
                       "as a Word document (.docx), then import that")
    try:
        with zipfile.ZipFile(path) as package:
            xml = package.read("word/document.xml")
            styles = _style_names(package)
    except (zipfile.BadZipFile, KeyError, OSError):
        raise NotAForm("not a Word document (.docx); save it from Word or WPS as .docx") from None
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except etree.XMLSyntaxError as error:
        raise NotAForm(f"the document is damaged ({error.msg}); open it in Word and save it again") from None
    body = root.find(f"{W}body")
    return list(_rows(body, styles)) if body is not None else []


def _style_names(package: zipfile.ZipFile) -> dict[str, str]:
    try:
        root = etree.fromstring(package.read("word/styles.xml"))
    except (KeyError, etree.XMLSyntaxError):
        return {}
    names = {}
    for style in root.iter(f"{W}style"):
        name = style.find(f"{W}name")
        names[style.get(f"{W}styleId")] = name.get(f"{W}val") if name is not None else ""
    return names


def _rows(body, styles):
    tables = paragraphs = 0
    for child in _blocks(body):
        if child.tag == f"{W}p":
            paragraphs += 1
            lines = _lines(child, styles)
            if any(line.text.strip() for line in lines):
                yield [Cell(f"paragraph {paragraphs}", lines)]
        else:
            tables += 1
            yield from _table_rows(child, f"table {tables}", styles)


def _blocks(element):
    """Paragraphs and tables in order, looking through content controls."""
    for child in element:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _blocks(child)


def _table_rows(table, name: str, styles):
    for row_number, tr in enumerate(table.iter(f"{W}tr"), start=1):
        if tr.getparent() is not table and _owner_table(tr) is not table:
            continue
        row = []
        for cell_number, tc in enumerate((c for c in tr if c.tag == f"{W}tc"), start=1):
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(f"{W}val") in (None, "continue"):
                continue
            lines, nested = [], []
            for block in _blocks(tc):
                if block.tag == f"{W}p":
                    lines += _lines(block, styles)
                else:
                    nested += [[cell.text for cell in cells if cell.text]
                               for cells in _table_rows(block, name, styles)]
            row.append(Cell(f"{name}, row {row_number}, cell {cell_number}", lines,
                            [texts for texts in nested if texts]))
        yield row


def _owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _lines(paragraph, styles) -> list[Line]:
    """A paragraph's lines: its text split at manual line breaks, tabs as spaces."""
    properties = paragraph.find(f"{W}pPr")
    style = numbered = level = None
    if properties is not None:
        style_element = properties.find(f"{W}pStyle")
        if style_element is not None:
            style = styles.get(style_element.get(f"{W}val"), style_element.get(f"{W}val"))
        numbering = properties.find(f"{W}numPr")
        if numbering is not None:
            number = numbering.find(f"{W}numId")
            numbered = number is None or number.get(f"{W}val") != "0"
            ilvl = numbering.find(f"{W}ilvl")
            level = int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0
    style = style or ""
    listed = _LIST_STYLE.match(style)
    if listed and not numbered and listed.group(1).lower() != "paragraph":
        numbered, level = True, int(listed.group(2) or 1) - 1
    texts = [""]
    for element in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}delText", f"{W}instrText"):
        if element.tag == f"{W}t":
            texts[-1] += element.text or ""
        elif element.tag == f"{W}tab":
            texts[-1] += "\t"
        elif element.tag in (f"{W}br", f"{W}cr") and element.get(f"{W}type") in (None, "textWrapping"):
            texts.append("")
    return [Line(text, bool(numbered), level or 0, style) for text in texts]

"""Read a .docx into a neutral list of rows of located cells, each cell a list
of lines: what the recognizer works on, whatever the form's layout.

Body paragraphs outside tables become rows of one cell. Tracked changes
are read as accepted (a row of the ``CHANGES`` part says the document has
them), struck-through text as deleted (a row of the ``STRUCK`` part says
so), and a content control still showing its placeholder as empty; a dropped capital is
the first letter of the paragraph after it. Vertically merged
continuation cells are left out (their text is the merged cell's). A line
break made with Shift+Enter starts a new line, as Enter does. A table inside
a cell (a reporting chart) is kept as the cell's ``nested`` rows of texts. What
sets a line or a cell apart as a heading is kept with it: bold or larger type
over the whole line, a shaded cell or one merged across its table.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from jdgen.importer import alt_chunk, box_grid, caption, objects, symbols
from jdgen.importer.package import BLOCK_LIMIT, NotAForm, Package, Refused, open_package
from jdgen.yamlfile.folding import east_asian

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_LIST_STYLE = re.compile(r"^List (Number|Bullet|Paragraph)\s*(\d*)$", re.IGNORECASE)


@dataclass
class Line:
    """One paragraph (or one Shift+Enter line) of text."""

    text: str
    numbered: bool = False
    """Numbered by Word's automatic numbering (the number is not in the text)."""
    level: int = 0
    """The automatic numbering's level, 0 for the top."""
    style: str = ""
    number_format: str = ""
    """The automatic numbering's format: decimal, chineseCounting, upperLetter, bullet, ..."""
    continued: bool = False
    """A line after a Shift+Enter: its paragraph's numbering is the line before's."""
    emphasized: bool = False
    """Set apart by its type: every run of its text bold, or larger than the document's body text."""


@dataclass
class Cell:
    where: str
    """``table 1, row 7, cell 2`` or ``paragraph 3``: for messages."""
    lines: list[Line]
    nested: list[list[str]] = field(default_factory=list)
    """Rows of texts of a table inside the cell, each cell's lines set apart by line breaks."""
    part: str = ""
    """Where in the document outside its body: page header, page footer, text box ("" for the body)."""
    banner: bool = False
    """A table cell set apart as a heading row's: shaded, or merged across its table's whole width."""
    merged_down: bool = False
    """A table cell merged down over the rows under it (its text theirs too)."""

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines).strip()

    @property
    def joined(self) -> str:
        """The text with its lines joined as wrapped lines are (a space between
        English paragraphs): for quoting it."""
        return join_lines([line.text for line in self.lines])

    @property
    def broken(self) -> str:
        """The text with its lines set apart by line breaks (a nested table's cell, kept as text)."""
        return "\n".join(line.text for line in self.lines).strip()

    @property
    def column(self) -> int:
        """A table cell's index in its row (``table 2, row 3, cell 4``: 4; 0 outside a table)."""
        found = re.search(r"cell (\d+)$", self.where)
        return int(found[1]) if found else 0


Row = list[Cell]


def join_lines(texts: list[str]) -> str:
    """Lines of one text joined as the YAML reader joins wrapped lines:
    nothing between East Asian text on both sides, a space elsewhere."""
    text = ""
    for part in (part.strip() for part in texts):
        if text and part and not (east_asian(text[-1], text[-2:-1]) and east_asian(part[0], part[1:2])):
            text += " "
        text += part
    return text


def read_rows(path: Path) -> list[Row]:
    """The rows of the document at ``path``, in reading order; raise NotAForm."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise NotAForm(f"cannot read the file: {error.strerror}") from None
    if head == OLE_MAGIC:
        if holds(path, ENCRYPTED):
            raise NotAForm("the document is protected by a password; open it in Word, remove the "
                           "password (File > Info > Protect Document) and save it again")
        raise NotAForm("this is an old Word 97-2003 (.doc) file; open it in Word or WPS and save it "
                       "as a Word document (.docx), then import that")
    with open_package(path) as archive:
        return _package_rows(Package(archive, path.name), margins=True)


def _package_rows(package: Package, margins: bool) -> list[Row]:
    """The rows of an opened package: its body's, and its page headers' and footers' when ``margins`` (not a
    document imported inside another, whose pages are the other's)."""
    root = package.xml("word/document.xml", required=True)
    styles = _package(package)
    styles.chunks = alt_chunk.chunks(package, documents=margins)
    styles.diagrams = objects.diagram_texts(package)
    styles.notes = objects.note_texts(package)
    parts = {kind: [package.xml(part) for part in _margin_parts(package, kind)] if margins else []
             for kind in ("header", "footer")}
    body = root.find(f"{W}body")
    if body is None:
        return []
    blocks = sum(1 for _ in body.iter(f"{W}p", f"{W}tr"))
    if blocks > BLOCK_LIMIT:
        raise Refused(f"the document has {blocks:,} paragraphs and table rows, over the import's limit of "
                      f"{BLOCK_LIMIT:,} (a 30-page form has about 1,000): check that this is the right file")
    return [*_changes(body), *_struck(body), *_margin_rows(parts["header"], "page header", styles),
            *_rows(body, styles), *_margin_rows(parts["footer"], "page footer", styles)]


def _imported_document(data: bytes) -> list[Row]:
    """The body's rows of a Word document imported whole inside this one (an altChunk of a .docx)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise Refused("the document imports a Word document where its content stands (an altChunk), but that "
                      "document is damaged; open the document in Word and save it again") from None
    with archive:
        return _package_rows(Package(archive, "the document it imports"), margins=False)


CHANGES = "tracked changes"
"""The part of a row saying the body has tracked changes not accepted: its text is the first changed text."""
STRUCK = "struck-through text"
"""The part of a row saying the body has struck-through text, read as deleted: its text is the first struck."""
UNREAD = "no text"
"""The part of a row naming what the body holds there that the import reads no text of (a SmartArt
diagram, a chart, an embedded object, objects.py): its first line what it is, its second its texts."""
_CHANGED = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")


def _changes(body) -> list[Row]:
    """A row of the first text a tracked change inserts, deletes or moves,
    when the body has one (it is read as if every change were accepted)."""
    for change in body.iter(*_CHANGED):
        text = "".join(node.text or "" for node in change.iter(f"{W}t", f"{W}delText")).strip()
        if text:
            return [[Cell("tracked changes", [Line(text)], part=CHANGES)]]
    return []


def _struck(body) -> list[Row]:
    """A row of the first struck-through text, when the body has one (a revision made by hand: deleted text)."""
    for run in body.iter(f"{W}r"):
        if _struck_through(run):
            text = "".join(node.text or "" for node in run.iter(f"{W}t")).strip()
            if text:
                return [[Cell(STRUCK, [Line(text)], part=STRUCK)]]
    return []


_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PAGE_NUMBER = re.compile(r"^[\s第页共/of\d-]*(?:page)?[\s第页共/of\d-]*$", re.IGNORECASE)


def _margin_parts(package: Package, kind: str) -> list[str]:
    """The document's header (or footer) parts, in the order its relationships name them."""
    relationships = package.xml("word/_rels/document.xml.rels")
    if relationships is None:
        return []
    return [f"word/{item.get('Target', '').lstrip('/').removeprefix('word/')}"
            for item in relationships.iter(_RELATIONSHIPS) if item.get("Type", "").endswith(f"/{kind}")]


def _margin_rows(roots: list, part: str, styles: _Package) -> list[Row]:
    """The rows of the page headers (or footers): each distinct text once
    (the first page's, odd and even pages' headers often repeat it), page
    numbers left out."""
    rows: list[Row] = []
    seen: set[tuple[str, ...]] = set()
    for root in roots:
        for row in _rows(root, styles, part) if root is not None else ():
            texts = tuple(cell.text for cell in row)
            if texts in seen or all(_PAGE_NUMBER.match(text) for text in texts):
                continue
            seen.add(texts)
            rows.append(row)
    return rows


def holds(path: Path, marker: bytes) -> bool:
    """Whether the file holds ``marker``, read a chunk at a time."""
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            if marker in tail + chunk:
                return True
            tail = chunk[-len(marker):]
    return False


@dataclass
class _Package:
    """What paragraphs refer to: style names, and the numbering styles and
    numbering definitions give (numId and level to a format such as
    decimal or chineseCounting)."""

    names: dict[str, str] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str, int]] = field(default_factory=dict)
    formats: dict[tuple[str, int], str] = field(default_factory=dict)
    body_size: int = 20
    """The body text's size in half-points (docDefaults, else Word's 10 pt)."""
    bold_styles: set[str] = field(default_factory=set)
    """The ids of paragraph and character styles that make their text bold."""
    chunks: dict[str, list[alt_chunk.Block]] = field(default_factory=dict)
    """The content of each part the body imports where it stands (altChunk), by its relationship's id."""
    diagrams: dict[str, list[str]] = field(default_factory=dict)
    """The texts of each SmartArt diagram of the body, by its data's relationship's id."""
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    """The text of each footnote and endnote, by its kind and id."""


def _level(element, what: str) -> int:
    """The numbering level an ``w:ilvl`` (or ``w:lvl``'s ``w:ilvl``) gives,
    0 when absent; NotAForm naming ``what`` holds it when it is no number."""
    if element is None:
        return 0
    value = element.get(f"{W}val", element.get(f"{W}ilvl", "0"))
    if not value.isdigit() or int(value) > 8:
        raise Refused(f'{what} has the numbering level "{value}", which is not a level Word uses (0 to 8): '
                       "the document is damaged; open it in Word, check that paragraph's numbering and save it again")
    return int(value)


def _package(package: Package) -> _Package:
    found = _Package()
    styles = package.xml("word/styles.xml")
    size = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz") if styles is not None else None
    if size is not None and (size.get(f"{W}val") or "").isdigit():
        found.body_size = int(size.get(f"{W}val"))
    for style in styles.iter(f"{W}style") if styles is not None else ():
        style_id, name = style.get(f"{W}styleId"), style.find(f"{W}name")
        found.names[style_id] = name.get(f"{W}val") if name is not None else ""
        if _switched_on(style.find(f"{W}rPr/{W}b")):
            found.bold_styles.add(style_id)
        number = style.find(f"{W}pPr/{W}numPr")
        if number is not None and number.find(f"{W}numId") is not None:
            level = number.find(f"{W}ilvl")
            found.style_numbering[style_id] = (number.find(f"{W}numId").get(f"{W}val"),
                                               _level(level, f'the style "{found.names[style_id]}"'))
    numbering = package.xml("word/numbering.xml")
    if numbering is not None:
        abstract = {item.get(f"{W}abstractNumId"): item for item in numbering.iter(f"{W}abstractNum")}
        for num in numbering.iter(f"{W}num"):
            reference = num.find(f"{W}abstractNumId")
            definition = abstract.get(reference.get(f"{W}val")) if reference is not None else None
            for level in definition.iter(f"{W}lvl") if definition is not None else ():
                number_format = level.find(f"{W}numFmt")
                if number_format is not None:
                    found.formats[(num.get(f"{W}numId"), _level(level, "a numbering definition"))] = \
                        number_format.get(f"{W}val")
    return found


def _rows(body, styles: _Package, part: str = ""):
    """The rows of a body (or a header, or a text box's content), each
    paragraph a row of one cell; a text box's paragraphs follow the
    paragraph that anchors it."""
    tables = paragraphs = 0
    carried: list[Line] = []  # the lines of paragraphs whose mark a tracked change deletes, or a dropped capital
    for child in _blocks(body):
        if child.tag == f"{W}p":
            paragraphs += 1
            lines = _joined(carried, _lines(child, styles))
            carried = lines if _mark_deleted(child) or _drop_cap(child) else []
            if not carried and any(line.text.strip() for line in lines):
                yield [Cell(f"paragraph {paragraphs}", lines, part=part)]
            if not part:
                yield from _unread(child, f"paragraph {paragraphs}", styles)
            boxes = _text_boxes(child)
            grid = box_grid.rows(boxes)
            if grid is not None:  # boxes drawn as a grid: read as a table's rows, in the order of their places
                tables += 1
                for row_number, row in enumerate(grid, start=1):
                    yield [Cell(f"table {tables}, row {row_number}, cell {cell_number}", _box_lines(box, styles),
                                part=part) for cell_number, box in enumerate(row, start=1)]
                continue
            for box in boxes:
                yield from _rows(box, styles, part or "text box")
        else:
            if carried:  # a deleted mark before a table joins nothing
                yield [Cell(f"paragraph {paragraphs}", carried, part=part)]
                carried = []
            if child.tag == f"{W}tbl":
                tables += 1
                yield from _table_rows(child, f"table {tables}", styles, part, named=not part)
                continue
            if part:  # a chunk a page's margin or a text box imports: named, not read
                yield [Cell(f"paragraph {paragraphs}", [Line(f"a part the {part} imports (altChunk), which the import "
                                                             "does not read"), Line("altChunk")], part=UNREAD)]
                continue
            for block in styles.chunks.get(child.get(_R_ID, ""), []):
                if isinstance(block, alt_chunk.Paragraph):  # a chunk of HTML the document imports, in its place
                    paragraphs += 1
                    yield [Cell(f"paragraph {paragraphs}", _chunk_lines(block), part=part)]
                    continue
                if not isinstance(block, alt_chunk.WordDocument):
                    tables += 1
                yield from _chunk_rows(block, f"table {tables}")
    if carried:
        yield [Cell(f"paragraph {paragraphs}", carried, part=part)]


_CHOICE_TEXT_BOX = f"{W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MOVED_AWAY = f"{W}moveFrom"
_RUBY_TEXT = f"{W}rt"  # a phonetic guide's text (pinyin set over its characters)


def _text_boxes(paragraph) -> list:
    """The text boxes a paragraph anchors, each once (Word writes a copy
    for older readers in mc:Fallback, left out)."""
    return [box for box in paragraph.iter(_CHOICE_TEXT_BOX)
            if not any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors())
            and not any(ancestor.tag == _CHOICE_TEXT_BOX for ancestor in box.iterancestors())]


def _mark_deleted(paragraph) -> bool:
    """Whether a tracked change deletes the paragraph's mark: accepted, it joins the paragraph after."""
    return paragraph.find(f"{W}pPr/{W}rPr/{W}del") is not None


def _drop_cap(paragraph) -> bool:
    """Whether a paragraph is a dropped capital (a frame of the first letter of the paragraph after it)."""
    frame = paragraph.find(f"{W}pPr/{W}framePr")
    return frame is not None and frame.get(f"{W}dropCap") in ("drop", "margin")


def _joined(before: list[Line], lines: list[Line]) -> list[Line]:
    """The lines of a paragraph whose mark was deleted (``before``) and the next paragraph's, the last of the
    one and the first of the other one line."""
    if not before or not lines:
        return before + lines
    return [*before[:-1], replace(before[-1], text=before[-1].text + lines[0].text), *lines[1:]]


def _box_lines(box, styles: _Package) -> list[Line]:
    """The lines of a text box's paragraphs."""
    return [line for paragraph in box.iter(f"{W}p") for line in _lines(paragraph, styles)]


def _chunk_rows(block: alt_chunk.Table | alt_chunk.WordDocument, name: str) -> list[Row]:
    """The rows of a table of an imported chunk (``name`` its place), or of a Word document imported whole."""
    if isinstance(block, alt_chunk.WordDocument):
        return _imported_document(block.data)
    return [[Cell(f"{name}, row {row_number}, cell {cell_number}",
                  [line for paragraph in cell.paragraphs for line in _chunk_lines(paragraph)], banner=cell.banner)
             for cell_number, cell in enumerate(row, start=1)] for row_number, row in enumerate(block, start=1)]


def _chunk_lines(paragraph: alt_chunk.Paragraph) -> list[Line]:
    """The lines of a paragraph of an imported chunk, as a Word paragraph's would read."""
    return [Line(text, bool(paragraph.list_format), 0, f"Heading {paragraph.heading}" if paragraph.heading else "",
                 paragraph.list_format, continued=index > 0, emphasized=bold)
            for index, (text, bold) in enumerate(paragraph.lines)]


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _blocks(element):
    """Paragraphs, tables and imported chunks (altChunk) in order, looking
    through content controls (not one still showing its placeholder: it holds nothing)."""
    for child in element:
        if child.tag in (f"{W}p", f"{W}tbl", f"{W}altChunk"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml") and not _placeholder(child):
            yield from _blocks(child)


def _placeholder(element) -> bool:
    """Whether ``element`` is a content control showing its placeholder text
    (单击或点击此处输入文字。, Click or tap here to enter text.): a field left empty."""
    return element.tag == f"{W}sdt" and element.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def _unread(paragraph, where: str, styles: _Package) -> list[Row]:
    """A row for each thing ``paragraph`` holds that the import reads no text of (objects.py)."""
    return [[Cell(where, [Line(what), Line(texts)], part=UNREAD)]
            for what, texts in objects.unread(paragraph, styles.diagrams, styles.notes)]


def _table_rows(table, name: str, styles, part: str = "", named: bool = False):
    """The rows of ``table``; after each, when ``named``, a row for each thing its cells hold that the import
    reads no text of."""
    width = len(table.findall(f"{W}tblGrid/{W}gridCol"))
    for row_number, tr in enumerate(table.iter(f"{W}tr"), start=1):
        if tr.getparent() is not table and _owner_table(tr) is not table:
            continue
        row = []
        for cell_number, tc in enumerate(_cells(tr), start=1):
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(f"{W}val") in (None, "continue"):
                continue
            lines: list[Line] = []
            nested: list[list[str]] = []
            joins = False
            for block in _blocks(tc):
                if block.tag == f"{W}p":
                    lines = _joined(lines, _lines(block, styles)) if joins else lines + _lines(block, styles)
                    joins = _mark_deleted(block) or _drop_cap(block)
                    lines += [line for box in _text_boxes(block) for line in _box_lines(box, styles)]
                elif block.tag == f"{W}altChunk":  # a chunk imported inside the cell: its text the cell's
                    for piece in styles.chunks.get(block.get(_R_ID, ""), []) if not part else ():
                        if isinstance(piece, alt_chunk.Paragraph):
                            lines += _chunk_lines(piece)
                        else:  # a table, or a document's rows: a table inside the cell
                            nested += [[cell.broken for cell in chunk_row if cell.text]
                                       for chunk_row in _chunk_rows(piece, name)]
                else:
                    nested += [[cell.broken for cell in cells if cell.text]
                               for cells in _table_rows(block, name, styles)]
            row.append(Cell(f"{name}, row {row_number}, cell {cell_number}", lines,
                            [texts for texts in nested if texts], part, _banner(tc, width),
                            merge is not None and merge.get(f"{W}val") == "restart"))
        yield row
        for paragraph in tr.iter(f"{W}p") if named else ():
            yield from _unread(paragraph, f"{name}, row {row_number}", styles)


def _banner(cell, width: int) -> bool:
    """Whether a table cell is set apart as a heading row's: shaded (a fill
    other than white or none), or spanning every column of a table of several."""
    fill = cell.find(f"{W}tcPr/{W}shd")
    if fill is not None and (fill.get(f"{W}fill") or "auto").upper() not in ("AUTO", "FFFFFF", ""):
        return True
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    spanned = span.get(f"{W}val", "1") if span is not None else "1"
    return width > 1 and spanned.isdigit() and int(spanned) >= width


def _switched_on(toggle) -> bool:
    """Whether a toggle property (``w:b``) is present and not turned off."""
    return toggle is not None and toggle.get(f"{W}val", "1") not in ("0", "false", "off")


def _emphasized(paragraph, style_id: str | None, package: _Package) -> bool:
    """Whether every run with text in ``paragraph`` is bold (by itself, its
    character style or the paragraph's style), or every one is larger than
    the body text by 2 pt or more."""
    runs = [run for run in paragraph.iter(f"{W}r")
            if "".join(node.text or "" for node in run.findall(f"{W}t")).strip()
            and not _not_its_text(run, paragraph)]
    if not runs:
        return False
    bold = sizes = True
    for run in runs:
        properties = run.find(f"{W}rPr")
        own = properties.find(f"{W}b") if properties is not None else None
        character = properties.find(f"{W}rStyle") if properties is not None else None
        bold = bold and (_switched_on(own) if own is not None else
                         (character is not None and character.get(f"{W}val") in package.bold_styles)
                         or style_id in package.bold_styles)
        size = properties.find(f"{W}sz") if properties is not None else None
        value = size.get(f"{W}val", "") if size is not None else ""
        sizes = sizes and value.isdigit() and int(value) >= package.body_size + 4
    return bold or sizes


def _cells(row):
    """A table row's cells, looking through content controls around them."""
    for child in row:
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _cells(child)


def _owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _lines(paragraph, package: _Package) -> list[Line]:
    """A paragraph's lines: its text split at manual line breaks, tabs kept."""
    properties = paragraph.find(f"{W}pPr")
    style_id = number = None
    if properties is not None:
        style_element = properties.find(f"{W}pStyle")
        style_id = style_element.get(f"{W}val") if style_element is not None else None
        numbering = properties.find(f"{W}numPr")
        if numbering is not None and numbering.find(f"{W}numId") is not None:
            level = numbering.find(f"{W}ilvl")
            text = "".join(node.text or "" for node in paragraph.iter(f"{W}t")).strip()
            number = (numbering.find(f"{W}numId").get(f"{W}val"),
                      _level(level, f'the paragraph "{text[:30]}"' if text else "an empty numbered paragraph"))
    style = package.names.get(style_id, style_id) if style_id else ""
    listed = _LIST_STYLE.match(style)
    defined = number  # the numbering definition's level that shows the number
    if number is None and style_id in package.style_numbering:  # numbered by its style
        number = defined = package.style_numbering[style_id]
        if listed and listed.group(2):  # List Number 2: one list, its second level (its own definition's first)
            number = (number[0], int(listed.group(2)) - 1)
    numbered, level, number_format = False, 0, ""
    if number is not None and number[0] != "0":
        numbered, level = True, number[1]
        number_format = package.formats.get(defined or number, "decimal")
    elif listed:
        numbered, level = listed.group(1).lower() != "paragraph", int(listed.group(2) or 1) - 1
    texts = [""]
    for element in paragraph.iter(f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr", f"{W}ddList", f"{W}checkBox",
                                  f"{W}sym", f"{W}noBreakHyphen"):
        if _not_its_text(element, paragraph):
            continue
        if element.tag == f"{W}t":
            texts[-1] += symbols.text_shown(_run_font(element), (element.text or "").translate(_INVISIBLE))
        elif element.tag == f"{W}sym":
            texts[-1] += symbols.sym_shown(element.get(f"{W}font", ""), element.get(f"{W}char", ""))
        elif element.tag in (f"{W}ddList", f"{W}checkBox"):
            texts[-1] += _form_field_shown(element)
        elif element.tag == f"{W}tab":
            texts[-1] += "\t"
        elif element.tag == f"{W}ptab":  # an alignment tab: a header's parts (left, centre, right) set wide apart
            texts[-1] += "\u3000"
        elif element.tag == f"{W}noBreakHyphen":  # Ctrl+Shift+-: a hyphen Word keeps on its line
            texts[-1] += "-"
        elif element.get(f"{W}type") in (None, "textWrapping"):
            texts.append("")
    if caption.is_numbered(paragraph):  # 表 1 社区…岗位说明书: the caption's number is no part of its text
        texts[0] = caption.without_number(texts[0])
    emphasized = _emphasized(paragraph, style_id, package)
    return [Line(text, numbered, level, style, number_format, continued=index > 0, emphasized=emphasized)
            for index, text in enumerate(texts)]


def _form_field_shown(choice) -> str:
    """What a legacy form field that keeps its value in its data shows: a
    dropdown's chosen entry (FORMDROPDOWN), a check box ticked or not
    (FORMCHECKBOX, as ☑ or □)."""
    if choice.tag == f"{W}checkBox":
        states = [state for state in (choice.find(f"{W}checked"), choice.find(f"{W}default")) if state is not None]
        return "☑" if states and states[0].get(f"{W}val", "1") in ("1", "true", "on") else "□"
    entries = [entry.get(f"{W}val", "") for entry in choice.iter(f"{W}listEntry")]
    chosen = choice.find(f"{W}result")
    if chosen is None:
        chosen = choice.find(f"{W}default")
    index = chosen.get(f"{W}val", "0") if chosen is not None else "0"
    return entries[int(index)] if index.isdigit() and int(index) < len(entries) else ""


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Characters that show nothing (soft hyphen, zero-width space and joiners,
word joiner, byte-order mark): a form's text without them, so that a cell
holding only such a character reads as empty and a label with one inside is
still found."""


def _not_its_text(element, paragraph) -> bool:
    """Whether a paragraph's text node is not its own text as it reads once
    its changes are accepted: it belongs to a text box the paragraph anchors
    (read on its own), to a content control showing its placeholder, to a
    run of hidden text (a template's instructions, ``w:vanish``) or of
    struck-through text (a revision made by hand without tracking changes,
    ``w:strike``, ``w:dstrike``: deleted text), to a phonetic guide's text over its characters (``w:rt``, pinyin over a
    heading), or to text moved elsewhere by a tracked move (``w:moveFrom``;
    deleted text is ``w:delText``, never read)."""
    parent = element.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in (_CHOICE_TEXT_BOX, _FALLBACK, _MOVED_AWAY, _RUBY_TEXT) or _placeholder(parent) \
                or _hidden(parent):
            return True
        parent = parent.getparent()
    return False


def _hidden(element) -> bool:
    """Whether ``element`` is a run of hidden text (``w:vanish`` on the run, not in its style) or struck through."""
    return element.tag == f"{W}r" and (_switched_on(element.find(f"{W}rPr/{W}vanish")) or _struck_through(element))


def _struck_through(run) -> bool:
    """Whether a run is struck through, once or twice (``w:strike``, ``w:dstrike`` on the run)."""
    return any(_switched_on(run.find(f"{W}rPr/{W}{toggle}")) for toggle in ("strike", "dstrike"))


def _run_font(text) -> str:
    """The font a text node's run names for its Latin characters (``w:rFonts``'s ascii), or ""."""
    fonts = text.getparent().find(f"{W}rPr/{W}rFonts") if text.getparent() is not None else None
    return fonts.get(f"{W}ascii", "") if fonts is not None else ""

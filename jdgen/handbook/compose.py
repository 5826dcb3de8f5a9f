"""Word documents put together as one: a cover, a list of contents by
group (department), what the caller puts after it (the organisation
chart), then each document in a section of its own, starting on a new
page, with its own page size, margins, headers and footers (its footer
names its position) and the page numbers running on.

The documents of one form (template) have every part but the body, the
headers and footers and the document properties the same: the first
document's are kept (a part that differs is an error, not guessed at).
The documents of other forms have their styles, lists and fonts added to
the first form's (jdgen.handbook.forms), their references rewritten. Each
document's headers and footers become parts of their own; its body is
moved in whole, its section properties closing its section.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape

from lxml import etree

from jdgen.handbook.forms import FormMerge, SharedParts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
DOCUMENT = "word/document.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"
CORE = "docProps/core.xml"
_HEADERS_AND_FOOTERS = {"headerReference": "header", "footerReference": "footer"}
_PART_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"
_NEW_PAGE = (f'<w:p xmlns:w="{W}"><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" '
             'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')
"""A paragraph a point high that starts a page: LibreOffice starts a document's last
section on the page of the section before when it opens with a table (Word, at the
top of a page already, makes no other page of it)."""


class ComposeError(Exception):
    """The documents cannot be put together (their template's parts differ)."""


@dataclass(frozen=True)
class Chapter:
    """One document of the handbook, and how its contents line names it."""

    docx: bytes
    line: str
    """The contents line: its title and id."""
    group: str = ""
    """The heading it is listed under in the contents (its department), or none;
    the contents list the groups in their order by name, each chapter in the
    group in its own order."""
    form: str = ""
    """The form it is made with: the first chapter's form's styles are the
    handbook's, another form's are added under its name where they clash."""


@dataclass(frozen=True)
class Cover:
    """The words of the cover and the contents, each a list of lines."""

    title: list[str]
    lines: list[str]
    contents: list[str]


def compose(chapters: list[Chapter], cover: Cover, core_properties: bytes,
            chart: Callable[[int], list[str]]) -> bytes:
    """The one document: ``cover``, the contents, ``chart(width)`` (body
    elements' XML for a text ``width`` twips wide), then every chapter. The
    body is written into the package a chapter at a time, never held whole."""
    first = _parts(chapters[0].docx)
    document = etree.fromstring(first[DOCUMENT])
    body = document.find(_w("body"))
    assert body is not None  # a rendered document has a body
    section = _section_of(body)
    forms = _forms(chapters, first, section)
    kinds, merged = forms.kinds, forms.merged
    rels = etree.fromstring(first[DOCUMENT_RELS])
    types = etree.fromstring(first[CONTENT_TYPES])
    dropped = _drop_headers_and_footers(rels, types, first)
    firsts: list[int] = []
    """Each chapter's first header or footer's number among the handbook's."""
    count = 0
    for chapter in chapters:
        firsts.append(count)
        for index, (kind, _) in enumerate(kinds[chapter.form]):
            name = _part_name(kind, count + index)
            etree.SubElement(rels, f"{{{RELS}}}Relationship", Id=_relationship_id(name),
                             Type=_RELATIONSHIP.format(kind=kind), Target=name)
            etree.SubElement(types, f"{{{TYPES}}}Override", PartName=f"/word/{name}",
                             ContentType=_PART_TYPE.format(kind=kind))
        count += len(kinds[chapter.form])
    for child in list(body):
        body.remove(child)
    head, tail = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True).split(
        b"<w:body/>")
    package = _Package()
    own_parts: dict[str, bytes] = {}
    """Each chapter's headers and footers, written after the body."""
    for name, data in first.items():
        if name == DOCUMENT:
            with package.open(DOCUMENT) as stream:
                stream.write(head + b"<w:body>")
                for element in _front_matter(cover, chapters, section, chart):
                    stream.write(etree.tostring(element))
                for number, chapter in enumerate(chapters):
                    parts = first if number == 0 else _parts(chapter.docx)
                    _check_same(forms.shared[chapter.form], parts)
                    for element in _chapter(parts, number, len(chapters), kinds[chapter.form], firsts[number],
                                            forms.merges.get(chapter.form), own_parts):
                        stream.write(etree.tostring(element))
                stream.write(b"</w:body>" + tail)
            for own_name, own_data in own_parts.items():
                package.write(own_name, own_data)
        elif name == DOCUMENT_RELS:
            package.write(name, etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True))
        elif name == CONTENT_TYPES:
            package.write(name, etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True))
        elif name == CORE:
            package.write(name, core_properties)
        elif name not in dropped and (merged is None or name not in merged.roots):
            package.write(name, data)
    for name, data in (merged.parts() if merged is not None else {}).items():
        package.write(name, data)
    return package.close()


@dataclass
class _Forms:
    """What is known of each form before the chapters are written: its
    shared parts and its sections' headers and footers (by its first
    chapter), and, in a handbook of several, how the first form's shared
    parts take in the others' and how each other's chapters are rewritten."""

    shared: dict[str, dict[str, bytes]]
    kinds: dict[str, list[tuple[str, str | None]]]
    merged: SharedParts | None
    merges: dict[str, FormMerge]


def _forms(chapters: list[Chapter], first: dict[str, bytes], section: etree._Element) -> _Forms:
    """The chapters' forms: ``first``, the first chapter's parts, and ``section`` its section."""
    starts: dict[str, int] = {}
    for number, chapter in enumerate(chapters):
        starts.setdefault(chapter.form, number)
    parts = {form: first if number == 0 else _parts(chapters[number].docx) for form, number in starts.items()}
    shared = {form: _shared(own) for form, own in parts.items()}
    kinds = {form: _kinds(section) if number == 0 else _kinds(_section_of(_body(parts[form])))
             for form, number in starts.items()}
    if len(starts) == 1:
        return _Forms(shared, kinds, None, {})
    merged, first_form = SharedParts(first), chapters[0].form
    return _Forms(shared, kinds, merged, {form: merged.add_form(form, first_form, shared[first_form], own)
                                          for form, own in shared.items() if form != first_form})


def _chapter(parts: dict[str, bytes], number: int, count: int, kinds: list[tuple[str, str | None]],
             first_part: int, merge: FormMerge | None, own_parts: dict[str, bytes]) -> Iterator[etree._Element]:
    """Chapter ``number``'s body elements, its section closing them; its headers
    and footers put in ``own_parts`` under names of their own (numbered from
    ``first_part``); a chapter of a form other than the first rewritten by ``merge``."""
    own_rels = etree.fromstring(parts[DOCUMENT_RELS])
    body = _body(parts)
    if merge is not None:
        merge.rewrite(body)
    section = _section_of(body)
    if _kinds(section) != kinds:
        raise ComposeError("the documents' headers and footers differ")
    for index, reference in enumerate(_references(section)):
        source = _target(own_rels, reference.get(f"{{{R}}}id"))
        name = _part_name(kinds[index][0], first_part + index)
        data = parts[f"word/{source}"]
        own_parts[f"word/{name}"] = data if merge is None else merge.rewrite_part(data)
        if f"word/_rels/{source}.rels" in parts:
            own_parts[f"word/_rels/{name}.rels"] = parts[f"word/_rels/{source}.rels"]
        reference.set(f"{{{R}}}id", _relationship_id(name))
    _continue_page_numbers(section)
    content = [child for child in body if not _is_bookmark(child)]
    _strip_bookmarks(content)
    _mark_start(content, number)
    if number and number == count - 1:
        yield etree.fromstring(_NEW_PAGE)
    yield from content
    if number == count - 1:
        yield section
    else:
        closing = _section_paragraph(section)
        if merge is not None:  # its line as high as in its own form
            merge.rewrite(closing)
        yield closing


def _references(section: etree._Element) -> list[etree._Element]:
    """A section's header and footer references, in order."""
    return [reference for reference in section if etree.QName(reference).localname in _HEADERS_AND_FOOTERS]


def _kinds(section: etree._Element) -> list[tuple[str, str | None]]:
    """What each of a section's references is: header or footer, and for which pages."""
    return [(_HEADERS_AND_FOOTERS[etree.QName(reference).localname], reference.get(_w("type")))
            for reference in _references(section)]


def _part_name(kind: str, index: int) -> str:
    """The name of the handbook's header or footer ``index`` (from 0)."""
    return f"{kind}{index + 1}.xml"


def _relationship_id(name: str) -> str:
    return f"rIdHandbook{name.removesuffix('.xml')}"


def _check_same(shared: dict[str, bytes], parts: dict[str, bytes]) -> None:
    """That a chapter's shared parts are the first chapter's."""
    own = _shared(parts)
    differing = sorted(name for name in set(shared) | set(own) if shared.get(name) != own.get(name))
    if differing:
        raise ComposeError(f"the documents' {', '.join(differing)} differ")


class _Package:
    """A .docx package written part by part into memory, compressed as it goes,
    with fixed timestamps (the same parts give the same bytes)."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w", zipfile.ZIP_DEFLATED)

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
        return info

    def open(self, name: str):
        return self._zip.open(self._info(name), "w")

    def write(self, name: str, data: bytes) -> None:
        self._zip.writestr(self._info(name), data)

    def close(self) -> bytes:
        self._zip.close()
        return self._buffer.getvalue()


def bookmark(number: int) -> str:
    """The bookmark at the start of chapter ``number``, which its contents line links to."""
    return f"_Position{number + 1}"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _body(parts: dict[str, bytes]) -> etree._Element:
    body = etree.fromstring(parts[DOCUMENT]).find(_w("body"))
    if body is None:
        raise ComposeError("a document has no body")
    return body


def _shared(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts every chapter has the same: all but the body, its relationships
    and content types (headers and footers), headers, footers and properties."""
    own = {DOCUMENT, DOCUMENT_RELS, CONTENT_TYPES, CORE}
    return {name: data for name, data in parts.items()
            if name not in own and not name.split("/")[-1].startswith(("header", "footer"))}


def _drop_headers_and_footers(rels: etree._Element, types: etree._Element, parts: dict[str, bytes]) -> set[str]:
    """Take the first document's headers and footers out (each chapter brings
    its own); return the names of their parts."""
    dropped = set()
    for relationship in list(rels):
        kind = relationship.get("Type", "").rsplit("/", 1)[-1]
        if kind in ("header", "footer"):
            name = f"word/{relationship.get('Target')}"
            dropped |= {part for part in (name, f"word/_rels/{relationship.get('Target')}.rels") if part in parts}
            rels.remove(relationship)
    for override in list(types):
        if override.get("PartName", "").lstrip("/") in dropped:
            types.remove(override)
    return dropped


def _target(rels: etree._Element, relationship_id: str | None) -> str:
    for relationship in rels:
        if relationship.get("Id") == relationship_id:
            return str(relationship.get("Target"))
    raise ComposeError(f"a section names relationship {relationship_id}, which the document does not have")


def _section_of(body: etree._Element) -> etree._Element:
    """The body's closing section properties, taken out of it."""
    section = body.find(_w("sectPr"))
    if section is None:
        raise ComposeError("a document has no section properties")
    body.remove(section)
    return section


def _continue_page_numbers(section: etree._Element) -> None:
    """Page numbers run on from the section before."""
    numbering = section.find(_w("pgNumType"))
    if numbering is not None and numbering.get(_w("start")) is not None:
        del numbering.attrib[_w("start")]


def _section_paragraph(section: etree._Element) -> etree._Element:
    """An empty paragraph that closes a section (the next one starts on a new page)."""
    paragraph = etree.Element(_w("p"))
    properties = etree.SubElement(paragraph, _w("pPr"))
    properties.append(section)
    return paragraph


def _is_bookmark(element: etree._Element) -> bool:
    return element.tag in (_w("bookmarkStart"), _w("bookmarkEnd"))


def _strip_bookmarks(content: list[etree._Element]) -> None:
    """Drop the template's own bookmarks: each chapter would repeat their names."""
    for element in content:
        for mark in element.iter(_w("bookmarkStart"), _w("bookmarkEnd")):
            mark.getparent().remove(mark)


def _mark_start(content: list[etree._Element], number: int) -> None:
    """Put chapter ``number``'s bookmark in its first paragraph."""
    for element in content:
        paragraph = element if element.tag == _w("p") else next(element.iter(_w("p")), None)
        if paragraph is None:
            continue
        at = 1 if len(paragraph) and paragraph[0].tag == _w("pPr") else 0
        identifier = str(number + 1)
        paragraph.insert(at, etree.Element(_w("bookmarkEnd"), {_w("id"): identifier}))
        paragraph.insert(at, etree.Element(_w("bookmarkStart"), {_w("id"): identifier, _w("name"): bookmark(number)}))
        return


def _front_matter(cover: Cover, chapters: list[Chapter], section: etree._Element,
                  chart: Callable[[int], list[str]]) -> list[etree._Element]:
    """The cover, a page break, the contents by department, the chart, and the section they make."""
    size, margins = section.find(_w("pgSz")), section.find(_w("pgMar"))
    width = int(size.get(_w("w"), "11906")) if size is not None else 11906
    if margins is not None:
        width -= int(margins.get(_w("left"), "0")) + int(margins.get(_w("right"), "0"))
    xml = [_paragraph(line, size=44, bold=True, centre=True, before=3600 if index == 0 else 0)
           for index, line in enumerate(cover.title)]
    xml += [_paragraph(line, size=28, centre=True, before=480 if index == 0 else 0)
            for index, line in enumerate(cover.lines)]
    xml.append(f'<w:p xmlns:w="{W}"><w:r><w:br w:type="page"/></w:r></w:p>')
    xml += [_paragraph(line, size=32, bold=True, centre=True, after=360) for line in cover.contents]
    groups: dict[str, list[int]] = {}
    for number, chapter in enumerate(chapters):
        groups.setdefault(chapter.group, []).append(number)
    for group, numbers in sorted(groups.items()):
        if group:
            xml.append(_paragraph(group, size=24, bold=True, before=240, keep_next=True))
        xml += [_contents_line(chapters[number].line, number, width) for number in numbers]
    xml += chart(width)
    own = copy.deepcopy(section)
    for reference in list(own):
        if etree.QName(reference).localname in _HEADERS_AND_FOOTERS:
            own.remove(reference)
    return [*(etree.fromstring(text) for text in xml), _section_paragraph(own)]


def _paragraph(text: str, size: int, bold: bool = False, centre: bool = False, before: int = 0, after: int = 0,
               keep_next: bool = False) -> str:
    properties = ("<w:keepNext/>" if keep_next else "") + f'<w:spacing w:before="{before}" w:after="{after}"/>' \
        + ('<w:jc w:val="center"/>' if centre else "")
    run = ("<w:b/>" if bold else "") + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return (f'<w:p xmlns:w="{W}"><w:pPr>{properties}</w:pPr>'
            f'<w:r><w:rPr>{run}</w:rPr><w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r></w:p>')


def _contents_line(text: str, number: int, width: int) -> str:
    """A line of the contents: the chapter's name, linked to its start, and
    its page number: a PAGEREF field, which LibreOffice works out as it lays
    the pages out and Word on opening (the field is marked dirty; no page
    number is guessed in its place)."""
    name = bookmark(number)
    return (f'<w:p xmlns:w="{W}"><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs>'
            f'<w:spacing w:before="0" w:after="60"/></w:pPr>'
            f'<w:hyperlink w:anchor="{name}" w:history="1"><w:r><w:t xml:space="preserve">'
            f'{escape(text, quote=False)}</w:t></w:r></w:hyperlink>'
            f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')

"""The OOXML checker: each rule broken on purpose, one at a time, in the
example document (repaired first, so these tests do not depend on the
generator's own violations; see test_example_documents_valid.py).

A test that breaks the schema does it in a run, a paragraph's properties or
a table: among the children of a paragraph or of the body, libxml2 takes
more than a second to report an error, wherever the paragraph is."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from jdgen.render.word_rules import CONTENT_TYPES, CORE, DC, MC, PACKAGE_RELS, R, Violation, W, check_docx
from tests.ooxml.checker import main

NS = {"w": W, "mc": MC, "r": R, "ct": CONTENT_TYPES, "rel": PACKAGE_RELS, "cp": CORE, "dc": DC}
FRAGMENT_NS = {"w": W, "mc": MC, "v": "urn:schemas-microsoft-com:vml",
               "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
               "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
               "ext": "urn:example:extension"}
DOCUMENT = "word/document.xml"
FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
TABLE = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="500"/></w:tblGrid>'
         "<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>")  # a valid table of one cell


def replace(data: bytes, part: str, content: bytes | None) -> bytes:
    """The package with zip member ``part`` replaced by ``content`` (added
    if absent, removed if ``content`` is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info, source.read(info))
        if content is not None:
            target.writestr(part, content)
    return out.getvalue()


def edit(data: bytes, part: str, change: Callable[[etree._Element], object]) -> bytes:
    """The package with the XML of ``part`` changed in place by ``change(root)``."""
    root = etree.fromstring(read(data, part))
    change(root)
    return replace(data, part, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def read(data: bytes, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(part)


def xml_parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [name for name in package.namelist() if name.endswith((".xml", ".rels"))]


def first(root: etree._Element, xpath: str) -> etree._Element:
    found = root.xpath(xpath, namespaces=NS)
    assert found, xpath
    return found[0]


def fragment(xml: str) -> etree._Element:
    """The element ``xml``, written with the prefixes of FRAGMENT_NS."""
    declarations = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in FRAGMENT_NS.items())
    return etree.fromstring(f"<wrapper {declarations}>{xml}</wrapper>")[0]


def found(violations: list[Violation]) -> list[tuple[str, str, str]]:
    return [(v.part, v.rule, v.location) for v in violations]


@pytest.fixture(scope="module")
def valid(built_example: Path) -> bytes:
    """The Chinese example with its w:zoom given the w:percent the schema requires."""
    data = (built_example / "zh" / "BCM-001.docx").read_bytes()
    return edit(data, "word/settings.xml", lambda root: first(root, "w:zoom").set(f"{{{W}}}percent", "100"))


def test_the_repaired_example_is_valid(valid):
    assert check_docx(valid) == []


# Schema validity


def test_an_element_out_of_order_breaks_the_schema(valid):
    """A paragraph's style after its other properties."""
    def move_style_last(root):
        properties = first(root, "//w:pPr[w:pStyle and count(*) > 1]")
        properties.append(properties.find("w:pStyle", NS))

    violations = check_docx(edit(valid, DOCUMENT, move_style_last))
    assert [(v.part, v.rule) for v in violations] == [("/word/document.xml", "xsd")]
    assert "w:pStyle" in violations[0].message and violations[0].location.endswith("/w:pStyle")


@pytest.mark.parametrize("element", ["<w:bogus/>", "<ext:note/>"])
def test_an_unknown_element_breaks_the_schema(valid, element):
    violations = check_docx(edit(valid, DOCUMENT, lambda root: first(root, "//w:r").append(fragment(element))))
    assert [(v.part, v.rule) for v in violations] == [("/word/document.xml", "xsd")]


@pytest.mark.slow  # validates an edited copy of the document per part
def test_every_xml_part_but_custom_xml_data_is_validated(valid):
    """An unknown element under the root of any part breaks the schema, but
    for the custom XML data part, which holds arbitrary XML."""
    unvalidated = []
    for part in xml_parts(valid):
        data = edit(valid, part, lambda root: root.append(etree.Element("{urn:example:unknown}bogus")))
        if [(v.part, v.rule) for v in check_docx(data)] != [(f"/{part}", "xsd")]:
            unvalidated.append(part)
    assert unvalidated == ["customXml/item1.xml"]


def test_a_part_with_another_root_breaks_the_schema(valid):
    def settings_as_styles(types):
        first(types, "ct:Override[@PartName='/word/settings.xml']").set(
            "ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")

    violations = check_docx(edit(valid, "[Content_Types].xml", settings_as_styles))
    assert sorted((v.part, v.rule) for v in violations) == [
        ("/word/_rels/document.xml.rels", "wrong-content-type"), ("/word/settings.xml", "xsd")]
    assert "root element w:settings, expected w:styles" in str(violations)


# Markup Compatibility


def test_ignorable_attributes_and_elements_are_accepted(valid):
    def mark_paragraphs(root):
        for paragraph in root.iter(f"{{{W}}}p"):
            paragraph.set(f"{{{FRAGMENT_NS['w14']}}}paraId", "1A2B3C4D")
        first(root, "//w:r").append(fragment('<w14:textOutline w14:w="9525"><w14:noFill/></w14:textOutline>'))

    assert 'mc:Ignorable="w14' in read(valid, DOCUMENT).decode()
    assert check_docx(edit(valid, DOCUMENT, mark_paragraphs)) == []


@pytest.mark.parametrize(("ignorable", "expected"), [(' mc:Ignorable="ext"', []), ("", ["xsd", "xsd"])])
def test_an_extension_is_accepted_only_where_declared_ignorable(valid, ignorable, expected):
    """An attribute of the paragraph, an element in its run."""
    paragraph = fragment(f'<w:p ext:flag="1"{ignorable}><w:r><w:t>x</w:t><ext:note/></w:r></w:p>')
    data = edit(valid, DOCUMENT, lambda root: first(root, "//w:body/w:sectPr").addprevious(paragraph))
    assert [v.rule for v in check_docx(data)] == expected


@pytest.mark.parametrize(
    ("requires", "choice", "fallback", "expected"),
    [
        ("wps", "<wps:wsp/>", "<w:t>fallback</w:t>", []),  # wps is not understood: the fallback
        ("wps", "<wps:wsp/>", "<w:bogus/>", ["xsd"]),
        ("v", "<w:bogus/>", "<w:t>fallback</w:t>", ["xsd"]),  # v is understood: the choice
        ("v", "<w:t>choice</w:t>", "<w:bogus/>", []),
    ],
)
def test_alternate_content_is_read_as_word_reads_it(valid, requires, choice, fallback, expected):
    alternate = (f'<mc:AlternateContent><mc:Choice Requires="{requires}">{choice}</mc:Choice>'
                 f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>")
    data = edit(valid, DOCUMENT, lambda root: first(root, "//w:r").append(fragment(alternate)))
    assert [v.rule for v in check_docx(data)] == expected


def test_a_namespace_that_must_be_understood_but_is_not(valid):
    data = edit(valid, DOCUMENT, lambda root: root.set(f"{{{MC}}}MustUnderstand", "w14"))
    assert found(check_docx(data)) == [("/word/document.xml", "mc-must-understand", "/w:document")]


# Word's table rules


@pytest.mark.parametrize("content", ["", '<w:bookmarkStart w:id="90" w:name="mark"/><w:bookmarkEnd w:id="90"/>'])
def test_a_cell_without_a_paragraph(valid, content):
    """The schema lets a cell be empty (its block-level group may be empty); Word does not."""
    def replace_paragraphs(root):
        cell = first(root, "(//w:tc)[1]")
        for paragraph in cell.findall("w:p", NS):
            cell.remove(paragraph)
        cell.extend(fragment(f"<w:tc>{content}</w:tc>"))

    assert found(check_docx(edit(valid, DOCUMENT, replace_paragraphs))) == [
        ("/word/document.xml", "tc-without-paragraph", "/w:document/w:body/w:tbl[1]/w:tr[1]/w:tc[1]")]


def test_a_cell_ending_with_a_table(valid):
    data = edit(valid, DOCUMENT, lambda root: first(root, "(//w:tc)[1]").append(fragment(TABLE)))
    assert found(check_docx(data)) == [
        ("/word/document.xml", "tc-without-paragraph", "/w:document/w:body/w:tbl[1]/w:tr[1]/w:tc[1]")]


WRAPPERS = {  # block- and row-level wrappers Word looks through, and where their content goes
    "sdt": ("<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>", "w:sdtContent"),
    "customXml": ('<w:customXml w:uri="urn:example" w:element="item"/>', "."),
}


def wrap(elements: list[etree._Element], wrapper: str) -> etree._Element:
    """A content control or custom XML element holding ``elements``, in
    place of them."""
    markup, content = WRAPPERS[wrapper]
    outer = fragment(markup)
    elements[0].addprevious(outer)
    outer.find(content, NS).extend(elements)
    return outer


@pytest.mark.parametrize("wrapper", WRAPPERS)
@pytest.mark.parametrize(("last", "expected"), [("<w:p/>", []), (TABLE, ["tc-without-paragraph"])])
def test_a_cell_ending_with_a_wrapper_ends_with_what_it_holds(valid, wrapper, last, expected):
    def wrap_content(root):
        cell = first(root, "(//w:tc)[1]")
        wrap(cell.findall("w:p", NS), wrapper).find(WRAPPERS[wrapper][1], NS).append(fragment(last))

    assert [v.rule for v in check_docx(edit(valid, DOCUMENT, wrap_content))] == expected


@pytest.mark.parametrize("wrapper", WRAPPERS)
@pytest.mark.parametrize(("cells", "expected"), [(4, []), (3, ["gridspan-mismatch"])])
def test_rows_in_a_wrapper_are_checked_too(valid, wrapper, cells, expected):
    """The second row of the first table continues the merges of the first."""
    def wrap_second_row(root):
        row = first(root, "(//w:tbl)[1]/w:tr[2]")
        for cell in row.findall("w:tc", NS)[cells:]:
            row.remove(cell)
        wrap([row], wrapper)

    assert [v.rule for v in check_docx(edit(valid, DOCUMENT, wrap_second_row))] == expected


def test_a_vertical_merge_without_its_restart(valid):
    def continue_first_merge(root):
        merge = first(root, "(//w:tbl)[1]/w:tr[1]/w:tc[1]/w:tcPr/w:vMerge")
        assert merge.get(f"{{{W}}}val") == "restart"
        del merge.attrib[f"{{{W}}}val"]

    assert found(check_docx(edit(valid, DOCUMENT, continue_first_merge))) == [
        ("/word/document.xml", "vmerge-without-restart", "/w:document/w:body/w:tbl[1]/w:tr[1]/w:tc[1]")]


_TRACKED = '<w:{kind} w:id="90" w:author="A" w:date="2026-01-31T09:00:00Z"/>'


def _track_first_row(root: etree._Element, kind: str, tracked_start: bool) -> None:
    """Track the first row of the first table as ``kind`` (ins or del); with
    ``tracked_start``, give each cell under its merge starts a tracked
    property change that starts the merge where the row is gone: written as
    the start, the old properties a continuation (del), or the other way round (ins)."""
    row = first(root, "(//w:tbl)[1]/w:tr[1]")
    properties = row.find("w:trPr", NS)
    if properties is None:
        properties = fragment("<w:trPr/>")
        row.find("w:tc", NS).addprevious(properties)
    properties.append(fragment(_TRACKED.format(kind=kind)))
    if not tracked_start:
        return
    for cell_properties in root.xpath("(//w:tbl)[1]/w:tr[2]/w:tc/w:tcPr[w:vMerge]", namespaces=NS):
        change = fragment(_TRACKED.format(kind="tcPrChange"))
        old = etree.SubElement(change, f"{{{W}}}tcPr")
        old.extend(copy.deepcopy(child) for child in cell_properties)
        started = cell_properties if kind == "del" else old
        started.find("w:vMerge", NS).set(f"{{{W}}}val", "restart")
        cell_properties.append(change)


@pytest.mark.parametrize(("kind", "view"), [("del", "after Accept All"), ("ins", "after Reject All")])
def test_a_merge_whose_start_row_goes_needs_a_tracked_start_below(valid, kind, view):
    """A row tracked as deleted (inserted) starts a merge that the kept row
    under it continues: after Accept (Reject) All the merge starts nowhere,
    unless the kept cell's tracked property change starts it in that view."""
    broken = check_docx(edit(valid, DOCUMENT, lambda root: _track_first_row(root, kind, False)))
    assert [(violation.rule, violation.location) for violation in broken] == [
        ("vmerge-without-restart", f"/w:document/w:body/w:tbl[1]/w:tr[2]/w:tc[{cell}]") for cell in (1, 2)]
    assert all(violation.message.endswith(view) for violation in broken)
    assert check_docx(edit(valid, DOCUMENT, lambda root: _track_first_row(root, kind, True))) == []


def _merge(cell: etree._Element, value: str | None) -> None:
    """Give ``cell`` a w:vMerge (a continuation when ``value`` is None)."""
    merge = fragment("<w:vMerge/>")
    if value:
        merge.set(f"{{{W}}}val", value)
    first(cell, "w:tcPr/w:tcW").addnext(merge)


def test_a_vertical_merge_under_an_unmerged_cell(valid):
    data = edit(valid, DOCUMENT, lambda root: _merge(first(root, "(//w:tbl)[1]/w:tr[2]/w:tc[3]"), None))
    assert found(check_docx(data)) == [
        ("/word/document.xml", "vmerge-without-restart", "/w:document/w:body/w:tbl[1]/w:tr[2]/w:tc[3]")]


def test_vertical_merges_follow_grid_columns_not_cell_positions(valid):
    """In the second table, grid column 5 is the 6th cell of the row of seven
    cells (headcount, staff supervised, grade) but the 4th of the row under it
    (after a cell spanning 3 columns)."""
    def merge_column_5(root):
        table = first(root, "(//w:tbl)[2]")
        row = "w:tr[count(w:tc) = 7]"
        assert first(table, f"{row}/following-sibling::w:tr[1]/w:tc[3]/w:tcPr/w:gridSpan").get(f"{{{W}}}val") == "3"
        _merge(first(table, f"{row}/w:tc[6]"), "restart")
        _merge(first(table, f"{row}/following-sibling::w:tr[1]/w:tc[4]"), None)

    assert check_docx(edit(valid, DOCUMENT, merge_column_5)) == []


def test_a_cell_spanning_past_the_grid(valid):
    def widen(root):
        span = first(root, "(//w:gridSpan)[1]")
        span.set(f"{{{W}}}val", str(int(span.get(f"{{{W}}}val")) + 1))

    assert found(check_docx(edit(valid, DOCUMENT, widen))) == [
        ("/word/document.xml", "gridspan-mismatch", "/w:document/w:body/w:tbl[2]/w:tr[1]")]


def test_a_span_that_is_not_a_number_counts_as_one(valid):
    data = edit(valid, DOCUMENT, lambda root: first(root, "(//w:gridSpan)[1]").set(f"{{{W}}}val", "three"))
    assert [v.rule for v in check_docx(data)] == ["xsd", "gridspan-mismatch"]


@pytest.mark.parametrize(("skipped", "expected"), [("", ["gridspan-mismatch"]), ("gridAfter", []), ("gridBefore", [])])
def test_a_row_short_of_a_cell_unless_it_skips_a_column(valid, skipped, expected):
    def drop_a_cell(root):
        row = first(root, "(//w:tbl)[5]/w:tr[1]")  # a table of one row of two cells
        row.remove(row.findall("w:tc", NS)[-1])
        if skipped:
            properties = row.find("w:trPr", NS)
            if properties is None:
                properties = fragment("<w:trPr/>")
                row.insert(0, properties)
            properties.insert(0, fragment(f'<w:{skipped} w:val="1"/>'))

    assert [v.rule for v in check_docx(edit(valid, DOCUMENT, drop_a_cell))] == expected


# Relationships and content types


def test_a_relationship_to_a_missing_part(valid):
    data = edit(valid, "word/_rels/document.xml.rels",
                lambda rels: first(rels, "rel:Relationship[@Target='footer1.xml']").set("Target", "footer9.xml"))
    violations = check_docx(data)
    assert [(v.part, v.rule) for v in violations] == [("/word/_rels/document.xml.rels", "missing-relationship-target")]
    assert "/word/footer9.xml" in violations[0].message


def test_a_relationship_id_the_rels_do_not_define(valid):
    data = edit(valid, DOCUMENT, lambda root: first(root, "//w:footerReference").set(f"{{{R}}}id", "rId99"))
    violations = check_docx(data)
    assert [(v.part, v.rule) for v in violations] == [("/word/document.xml", "missing-relationship-id")]
    assert "r:id='rId99'" in violations[0].message


def test_a_part_without_a_content_type(valid):
    data = edit(valid, "[Content_Types].xml", lambda types: types.remove(first(types, "ct:Default[@Extension='xml']")))
    assert found(check_docx(data)) == [("/customXml/item1.xml", "content-type-missing", "")]


def test_relationship_parts_need_their_content_type_too(valid):
    data = edit(valid, "[Content_Types].xml", lambda types: types.remove(first(types, "ct:Default[@Extension='rels']")))
    violations = check_docx(data)
    assert {v.rule for v in violations} == {"content-type-missing"}
    assert {v.part for v in violations} == {f"/{part}" for part in xml_parts(valid) if part.endswith(".rels")}


def test_a_part_of_the_wrong_content_type(valid):
    data = edit(valid, "[Content_Types].xml",
                lambda types: types.remove(first(types, "ct:Override[@PartName='/word/footer1.xml']")))
    violations = check_docx(data)
    assert [(v.part, v.rule) for v in violations] == [("/word/_rels/document.xml.rels", "wrong-content-type")]
    assert "/word/footer1.xml, of content type application/xml" in violations[0].message


def test_an_override_of_a_missing_part(valid):
    def override_header(types):
        types.append(etree.Element(f"{{{CONTENT_TYPES}}}Override", PartName="/word/header1.xml", ContentType=FOOTER))

    assert [(v.part, v.rule) for v in check_docx(edit(valid, "[Content_Types].xml", override_header))] == [
        ("/[Content_Types].xml", "override-without-part")]


def test_an_xml_part_the_checker_cannot_validate(valid):
    people = "application/vnd.ms-word.people+xml"
    w15 = b"http://schemas.microsoft.com/office/word/2012/wordml"
    data = replace(valid, "word/people.xml", b'<w15:people xmlns:w15="' + w15 + b'"/>')
    data = edit(data, "[Content_Types].xml", lambda types: types.append(
        etree.Element(f"{{{CONTENT_TYPES}}}Override", PartName="/word/people.xml", ContentType=people)))
    violations = check_docx(data)
    assert found(violations) == [("/word/people.xml", "unchecked-part", "")]
    assert people in violations[0].message


def test_external_and_absolute_relationship_targets(valid):
    hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    def add_relationships(rels):
        for number, (target, mode) in enumerate([("https://example.com/", "External"), ("/word/styles.xml", None)]):
            relationship = etree.SubElement(rels, f"{{{PACKAGE_RELS}}}Relationship", Id=f"rIdExtra{number}",
                                            Target=target, Type=hyperlink)
            if mode:
                relationship.set("TargetMode", mode)

    assert check_docx(edit(valid, "word/_rels/document.xml.rels", add_relationships)) == []


def test_a_package_without_content_types(valid):
    assert found(check_docx(replace(valid, "[Content_Types].xml", None))) == [
        ("/[Content_Types].xml", "content-type-missing", "")]


def test_content_types_that_are_not_xml(valid):
    assert [(v.part, v.rule) for v in check_docx(replace(valid, "[Content_Types].xml", b"<Types"))] == [
        ("/[Content_Types].xml", "not-well-formed")]


def test_a_part_whose_root_is_alternate_content(valid):
    data = replace(valid, "word/settings.xml", f'<mc:AlternateContent xmlns:mc="{MC}"/>'.encode())
    assert [(v.part, v.rule) for v in check_docx(data)] == [("/word/settings.xml", "xsd")]


def test_a_part_that_is_not_xml(valid):
    violations = check_docx(replace(valid, DOCUMENT, b"<w:document"))
    assert [(v.part, v.rule) for v in violations] == [("/word/document.xml", "not-well-formed")]


def test_a_file_that_is_not_a_package():
    assert [v.rule for v in check_docx(b"PK not really")] == ["not-well-formed"]


# Core properties


def _with_language(data: bytes, tag: str) -> bytes:
    return edit(data, "docProps/core.xml", lambda core: setattr(first(core, "dc:language"), "text", tag))


@pytest.mark.parametrize("tag", ["zh-CN", "en-US", "zh", "zh-Hans-CN", "de-CH-1996", "en-US-x-twain", "x-local",
                                 "i-klingon"])
def test_well_formed_language_tags(valid, tag):
    assert check_docx(_with_language(valid, tag)) == []


@pytest.mark.parametrize("tag", ["zh_CN", "", "en--US", "chinese simplified", "en-US-x", "12"])
def test_malformed_language_tags(valid, tag):
    assert found(check_docx(_with_language(valid, tag))) == [
        ("/docProps/core.xml", "invalid-language-tag", "/cp:coreProperties/dc:language")]


# Command line


def test_the_command_line(valid, tmp_path, capsys):
    # hidden names: the session's LibreOffice sweep skips them (see tests/conftest.py)
    good, bad = tmp_path / ".good.docx", tmp_path / ".bad.docx"
    good.write_bytes(valid)
    bad.write_bytes(edit(valid, DOCUMENT, lambda root: first(root, "//w:footerReference").set(f"{{{R}}}id", "rId99")))
    assert main([str(good)]) == 0
    assert capsys.readouterr().out == ""
    assert main([str(good), str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{bad}: /word/document.xml: missing-relationship-id: r:id='rId99': no such relationship "
        "at /w:document/w:body/w:sectPr/w:footerReference"]


CHANGE = 'w:author="A" w:date="2026-01-31T09:00:00Z"'
MOVED_AWAY = (f'<w:moveFromRangeStart w:id="1" {CHANGE} w:name="move1"/><w:p><w:pPr><w:rPr>'
              f'<w:moveFrom w:id="2" {CHANGE}/></w:rPr></w:pPr><w:moveFrom w:id="3" {CHANGE}><w:r>'
              f'<w:delText>moved</w:delText></w:r></w:moveFrom></w:p><w:moveFromRangeEnd w:id="1"/>')
MOVED_HERE = (f'<w:moveToRangeStart w:id="4" {CHANGE} w:name="move1"/><w:p><w:pPr><w:rPr>'
              f'<w:moveTo w:id="5" {CHANGE}/></w:rPr></w:pPr><w:moveTo w:id="6" {CHANGE}><w:r>'
              f'<w:t>moved</w:t></w:r></w:moveTo></w:p><w:moveToRangeEnd w:id="4"/>')


def with_body_start(markup: str) -> Callable[[etree._Element], None]:
    """An edit putting ``markup`` (block-level elements) at the start of the body."""
    def change(root: etree._Element) -> None:
        body = first(root, "w:body")
        for element in reversed(list(fragment(f"<w:body>{markup}</w:body>"))):
            body.insert(0, element)
    return change


def test_a_move_within_its_ranges_is_valid(valid):
    assert check_docx(edit(valid, DOCUMENT, with_body_start(MOVED_AWAY + MOVED_HERE))) == []


@pytest.mark.parametrize(("markup", "message"), [
    (MOVED_AWAY.replace('<w:moveFromRangeEnd w:id="1"/>', "") + MOVED_HERE,
     "a moveFrom range of id 1 that never ends"),
    (MOVED_AWAY.replace('<w:moveFromRangeStart w:id="1" w:author="A" w:date="2026-01-31T09:00:00Z" '
                        'w:name="move1"/>', "") + MOVED_HERE,
     "w:moveFrom outside a moveFrom range"),
    (MOVED_AWAY, "move 'move1' has 1 source and 0 destination ranges, not one each"),
    (MOVED_AWAY + MOVED_HERE + MOVED_HERE.replace('"4"', '"7"').replace('"5"', '"8"').replace('"6"', '"9"'),
     "move 'move1' has 1 source and 2 destination ranges, not one each"),
])
def test_a_move_outside_its_ranges_or_without_its_other_end(valid, markup, message):
    """Word's rules for moves, which the schema cannot state."""
    violations = check_docx(edit(valid, DOCUMENT, with_body_start(markup)))
    assert message in [violation.message for violation in violations if violation.rule == "move-range"]

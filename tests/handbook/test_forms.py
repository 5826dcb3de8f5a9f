"""The handbook of a project of several forms: each position is made with the
form its spec is made with (jdgen.toml's ``[[forms]]``), as the build makes
it; positions of several forms share one document, each keeping its form's
styles (under the form's own ids where they clash with the first form's),
lists, fonts, layout, headers and footers; a form whose parts cannot be
merged makes no handbook, and says so with what to do."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render.word_rules import check_docx
from tests.conftest import diagnostic_lines
from tests.handbook.anchors import anchor_problems
from tests.handbook.test_handbook import W, body_of, form_at, parts, sections, text_of
from tests.pages import pdf_pages
from tests.site.linked import POSITIONS, write_linked_set
from tests.site.test_site import run

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CORPORATE = "[[forms]]\nspecs = [{specs}]\ntemplate = \"corporate\"\n"


def test_positions_are_made_with_the_form_jdgen_toml_gives_them(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/"'), encoding="utf-8")
    run(tmp_path, "handbook", "--lang", "zh")
    body = body_of(tmp_path / "output" / "handbook-zh.docx")
    form = form_at(body, "_Position1")
    # the corporate form's labels and numbered sections, not the project's default form's
    assert "岗位名称" in form and "一、岗位基本信息" in form and "职位名称" not in form


def styles_of(package: dict[str, bytes]) -> dict[str, etree._Element]:
    root = etree.fromstring(package["word/styles.xml"])
    return {str(style.get(f"{W}styleId")): style for style in root.iter(f"{W}style")}


def used_styles(element: etree._Element) -> set[str]:
    return {str(reference.get(f"{W}val")) for tag in ("pStyle", "rStyle", "tblStyle")
            for reference in element.iter(f"{W}{tag}")}


def chapters_of(body: etree._Element) -> dict[str, list[etree._Element]]:
    """Each position's body elements, by its id: from its bookmark to the end of its section."""
    chapters: dict[str, list[etree._Element]] = {}
    for mark in body.iter(f"{W}bookmarkStart"):
        element = mark
        while element.getparent() is not body:
            element = element.getparent()
        own = []
        for part in [element, *element.itersiblings()]:
            own.append(part)
            if part.find(f".//{W}sectPr") is not None or part.tag == f"{W}sectPr":
                break
        spec_id = next(spec_id for spec_id in ("CLK-1", "HEAD-1", "LONE-1", "MGR-1", "MGR-2")
                       if spec_id in "".join(text.text or "" for part in own for text in part.iter(f"{W}t")))
        chapters[spec_id] = own
    return chapters


def canonical(style: etree._Element) -> bytes:
    return etree.tostring(style, method="c14n")


def sound_handbook(root: Path) -> tuple[Path, dict[str, bytes]]:
    """The Chinese handbook of the project at ``root``, its documents built
    first (to compare with), and its parts; checked valid, every link and
    page reference reaching its bookmark."""
    run(root, "build", "--lang", "zh")
    run(root, "handbook", "--lang", "zh")
    document = root / "output" / "handbook-zh.docx"
    package = parts(document)
    assert [str(violation) for violation in check_docx(document.read_bytes())] == []
    assert anchor_problems(package["word/document.xml"]) == []
    return document, package


def test_positions_of_two_forms_make_one_handbook_each_in_its_own_form(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    document, package = sound_handbook(tmp_path)
    body = body_of(document)
    assert "一、岗位基本信息" in form_at(body, "_Position4") and "一、岗位基本信息" in form_at(body, "_Position5")
    assert "职位名称" in form_at(body, "_Position1") and "一、岗位基本信息" not in form_at(body, "_Position1")
    styles = styles_of(package)
    chapters = chapters_of(body)
    for spec_id in ("CLK-1", "MGR-1"):
        alone = parts(tmp_path / "output" / "zh" / f"{spec_id}.docx")
        alone_styles = styles_of(alone)
        used = set().union(*(used_styles(part) for part in chapters[spec_id]))
        # the chapter uses the styles its form's document uses, defined as there
        assert used == used_styles(etree.fromstring(alone["word/document.xml"]))
        assert all(canonical(styles[style_id]) == canonical(alone_styles[style_id]) for style_id in used)
    # the corporate form's own section heading style is added; the forms' shared styles are the same, kept once
    assert "SectionHeading" in used_styles(chapters["MGR-1"][0].getparent()) and "SectionHeading" in styles
    assert not any(style_id.startswith("corporate-") for style_id in styles)
    # each chapter keeps its own section, its footer naming its position
    assert len(sections(body)) == 6
    footers = [text_of(part_of(package, reference)) for section in sections(body)[1:]
               for reference in section.iter(f"{W}footerReference")]
    assert [("运营经理" in footer, "客户经理" in footer) for footer in footers][3:] == [(False, True), (True, False)]


def part_of(package: dict[str, bytes], reference: etree._Element) -> etree._Element:
    """The header or footer a section's reference names."""
    rels = etree.fromstring(package["word/_rels/document.xml.rels"])
    target = next(rel.get("Target") for rel in rels if rel.get("Id") == reference.get(f"{{{R}}}id"))
    return etree.fromstring(package[f"word/{target}"])


def own_form(root: Path, change: dict[str, list[tuple[str, str]]], name: str = "corporate") -> None:
    """The project's own copy of the corporate form as form ``name``, its form.docx's
    parts changed: by part, each text replaced by another (each must be there; a
    part the form has not is made of the empty text)."""
    folder = root / "templates" / name
    shutil.copytree(PACKAGED_TEMPLATES / "corporate", folder)
    source = zipfile.ZipFile(io.BytesIO((folder / "form.docx").read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in dict.fromkeys([*source.namelist(), *change]):
            text = source.read(name) if name in source.namelist() else b""
            for old, new in change.get(name, []):
                assert old.encode() in text, (name, old)
                text = text.replace(old.encode(), new.encode(), 1)
            target.writestr(name, text)
    (folder / "form.docx").write_bytes(buffer.getvalue())


CLASHING = {
    # the cells' text blue and in KaiTi, a font the default form does not name
    "word/styles.xml": [('<w:style w:type="paragraph" w:customStyle="1" w:styleId="CellText"><w:name w:val="Cell Text"/>'
                         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0"/>'
                         '<w:jc w:val="left"/></w:pPr><w:rPr/>',
                         '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CellText"><w:name w:val="Cell Text"/>'
                         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0"/>'
                         '<w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:eastAsia="KaiTi"/><w:color w:val="1F3864"/>'
                         '</w:rPr>'),
                        # larger text and lines by default
                        ('<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang', '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang'),
                        ('<w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>',
                         '<w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>')],
    "word/fontTable.xml": [("</w:fonts>", '<w:font w:name="KaiTi"><w:charset w:val="86"/><w:family w:val="modern"/>'
                                          '<w:pitch w:val="fixed"/></w:font></w:fonts>')],
    "word/numbering.xml": [('<w:lvlText w:val="%1."/>', '<w:lvlText w:val="%1)"/>')],
}


def test_a_form_whose_styles_clash_keeps_them_under_its_own_ids(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    own_form(tmp_path, CLASHING)
    document, package = sound_handbook(tmp_path)
    styles, chapters = styles_of(package), chapters_of(body_of(document))
    alone = styles_of(parts(tmp_path / "output" / "zh" / "MGR-1.docx"))
    corporate = set().union(*(used_styles(part) for part in chapters["MGR-1"]))
    default = set().union(*(used_styles(part) for part in chapters["CLK-1"]))
    # every style the corporate chapter uses is its form's: under the form's own id, as the document
    # defaults differ, but for the one the default form has not
    alone_used = used_styles(etree.fromstring(parts(tmp_path / "output" / "zh" / "MGR-1.docx")["word/document.xml"]))
    # (and its tables and the paragraph that closes its section, which name no style, its default styles)
    assert {style_id.removeprefix("corporate-") for style_id in corporate} == alone_used | {"TableNormal", "Normal"}
    assert {style_id for style_id in corporate if not style_id.startswith("corporate-")} == {"SectionHeading"}
    assert styles["SectionHeading"].find(f"{W}basedOn").get(f"{W}val") == "corporate-Normal"
    assert "CellText" in default and not any(style_id.startswith("corporate-") for style_id in default)
    cell = styles["corporate-CellText"]
    assert cell.find(f"{W}name").get(f"{W}val") == "corporate-Cell Text"
    assert cell.find(f"{W}basedOn").get(f"{W}val") == "corporate-Normal"
    assert cell.find(f"{W}rPr/{W}color").get(f"{W}val") == "1F3864"
    assert canonical(cell.find(f"{W}pPr")) == canonical(alone["CellText"].find(f"{W}pPr"))
    assert styles["CellText"].find(f"{W}rPr/{W}color") is None
    # the form's document defaults are on its own normal style, which its unstyled paragraphs and tables name
    normal = styles["corporate-Normal"]
    assert normal.get(f"{W}default") is None and normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == "24"
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}line") == "300"
    paragraphs = [p for part in chapters["MGR-1"] for p in part.iter(f"{W}p")]
    assert paragraphs and all(p.find(f"{W}pPr/{W}pStyle") is not None for p in paragraphs)
    tables = [table for part in chapters["MGR-1"] for table in part.iter(f"{W}tbl")]
    assert tables and {table.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") for table in tables} == \
        {"corporate-TableNormal"}
    assert "corporate-TableNormal" in styles
    # the footers of its chapters are rewritten too
    [footer] = [part_of(package, reference) for reference in chapters["MGR-1"][-1].iter(f"{W}footerReference")]
    assert used_styles(footer) and all(style_id.startswith("corporate-") for style_id in used_styles(footer))
    # its font and its lists are added, each list under ids of its own
    fonts = [font.get(f"{W}name") for font in etree.fromstring(package["word/fontTable.xml"]).iter(f"{W}font")]
    assert fonts.count("KaiTi") == 1
    numbering = etree.fromstring(package["word/numbering.xml"])
    abstracts = [item.get(f"{W}abstractNumId") for item in numbering.iter(f"{W}abstractNum")]
    numbers = [item.get(f"{W}numId") for item in numbering.iter(f"{W}num")]
    assert len(abstracts) == 18 and len(set(abstracts)) == 18 and len(set(numbers)) == len(numbers) == 2 * len(
        etree.fromstring(parts(tmp_path / "output" / "zh" / "CLK-1.docx")["word/numbering.xml"]).findall(f"{W}num"))
    assert b'w:val="%1)"' in package["word/numbering.xml"] and b'w:val="%1."' in package["word/numbering.xml"]


def test_a_single_form_handbook_takes_its_forms_shared_parts_as_they_are(tmp_path):
    write_linked_set(tmp_path)
    run(tmp_path, "build", "--lang", "zh")
    run(tmp_path, "handbook", "--lang", "zh")
    package = parts(tmp_path / "output" / "handbook-zh.docx")
    alone = parts(tmp_path / "output" / "zh" / "CLK-1.docx")
    for name in ("word/styles.xml", "word/numbering.xml", "word/fontTable.xml", "word/settings.xml"):
        assert package[name] == alone[name]


def test_settings_that_only_record_the_editing_may_differ(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    own_form(tmp_path, {"word/settings.xml": [('<w:rsid w:val="00034616"/>', '<w:rsid w:val="00034617"/>'),
                                                        ('w:percent="100"', 'w:percent="120"')]})
    run(tmp_path, "build", "--lang", "zh")
    run(tmp_path, "handbook", "--lang", "zh")
    package = parts(tmp_path / "output" / "handbook-zh.docx")
    assert package["word/settings.xml"] == parts(tmp_path / "output" / "zh" / "CLK-1.docx")["word/settings.xml"]
    assert "一、岗位基本信息" in form_at(body_of(tmp_path / "output" / "handbook-zh.docx"), "_Position4")


@pytest.mark.parametrize(("change", "differs"), [
    ({"word/theme/theme1.xml": [('name="Office Theme"', 'name="Corporate Theme"')]},
     "word/theme/theme1.xml differs from the default form's (its contents)"),
    ({"word/settings.xml": [('<w:defaultTabStop w:val="720"/>', '<w:defaultTabStop w:val="840"/>')]},
     "word/settings.xml differs from the default form's (w:defaultTabStop)"),
], ids=["theme", "settings"])
def test_a_form_whose_parts_cannot_be_merged_makes_no_handbook_and_says_what_to_do(tmp_path, change, differs):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    own_form(tmp_path, change)
    result = run(tmp_path, "handbook", "--lang", "zh", expect=1)
    [line] = diagnostic_lines(result.output)
    assert line.startswith(f"output/handbook-zh.docx: error: cannot be made: the corporate form's {differs}")
    assert "--template" in line and "[handbook-forms]" in result.output
    assert not (tmp_path / "output" / "handbook-zh.docx").exists()
    assert "handbook: no position" in result.output  # the summary claims no handbook that was not written
    # one form for all, as the message says
    run(tmp_path, "handbook", "--lang", "zh", "--template", "corporate")
    assert "一、岗位基本信息" in form_at(body_of(tmp_path / "output" / "handbook-zh.docx"), "_Position1")
    # or a handbook of one form's specs, written elsewhere
    result = run(tmp_path, "handbook", "--lang", "zh", "-o", "output/managers", "specs/mgr-1.yaml",
                 "specs/mgr-2.yaml")
    assert "wrote output/managers/handbook-zh.docx" in result.output
    assert "岗位名称" in form_at(body_of(Path(tmp_path / "output/managers/handbook-zh.docx")), "_Position2")


def test_two_other_forms_that_add_the_same_style_differently_each_keep_their_own(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-1.yaml"')
                                         + CORPORATE.format(specs='"specs/mgr-2.yaml"').replace("corporate", "plant"),
                                         encoding="utf-8")
    own_form(tmp_path, {"word/styles.xml": [('<w:rsid w:val="00FC693F"/>', '<w:rsid w:val="00ABCDEF"/>'),
                                            ('<w:b/><w:sz w:val="24"/></w:rPr></w:style></w:styles>',
                                             '<w:b/><w:color w:val="C00000"/><w:sz w:val="24"/></w:rPr></w:style>'
                                             '</w:styles>')]}, name="plant")
    run(tmp_path, "handbook", "--lang", "zh")
    document = tmp_path / "output" / "handbook-zh.docx"
    package = parts(document)
    assert [str(violation) for violation in check_docx(document.read_bytes())] == []
    ids = [style.get(f"{W}styleId") for style in etree.fromstring(package["word/styles.xml"]).iter(f"{W}style")]
    assert len(ids) == len(set(ids))
    styles, chapters = styles_of(package), chapters_of(body_of(document))
    # the corporate form's, which the default form has not, under its id; the plant's, which differs, under its own;
    # a style that differs only in its revision id is the same
    corporate = set().union(*(used_styles(part) for part in chapters["MGR-1"]))
    plant = set().union(*(used_styles(part) for part in chapters["MGR-2"]))
    assert "SectionHeading" in corporate and "plant-SectionHeading" in plant and "SectionHeading" not in plant
    assert styles["SectionHeading"].find(f"{W}rPr/{W}color") is None
    assert styles["plant-SectionHeading"].find(f"{W}rPr/{W}color").get(f"{W}val") == "C00000"
    assert {style_id for style_id in plant if style_id.startswith("plant-")} == {"plant-SectionHeading"}


def picture(pdf: Path, page: int) -> bytes:
    """Page ``page`` of ``pdf`` drawn at 60 dpi, all but its bottom tenth (the footer, whose page number runs on)."""
    return subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-x", "0", "-y", "0", "-W", "496",
                           "-H", "630", "-gray", str(pdf)], check=True, capture_output=True).stdout


@pytest.mark.slow  # LibreOffice makes the PDFs
def test_each_position_looks_in_the_handbook_as_it_does_alone(tmp_path):
    """A default position and a corporate one (its form's styles clashing, its
    default text larger) drawn as in the documents the build makes."""
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    own_form(tmp_path, CLASHING)
    run(tmp_path, "build", "--lang", "zh")
    run(tmp_path, "handbook", "--lang", "zh")
    output = tmp_path / "output"
    documents = [output / "handbook-zh.docx", output / "zh" / "CLK-1.docx", output / "zh" / "MGR-1.docx"]
    pages = pdf_pages(documents)
    handbook = pages[documents[0]]
    for document in documents[1:]:
        spec_id = document.stem.lower()
        start = next(number for number, page in enumerate(handbook, start=1) if number > 4 and spec_id in page)
        alone = pages[document]
        assert len(alone) == (2 if spec_id == "mgr-1" else 1)  # the corporate form's larger text runs on
        for number in range(len(alone)):
            assert picture(document.with_suffix(".pdf"), number + 1) == picture(
                documents[0].with_suffix(".pdf"), start + number), (spec_id, number + 1)


HEADED = {
    # a header on every page, which the default form has not
    "word/_rels/document.xml.rels": [("</Relationships>", '<Relationship Id="rId10" Type="http://schemas.openxmlformats'
                                     '.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                                     "</Relationships>")],
    "[Content_Types].xml": [("</Types>", '<Override PartName="/word/header1.xml" ContentType="application/vnd.'
                            'openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')],
    "word/document.xml": [('<w:footerReference w:type="default" r:id="rId9"/>',
                           '<w:headerReference w:type="default" r:id="rId10"/>'
                           '<w:footerReference w:type="default" r:id="rId9"/>')],
    "word/header1.xml": [("", f'<w:hdr xmlns:w="{W[1:-1]}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
                              "<w:r><w:t>公司内部</w:t></w:r></w:p></w:hdr>")],
}


def test_a_form_with_headers_the_first_form_has_not_keeps_them(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    own_form(tmp_path, HEADED)
    run(tmp_path, "handbook", "--lang", "zh")
    document = tmp_path / "output" / "handbook-zh.docx"
    package = parts(document)
    assert [str(violation) for violation in check_docx(document.read_bytes())] == []
    chapters = chapters_of(body_of(document))
    for spec_id, headed in (("CLK-1", False), ("MGR-1", True), ("MGR-2", True)):
        section = next(chapters[spec_id][-1].iter(f"{W}sectPr"))
        headers = [text_of(part_of(package, reference)) for reference in section.iter(f"{W}headerReference")]
        footers = [text_of(part_of(package, reference)) for reference in section.iter(f"{W}footerReference")]
        assert headers == (["公司内部"] if headed else [])
        [footer] = footers
        assert POSITIONS[spec_id]["title"]["zh"] in footer

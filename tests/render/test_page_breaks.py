"""Pages that print like the paper form: no text, and no bilingual pair, cut
by a page break. The documents are converted to PDF by LibreOffice and each
page's text read with poppler (tests/pages.py): the examples in every
language, and generated shapes of specs. The rest checks the layout that
makes it so, in the rendered XML."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from click.testing import CliRunner
from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from jdgen.checking.template import hidden_fields
from jdgen.cli import main
from jdgen.i18n.spec_translation import hidden_field
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import load_spec
from jdgen.project import Project
from jdgen.render.pagination import ParagraphStyles, keep_rows_whole
from tests.built_in_forms import TEMPLATES, shown_on
from tests.conftest import copy_example
from tests.docx_reading import open_document
from tests.example_content import english
from tests.pages import cut_pairs, cut_texts, pdf_pages
from tests.strategies import _renamed, budget, spec_texts, specs

FOLDERS = {"zh": "zh", "en": "en", "bilingual": "zh+en"}
SHAPES = int(os.environ.get("JDGEN_SHAPES", "6"))
"""Generated specs converted in one LibreOffice run (three documents each);
``JDGEN_SHAPES`` asks for more, as for the other generated-spec tests."""

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext); .ci/run installs them",
)


def build(project: Path, template: str | None = None) -> None:
    """Build every document, on ``template`` (default: the project's form)."""
    chosen = ["--template", template] if template else []
    with contextlib.chdir(project):
        result = CliRunner().invoke(main, ["build", "--lang", ",".join(FOLDERS.values()), *chosen],
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.output


def cuts(pages: dict[Path, list[str]], project: Path, spec_id: str, zh: list[str], en: list[str]) -> list:
    """Every text and pair of one position cut by a page break, in any of its documents."""
    found = []
    for folder, texts in (("zh", zh), ("en", en), ("bilingual", zh + en)):
        page_texts = pages[project / "output" / folder / f"{spec_id}.docx"]
        found += [(folder, text) for text in cut_texts(page_texts, texts)]
        if folder == "bilingual":
            found += [(folder, pair) for pair in cut_pairs(page_texts, zip(zh, en, strict=True))]
    return found


@pytest.mark.slow
@needs_libreoffice
def test_no_text_of_the_examples_is_cut_by_a_page_break(tmp_path):
    project = copy_example(tmp_path / "project", every_spec=True)
    build(project)
    catalog = english()
    positions = {}
    for path in sorted((project / "specs").glob("*.yaml")):
        spec, _, problems = load_spec(path, f"specs/{path.name}", root=project)
        assert spec is not None, problems
        texts = [text for _, text in iter_texts(spec)]
        zh = [text["zh"] if isinstance(text, dict) else text for text in texts]
        en = [text.get("en") or catalog[text["zh"]] if isinstance(text, dict) else catalog[text] for text in texts]
        positions[spec.id] = (zh, en)
    documents = [project / "output" / folder / f"{spec_id}.docx" for spec_id in positions for folder in FOLDERS]
    pages = pdf_pages(documents)
    assert all(len(pages[document]) > 1 for document in documents if "bilingual" in document.parts)
    assert [cut for spec_id, (zh, en) in positions.items() for cut in cuts(pages, project, spec_id, zh, en)] == []


@pytest.mark.slow
@needs_libreoffice
@budget(1, shrink=False)
@given(shapes=st.lists(specs(), min_size=SHAPES, max_size=SHAPES))
def test_no_text_of_generated_shapes_is_cut_by_a_page_break(tmp_path_factory, shapes):
    """Half of the shapes on each built-in form, all converted in one run."""
    positions, documents = {}, []
    for number, template in enumerate(TEMPLATES):
        project = tmp_path_factory.mktemp(f"shapes-{template}")
        (project / "specs").mkdir()
        for index, shape in list(enumerate(shapes))[number::len(TEMPLATES)]:
            spec = _renamed(shape, f"GEN-{index:03d}")
            shown = shown_on(template, spec)
            positions[spec["id"]] = (project, spec_texts(shown, "zh"), spec_texts(shown, "en"))
            (project / "specs" / f"gen-{index:03d}.yaml").write_text(
                yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
        build(project, template)
    documents = [project / "output" / folder / f"{spec_id}.docx" for spec_id, (project, _, _) in positions.items()
                 for folder in FOLDERS]
    pages = pdf_pages(documents)
    assert [cut for spec_id, (project, zh, en) in positions.items()
            for cut in cuts(pages, project, spec_id, zh, en)] == []


@pytest.mark.slow
@needs_libreoffice
def test_no_text_of_the_corporate_example_is_cut_by_a_page_break(tmp_path):
    """The example a project on the corporate form starts with: one to two pages in
    Chinese and in English, no text and no bilingual pair cut."""
    with contextlib.chdir(tmp_path):
        CliRunner().invoke(main, ["init", "--template", "corporate", "project"], catch_exceptions=False)
    project = tmp_path / "project"
    build(project)
    [path] = (project / "specs").glob("*.yaml")
    spec, _, problems = load_spec(path, f"specs/{path.name}", root=project)
    assert spec is not None, problems
    with (project / "translations" / "en.po").open("rb") as stream:  # a unit's plural: the example counts more
        catalog = {m.id[0] if m.pluralizable else m.id: m.string[-1] if m.pluralizable else m.string
                   for m in read_po(stream) if m.id}
    hidden = hidden_fields(*Project(project).template_folder("corporate"))  # texts the form shows nowhere
    zh = [text for field, text in iter_texts(spec) if not hidden_field(field, hidden)]
    en = [catalog[text] for text in zh]
    documents = [project / "output" / folder / f"{spec.id}.docx" for folder in FOLDERS]
    pages = pdf_pages(documents)
    assert [len(pages[document]) for document in documents[:2]] == [2, 2]
    assert cuts(pages, project, spec.id, zh, en) == []


# --- the layout, in the XML -------------------------------------------------------

def test_every_row_of_a_built_document_is_kept_whole_and_every_paragraph_too(built_example):
    for language in ("zh", "en"):
        document = open_document(built_example / language / "BCM-001.docx")
        rows = list(document.element.body.iter(qn("w:tr")))
        assert rows and all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
        defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
        assert defaults.find(qn("w:keepLines")) is not None
        assert defaults.find(qn("w:widowControl")) is not None


def test_headings_keep_with_what_they_head(built_example):
    document = open_document(built_example / "zh" / "BCM-001.docx")
    assert {"Group", "ItemHeading"} <= ParagraphStyles.read(etree.tostring(document.styles.element)).kept


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def table(rows: str) -> etree._Element:
    return etree.fromstring(f'<w:tbl xmlns:w="{W}">{rows}</w:tbl>')


def cell(width: int, *paragraphs: str, merge: str = "") -> str:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}</w:tcPr>{body}</w:tc>'


def texts_by_column(root: etree._Element) -> list[list[str]]:
    columns: list[list[str]] = []
    for row in root.iter(f"{{{W}}}tr"):
        for index, tc in enumerate(row.iter(f"{{{W}}}tc")):
            if len(columns) <= index:
                columns.append([])
            columns[index] += [t.text for t in tc.iter(f"{{{W}}}t")]
    return columns


def test_a_row_that_may_break_is_cut_into_rows_kept_whole_that_read_as_one():
    left = [f"职责{n}" + "字" * 60 for n in range(12)]
    right = [f"指标{n}" + "字" * 30 for n in range(5)]
    root = table("<w:tr><w:trPr/>" + cell(1000, "主要职责", merge='<w:vMerge w:val="restart"/>')
                 + cell(4000, *left) + cell(4000, *right) + "</w:tr>")
    assert keep_rows_whole(root, ParagraphStyles())
    rows = root.findall(f"{{{W}}}tr")
    assert len(rows) > 2
    assert all(row.find(f"{{{W}}}trPr/{{{W}}}cantSplit") is not None for row in rows)
    assert texts_by_column(root) == [["主要职责"], left, right]  # each column reads on, in its order
    merges = [row.find(f"{{{W}}}tc/{{{W}}}tcPr/{{{W}}}vMerge") for row in rows]
    assert merges[0].get(f"{{{W}}}val") == "restart" and all(m.get(f"{{{W}}}val") is None for m in merges[1:])
    for index, row in enumerate(rows):  # no border between the rows of one
        content = row.findall(f"{{{W}}}tc")[1:]
        tops = {tc.find(f".//{{{W}}}tcBorders/{{{W}}}top") is not None for tc in content}
        bottoms = {tc.find(f".//{{{W}}}tcBorders/{{{W}}}bottom") is not None for tc in content}
        assert tops == {index > 0} and bottoms == {index < len(rows) - 1}
        assert all(tc[-1].tag == f"{{{W}}}p" for tc in row.findall(f"{{{W}}}tc"))


def test_a_heading_is_never_parted_from_what_follows_it():
    heading = '<w:p><w:pPr><w:pStyle w:val="Group"/></w:pPr><w:r><w:t>一、岗位职责</w:t></w:r></w:p>'
    items = "".join(f"<w:p><w:r><w:t>{n}{'字' * 40}</w:t></w:r></w:p>" for n in range(6))
    cells = [f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{items}{heading}{items}</w:tc>']
    root = table("<w:tr>" + "".join(cells) + "</w:tr>")
    keep_rows_whole(root, ParagraphStyles(kept=frozenset({"Group"})))
    for row in root.findall(f"{{{W}}}tr"):
        paragraphs = row.findall(f"{{{W}}}tc/{{{W}}}p")
        assert paragraphs[-1].find(f"{{{W}}}pPr/{{{W}}}pStyle") is None  # no row ends with the heading


def test_rows_kept_whole_already_are_left_as_they_are():
    row = "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(4000, *["字" * 80] * 20) + "</w:tr>"
    root = table(row)
    before = etree.tostring(root)
    assert not keep_rows_whole(root, ParagraphStyles())
    assert etree.tostring(root) == before

"""The example's documents as real readers see them: LibreOffice converts them
to PDF (with the Chinese text in an embedded CJK font), and docx2python, a
reader independent of python-docx, finds every text of the spec in them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from docx2python import docx2python

from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import load_spec
from tests.conftest import EXAMPLE_SPEC, REPO
from tests.docx_reading import CJK

LANGUAGES = ["zh", "en"]
SPEC, _, _problems = load_spec(REPO / EXAMPLE_SPEC, EXAMPLE_SPEC, root=REPO)
assert SPEC is not None, _problems
with (REPO / "translations/en.po").open("rb") as _stream:
    ENGLISH = {message.id: message.string for message in read_po(_stream) if message.id}
SOURCE_TEXTS = [text for _, text in iter_texts(SPEC)]
KEY_TEXTS = [SPEC.title, SPEC.basic.department, SPEC.basic.reports_to, *SPEC.basic.subordinates]
"""Short texts that a PDF's text layer keeps whole (long ones wrap across table cells)."""
EXPECTED_IN_PDF = {
    "zh": [SPEC.id, SPEC.document.number, "职位说明书", "2014年12月9日", *KEY_TEXTS],
    "en": [SPEC.id, SPEC.document.number, "Job Description", "9 December 2014",
           *(ENGLISH[text] for text in KEY_TEXTS)],
}


def squeeze(text: str) -> str:
    """``text`` without white space: a PDF's text layer spaces and breaks lines at will."""
    return re.sub(r"\s+", "", text)


# --- LibreOffice -----------------------------------------------------------------

TOOLS = ["soffice", "pdffonts", "pdftotext"]
needs_libreoffice = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs LibreOffice (soffice) and poppler-utils (pdffonts, pdftotext); .ci/run installs them",
)


@pytest.fixture(scope="module")
def pdfs(built_example: Path, tmp_path_factory) -> dict[str, Path]:
    """The example's documents converted to PDF by LibreOffice, by language."""
    work = tmp_path_factory.mktemp("pdf")
    sources = []
    for language in LANGUAGES:
        source = work / f"BCM-001-{language}.docx"
        shutil.copyfile(built_example / language / "BCM-001.docx", source)
        sources.append(str(source))
    profile = (work / "libreoffice-profile").as_uri()
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(work / "out"), *sources],
        capture_output=True, text=True, timeout=300, check=False,
    )
    log = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, log
    assert "Error" not in result.stdout + result.stderr, log
    converted = {language: work / "out" / f"BCM-001-{language}.pdf" for language in LANGUAGES}
    for path in converted.values():
        assert path.is_file() and path.read_bytes().startswith(b"%PDF"), log
    return converted


def embedded_fonts(pdf: Path) -> list[str]:
    """The names of the fonts embedded in ``pdf``, as pdffonts lists them."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    # name, type, encoding, then the emb/sub/uni columns and the object id
    return [line.split()[0] for line in lines[2:] if line.split()[-5] == "yes"]


@pytest.mark.slow  # LibreOffice
@needs_libreoffice
def test_chinese_pdf_embeds_a_cjk_font(pdfs):
    fonts = embedded_fonts(pdfs["zh"])
    assert any("CJK" in name for name in fonts), fonts


@pytest.mark.slow  # LibreOffice
@needs_libreoffice
def test_english_pdf_needs_no_cjk_font(pdfs):
    fonts = embedded_fonts(pdfs["en"])
    assert fonts and not any("CJK" in name for name in fonts), fonts


@pytest.mark.slow  # LibreOffice
@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_text_holds_the_key_texts(pdfs, language):
    text = squeeze(subprocess.run(["pdftotext", str(pdfs[language]), "-"],
                                  capture_output=True, text=True, check=True).stdout)
    assert [key for key in EXPECTED_IN_PDF[language] if squeeze(key) not in text] == []
    if language == "en":
        assert CJK.findall(text) == []


# --- docx2python -----------------------------------------------------------------

def read_with_docx2python(path: Path) -> tuple[str, dict]:
    """The whole text (body, headers, footers) and the core properties of a document."""
    with docx2python(path) as document:
        return document.text, document.core_properties


def test_docx2python_finds_every_chinese_text(built_example):
    text, properties = read_with_docx2python(built_example / "zh" / "BCM-001.docx")
    assert [source for source in SOURCE_TEXTS if source not in text] == []
    assert SPEC.title in properties["title"]


def test_docx2python_finds_no_chinese_in_the_english_document(built_example):
    text, properties = read_with_docx2python(built_example / "en" / "BCM-001.docx")
    assert CJK.findall(text) == []
    assert [value for value in properties.values() if CJK.search(str(value))] == []
    # list values start with a capital in English: compare without case
    missing = [ENGLISH[source] for source in SOURCE_TEXTS if ENGLISH[source].lower() not in text.lower()]
    assert missing == []

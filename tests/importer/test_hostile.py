"""Hostile packages: a .docx that inflates far beyond its size, one whose
declared sizes lie, damaged numbering and deep nesting. Each is refused
fast with a clear error naming the file, in bounded memory, and the other
documents of the run are imported."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import struct
import subprocess
import sys
import time
import zipfile
import zlib

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jdgen.cli import main
from jdgen.importer.package import PART_LIMIT, Refused
from jdgen.importer.reading import read_rows
from tests.importer.forms import split_over_pages

_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_TAIL = b"</w:body></w:document>"
_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                  b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


@pytest.fixture(autouse=True)
def _out_of_the_sweep(tmp_path):
    """The hostile files are removed after each test, kept out of the suite's LibreOffice sweep."""
    yield
    for path in tmp_path.glob("*.docx"):
        if path.name != "good.docx":
            path.unlink()


def run(root, *args):
    with contextlib.chdir(root):
        return CliRunner().invoke(main, ["import", *args], catch_exceptions=False)


def streamed_package(path, body_piece: bytes, size: int, compression: int = zipfile.ZIP_DEFLATED) -> None:
    """A .docx whose body repeats ``body_piece`` to ``size`` bytes, written
    a chunk at a time (the test never holds it inflated)."""
    with zipfile.ZipFile(path, "w", compression, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with package.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD)
            chunk = body_piece * (1024 * 1024 // len(body_piece))
            for _ in range(size // len(chunk)):
                stream.write(chunk)
            stream.write(_TAIL)


@pytest.fixture(scope="module")
def gigabyte_bomb(tmp_path_factory):
    """About 1 MB that inflates to 1 GiB of one text node."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with package.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD + b"<w:p><w:r><w:t>")
            chunk = b"a" * (8 * 1024 * 1024)
            for _ in range(128):
                stream.write(chunk)
            stream.write(b"</w:t></w:r></w:p>" + _TAIL)
    yield path
    path.unlink()  # not a document LibreOffice should convert: kept out of the suite's sweep


@pytest.fixture(scope="module")
def paragraph_flood(tmp_path_factory):
    """A package that inflates to 100 MiB of small paragraphs."""
    path = tmp_path_factory.mktemp("flood") / "flood.docx"
    streamed_package(path, b"<w:p><w:r><w:t>x</w:t></w:r></w:p>", 100 * 1024 * 1024)
    yield path
    path.unlink()


def lying_package(path) -> None:
    """A body of 20 MiB of paragraphs whose central directory declares 1000 bytes."""
    streamed_package(path, b"<w:p><w:r><w:t>x</w:t></w:r></w:p>", 20 * 1024 * 1024)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for start in _all(data, name):
        header = start - 46  # a central directory header: its signature, and the sizes at 20 and 24
        if header >= 0 and data[header:header + 4] == b"PK\x01\x02":
            struct.pack_into("<I", data, header + 24, 1000)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as package:
        assert package.getinfo("word/document.xml").file_size == 1000


def _all(data: bytes, needle: bytes):
    start = data.find(needle)
    while start != -1:
        yield start
        start = data.find(needle, start + 1)


_MEASURED = """
import re, runpy, sys
sys.argv = ["jdgen", *sys.argv[1:]]
try:
    runpy.run_module("jdgen", run_name="__main__")
except SystemExit as stop:
    code = stop.code
status = open("/proc/self/status", encoding="ascii").read()
print("peak-kib", re.search(r"VmHWM:\\s+(\\d+) kB", status)[1], file=sys.stderr)
sys.exit(code)
"""
"""The import in a process of its own, printing its peak memory: the high-water
mark of its own memory (VmHWM), which, unlike getrusage's, does not carry the
size of the process it was started from (the test runner) across exec."""


def _children_cpu() -> float:
    """The processor time of this process's finished children, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured(root, document) -> tuple[subprocess.CompletedProcess, float, float]:
    """The import of ``document`` in a process of its own: its result, its
    processor time in seconds (which a busy machine hardly changes, unlike
    the time on the clock) and its own peak memory in MiB (not its parent's
    other children's, such as LibreOffice runs of other tests)."""
    started = _children_cpu()
    result = subprocess.run([sys.executable, "-c", _MEASURED, "import", str(document), "-o", str(root / "specs")],
                            cwd=root, capture_output=True, text=True, timeout=120)
    elapsed = _children_cpu() - started
    peak = int(re.search(r"peak-kib (\d+)", result.stderr)[1])
    return result, elapsed, peak / 1024


@pytest.mark.slow  # a gigabyte to compress, then a process measured
def test_a_package_inflating_to_a_gigabyte_is_refused_at_once(tmp_path, gigabyte_bomb):
    assert gigabyte_bomb.stat().st_size < 2 * 1024 * 1024
    result, elapsed, peak = measured(tmp_path, gigabyte_bomb)
    assert result.returncode == 1, result.stderr
    assert "bomb.docx: error: word/document.xml declares 1024 MiB of content, over the import's limit" \
        in result.stderr
    assert "[import-refused]" in result.stderr and "Traceback" not in result.stderr
    assert elapsed < 5  # the process's start included; the refusal itself is well under a second
    assert peak < 200
    assert not (tmp_path / "specs").exists()


def test_a_package_of_a_hundred_mebibytes_of_paragraphs_is_refused_at_once(tmp_path, paragraph_flood):
    result, elapsed, peak = measured(tmp_path, paragraph_flood)
    assert result.returncode == 1
    assert "flood.docx: error: word/document.xml declares 100 MiB of content" in result.stderr
    assert elapsed < 5 and peak < 200


@pytest.mark.slow
def test_refusing_by_declared_size_takes_well_under_a_second(gigabyte_bomb, paragraph_flood):
    for document in (gigabyte_bomb, paragraph_flood):
        started = time.process_time()
        with pytest.raises(Refused, match="declares"):
            read_rows(document)
        assert time.process_time() - started < 0.2


def test_a_package_whose_declared_size_lies_is_capped_while_inflating(tmp_path):
    lying_package(tmp_path / "liar.docx")
    split_over_pages(tmp_path / "good.docx")
    result = run(tmp_path, "liar.docx", "good.docx", "-o", "specs")
    assert result.exit_code == 1
    assert "liar.docx: error: word/document.xml " in result.output, result.output
    assert "Traceback" not in result.output
    assert sorted(path.name for path in (tmp_path / "specs").iterdir()) == ["good.yaml"]
    measured_result, elapsed, peak = measured(tmp_path, tmp_path / "liar.docx")
    assert measured_result.returncode == 1 and peak < 200


@pytest.mark.slow  # a process measured
def test_a_body_just_under_the_limits_is_read_in_bounded_memory(tmp_path):
    """The largest body the import reads: just under 10,000 paragraphs of
    long texts, 16 MiB, in under 200 MB."""
    pieces = b"".join(b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % os.urandom(800).hex().encode()
                      for _ in range(100))
    streamed_package(tmp_path / "large.docx", pieces, PART_LIMIT - 1024 * 1024)
    result, _, peak = measured(tmp_path, tmp_path / "large.docx")
    assert "no job-description form recognised" in result.stderr, result.stderr
    assert peak < 200


def test_a_body_of_too_many_elements_is_refused_before_it_is_parsed(tmp_path):
    streamed_package(tmp_path / "tags.docx", b"<w:p/>" * 1000, 3 * 1024 * 1024, zipfile.ZIP_STORED)
    started = time.process_time()
    with pytest.raises(Refused, match="holds more than 400,000 tags"):
        read_rows(tmp_path / "tags.docx")
    assert time.process_time() - started < 0.5


def test_a_body_of_too_many_paragraphs_is_refused_before_it_is_read(tmp_path):
    streamed_package(tmp_path / "paragraphs.docx", b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 100, 1024 * 1024)
    started = time.process_time()
    with pytest.raises(Refused, match=r"has [\d,]{6} paragraphs and table rows, over the import's limit of 10,000"):
        read_rows(tmp_path / "paragraphs.docx")
    assert time.process_time() - started < 0.5


def _numbered_form(path, level: str) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("职位名称", "柜员"), ("职位编号", "GY-09"), ("主要职责", "办理存取款业务")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    properties = table.cell(2, 1).paragraphs[0]._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", level), ("w:numId", "1")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        numbering.append(child)
    properties.append(numbering)
    document.save(str(path))


def test_a_numbering_level_that_is_no_number_is_a_located_error(tmp_path):
    _numbered_form(tmp_path / "bad-level.docx", "one")
    split_over_pages(tmp_path / "good.docx")
    result = run(tmp_path, "bad-level.docx", "good.docx", "-o", "specs")
    assert result.exit_code == 1
    assert ('bad-level.docx: error: the paragraph "办理存取款业务" has the numbering level "one", '
            "which is not a level Word uses") in result.output, result.output
    assert "Traceback" not in result.output
    assert sorted(path.name for path in (tmp_path / "specs").iterdir()) == ["good.yaml"]


def test_content_controls_nested_a_thousand_deep_are_a_located_error(tmp_path):
    nested = b"".join(b"<w:sdt><w:sdtContent>" for _ in range(1000)) + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" \
        + b"".join(b"</w:sdtContent></w:sdt>" for _ in range(1000))
    with zipfile.ZipFile(tmp_path / "deep.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("word/document.xml", _HEAD + nested + _TAIL)
    result = run(tmp_path, "deep.docx")
    assert result.exit_code == 1
    assert "deep.docx: error: word/document.xml, line 1: elements nested more than 256 deep" in result.output
    assert "[import-refused]" in result.output and "Traceback" not in result.output


def test_a_compressed_part_beyond_the_ratio_is_refused(tmp_path):
    """2 MiB of one repeated byte compresses about a thousand times."""
    with zipfile.ZipFile(tmp_path / "ratio.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("word/document.xml", _HEAD + b"<w:p><w:r><w:t>" + b"a" * (2 * 1024 * 1024)
                         + b"</w:t></w:r></w:p>" + _TAIL)
    assert len(zlib.compress(b"a" * 1024)) < 50
    result = run(tmp_path, "ratio.docx")
    assert "ratio.docx: error: word/document.xml would inflate" in result.output
    assert "(the import's limit is 100 times)" in result.output

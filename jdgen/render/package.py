"""Write .docx packages fast and reproducibly.

A template's parts that never change (styles, theme, settings, ...) are
compressed once; each document then compresses only its rendered parts.
Python's zipfile cannot write data that is already compressed, so the few
records of the zip format are written here (no zip64: a form is far below
4 GiB). Entry order, timestamps and attributes are fixed, and the document
properties come from the spec, so the same inputs give the same bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

CORE_PROPERTIES = "docProps/core.xml"
APP_PROPERTIES = "docProps/app.xml"
COMPRESSION_LEVEL = 6
_DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
_DOS_TIME_MIDNIGHT = 0

_CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>\
<dc:language>{language}</dc:language><cp:revision>1</cp:revision>{status}{dates}</cp:coreProperties>"""
_DATES_XML = """<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified>"""

PROPERTY_NAMES = ("title", "subject", "creator", "language", "date", "status")


def core_properties_xml(properties: dict[str, str]) -> bytes:
    """Document properties from the spec (never from the clock); a spec with
    no date gives a document without creation and modification dates, and
    only a draft has a status."""
    values = {name: escape(properties[name], quote=False) for name in PROPERTY_NAMES}
    dates = _DATES_XML.format(date=values["date"]) if values["date"] else ""
    status = f"<cp:contentStatus>{values['status']}</cp:contentStatus>" if values["status"] else ""
    return _CORE_XML.format(**{**values, "status": status}, dates=dates).encode("utf-8")


_APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Application>jdgen {version}</Application></Properties>"""


def app_properties_xml() -> bytes:
    """Extended properties that tell the truth: the application that wrote the
    document, and no page, word or line counts (only a layout engine knows them)."""
    from jdgen import __version__

    return _APP_XML.format(version=escape(__version__, quote=False)).encode("utf-8")


@dataclass(frozen=True)
class _Member:
    name: bytes
    crc: int
    size: int
    compressed: bytes


def _compress(name: str, data: bytes) -> _Member:
    return _compress_pieces(name, (data,))


def _compress_pieces(name: str, pieces: Iterable[bytes]) -> _Member:
    """A part given in pieces, compressed (to the same bytes as whole)."""
    compressor = zlib.compressobj(COMPRESSION_LEVEL, zlib.DEFLATED, -15)
    compressed, crc, size = bytearray(), 0, 0
    for piece in pieces:
        crc, size = zlib.crc32(piece, crc), size + len(piece)
        compressed += compressor.compress(piece)
    compressed += compressor.flush()
    return _Member(name.encode("ascii"), crc, size, bytes(compressed))


class PackageWriter:
    """Writes documents that share a template's static parts.

    ``parts`` is the template package in order; the names in ``rendered``
    are supplied per document (plus the document properties).
    """

    def __init__(self, parts: dict[str, bytes], rendered: set[str]) -> None:
        self.dynamic = set(rendered) | ({CORE_PROPERTIES} & set(parts))
        self.order = list(parts)
        if APP_PROPERTIES in parts:  # whatever program last saved the template
            parts = {**parts, APP_PROPERTIES: app_properties_xml()}
        self.static = {name: _compress(name, data) for name, data in parts.items() if name not in self.dynamic}

    def write(self, rendered: dict[str, bytes], properties: dict[str, str]) -> bytes:
        """Return the bytes of one .docx."""
        rendered = {**rendered, CORE_PROPERTIES: core_properties_xml(properties)}
        entries = [
            self.static[name] if name in self.static else _compress(name, rendered[name])
            for name in self.order
        ]
        return _zip(entries)


def _zip(entries: list[_Member]) -> bytes:
    body, directory = bytearray(), bytearray()
    for entry in entries:
        offset = len(body)
        body += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, _DOS_TIME_MIDNIGHT, _DOS_DATE_1980_01_01,
            entry.crc, len(entry.compressed), entry.size, len(entry.name), 0,
        )
        body += entry.name + entry.compressed
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, _DOS_TIME_MIDNIGHT, _DOS_DATE_1980_01_01,
            entry.crc, len(entry.compressed), entry.size, len(entry.name), 0, 0, 0, 0, 0o644 << 16, offset,
        )
        directory += entry.name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return bytes(body + directory + end)


def zip_parts(parts: Iterable[tuple[str, Iterable[bytes]]]) -> bytes:
    """A zip package of ``parts`` (each name with its bytes in pieces: a
    large part is never whole uncompressed) in their order, with fixed timestamps."""
    return _zip([_compress_pieces(name, pieces) for name, pieces in parts])

"""Write a .docx package reproducibly: fixed entry order, timestamps and
document properties, so the same inputs give the same bytes."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

CORE_PROPERTIES = "docProps/core.xml"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

_CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>\
<dc:language>{language}</dc:language><cp:revision>1</cp:revision>\
<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified>\
</cp:coreProperties>"""

PROPERTY_NAMES = ("title", "subject", "creator", "language", "date")


def core_properties_xml(properties: dict[str, str]) -> bytes:
    """Document properties from the spec (never from the clock)."""
    values = {name: escape(properties[name]) for name in PROPERTY_NAMES}
    return _CORE_XML.format(**values).encode("utf-8")


def write_package(parts: dict[str, bytes], properties: dict[str, str]) -> bytes:
    """Zip ``parts`` in their given order with fixed metadata; return the bytes.

    The template's own document properties are replaced by ``properties``.
    """
    if CORE_PROPERTIES in parts:
        parts = {**parts, CORE_PROPERTIES: core_properties_xml(properties)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            package.writestr(info, data, compresslevel=6)
    return buffer.getvalue()

"""A .docx package opened defensively: the parts the import reads, each
refused before it is inflated when its declared size or compression ratio
is beyond what a job description needs, inflated with a cap in case the
declared size lies, and parsed by lxml with its own limits kept (no huge
trees, no entities, no network).

The limits (documented in the README's import section):

- ``PART_LIMIT``: a part the import reads (the body, styles, numbering,
  headers, footers) may inflate to 16 MiB; a real form's body is well
  under 1 MiB.
- ``PACKAGE_LIMIT``: those parts together, 32 MiB.
- ``RATIO_LIMIT``: a part over 1 MiB may be at most 100 times its
  compressed size (Word's own XML compresses 5 to 20 times).
- ``TAG_LIMIT``: a part may hold at most 400,000 tags (a 30-page form
  has about 30,000), counted before it is parsed: the bound on the
  parsed tree's memory.
- ``BLOCK_LIMIT``: the body may hold at most 10,000 paragraphs and table
  rows (a 30-page form has about 1,000): the bound on the reading's time.
- lxml's defaults without ``huge_tree``: elements nested at most 256 deep,
  a text node at most 10 MB.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

MiB = 1024 * 1024
PART_LIMIT = 16 * MiB
PACKAGE_LIMIT = 32 * MiB
RATIO_LIMIT = 100
TAG_LIMIT = 400_000
BLOCK_LIMIT = 10_000
RATIO_FLOOR = 1 * MiB
"""Parts smaller than this are not held to the ratio (a small part of
repeated markup may compress very well)."""
_CHUNK = 256 * 1024


class NotAForm(Exception):
    """The file cannot be read as a Word document; the message says why and what to do."""

    code = "import-file"


class Refused(NotAForm):
    """The package is beyond the import's limits or damaged in its structure."""

    code = "import-refused"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


class Package:
    """The parts of one opened .docx, read and parsed within the limits."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.inflated = 0

    def names(self) -> list[str]:
        return self.archive.namelist()

    def data(self, part: str) -> bytes | None:
        """The bytes of ``part``, inflated within the limits; None when it is absent."""
        try:
            return self._inflate(self.archive.getinfo(part))
        except KeyError:
            return None

    def xml(self, part: str, required: bool = False):
        """The parsed root of ``part``; None when it is absent (or, for a
        part that is not ``required``, damaged); raise NotAForm otherwise."""
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            if required:
                raise NotAForm("not a Word document (.docx); save it from Word or WPS as .docx") from None
            return None
        data = self._inflate(info)
        if data.count(b"<") > TAG_LIMIT:
            raise Refused(f"{part} holds more than {TAG_LIMIT:,} tags (a 30-page form has about 30,000): "
                          "no job description is this large; check that this is the right file")
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as error:
            if not required and "Excessive depth" not in str(error.msg):
                return None
            raise Refused(_damaged(part, error)) from None

    def _inflate(self, info: zipfile.ZipInfo) -> bytes:
        declared = info.file_size
        if declared > PART_LIMIT or self.inflated + declared > PACKAGE_LIMIT:
            raise Refused(f"{info.filename} declares {_size(declared)} of content, over the import's limit of "
                          f"{_size(PART_LIMIT)} a part ({_size(PACKAGE_LIMIT)} in all): no job description "
                          "is this large; check that this is the right file")
        if declared > RATIO_FLOOR and declared > RATIO_LIMIT * max(info.compress_size, 1):
            raise Refused(f"{info.filename} would inflate {declared // max(info.compress_size, 1)} times "
                          f"(the import's limit is {RATIO_LIMIT} times): the file is not a document Word "
                          "wrote; check that this is the right file")
        cap = min(PART_LIMIT, PACKAGE_LIMIT - self.inflated)
        chunks, total = [], 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    if total > cap:
                        raise Refused(f"{info.filename} inflates beyond the import's limit of {_size(PART_LIMIT)} "
                                      "(more than its declared size): the file is damaged or not a document "
                                      "Word wrote")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
            raise Refused(f"{info.filename} cannot be unpacked ({error}); open the document in Word and "
                          "save it again") from None
        self.inflated += total
        return b"".join(chunks)


def open_package(path: Path) -> zipfile.ZipFile:
    """The zip archive at ``path``; raise NotAForm when it is none."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise NotAForm("not a Word document (.docx); save it from Word or WPS as .docx") from None


def _damaged(part: str, error: etree.XMLSyntaxError) -> str:
    line = f", line {error.lineno}" if error.lineno else ""
    if "Excessive depth" in str(error.msg):
        return (f"{part}{line}: elements nested more than 256 deep (content controls or tables inside "
                "each other); no form needs this: the file is damaged or not a document Word wrote")
    return f"the document is damaged ({part}{line}: {error.msg}); open it in Word and save it again"


def _size(count: int) -> str:
    return f"{count / MiB:.0f} MiB" if count >= MiB else f"{count} bytes"

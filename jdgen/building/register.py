"""The register of positions: ``output/positions.xlsx``, one row per spec.

It lists what the people who manage the set look up: each position's id,
title and department in every language, grade, superior, subordinates,
headcount, how much of it is translated, the form (template) its documents
are made with, and its file. The workbook is
reproducible (fixed zip and document dates, rows sorted by id) and written
atomically, only when its content changes. Each row is cached in the output
folder (``.jdgen-register.json``) with a fingerprint of what it was made
from, so a build recomputes only the rows of the specs it looks at again.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen import __version__
from jdgen.building.manifest import REGISTER_NAME, REGISTER_RECORD_NAME
from jdgen.output import InTheWay, in_the_way, json_pieces, write_atomically

if TYPE_CHECKING:  # the model and catalogs are imported when a row is made: a no-op build needs neither
    import zipfile

    from jdgen.building.manifest import Manifest
    from jdgen.building.work import ProducerSetup
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.jobspec.collection import LoadedSpec

FORMAT = 3
DEPARTMENT = ("basic", "department")
_FIXED_DATE = datetime.datetime(2000, 1, 1)
_MAX_WIDTH = 60

Row = list[str | int | float | None]


def columns(languages: list[str]) -> list[str]:
    """The header of the register for the build's ``languages``."""
    return (["id"] + [f"title ({language})" for language in languages]
            + [f"department ({language})" for language in languages]
            + ["grade", "superior", "subordinates", "headcount"]
            + [f"translated ({language})" for language in languages] + ["form", "source file"])


def register_row(entry: LoadedSpec, catalogs: CatalogFolder, languages: list[str], template: str) -> Row:
    """One spec's row: the title and the department per language (empty
    where untranslated: one department reads alike in every spec of a
    language, so a filter finds them all), the other texts in the spec's
    source language, per language the share of its texts that have a
    usable translation, and the template its documents are made with."""
    from jdgen.i18n.translate import Translated, Translator, translate_texts

    spec = entry.spec
    titles, departments, coverage = [], [], []
    for language in languages:
        translator = Translator(language, spec.source_language, _catalog(catalogs, language))
        texts = translate_texts(spec, translator)
        untranslated = {gap.field for gap in translator.gaps}
        titles.append(None if ("title",) in untranslated else texts[("title",)])
        departments.append(None if DEPARTMENT in untranslated else texts[DEPARTMENT])
        coverage.append(round(1 - len(untranslated) / len(texts), 4) if texts else 1.0)
    source = Translated(spec, translate_texts(spec, Translator(spec.source_language, spec.source_language, None)))
    basic = source.basic
    return [spec.id, *titles, *departments, _plain(spec.basic.grade), _plain(basic.reports_to),
            "\n".join(map(str, basic.subordinates)) or None, spec.basic.headcount, *coverage, template,
            entry.loaded.path]


def _catalog(catalogs: CatalogFolder, language: str):
    from jdgen.diagnostics import JdgenError

    try:
        return catalogs.get(language)
    except JdgenError:  # a catalog with errors: the build reports them; here it counts as none
        return None


def _plain(value) -> str | int | None:
    return value if value is None or isinstance(value, (str, int)) else str(value)


def refresh(setup: ProducerSetup, specs: dict[str, tuple[Path, str, str]], rows: dict[str, Row | None],
            exists: Callable[[str], bool], failed: set[str], manifest: Manifest) -> bool:
    """Bring the register up to date and write it if it changed.

    ``specs`` maps each spec of the build to its file, the fingerprint of
    its row's inputs and its template; ``rows`` holds the rows of the specs the build loaded
    (None for one it did not reach: its earlier row stays); a spec that
    ``failed`` has no row, as it has no documents.
    A spec whose row is neither computed nor current is loaded here.
    Specs outside the build keep their rows while their file ``exists``.
    The workbook is written only over one jdgen wrote (``manifest`` records
    it): InTheWay otherwise."""
    register = Register.load(setup.output, list(setup.languages))
    catalogs = None
    for spec, (path, key, template) in specs.items():
        if spec in failed:
            register.drop(spec)
            continue
        if spec in rows:
            row = rows[spec]
        elif register.current(spec, key):
            continue
        else:
            from jdgen.i18n.catalog import CatalogFolder

            catalogs = catalogs or CatalogFolder(setup.catalogs_folder, setup.catalogs_shown)
            row = _file_row(path, spec, setup, catalogs, template)
        if row is not None:
            register.put(spec, key, row)
    register.keep_only(exists)
    return register.save(setup.output, manifest)


def _file_row(path: Path, shown: str, setup: ProducerSetup, catalogs: CatalogFolder, template: str) -> Row | None:
    from jdgen.jobspec.collection import LoadedSpec
    from jdgen.jobspec.validate import load_spec

    spec, loaded, _ = load_spec(path, shown, setup.source_language, setup.root, setup.positions)
    if spec is None or loaded is None:
        return None
    return register_row(LoadedSpec(spec, loaded), catalogs, list(setup.languages), template)


@dataclass
class Register:
    """The cached rows of the register, by spec file, each with its fingerprint."""

    languages: list[str]
    rows: dict[str, tuple[str, Row]] = field(default_factory=dict)
    written: str = ""
    """Fingerprint of the workbook last written."""
    changed: bool = False

    @classmethod
    def load(cls, output: Path, languages: list[str]) -> Register:
        """The cache of earlier builds; an empty one if it is missing, unreadable
        or made for other languages or another version."""
        try:
            data = json.loads((output / REGISTER_RECORD_NAME).read_text(encoding="utf-8"))
            if data["format"] == FORMAT and data["jdgen"] == __version__ and data["languages"] == languages:
                rows = {spec: (key, row) for spec, (key, row) in data["rows"].items()}
                return cls(languages, rows, data["written"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return cls(languages, changed=True)

    def current(self, spec: str, key: str) -> bool:
        return spec in self.rows and self.rows[spec][0] == key

    def put(self, spec: str, key: str, row: Row) -> None:
        if self.rows.get(spec) != (key, row):
            self.rows[spec] = (key, row)
            self.changed = True

    def drop(self, spec: str) -> None:
        if self.rows.pop(spec, None) is not None:
            self.changed = True

    def keep_only(self, exists: Callable[[str], bool]) -> None:
        """Drop the rows of spec files that are gone."""
        for spec in [spec for spec in self.rows if not exists(spec)]:
            self.drop(spec)

    def save(self, output: Path, manifest: Manifest) -> bool:
        """Write the workbook if its content changed (or it is missing), and
        the cache; return whether the workbook was written. With no row and
        no earlier workbook, nothing is written; InTheWay where a workbook
        jdgen did not write is."""
        from jdgen.building.manifest import digest

        target = output / REGISTER_NAME
        if not self.rows and not target.is_file():
            return False
        ours = manifest.owns(REGISTER_NAME)
        if not self.changed and ours and target.is_file() and digest(target.read_bytes()) == self.written:
            return False
        rows = sorted((row for _, row in self.rows.values()), key=lambda row: (str(row[0]).lower(), row[-1]))
        data = _workbook(rows, self.languages)
        if in_the_way(target, ours, lambda: data):
            raise InTheWay(target)
        manifest.own(REGISTER_NAME)
        written = not target.is_file() or target.read_bytes() != data
        if written:
            write_atomically(target, data)
        self.written, self.changed = digest(data), False
        cache = {"format": FORMAT, "jdgen": __version__, "languages": self.languages, "written": self.written,
                 "rows": {spec: list(value) for spec, value in sorted(self.rows.items())}}
        write_atomically(output / REGISTER_RECORD_NAME, json_pieces(cache))
        return written


def _workbook(rows: list[Row], languages: list[str]) -> bytes:
    """``workbook_bytes(rows, languages)``, made once per process for the same
    rows (a digest of each in turn, so nothing grows with them but the
    workbook): a build into a fresh output folder, or a watch whose rows are
    as before, writes the same bytes again."""
    import hashlib

    hashed = hashlib.sha256(json.dumps([__version__, languages]).encode())
    for row in rows:
        hashed.update(json.dumps(row).encode())
    key = hashed.digest()
    if key not in _WORKBOOKS:
        _WORKBOOKS[key] = workbook_bytes(rows, languages)
        if len(_WORKBOOKS) > _WORKBOOKS_KEPT:
            del _WORKBOOKS[next(iter(_WORKBOOKS))]
    return _WORKBOOKS[key]


_WORKBOOKS: dict[bytes, bytes] = {}
"""The workbooks this process made, by a digest of their rows, oldest first."""
_WORKBOOKS_KEPT = 4


def workbook_bytes(rows: list[Row], languages: list[str]) -> bytes:
    """The register as .xlsx bytes: a bold, frozen header with filters, column
    widths fitted to the longest line, percentages formatted; the same rows
    give the same bytes. The sheet is written row by row (openpyxl's
    write-only mode) and packaged a piece at a time, so memory does not grow
    with the rows."""
    import tempfile
    import zipfile

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    header = columns(languages)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("positions")
    workbook.properties.title = "Positions"
    workbook.properties.creator = f"jdgen {__version__}"
    workbook.properties.created = workbook.properties.modified = _FIXED_DATE
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _width([name] + [row[index - 1] for row in rows])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    bold, top = Font(bold=True), Alignment(vertical="top", wrap_text=True)
    percentages = [name.startswith("translated") for name in header]

    def cell(value, percentage: bool) -> WriteOnlyCell:
        written = WriteOnlyCell(sheet, value)
        written.alignment = top
        if percentage:
            written.number_format = "0%"
        elif isinstance(value, str) and value.startswith("="):
            written.data_type = "s"  # a text, never a formula
        return written

    header_cells = []
    for name in header:
        header_cells.append(WriteOnlyCell(sheet, name))
        header_cells[-1].font = bold
    sheet.append(header_cells)
    for row in rows:
        sheet.append([cell(value, percentage) for value, percentage in zip(row, percentages, strict=True)])
    from jdgen.render.package import zip_parts

    with tempfile.TemporaryFile() as file:  # the sheet of thousands of rows is never whole in memory
        with zipfile.ZipFile(file, "w") as archive:
            ExcelWriter(workbook, archive).save()  # not workbook.save(), which stamps the time
        with zipfile.ZipFile(file) as archive:
            return zip_parts((name, _pieces(archive, name)) for name in archive.namelist())


def _pieces(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """A part of ``archive`` read a piece at a time."""
    with archive.open(name) as part:
        while piece := part.read(_PIECE):
            yield piece


_PIECE = 1 << 16


def _width(values: list) -> float:
    """A column width, in characters, for the longest line of ``values``
    (an East Asian character counts twice), within bounds."""
    from unicodedata import east_asian_width

    def length(line: str) -> int:
        return sum(2 if east_asian_width(character) in "WF" else 1 for character in line)

    longest = max((length(line) for value in values if value is not None
                   for line in str(value if not isinstance(value, float) else "100%").splitlines()), default=0)
    return min(longest + 2, _MAX_WIDTH)

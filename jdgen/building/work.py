"""What a build asks of its producers and what they answer: small,
picklable records that cross between processes (a spec travels as a path)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jdgen import defaults
from jdgen.building.report import Status
from jdgen.diagnostics import Diagnostic, Position
from jdgen.english import DEFAULT_ENGLISH, English
from jdgen.jobspec.links import PositionIndex


@dataclass(frozen=True)
class ProducerSetup:
    """What a producer needs; small and picklable, sent once to each worker."""

    templates: dict[str, tuple[Path, str]]
    """The templates the tasks are made with: by name, its folder and the folder as shown."""
    catalogs_folder: Path
    catalogs_shown: str
    output: Path
    output_shown: str
    draft: bool = False
    """Build documents with untranslated texts, marking each gap."""
    source_language: str = defaults.SOURCE_LANGUAGE
    """The project's: the language of the plain texts of a spec that names none."""
    languages: tuple[str, ...] = ()
    """The project's languages, each pair taken apart: the register's columns."""
    root: Path | None = None
    """The project folder, which shared files are named from."""
    positions: PositionIndex | None = None
    """The set's positions, which links name."""
    english: English = DEFAULT_ENGLISH
    """How the project writes English."""

    def shown(self, relative: str) -> str:
        """An output (relative to the output folder) as shown to the user."""
        return f"{self.output_shown}/{relative}"


@dataclass(frozen=True)
class Produced:
    """One document: made and waiting in its staging file, found unchanged, or
    the reasons it was not made."""

    language: str
    path: Path
    status: Status
    """BUILT (waiting in ``staged``), UNCHANGED (its translations did not
    change after all) or FAILED."""
    diagnostics: list[Diagnostic]
    translations: str = ""
    size: int = 0
    staged: Path | None = None
    """Where a built document waits until the build accepts it (puts it in place at ``path``)."""
    draft: bool = False
    """Whether it is a draft: untranslated texts marked, kept under ``draft/``."""
    unwritten: bool = False
    """FAILED because the file could not be written or the template failed
    on the spec, not because of the spec: an earlier document stays, to be
    rebuilt."""


@dataclass(frozen=True)
class Task:
    """One spec to load and make documents of. ``known`` maps an existing
    output made from the same spec, template and language (its path relative
    to the output folder) to the translations fingerprint it was made with."""

    path: Path
    shown: str
    outputs: list[str]
    known: dict[str, str]
    template: str
    """The template its documents are made with: one of the setup's."""


@dataclass(frozen=True)
class Outcome:
    """What became of a task: the spec's id (None when it is not valid), the
    problems found loading it, and its documents."""

    shown: str
    spec_id: str | None
    diagnostics: list[Diagnostic]
    produced: list[Produced]
    id_position: Position | None = None
    row: list | None = None
    """The spec's row of the register (jdgen.building.register)."""

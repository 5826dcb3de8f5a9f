"""The first stage of a build: what is out of date.

Each output is recorded in the manifest with fingerprints of what it was
made from (jdgen.building.manifest); the set scan (jdgen.building.dependencies)
gives each spec's fingerprint, its shared files and linked titles included.
An output whose fingerprints match and whose file is in place is current;
the other languages of its spec are looked at again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jdgen import __version__
from jdgen.building.dependencies import SetScan, scan_set
from jdgen.building.manifest import Manifest, OutputRecord, digest
from jdgen.diagnostics import Diagnostic
from jdgen.english import DEFAULT_ENGLISH, English
from jdgen.output import BILINGUAL
from jdgen.project import Project


@dataclass(frozen=True)
class BuildOptions:
    """What a build was asked for, settled (jdgen.settings.resolve_options);
    each spec's template is the project's to say (Project.template_for)."""

    output: Path
    outputs: list[str]
    """The documents to make: languages, and at most one pair such as ``zh+en``."""
    jobs: int
    force: bool = False
    draft: bool = False
    pdf: bool = False


class Fingerprints:
    """What outputs are made from, as digests: jdgen's version, the source
    language, the project's English and own fields (the base), each template
    used (by name), each spec (with what it depends on) and the template it
    is made with, each language's catalog(s)."""

    def __init__(self, template_folder: Callable[[str], Path], catalogs_folder: Path, source_language: str,
                 english: English = DEFAULT_ENGLISH, fields_file: Path | None = None) -> None:
        fields = fields_file.read_bytes() if fields_file is not None and fields_file.is_file() else b""
        self.base = digest(__version__, source_language, english.variant, english.label_case, fields)
        self.template_folder = template_folder
        """A template's folder, by name."""
        self.catalogs_folder = catalogs_folder
        self.specs: dict[str, str] = {}
        """By spec as shown, from the set scan; a spec that cannot be read has none."""
        self.templates: dict[str, str] = {}
        """The template each spec is made with (Project.template_for), by spec as shown."""
        self._templates: dict[str, str] = {}
        self._catalogs: dict[str, str] = {}

    def inputs(self, shown: str, language: str) -> str:
        """Fingerprint of the spec, its template, jdgen's version and the language of an output."""
        return digest(self.base, language, self.specs[shown], self.template(self.templates[shown]))

    def template(self, name: str) -> str:
        """Fingerprint of a template: its name and every file of its folder."""
        if name not in self._templates:
            self._templates[name] = digest(name, _folder_digest(self.template_folder(name)))
        return self._templates[name]

    def catalog(self, language: str) -> str:
        """Fingerprint of the catalog(s) a language's documents use; a
        bilingual document uses the catalog of each of its languages."""
        if language not in self._catalogs:
            if BILINGUAL in language:
                fingerprint = digest(*map(self.catalog, language.split(BILINGUAL)))
            else:
                try:
                    fingerprint = digest((self.catalogs_folder / f"{language}.po").read_bytes())
                except OSError:
                    fingerprint = digest("no catalog")
            self._catalogs[language] = fingerprint
        return self._catalogs[language]

@dataclass
class SpecPlan:
    """What to do with one spec's outputs."""

    path: Path
    shown: str
    template: str
    """The template its documents are made with (Project.template_for)."""
    current: dict[str, str] = field(default_factory=dict)
    """Language → its output (relative to the output folder) that is current."""
    stale: list[str] = field(default_factory=list)
    """The outputs to look at again (load the spec, translate, maybe render)."""
    known: dict[str, str] = field(default_factory=dict)
    """Stale outputs that a catalog change may have left
    current → the translations fingerprint they were made with."""
    cycle: list[Diagnostic] = field(default_factory=list)
    """A reporting cycle the spec is in: it fails, whether its file changed or not."""


class Planner:
    """Decides, spec by spec, which outputs are current."""

    def __init__(self, manifest: Manifest, fingerprints: Fingerprints, options: BuildOptions) -> None:
        self.manifest, self.fingerprints, self.options = manifest, fingerprints, options

    def spec(self, path: Path, shown: str) -> SpecPlan:
        plan = SpecPlan(path, shown, self.fingerprints.templates[shown])
        if shown not in self.fingerprints.specs:  # it cannot be read
            plan.stale = list(self.options.outputs)
            return plan
        for language in self.options.outputs:
            usable = {} if self.options.force else self._usable(shown, language)
            catalog = self.fingerprints.catalog(language)
            current = [output for output, record in usable.items() if record.catalog == catalog]
            if current:
                plan.current[language] = current[0]
            else:
                plan.stale.append(language)
                plan.known.update({output: record.translations for output, record in usable.items()})
        return plan

    def _usable(self, shown: str, language: str) -> dict[str, OutputRecord]:
        """The outputs of a spec in a language that were made from its current
        inputs, are still in place, and are of a kind this build makes: a
        draft only in a draft build."""
        inputs = self.fingerprints.inputs(shown, language)
        return {output: record for output, record in self.manifest.records_of(shown).items()
                if record.language == language and record.inputs == inputs
                and (self.options.draft or not record.draft)
                and _in_place(self.options.output / output, record.size)}


def plan(project: Project, files: list[Path], manifest: Manifest, fingerprints: Fingerprints,
         options: BuildOptions) -> tuple[list[SpecPlan], SetScan]:
    """Scan the project's whole set (links may name any spec of it), then plan
    each of ``files``; the scan's index goes to the workers."""
    in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
    scan = scan_set(list(dict.fromkeys(files + in_specs)), project.shown, project.root, manifest,
                    project.source_language)
    fingerprints.specs.update(scan.fingerprints)
    planner = Planner(manifest, fingerprints, options)
    plans = []
    for path in files:
        shown = project.shown(path)
        fingerprints.templates[shown] = template = project.template_for(shown, scan.templates.get(shown))
        plans.append(SpecPlan(path, shown, template, stale=list(options.outputs), cycle=scan.cycles[shown])
                     if shown in scan.cycles else planner.spec(path, shown))
    return plans, scan


def _in_place(path: Path, size: int) -> bool:
    """Whether an output is where the build left it, at the size it had."""
    try:
        return path.stat().st_size == size and path.is_file()
    except OSError:
        return False


def _folder_digest(folder: Path) -> str:
    """Fingerprint of every file of a template folder."""
    return digest(*(part for path in sorted(folder.iterdir()) if path.is_file()
                    for part in (path.name, path.read_bytes())))

"""``jdgen site``: the whole set as a static, self-contained website: an index
with search and filters, a page per position in every language, and the
organisation chart drawn from the links between positions.

scan the set (record) ──▶ collect what changed ──▶ ids claimed ──▶ pages
whose key changed, rendered and written as they come ──▶ the set's files
(index, chart, search index) when anything changed ──▶ record

Like the build, the site does only what changed since its last run: each
position's summary and the key of its pages are kept in the site's record
(jdgen.site.record, jdgen.site.keys); a spec is read and its contexts made
only when its inputs changed or when its pages must be made again, and the
contexts are packed until its pages are rendered, never all held at once.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.building.dependencies import SetScan, scan_set
from jdgen.building.manifest import Manifest
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.jobspec.ids import IdClaims, in_path_order
from jdgen.labels import LabelSet
from jdgen.languages import single_languages
from jdgen.project import Project
from jdgen.site.collect import Produced, SiteSetup, Summary, produce, unpack
from jdgen.site.keys import base_key, page_key
from jdgen.site.pages import SiteRenderer
from jdgen.site.parallel import fork_imap
from jdgen.site.record import SiteRecord
from jdgen.site.write import SiteFiles

LINK_PROBLEMS = ("spec-link", "spec-id")
"""The problems the chart lists."""


@dataclass
class SiteResult:
    """What a site build did."""

    folder: str
    """The site's folder as shown to the user."""
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    positions: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    rendered: int = 0
    """How many positions' pages were made again."""


def build_site(project: Project, paths: list[Path], site: Path, documents: Path, template_name: str,
               outputs: list[str], jobs: int = 1) -> SiteResult:
    """Write the site of the specs under ``paths`` into ``site``, linking to
    the documents built in ``documents``; ``outputs`` are the document kinds
    (``zh``, ``en``, ``zh+en``), the first one the site opens in; the work
    shared out over ``jobs`` processes."""
    result = SiteResult(project.shown(site))
    folder, template_shown = project.template_folder(template_name)
    try:
        labels = LabelSet.load(folder, template_shown)
    except JdgenError as error:
        result.diagnostics += error.diagnostics
        return result
    result.diagnostics += labels.warnings
    kinds = tuple(outputs)
    record = SiteRecord.load(site)
    base = base_key(folder, project.translations, project.source_language, kinds, site, documents)
    files = in_path_order(project.spec_files(paths), project.shown)
    scan = _scan(project, files, record)
    catalogs = _catalogs(project, kinds)
    setup = SiteSetup(project.root, project.source_language, scan.index, labels, catalogs, kinds)
    kept = _current_summaries(record, base, files, scan, project)
    packed: dict[str, bytes] = {}
    problems: list[Diagnostic] = []
    stale = [(path, project.shown(path)) for path in files if project.shown(path) not in kept]
    summaries = dict(kept)
    for produced in _produce(setup, stale, scan, jobs):
        if produced.summary is None:
            problems += produced.problems
        else:
            summaries[produced.shown] = produced.summary
            packed[produced.shown] = produced.contexts
    positions = _claimed([summaries[shown] for path in files if (shown := project.shown(path)) in summaries],
                         problems)
    result.positions = len(positions)
    for position in positions:
        problems += position.diagnostics
    renderer = SiteRenderer(positions, kinds, site, documents, [p for p in problems if p.code in LINK_PROBLEMS])
    site_files = SiteFiles(site, project.shown, record.files)
    to_render = []
    for position in positions:
        key = page_key(base, position.fingerprint, renderer.documents_of(position), renderer.neighbours(position))
        written = _in_place(site, renderer.page_names(position), record.files)
        if key != position.key or position.shown in packed or not written:
            to_render.append(position)
        position.key = key
    path_of = {project.shown(path): path for path in files}
    again = [(path_of[position.shown], position.shown) for position in to_render if position.shown not in packed]
    for produced in _produce(setup, again, scan, jobs):
        if produced.summary is not None:
            packed[produced.shown] = produced.contexts
    rendering = {position.shown for position in to_render}
    for position in positions:
        if position.shown not in rendering:
            for name in renderer.page_names(position):
                site_files.keep(name)
                result.unchanged += 1

    def render(position: Summary) -> list[tuple[str, bytes]]:
        return renderer.position_pages(position, unpack(packed[position.shown], kinds))

    for pages in fork_imap(render, [p for p in to_render if p.shown in packed], jobs):
        result.rendered += 1
        for name, data in pages:
            _put(site_files, name, data, result)
    packed.clear()
    changed = to_render or set(record.positions) != {position.shown for position in positions} \
        or record.base != base or not _in_place(site, renderer.set_file_names(), record.files)
    for name, data in renderer.set_files() if changed else ():
        _put(site_files, name, data, result)
    if not changed:
        for name in renderer.set_file_names():
            site_files.keep(name)
            result.unchanged += 1
    result.removed = site_files.finish()
    result.diagnostics += problems + site_files.diagnostics
    record.files, record.base = set(site_files.made), base
    record.positions = {position.shown: position.record() for position in positions}
    record.save(site)
    return result


def _scan(project: Project, files: list[Path], record: SiteRecord) -> SetScan:
    """The set's scan (links may name any spec of the project), the record's
    scans of unchanged specs reused and the new ones kept in it."""
    in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
    scans = Manifest(specs=record.scans)
    scan = scan_set(list(dict.fromkeys(files + in_specs)), project.shown, project.root, scans,
                    project.source_language)
    record.scans = scans.specs
    return scan


def _catalogs(project: Project, outputs: tuple[str, ...]) -> CatalogFolder:
    """The project's catalogs, read now, before the work is shared out."""
    catalogs = CatalogFolder(project.translations, project.shown(project.translations))
    for language in single_languages(list(outputs)):
        with contextlib.suppress(JdgenError):  # each spec that needs it reports it
            catalogs.get(language)
    return catalogs


def _current_summaries(record: SiteRecord, base: str, files: list[Path], scan: SetScan,
                       project: Project) -> dict[str, Summary]:
    """The record's summaries that still hold: same base, same spec fingerprint, in no cycle."""
    if record.base != base:
        return {}
    kept = {}
    for path in files:
        shown = project.shown(path)
        stored = record.positions.get(shown)
        if stored is None or shown in scan.cycles or stored.get("fingerprint") != scan.fingerprints.get(shown):
            continue
        try:
            kept[shown] = Summary.from_record(shown, stored)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return kept


def _produce(setup: SiteSetup, specs: list[tuple[Path, str]], scan: SetScan, jobs: int):
    """Each spec's work (jdgen.site.collect.produce), as it comes."""

    def one(spec: tuple[Path, str]) -> Produced:
        path, shown = spec
        return produce(setup, path, shown, scan.fingerprints.get(shown, ""), scan.cycles.get(shown, []))

    return fork_imap(one, specs, jobs)


def _claimed(summaries: list[Summary], problems: list[Diagnostic]) -> list[Summary]:
    """The positions whose id is their own (the first in path order keeps
    it, jdgen.jobspec.ids); the others' errors added to ``problems``."""
    claims, valid = IdClaims(), []
    for summary in summaries:
        duplicate = claims.claim(summary.spec_id, summary.shown, summary.id_at)
        if duplicate is None:
            valid.append(summary)
        else:
            problems.append(duplicate)
    return valid


def _in_place(site: Path, names: list[str], written: set[str]) -> bool:
    """Whether the site wrote each of ``names`` and it is still there."""
    return all(name in written and (site / name).is_file() for name in names)


def _put(files: SiteFiles, name: str, data: bytes, result: SiteResult) -> None:
    if files.put(name, data):
        result.written.append(name)
    elif not files.refused(name):
        result.unchanged += 1

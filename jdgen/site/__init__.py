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
A catalog change makes every summary again (its translations are looked
up), but only the pages whose translations it changed.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.building.dependencies import SetScan, scan_set
from jdgen.building.manifest import Manifest
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.fingerprint import digest
from jdgen.jobspec.ids import IdClaims, in_path_order
from jdgen.languages import single_languages
from jdgen.project import TEMPLATE_FILE, Project
from jdgen.site.keys import SetIndex, base_key
from jdgen.site.layout import SEARCH_INDEX, page_names, set_file_names
from jdgen.site.orgchart import LINK_PROBLEMS
from jdgen.site.parallel import fork_imap
from jdgen.site.record import SiteRecord
from jdgen.site.search import indexed_terms
from jdgen.site.summary import Summary
from jdgen.site.write import SiteFiles


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


def build_site(project: Project, paths: list[Path], site: Path, documents: Path, outputs: list[str],
               jobs: int = 1) -> SiteResult:
    """Write the site of the specs under ``paths`` into ``site``, each
    position's pages with the labels of its own form (Project.template_for),
    linking to the documents built in ``documents``; ``outputs`` are the
    document kinds (``zh``, ``en``, ``zh+en``), the first one the site opens
    in; the work shared out over ``jobs`` processes."""
    result = SiteResult(project.shown(site))
    kinds = tuple(outputs)
    record = SiteRecord.load(site)
    files = in_path_order(project.spec_files(paths), project.shown)
    path_of = {project.shown(path): path for path in files}
    scan, scans_changed = _scan(project, files, record)
    made_with = {shown: project.template_for(shown, scan.templates.get(shown)) for shown in path_of}
    forms = {name: project.template_folder(name) for name in sorted(set(made_with.values()))}
    base, catalogs = base_key({name: folder for name, (folder, _) in forms.items()}, made_with, project.translations,
                              project.source_language, kinds, site, documents, project.english, project.fields_file)
    kept, keys = _current_summaries(record, base, catalogs, list(path_of), scan)
    work = _Work(project, forms, made_with, scan, kinds, jobs)
    problems: list[Diagnostic] = []
    summaries = dict(kept)
    for produced in work.produce([(path, shown) for shown, path in path_of.items() if shown not in kept]):
        if produced.summary is None:
            problems += produced.problems
        else:
            produced.summary.key = keys.get(produced.shown, "")
            summaries[produced.shown] = produced.summary
    if work.failed:
        result.diagnostics += work.failed
        return result
    positions = _claimed([summaries[shown] for shown in path_of if shown in summaries], problems)
    result.positions = len(positions)
    for position in positions:
        problems += position.diagnostics
    index = SetIndex(positions, kinds, documents)
    site_files = SiteFiles(site, project.shown, record.files)
    to_render = []
    for position in positions:
        key = index.page_key(base, position)
        written = _in_place(site, page_names(position.spec_id, kinds), record.files)
        if key != position.key or not written:
            to_render.append(position)
        else:
            for name in page_names(position.spec_id, kinds):
                site_files.keep(name)
                result.unchanged += 1
        position.key = key
    link_problems = [problem for problem in problems if problem.code in LINK_PROBLEMS]
    set_key = digest(base, *sorted(problem.format() for problem in link_problems))
    changed = bool(to_render) or set(record.positions) != {position.shown for position in positions} \
        or record.set_key != set_key or not _in_place(site, set_file_names(kinds), record.files)
    if changed:
        _recover_terms(site, record, [position for position in positions if not position.terms], work, path_of)
    work.keep_only({position.shown for position in to_render})
    work.pack([(path_of[position.shown], position.shown) for position in to_render])
    if changed:
        from jdgen.checking.template import hidden_fields
        from jdgen.labels import template_label_order
        from jdgen.site.pages import SiteRenderer

        renderer = SiteRenderer(index, kinds, site, link_problems,
                                {shown: hidden_fields(*forms[name]) for shown, name in made_with.items()},
                                {shown: template_label_order(forms[name][0] / TEMPLATE_FILE)
                                 for shown, name in made_with.items()})
        for pages in work.render(renderer, [position for position in to_render if position.shown in work.packed]):
            for name, data in pages:
                _put(site_files, name, data, result)
        for name, data in renderer.set_files():
            _put(site_files, name, data, result)
            if name == SEARCH_INDEX:
                record.indexed, record.index = [position.shown for position in positions], digest(data)
    else:
        for name in set_file_names(kinds):
            site_files.keep(name)
            result.unchanged += 1
    result.removed = site_files.finish()
    result.diagnostics += work.warnings + problems + site_files.diagnostics
    kept_now = {position.shown: position.record() for position in positions}
    if changed or scans_changed or record.files != set(site_files.made) or record.base != base \
            or record.positions != kept_now or record.set_key != set_key or record.catalogs != catalogs:
        record.files, record.base, record.set_key, record.positions = set(site_files.made), base, set_key, kept_now
        record.catalogs = catalogs
        record.save(site)
    return result


class _Work:
    """The work on positions, started only when there is some: each spec read,
    validated and localized (jdgen.site.collect), its pages rendered."""

    def __init__(self, project: Project, forms: dict[str, tuple[Path, str]], made_with: dict[str, str],
                 scan: SetScan, outputs: tuple[str, ...], jobs: int) -> None:
        self.project, self.forms, self.made_with = project, forms, made_with
        self.scan, self.outputs, self.jobs = scan, outputs, jobs
        self.packed: dict[str, bytes] = {}
        """By spec as shown: its contexts, packed, until its pages are rendered."""
        self.warnings: list[Diagnostic] = []
        self.failed: list[Diagnostic] = []
        """The errors of a form's labels: no page can be made."""
        self._setup = None

    def produce(self, specs: list[tuple[Path, str]]):
        """Each spec's summary and packed contexts (jdgen.site.collect.produce), as they come."""
        if not specs or self.failed:
            return
        from jdgen.site.collect import produce

        setup = self._setup or self._prepare()
        if setup is None:
            return

        def one(spec: tuple[Path, str]):
            path, shown = spec
            return produce(setup, path, shown, self.scan.fingerprints.get(shown, ""), self.scan.cycles.get(shown, []))

        for produced in fork_imap(one, specs, self.jobs):
            if produced.summary is not None:
                self.packed[produced.shown] = produced.contexts
            yield produced

    def keep_only(self, specs: set[str]) -> None:
        """Let go of the contexts of every spec but ``specs`` (whose pages are current)."""
        for shown in set(self.packed) - specs:
            del self.packed[shown]

    def pack(self, specs: list[tuple[Path, str]]) -> None:
        """Make the contexts of ``specs`` (whose pages must be made again), unless made already."""
        for _ in self.produce([(path, shown) for path, shown in specs if shown not in self.packed]):
            pass

    def render(self, renderer, positions: list[Summary]):
        """Each position's pages, from its packed contexts, as they come; the contexts then let go."""
        from jdgen.site.collect import unpack

        def one(position: Summary) -> list[tuple[str, bytes]]:
            return renderer.position_pages(position, unpack(self.packed[position.shown], self.outputs))

        yield from fork_imap(one, positions, self.jobs)
        self.packed.clear()

    def _prepare(self):
        """The setup every spec's work shares: each form's labels and the
        catalogs read once, before the work is shared out."""
        from jdgen.checking.template import hidden_fields
        from jdgen.i18n.catalog import CatalogFolder
        from jdgen.jobspec.own_fields import spec_model
        from jdgen.labels import LabelSet
        from jdgen.site.collect import SiteForm, SiteSetup

        forms = {}
        for name, template in self.forms.items():
            try:
                labels = LabelSet.load(*template)
            except JdgenError as error:
                self.failed += error.diagnostics
                continue
            self.warnings += labels.warnings
            hidden_fields(*template)  # worked out once here, not in each process the work is shared out to
            forms[name] = SiteForm(labels, template)
        if self.failed:
            return None
        catalogs = CatalogFolder(self.project.translations, self.project.shown(self.project.translations))
        for language in single_languages(list(self.outputs)):
            with contextlib.suppress(JdgenError):  # each spec that needs it reports it
                catalogs.get(language)
        self._setup = SiteSetup(self.project.root, self.project.source_language, self.scan.index, forms,
                                self.made_with, catalogs, self.outputs, self.project.english,
                                spec_model(self.project.root))
        return self._setup


def _scan(project: Project, files: list[Path], record: SiteRecord) -> tuple[SetScan, bool]:
    """The set's scan (links may name any spec of the project), the record's
    scans of unchanged specs reused and the new ones kept in it; and whether
    any changed."""
    in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
    scans = Manifest(specs=record.scans)
    scan = scan_set(list(dict.fromkeys(files + in_specs)), project.shown, project.root, scans,
                    project.source_language)
    record.scans = scans.specs
    return scan, scans.changed


def _current_summaries(record: SiteRecord, base: str, catalogs: str, specs: list[str],
                       scan: SetScan) -> tuple[dict[str, Summary], dict[str, str]]:
    """The record's summaries that still hold (same base and catalogs, same
    spec fingerprint, in no cycle); and, when only the catalogs changed, the
    key each position's pages were made with: its summary is made again,
    and its pages only if their key changed (its translations did)."""
    if record.base != base:
        return {}, {}
    kept, keys = {}, {}
    for shown in specs:
        stored = record.positions.get(shown)
        if stored is None or shown in scan.cycles or stored.get("fingerprint") != scan.fingerprints.get(shown):
            continue
        if record.catalogs != catalogs:
            keys[shown] = str(stored.get("key", ""))
            continue
        try:
            kept[shown] = Summary.from_record(shown, stored)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return kept, keys


def _recover_terms(site: Path, record: SiteRecord, lacking: list[Summary], work: _Work,
                   path_of: dict[str, Path]) -> None:
    """Give the positions kept from the record (``lacking`` their search
    terms) their terms from the search index the last run wrote, if it is
    as written (its fingerprint); a position it cannot give is read again."""
    found: dict[str, str] = {}
    try:
        data = (site / SEARCH_INDEX).read_bytes()
    except OSError:
        data = b""
    if data and digest(data) == record.index:
        terms = indexed_terms(data, len(record.indexed))
        found = dict(zip(record.indexed, terms, strict=True)) if terms is not None else {}
    again = {}
    for position in lacking:
        if position.shown in found:
            position.terms = found[position.shown]
        else:
            again[position.shown] = position
    for produced in work.produce([(path_of[shown], shown) for shown in again]):
        if produced.summary is not None:
            again[produced.shown].terms = produced.summary.terms


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

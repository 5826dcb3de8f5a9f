"""``jdgen check`` spec by spec: each spec's verdict (its diagnostics, and
its id when it is valid) is worked out where its inputs changed, in a
process pool when there are many, and taken from the check cache
(jdgen.check_cache) everywhere else: for the whole set, from the set's
record in one piece while it stands (jdgen.check_set), else from each
spec's own record.

A spec's verdict depends on its key: a digest of its bytes, of the shared
files it extends, of what the set's index says about the positions it names
(a link's title, the ids titled like a title in words, every id when a
link names an unknown one), of the reporting cycle it is in, and of the
context: jdgen's version, the template folder (its labels), the catalogs of
the languages checked, those languages, the project's source language and
its settings file. What the set decides (unique ids) and the template's
variables are put together from the verdicts in the order a check finds
them without a cache, so that what is printed is the same.

A spec whose file changed is read once: its verdict is worked out while
it is scanned, against the last check's index, and stands when the set's
index (known once every spec is scanned) says the same of the positions it
names; else it is read again. Only verdicts and scans are kept, so memory
does not grow with the set.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from jdgen import __version__
from jdgen.check_cache import CACHE_FILE, CheckCache, restored, stored
from jdgen.check_set import SetRecord, SpecRow, stored_row, stored_set
from jdgen.collector import resumed_in_worker
from jdgen.diagnostics import Diagnostic, JdgenError, Position, count_errors
from jdgen.fingerprint import digest, file_digest
from jdgen.jobspec.ids import IdClaims, in_path_order
from jdgen.jobspec.links import IndexedPosition, PositionIndex, cycle_diagnostics
from jdgen.project import Project, template_names
from jdgen.settings import SETTINGS_FILE
from jdgen.spec_scan import Scan, SetScanner, Unread, is_plain, recorded_entry, scan_of, settled, stamp

POOL_FROM = 64
"""Specs to read before a process pool pays for its start-up."""
CHUNK = 16
"""Specs a worker takes at a time."""

class Judge(Protocol):
    """What a command finds in a valid spec beyond reading and validating it
    (check: its translation gaps; translate status: its counts): JSON values,
    as the cache keeps them. Picklable, as workers judge too."""

    def __call__(self, checker: Checker, entry: Any) -> Any: ...

    def stored(self, judged: Any) -> Any:
        """What was judged, as JSON values."""

    def restored(self, value: Any) -> Any:
        """What ``stored`` gave, back; raises KeyError, ValueError or TypeError on anything else."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a check finds in one spec."""

    read: list[Diagnostic]
    """Reading and validating it, its reporting cycle included."""
    valid: bool
    spec_id: str | None = None
    id_at: Position | None = None
    judged: Any = None
    """What the judge found (None when invalid)."""


@dataclass(frozen=True)
class Setup:
    """What reading and checking specs needs, in this process or a worker."""

    root: Path
    source_language: str
    project: Project
    """Which template each spec is made with (Project.template_for)."""
    translations: Path
    translations_shown: str
    judge: Judge
    index: PositionIndex | None = None
    hidden: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """The fields each template the settings name does not show
    (jdgen.template_check.hidden_fields), known already: by template name."""


class Checker:
    """Reads and checks single specs; each template's labels and the
    catalogs are loaded once, when first needed."""

    def __init__(self, setup: Setup) -> None:
        from jdgen.i18n.catalog import CatalogFolder

        self.setup = setup
        self.catalogs = CatalogFolder(setup.translations, setup.translations_shown)
        self._forms: dict[str, CheckedForm] = {}

    def form(self, entry) -> CheckedForm:
        """The template ``entry``'s documents are made with, loaded once."""
        name = self.setup.project.template_for(entry.loaded.path, entry.spec.template)
        if name not in self._forms:
            self._forms[name] = CheckedForm(*self.setup.project.template_folder(name), self.setup.hidden.get(name))
        return self._forms[name]

    def rendered(self, entry) -> list[Diagnostic]:
        """What its template fails on with ``entry`` in its source language:
        the template's problem, at the template, naming the spec."""
        from jdgen.localize import localize
        from jdgen.render.template import RenderError

        form = self.form(entry)
        if form.labels is None:
            return []
        context = localize(entry, form.labels, entry.spec.source_language, self.catalogs).context
        if form.template is None or context is None:
            return []
        try:
            form.template.check_renders(context)
        except RenderError as error:
            return [Diagnostic(form.template.shown_path, None, f"{error.where}: cannot render: {error.problem}",
                               code="template-render", used_by=f"{entry.loaded.path} ({entry.spec.source_language})")]
        return []

    def read(self, path: Path, shown: str):
        from jdgen.jobspec.validate import read_spec

        return read_spec(path, shown, self.setup.root, self.setup.source_language)

    def scan(self, unread: Unread, check: bool) -> tuple[Scan | None, Early | None]:
        """What the spec names and extends (None when it cannot be read);
        with ``check``, its verdict too, worked out against the index of
        the setup (a guess: see Early)."""
        from jdgen.yamlfile.loaded import LoadedFile

        loaded = self.read(unread.path, unread.shown)
        if not isinstance(loaded, LoadedFile):
            return None, Early(self.verdict_of(loaded), []) if check else None
        scan = scan_of(loaded, unread.digest, lambda name: file_digest(self.setup.root / name))
        if not check:
            return scan, None
        return scan, Early(self.verdict_of(loaded), _named(scan, self.setup.index or PositionIndex()))

    def entry(self, path: Path, shown: str):
        """The spec read and validated: a LoadedSpec, or None when it has errors."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.own_fields import spec_model
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, _ = validate_spec(self.read(path, shown), self.setup.index, spec_model(self.setup.root),
                                  template_names(self.setup.root))
        return LoadedSpec(spec, loaded) if spec is not None and loaded is not None else None

    def verdict(self, path: Path, shown: str) -> Verdict:
        return self.verdict_of(self.read(path, shown))

    def verdict_of(self, loaded) -> Verdict:
        """Validate a spec read by ``read`` and judge it, as a check without
        cache does (but for a reporting cycle: see with_cycle)."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.own_fields import spec_model
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, problems = validate_spec(loaded, self.setup.index, spec_model(self.setup.root),
                                                template_names(self.setup.root))
        if spec is None or loaded is None:
            return Verdict(problems, False)
        judged = self.setup.judge(self, LoadedSpec(spec, loaded))
        return Verdict(problems, True, spec.id, loaded.position_of(("id",)), judged)


class CheckedForm:
    """One template as a check uses it: its labels, the fields it does not
    show, and the template prepared (each when first asked for)."""

    def __init__(self, folder: Path, shown: str, hidden: frozenset[tuple[str, ...]] | None = None) -> None:
        self.folder, self.shown = folder, shown
        self._labels: Any = None
        self._template: Any = None
        self._hidden = hidden

    @property
    def labels(self):
        """The template's labels; None when they have errors (the check reports them, once)."""
        if self._labels is None:
            from jdgen.labels import LabelSet

            try:
                self._labels = LabelSet.load(self.folder, self.shown)
            except JdgenError:
                self._labels = False
        return self._labels or None

    @property
    def hidden(self) -> frozenset[tuple[str, ...]]:
        """The spec's fields the template does not show (their texts need no
        translation): as the setup knew them, else worked out."""
        if self._hidden is None:
            from jdgen.template_check import hidden_fields

            self._hidden = hidden_fields(self.folder, self.shown)
        return self._hidden

    @property
    def template(self):
        """The template, prepared once; None when it cannot be used (its own check says why)."""
        if self._template is None:
            from jdgen.render.template import PreparedTemplate

            try:
                self._template = PreparedTemplate.load(self.folder, self.shown)
            except JdgenError:
                self._template = False
        return self._template or None


@dataclass(frozen=True)
class GapsAndRendering:
    """``jdgen check``'s judge: a valid spec's translation gaps (and its
    labels') in each language checked, of the texts its template shows, then
    what the template fails on when rendering it in its source language (a
    template's problem, at the template); None when its template's labels
    are unusable."""

    languages: tuple[str, ...]

    def __call__(self, checker: Checker, entry: Any) -> list[Diagnostic] | None:
        form = checker.form(entry)
        if form.labels is None:
            return None
        from jdgen.i18n.spec_translation import translate_entry

        return [diagnostic for language in self.languages for diagnostic in translate_entry(
            entry, form.labels, language, checker.catalogs, hidden=form.hidden).diagnostics] \
            + checker.rendered(entry)

    def stored(self, judged: list[Diagnostic] | None) -> Any:
        return None if judged is None else stored(judged)

    def restored(self, value: Any) -> list[Diagnostic] | None:
        return None if value is None else restored(value)


@dataclass(frozen=True, slots=True)
class Early:
    """A verdict worked out while a changed spec is scanned, against a guess
    of the set's index (the last check's, or none): it stands if the true
    index says the same of the positions the spec names, so the spec is
    read once."""

    verdict: Verdict
    named: list[Any]
    """What the guessed index said of the positions the spec names."""


def with_cycle(verdict: Verdict, cycle: list[Diagnostic]) -> Verdict:
    """The verdict of a spec in a reporting cycle: its problems and the cycle's; not valid."""
    return Verdict(verdict.read + cycle, False) if cycle else verdict


_worker: Checker | None = None


def _start(setup: Setup) -> None:
    """The checker of ``setup``: the one this process has (a forked worker
    has its parent's), else a new one."""
    global _worker
    if _worker is None or _worker.setup is not setup:
        _worker = Checker(setup)


def _start_worker(setup: Setup) -> None:
    resumed_in_worker()
    _start(setup)


def _scan_one(item: tuple[Unread, bool]) -> tuple[Scan | None, Early | None]:
    assert _worker is not None  # set by _start
    return _worker.scan(*item)


def _verdict_of(item: tuple[Path, str]) -> Verdict:
    assert _worker is not None  # set by _start
    return _worker.verdict(*item)


def _run(work: Callable, items: list, setup: Setup) -> Iterator:
    """``work`` of each item, in order, as each is done: in a process pool
    when there are many, the first item done here before the pool starts, so
    that forked workers find its modules loaded and its checker's forms and
    catalogs read (each would else load them again)."""
    if not items:
        return
    jobs = min(os.cpu_count() or 1, len(items) // POOL_FROM)
    _start(setup)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        yield work(items[0])
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(setup,)) as pool:
            yield from pool.map(work, items[1:], chunksize=CHUNK)
        return
    yield from map(work, items)


@dataclass
class SetVerdicts:
    """Each spec's verdict, and what the set decides: which spec holds each
    id. Specs are named as shown."""

    specs: list[str]
    """The specs checked, in the order their files are listed (Project.spec_files)."""
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)
    """The template each spec is made with (Project.template_for)."""
    claimed: list[str] = field(default_factory=list)
    """The valid specs that hold their id, in the order of ``specs``."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Every spec's problems in the order of ``specs``, then the ids taken twice."""

    def decide(self) -> None:
        """Which spec holds each id (``claimed``) and every problem (``diagnostics``), from the verdicts."""
        self.diagnostics = [diagnostic for shown in self.specs for diagnostic in self.verdicts[shown].read]
        claims, holders = IdClaims(), set()
        for shown in in_path_order(self.specs, str):
            verdict = self.verdicts[shown]
            if verdict.valid and verdict.spec_id is not None:
                duplicate = claims.claim(verdict.spec_id, shown, verdict.id_at)
                if duplicate is None:
                    holders.add(shown)
                else:
                    self.diagnostics.append(duplicate)
        self.claimed = [shown for shown in self.specs if shown in holders]


def spec_verdicts(project: Project, paths: list[Path], cache: CheckCache, setup: Setup,
                  context: str) -> SetVerdicts:
    """The verdict of each spec under ``paths`` (default: the set), taken
    from ``cache`` where its key is unchanged (for the whole set, from the
    set's record where it stands: jdgen.check_set); ``context`` is the
    digest of what every verdict depends on besides the spec (see the
    module's doc)."""
    if not paths and (found := _from_set_record(project, cache, setup, context)) is not None:
        return found
    files = project.spec_files(paths)
    shown_as = _ShownAs(project)
    guess = PositionIndex.of([entry for path in files if (entry := recorded_entry(cache.record(shown_as(path))))])
    scans = _SetScan(project, shown_as, cache, replace(setup, index=guess))
    scans.scan(files, check=True)
    if any(scan.links for path in files if (scan := scans.found(path))):
        in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
        scans.scan([path for path in in_specs if path not in files], check=False)
    index = scans.scanner.index()
    setup = replace(setup, index=index)
    cycles = cycle_diagnostics(index)
    found = SetVerdicts([shown_as(path) for path in files])
    keys: dict[Path, str | None] = {}  # the key each verdict is recorded under (None: the file cannot be read)
    template_keys: dict[str, str] = {}
    for path in files:
        shown = shown_as(path)
        scan = scans.found(path)
        named = None if scan is None else _named(scan, index)
        found.templates[shown] = template = project.template_for(shown, scan.template if scan else None)
        if template not in template_keys:
            template_keys[template] = template_key(project, template)[2]
        keys[path] = None if scan is None else _verdict_key(context, shown, template_keys[template], scan, named,
                                                            cycles.get(shown, []))
        early = scans.early.pop(path, None)
        verdict = _cached_verdict(cache.record(shown), keys[path], setup.judge)
        if verdict is None and early is not None and (scan is None or early.named == named):
            verdict = _remembered(cache, shown, keys[path], with_cycle(early.verdict, cycles.get(shown, [])),
                                  setup.judge)
        if verdict is not None:
            found.verdicts[shown] = verdict
    stale = [path for path in files if shown_as(path) not in found.verdicts]
    for path, verdict in zip(stale, _run(_verdict_of, [(path, shown_as(path)) for path in stale], setup),
                             strict=True):
        shown = shown_as(path)
        found.verdicts[shown] = _remembered(cache, shown, keys[path], with_cycle(verdict, cycles.get(shown, [])),
                                            setup.judge)
    found.decide()
    if not paths:
        cache.keep_only(set(scans.scanner.found))
        cache.keep_set(_set_record(found, scans.scanner, [keys[path] for path in files], template_keys, cycles,
                                   context, setup.judge))
    return found


def _verdict_key(context: str, shown: str, template: str, scan: Scan, named: Any,
                 cycle: list[Diagnostic]) -> str:
    """The key of a spec's verdict: a digest of all it depends on (see the module's doc)."""
    return digest(context, shown, template, scan.digest, json.dumps(scan.sources, sort_keys=True),
                  json.dumps(named, ensure_ascii=False), json.dumps(stored(cycle)))


def _set_record(found: SetVerdicts, scanner: SetScanner, keys: list[str | None], template_keys: dict[str, str],
                cycles: dict[str, list[Diagnostic]], context: str, judge: Judge) -> Any:
    """The set's record of a check of the whole set, as plain values (None
    when a spec cannot be read: its verdict is worked out each time); ``keys``
    are the verdicts' keys, in the order of ``found.specs``. Each row is
    stored as it is made (jdgen.check_set.stored_row)."""
    rows, shared = [], {}
    for shown, key in zip(found.specs, keys, strict=True):
        scan = scanner.found.get(shown)
        if scan is None or key is None:
            return None
        shared.update(scan.sources)
        rows.append(stored_row(SpecRow(shown, scanner.settled_stamps.get(shown), scan.digest, scan.template,
                                       found.templates[shown], asdict(scan.entry) if scan.entry else None,
                                       scan.names, scan.sources, stored(cycles.get(shown, [])),
                                       _verdict_record(key, found.verdicts[shown], judge))))
    used = {name: template_keys[name] for name in sorted(set(found.templates.values()))}
    return stored_set(context, used, shared, rows)


def _from_set_record(project: Project, cache: CheckCache, setup: Setup, context: str) -> SetVerdicts | None:
    """The verdicts of the whole set from the set's record, where it stands
    (jdgen.check_set), the specs changed since re-checked alone; None
    where it does not stand."""
    record = SetRecord.of(cache.set)
    if record is None or record.key != context \
            or any(template_key(project, name)[2] != key for name, key in record.templates.items()) \
            or any(file_digest(project.root / name) != value for name, value in record.shared.items()):
        return None
    root = f"{project.root}{os.sep}"
    if project.listed_specs() != {root + row.shown.replace("/", os.sep) for row in record.rows}:
        return None  # a spec added, removed or renamed (or the specs where jdgen does not name them so)
    usable, rows, changed = project.template_names(), list(record.rows), []
    for at, row in enumerate(rows):
        if project.forms.template_for(row.shown, row.named_template, usable) != row.template:
            return None
        now = stamp(root + row.shown.replace("/", os.sep))
        if now is not None and now == row.stamp:
            continue
        path = project.root / row.shown
        try:
            data = path.read_bytes()
        except OSError:
            return None
        rows[at] = row._replace(stamp=now if now is not None and settled(now) else None)
        if digest(data) != row.digest:
            changed.append((at, Unread(path, row.shown, digest(data), is_plain(data))))
    kept = record._replace(rows=rows) if len(changed) < POOL_FROM else None
    if kept is not None and changed:
        kept = _rechecked(project, kept, changed, setup, usable)
    if kept is None:
        return None
    found = SetVerdicts([row.shown for row in rows], templates={row.shown: row.template for row in rows})
    for row in rows:
        verdict = _verdict_from(row.verdict, setup.judge)
        if verdict is None:
            return None
        found.verdicts[row.shown] = verdict
    found.decide()
    if kept != record:
        cache.keep_set(kept.stored())
    return found


def _rechecked(project: Project, record: SetRecord, changed: list[tuple[int, Unread]], setup: Setup,
               usable: frozenset[str]) -> SetRecord | None:
    """The record with the specs ``changed`` (by row) re-checked against
    the set's index; None when one is no longer what the index says of it
    (the set's index changes, and with it what others are told)."""
    rows, templates = record.rows, dict(record.templates)
    try:
        index = PositionIndex.of([IndexedPosition.from_record(row.entry) for row in rows if row.entry is not None])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    checker = Checker(replace(setup, index=index))
    for at, unread in changed:
        row = rows[at]
        scan, early = checker.scan(unread, check=True)
        entry = asdict(scan.entry) if scan and scan.entry else None
        if scan is None or early is None or not row.same_entry(entry):
            return None
        try:
            cycle = restored(row.cycle)
        except (TypeError, ValueError):
            return None
        template = project.forms.template_for(row.shown, scan.template, usable)
        if template not in templates:
            templates[template] = template_key(project, template)[2]
        key = _verdict_key(record.key, row.shown, templates[template], scan, early.named, cycle)
        rows[at] = row._replace(digest=scan.digest, named_template=scan.template, template=template, entry=entry,
                                names=scan.names, sources=scan.sources,
                                verdict=_verdict_record(key, with_cycle(early.verdict, cycle), setup.judge))
    used = {row.template for row in rows}
    return record._replace(templates={name: key for name, key in templates.items() if name in used},
                           shared={name: value for row in rows for name, value in row.sources.items()})


def context_digest(project: Project, template_key: str, kind: str, languages: list[str],
                   *parts: str) -> str:
    """The digest of what every spec's verdict of a ``kind`` of check
    depends on besides the spec and its template (spec_verdicts adds it): a
    template's key for a check that uses one template whatever the spec's
    (``template_key``, empty when none), the project's source language and
    settings file, the languages and their catalogs, and ``parts``."""
    return digest(kind, template_key, project.source_language, json.dumps(languages),
                  *(file_digest(project.translations / f"{language}.po") for language in languages),
                  file_digest(project.root / SETTINGS_FILE), *parts)


def template_key(project: Project, template_name: str) -> tuple[Path, str, str]:
    """The template's folder, as shown, and the digest of its files (and jdgen's version)."""
    folder, shown_folder = project.template_folder(template_name)
    return folder, shown_folder, digest(__version__, shown_folder, *_folder_parts(folder))


def remembered_hidden(cache: CheckCache, folder: Path, shown_folder: str, key: str) -> frozenset[tuple[str, ...]]:
    """The fields the template does not show (jdgen.template_check.hidden_fields),
    remembered under the template's ``key``: worked out once per change of
    the template, not in every run that reads a spec."""
    value = cache.remembered_value("hidden", key)
    if isinstance(value, list) and all(isinstance(field, list) for field in value):
        return frozenset(tuple(str(part) for part in field) for field in value)
    from jdgen.template_check import hidden_fields

    found = hidden_fields(folder, shown_folder)
    cache.remember_value("hidden", key, sorted(list(field) for field in found))
    return found


def labels_problems(cache: CheckCache, folder: Path, shown_folder: str, key: str) -> list[Diagnostic]:
    """The template labels' problems (remembered under the template's ``key``)."""
    problems = cache.remembered(f"labels {shown_folder}", key)
    if problems is None:
        from jdgen.labels import LabelSet

        try:
            problems = list(LabelSet.load(folder, shown_folder).warnings)
        except JdgenError as error:
            problems = error.diagnostics
        cache.remember(f"labels {shown_folder}", key, problems)
    return problems


def check_specs(project: Project, paths: list[Path], languages: list[str]) -> tuple[int, list[Diagnostic], list[str]]:
    """Check the specs under ``paths`` (default: the set): the number of spec
    files, every problem found, as a check without cache finds them, and the
    templates the specs are made with (Project.template_for), each once."""
    cache = CheckCache(project.root, CACHE_FILE)
    hidden = {name: remembered_hidden(cache, *template_key(project, name)) for name in project.forms.named()}
    setup = Setup(project.root, project.source_language, project, project.translations,
                  project.shown(project.translations), GapsAndRendering(tuple(languages)), hidden=hidden)
    found = spec_verdicts(project, paths, cache, setup, context_digest(project, "", "check", languages,
                                                                       file_digest(project.fields_file)))
    from jdgen.fields_file import own_fields_problems

    used = sorted(set(found.templates.values()))
    fields_problems = own_fields_problems(project)
    diagnostics = list(found.diagnostics)
    for name in used:
        diagnostics += labels_problems(cache, *template_key(project, name))
    diagnostics += fields_problems
    fields_known = not count_errors(fields_problems)  # the template's custom.* need the fields known
    diagnostics += [diagnostic for shown in found.claimed for diagnostic in found.verdicts[shown].judged or ()
                    if fields_known or diagnostic.code != "template-render"]
    cache.save()
    return len(found.specs), diagnostics, used


class _ShownAs:
    """Each path as shown, worked out once (a spec's is asked for at every step)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.names: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        if path not in self.names:
            self.names[path] = self.project.shown(path)
        return self.names[path]


class _SetScan:
    """Each spec's scan, from the cache where it stands (jdgen.spec_scan),
    else read (many in a process pool), with its verdict when checked."""

    def __init__(self, project: Project, shown_as: Callable[[Path], str], cache: CheckCache, setup: Setup) -> None:
        self.shown_as, self.setup = shown_as, setup
        self.scanner = SetScanner(project.root, setup.source_language, cache.record, cache.put, stamps=True)
        self.early: dict[Path, Early] = {}
        """The verdicts of specs read because they changed."""

    def found(self, path: Path) -> Scan | None:
        return self.scanner.found.get(self.shown_as(path))

    def scan(self, paths: list[Path], check: bool) -> None:
        """Scan ``paths``; with ``check``, work out the verdicts of those read."""
        unread = self.scanner.unread((path, self.shown_as(path)) for path in paths)
        for spec, (scan, early) in zip(unread, _run(_scan_one, [(spec, check) for spec in unread], self.setup),
                                       strict=True):
            self.scanner.scanned(spec.shown, scan)
            if early is not None:
                self.early[spec.path] = early


def _remembered(cache: CheckCache, shown: str, key: str | None, verdict: Verdict, judge: Judge) -> Verdict:
    """Record a spec's verdict under its key (none: it cannot be read)."""
    if key is not None:
        cache.put(shown, {**cache.record(shown), **_verdict_record(key, verdict, judge)})
    return verdict


def _verdict_record(key: str, verdict: Verdict, judge: Judge) -> dict[str, Any]:
    return {"key": key, "read": stored(verdict.read), "valid": verdict.valid, "id": verdict.spec_id,
            "id_at": [verdict.id_at.line, verdict.id_at.column] if verdict.id_at else None,
            "judged": None if verdict.judged is None else judge.stored(verdict.judged)}


def _cached_verdict(record: dict[str, Any], key: str | None, judge: Judge) -> Verdict | None:
    return None if key is None or record.get("key") != key else _verdict_from(record, judge)


def _verdict_from(record: dict[str, Any], judge: Judge) -> Verdict | None:
    """The verdict a record keeps (``_verdict_record``); None when it is not one."""
    try:
        id_at = record["id_at"]
        judged = record["judged"]
        return Verdict(restored(record["read"]), bool(record["valid"]), record["id"],
                       Position(*id_at) if id_at else None, None if judged is None else judge.restored(judged))
    except (KeyError, TypeError, ValueError):
        return None


def _named(scan: Scan, index: PositionIndex) -> list[Any]:
    """What the index says of the positions a spec names."""
    said: list[Any] = []
    for name in scan.names:
        if name[0] == "words":
            said.append(index.titled(name[1], name[2]))
            continue
        target = index.get(name[1])
        said.append([target.spec_id, target.title, target.source_language, target.path] if target
                    else sorted(entry.spec_id for entry in index.entries.values()))
    return said



def _folder_parts(folder: Path) -> list[bytes | str]:
    """The names and bytes of a template folder's files."""
    return [part for path in sorted(folder.iterdir()) if path.is_file() for part in (path.name, path.read_bytes())]

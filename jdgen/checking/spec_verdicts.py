"""``jdgen check`` spec by spec: each spec's verdict (its diagnostics, and
its id when it is valid) is worked out where its inputs changed, in a
process pool when there are many (jdgen.checking.pool), and taken from the
check cache (jdgen.checking.cache) everywhere else: for the whole set, from
the set's record in one piece while it stands (jdgen.checking.set_verdicts),
else from each spec's own record, under its key (jdgen.checking.keys).

A spec whose file changed is read once: its verdict is worked out while
it is scanned, against the last check's index, and stands when the set's
index (known once every spec is scanned) says the same of the positions it
names; else it is read again. A spec's record takes its scan with its
verdict, and in a check of the whole set its row of the set's record is
made then and its scan let go (jdgen.checking.set_verdicts.SetRows): what
is held to the end is each spec's verdict and row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from jdgen.checking.cache import CheckCache
from jdgen.checking.keys import template_key, verdict_key
from jdgen.checking.pool import run, scan_one, verdict_of
from jdgen.checking.scan import Scan, SetScanner, recorded_entry
from jdgen.checking.set_verdicts import SetRows, from_set_record
from jdgen.checking.verdict import (
    Early,
    Judge,
    Setup,
    SetVerdicts,
    Verdict,
    named_positions,
    said,
    verdict_from,
    verdict_record,
    with_cycle,
)
from jdgen.jobspec.links import PositionIndex, cycle_diagnostics
from jdgen.project import Project


def spec_verdicts(project: Project, paths: list[Path], cache: CheckCache, setup: Setup,
                  context: str) -> SetVerdicts:
    """The verdict of each spec under ``paths`` (default: the set), taken
    from ``cache`` where its key is unchanged (for the whole set, from the
    set's record where it stands: jdgen.checking.set_record); ``context`` is the
    digest of what every verdict depends on besides the spec (see
    jdgen.checking.keys)."""
    if not paths and (found := from_set_record(project, cache, setup, context)) is not None:
        return found
    found = _checked(project, paths, cache, setup, context)
    found.decide()  # once the scans are let go: the ids claimed take memory too, per spec
    return found


def _checked(project: Project, paths: list[Path], cache: CheckCache, setup: Setup, context: str) -> SetVerdicts:
    """Each spec's verdict (``spec_verdicts``), the set's yet to decide."""
    files = project.spec_file_strings(paths)
    shown_as = _ShownAs(project)
    guess = PositionIndex.of([entry for path in files if (entry := recorded_entry(cache.record(shown_as(path))))])
    scans = _SetScan(project, shown_as, cache, replace(setup, index=guess))
    scans.scan(files, check=True)
    if any(scan.links for path in files if (scan := scans.found(path))):
        in_specs = project.spec_file_strings([]) if (project.root / "specs").is_dir() else []
        listed = set(files)
        scans.scan([path for path in in_specs if path not in listed], check=False)
    index = scans.scanner.index()
    setup = replace(setup, index=index)
    cycles = cycle_diagnostics(index)
    found = SetVerdicts([shown_as(path) for path in files])
    rows = None if paths else SetRows(scans.scanner, cache, setup.judge)
    if rows is not None:
        cache.keep_only(scans.scanner.found)
    stale: dict[str, tuple[int, str | None]] = {}  # where each spec yet to judge is, and the key of its verdict
    template_keys: dict[str, str] = {}
    for at, path in enumerate(files):
        shown = shown_as(path)
        scan = scans.found(path)
        named = None if scan is None else named_positions(scan, index)
        found.templates[shown] = template = project.template_for(shown, scan.template if scan else None)
        if template not in template_keys:
            template_keys[template] = template_key(project, template)[2]
        key = None if scan is None else verdict_key(context, shown, template_keys[template], scan, named,
                                                     cycles.get(shown, []))
        early = scans.early.pop(shown, None)
        record = scans.scanner.record_of(shown)  # with what the scan found, kept below with the verdict
        verdict = _cached_verdict(record, key, setup.judge)
        if verdict is None and early is not None and (named is None or early.named == said(named)):
            verdict = with_cycle(early.verdict, cycles.get(shown, []))
            if key is not None:
                record = {**record, **verdict_record(key, verdict, setup.judge)}
        if key is not None:
            cache.put(shown, record)
        if verdict is None:
            stale[path] = at, key
            continue
        found.verdicts[shown] = verdict
        if rows is not None and key is not None:
            rows.add(at, shown, template, key, cycles.get(shown, []), verdict)
    for path, verdict in zip(stale, run(verdict_of, [(Path(path), shown_as(path)) for path in stale], setup),
                             strict=True):
        shown, (at, key) = shown_as(path), stale[path]
        found.verdicts[shown] = verdict = with_cycle(verdict, cycles.get(shown, []))
        if key is not None:
            cache.put(shown, {**cache.record(shown), **verdict_record(key, verdict, setup.judge)})
            if rows is not None:
                rows.add(at, shown, found.templates[shown], key, cycles.get(shown, []), verdict)
    scans.scanner.flush()
    if rows is not None:
        cache.keep_set(rows.record(found, template_keys, context))
    return found


class _ShownAs:
    """Each path (a path string) as shown, worked out once (a spec's is asked for at every step)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.names: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        if path not in self.names:
            self.names[path] = self.project.shown(Path(path))
        return self.names[path]


class _SetScan:
    """Each spec's scan, from the cache where it stands (jdgen.checking.scan),
    else read (many in a process pool), with its verdict when checked."""

    def __init__(self, project: Project, shown_as: Callable[[str], str], cache: CheckCache, setup: Setup) -> None:
        self.shown_as, self.setup = shown_as, setup
        self.scanner = SetScanner(project.root, setup.source_language, cache.record, cache.put, stamps=True,
                                  deferred=True)
        self.early: dict[str, Early] = {}
        """The verdicts of specs read because they changed, by spec as shown."""

    def found(self, path: str) -> Scan | None:
        return self.scanner.found.get(self.shown_as(path))

    def scan(self, paths: list[str], check: bool) -> None:
        """Scan ``paths`` (path strings); with ``check``, work out the verdicts of those read."""
        unread = self.scanner.unread((Path(path), self.shown_as(path)) for path in paths)
        for spec, (scan, early) in zip(unread, run(scan_one, [(spec, check) for spec in unread], self.setup),
                                       strict=True):
            self.scanner.scanned(spec.shown, scan)
            if early is not None:
                self.early[spec.shown] = early


def _cached_verdict(record: dict[str, Any], key: str | None, judge: Judge) -> Verdict | None:
    return None if key is None or record.get("key") != key else verdict_from(record, judge)

"""The whole set's verdicts through the set's record (jdgen.checking.set_record):
taken from it in one piece while it stands, the specs changed since
re-checked alone while what the set's index says of them is the same; and
the record made after a check of the whole set."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import partial
from typing import Any

from jdgen.checking.cache import CheckCache, InRow, restored, stored
from jdgen.checking.keys import template_key, verdict_key
from jdgen.checking.pool import POOL_FROM
from jdgen.checking.scan import SetScanner, Unread, is_plain, settled, stamp
from jdgen.checking.set_record import SetRecord, SpecRow, spec_record, stored_row, stored_set
from jdgen.checking.verdict import (
    Checker,
    Judge,
    Setup,
    SetVerdicts,
    Verdict,
    named_positions,
    verdict_from,
    verdict_record,
    with_cycle,
)
from jdgen.diagnostics import Diagnostic
from jdgen.fingerprint import digest, file_digest
from jdgen.jobspec.links import IndexedPosition, PositionIndex
from jdgen.project import Project


class SetRows:
    """The set's record of a check of the whole set, made spec by spec as
    each verdict settles: its row stored at once (jdgen.checking.set_record.stored_row)
    and held as the spec's record in the cache too where it says the same,
    the spec's scan let go (the row holds it), so that no record in JSON
    nor scan is held to the end of the check."""

    def __init__(self, scanner: SetScanner, cache: CheckCache, judge: Judge) -> None:
        self.scanner, self.cache, self.judge = scanner, cache, judge
        self.from_row = partial(spec_record, language=scanner.source_language)
        self.rows: dict[str, InRow] = {}
        self.shared: dict[str, tuple[tuple[int, int], str]] = {}
        """Each shared file the specs extend, and its digest, after where it is first extended (spec, place)."""

    def add(self, at: int, shown: str, template: str, key: str, cycle: list[Diagnostic], verdict: Verdict) -> None:
        """The row of the spec ``at`` (in the order of the set's specs) whose
        verdict settled under ``key``, its record in the cache already."""
        scan = self.scanner.found[shown]
        assert scan is not None  # a spec with a key was read
        for place, (name, value) in enumerate(scan.sources.items()):
            self.shared[name] = min(self.shared.get(name, ((at, place), value)), ((at, place), value))
        row = InRow(stored_row(SpecRow(shown, self.scanner.settled_stamp(shown), scan.digest, scan.template,
                                       template, scan.entry.record() if scan.entry else None, scan.names,
                                       scan.sources, stored(cycle), verdict_record(key, verdict, self.judge))))
        self.cache.held_in_row(shown, row, self.from_row)
        self.rows[shown] = row
        self.scanner.let_go(shown)

    def record(self, found: SetVerdicts, template_keys: dict[str, str], context: str) -> Any:
        """The set's record as plain values (None when a spec has no row: one
        that cannot be read has its verdict worked out each time)."""
        if len(self.rows) != len(found.specs):
            return None
        used = {name: template_keys[name] for name in sorted(set(found.templates.values()))}
        shared = {name: value for name, (_, value) in sorted(self.shared.items(), key=lambda item: item[1][0])}
        return stored_set(context, used, shared, [self.rows[shown] for shown in found.specs])


def from_set_record(project: Project, cache: CheckCache, setup: Setup, context: str) -> SetVerdicts | None:
    """The verdicts of the whole set from the set's record, where it stands
    (jdgen.checking.set_record), the specs changed since re-checked alone; None
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
            changed.append((at, Unread(os.fspath(path), row.shown, digest(data), is_plain(data))))
    kept = record._replace(rows=rows) if len(changed) < POOL_FROM else None
    if kept is not None and changed:
        kept = _rechecked(project, kept, changed, setup, usable)
    if kept is None:
        return None
    found = SetVerdicts([row.shown for row in rows], templates={row.shown: row.template for row in rows})
    for row in rows:
        verdict = verdict_from(row.verdict, setup.judge)
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
        entry = scan.entry.record() if scan and scan.entry else None
        if scan is None or early is None or not row.same_entry(entry):
            return None
        try:
            cycle = restored(row.cycle)
        except (TypeError, ValueError):
            return None
        template = project.forms.template_for(row.shown, scan.template, usable)
        if template not in templates:
            templates[template] = template_key(project, template)[2]
        key = verdict_key(record.key, row.shown, templates[template], scan, named_positions(scan, index), cycle)
        rows[at] = row._replace(digest=scan.digest, named_template=scan.template, template=template, entry=entry,
                                names=scan.names, sources=scan.sources,
                                verdict=verdict_record(key, with_cycle(early.verdict, cycle), setup.judge))
    used = {row.template for row in rows}
    return record._replace(templates={name: key for name, key in templates.items() if name in used},
                           shared={name: value for row in rows for name, value in row.sources.items()})

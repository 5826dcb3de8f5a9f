"""``jdgen check`` spec by spec: each spec's verdict (its diagnostics, and
its id when it is valid) is worked out where its inputs changed, in a
process pool when there are many, and taken from the check cache
(jdgen.check_cache) everywhere else.

A spec's verdict depends on its key: a digest of its bytes, of the shared
files it extends, of what the set's index says about the positions it names
(a link's title, the ids titled like a title in words, every id when a
link names an unknown one), of the reporting cycle it is in, and of the
context: jdgen's version, the template folder (its labels), the catalogs of
the languages checked, those languages, the project's source language and
its settings file. A valid spec's verdict holds what rendering it with the
template in its source language found (a template's problem, reported at
the template). What the set decides (unique ids) is put together from the
verdicts in the order a check finds them without a cache, so that what is
printed is the same.

A spec whose file changed is read once: its verdict is worked out while
it is scanned, against the last check's index, and stands when the set's
index (known once every spec is scanned) says the same of the positions it
names; else it is read again. Only verdicts and scans are kept, so memory
does not grow with the set.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from jdgen import __version__
from jdgen.check_cache import CheckCache, file_digest, restored, stored
from jdgen.diagnostics import Diagnostic, JdgenError, Position, count_errors
from jdgen.fingerprint import digest
from jdgen.jobspec.ids import IdClaims
from jdgen.jobspec.links import LINK, IndexedPosition, PositionIndex, cycle_diagnostics, entry_of, names_in
from jdgen.project import Project
from jdgen.settings import SETTINGS_FILE

POOL_FROM = 64
"""Specs to read before a process pool pays for its start-up."""
CHUNK = 16
"""Specs a worker takes at a time."""

@dataclass(frozen=True)
class Scan:
    """What a spec's key takes from its file, beyond its bytes."""

    digest: str
    sources: dict[str, str]
    """Each shared file it extends, as shown, and the digest of its bytes."""
    entry: IndexedPosition | None
    """The spec in the set's index (None without a usable id)."""
    names: list[list[str]]
    """The positions it names: ``["link", id]`` or ``["words", title, language]``."""

    @property
    def links(self) -> bool:
        return any(name[0] == "link" for name in self.names)


@dataclass(frozen=True)
class Verdict:
    """What a check finds in one spec."""

    read: list[Diagnostic]
    """Reading and validating it, its reporting cycle included."""
    valid: bool
    spec_id: str | None = None
    id_at: Position | None = None
    translated: list[Diagnostic] | None = None
    """The gaps of each language checked (None when invalid or the labels are unusable)."""
    rendered: list[Diagnostic] = field(default_factory=list)
    """What the template fails on when rendering the spec in its source language."""


@dataclass(frozen=True)
class Setup:
    """What reading and checking specs needs, in this process or a worker."""

    root: Path
    source_language: str
    languages: tuple[str, ...]
    template_folder: Path
    template_shown: str
    translations: Path
    translations_shown: str
    labels_usable: bool
    index: PositionIndex | None = None


class Checker:
    """Reads and checks single specs; the template's labels and the
    catalogs are loaded once, when first needed."""

    def __init__(self, setup: Setup) -> None:
        from jdgen.i18n.catalog import CatalogFolder

        self.setup = setup
        self.catalogs = CatalogFolder(setup.translations, setup.translations_shown)
        self._labels: Any = None
        self._template: Any = None

    @property
    def labels(self):
        """The template's labels (only asked for when they are usable)."""
        if self._labels is None:
            from jdgen.labels import LabelSet

            self._labels = LabelSet.load(self.setup.template_folder, self.setup.template_shown)
        return self._labels

    @property
    def hidden(self) -> frozenset[str]:
        """The spec's fields the template does not show (their texts need no translation)."""
        from jdgen.template_check import hidden_fields

        return hidden_fields(self.setup.template_folder, self.setup.template_shown)

    @property
    def template(self):
        """The template, prepared once; None when it cannot be used (its own check says why)."""
        if self._template is None:
            from jdgen.render.template import PreparedTemplate

            try:
                self._template = PreparedTemplate.load(self.setup.template_folder, self.setup.template_shown)
            except JdgenError:
                self._template = False
        return self._template or None

    def rendered(self, entry) -> list[Diagnostic]:
        """What the template fails on with ``entry`` in its source language:
        the template's problem, at the template, naming the spec."""
        from jdgen.localize import document_properties, localize
        from jdgen.render.template import RenderError

        context = localize(entry, self.labels, entry.spec.source_language, self.catalogs).context
        if self.template is None or context is None:
            return []
        try:
            self.template.render(context, document_properties(context, entry.spec))
        except RenderError as error:
            return [Diagnostic(self.template.shown_path, None, f"{error.where}: cannot render: {error.problem}",
                               code="template-render", used_by=f"{entry.loaded.path} ({entry.spec.source_language})")]
        return []

    def read(self, path: Path, shown: str):
        from jdgen.jobspec.validate import read_spec

        return read_spec(path, shown, self.setup.root, self.setup.source_language)

    def scan(self, path: Path, shown: str, spec_digest: str, check: bool) -> tuple[Scan | None, Early | None]:
        """What the spec names and extends (None when it cannot be read);
        with ``check``, its verdict too, worked out against the index of
        the setup (a guess: see Early)."""
        from jdgen.yamlfile.loaded import LoadedFile

        loaded = self.read(path, shown)
        if not isinstance(loaded, LoadedFile):
            return None, Early(self.verdict_of(loaded), []) if check else None
        sources = {name: file_digest(self.setup.root / name) for name in loaded.sources}
        scan = Scan(spec_digest, sources, entry_of(loaded), _names(loaded.data))
        if not check:
            return scan, None
        return scan, Early(self.verdict_of(loaded), _named(scan, self.setup.index or PositionIndex()))

    def entry(self, path: Path, shown: str):
        """The spec read and validated: a LoadedSpec, or None when it has errors."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.own_fields import spec_model
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, _ = validate_spec(self.read(path, shown), self.setup.index, spec_model(self.setup.root))
        return LoadedSpec(spec, loaded) if spec is not None and loaded is not None else None

    def verdict(self, path: Path, shown: str) -> Verdict:
        return self.verdict_of(self.read(path, shown))

    def verdict_of(self, loaded) -> Verdict:
        """Validate and translate a spec read by ``read``, as a check without
        cache does (but for a reporting cycle: see with_cycle)."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.own_fields import spec_model
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, problems = validate_spec(loaded, self.setup.index, spec_model(self.setup.root))
        if spec is None or loaded is None:
            return Verdict(problems, False)
        translated, rendered = None, []
        if self.setup.labels_usable:
            from jdgen.i18n.spec_translation import translate_entry

            entry = LoadedSpec(spec, loaded)
            translated = [diagnostic for language in self.setup.languages for diagnostic in translate_entry(
                entry, self.labels, language, self.catalogs, hidden=self.hidden).diagnostics]
            rendered = self.rendered(entry)
        return Verdict(problems, True, spec.id, loaded.position_of(("id",)), translated, rendered)


@dataclass(frozen=True)
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
    global _worker
    _worker = Checker(setup)


def _scan_one(item: tuple[Path, str, str, bool]) -> tuple[Scan | None, Early | None]:
    assert _worker is not None  # set by _start
    return _worker.scan(*item)


def _verdict_of(item: tuple[Path, str]) -> Verdict:
    assert _worker is not None  # set by _start
    return _worker.verdict(*item)


def _run(work: Callable, items: list, setup: Setup) -> Iterator:
    """``work`` of each item, in order, as each is done: in a process pool when there are many."""
    if not items:
        return
    jobs = min(os.cpu_count() or 1, len(items) // POOL_FROM)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(setup,)) as pool:
            yield from pool.map(work, items, chunksize=CHUNK)
        return
    _start(setup)
    yield from map(work, items)


def check_specs(project: Project, paths: list[Path], languages: list[str],
                template_name: str) -> tuple[int, list[Diagnostic]]:
    """Check the specs under ``paths`` (default: the set): the number of spec
    files and every problem found, as a check without cache finds them."""
    files = project.spec_files(paths)
    folder, shown_folder = project.template_folder(template_name)
    cache = CheckCache(project.root)
    template_key = digest(__version__, shown_folder, *_folder_parts(folder))
    labels_problems = cache.remembered("labels", template_key)
    if labels_problems is None:
        labels_problems = _labels_problems(folder, shown_folder)
        cache.remember("labels", template_key, labels_problems)
    translations = project.translations
    context = digest(template_key, project.source_language, json.dumps(languages),
                     *(file_digest(translations / f"{language}.po") for language in languages),
                     file_digest(project.root / SETTINGS_FILE), file_digest(project.fields_file))
    setup = Setup(project.root, project.source_language, tuple(languages), folder, shown_folder, translations,
                  project.shown(translations), not count_errors(labels_problems))
    guess = PositionIndex.of([entry for path in files if (entry := _entry(cache.record(project.shown(path))))])
    scans = _SetScan(project, cache, replace(setup, index=guess))
    scans.scan(files, check=True)
    if any(scan.links for path in files if (scan := scans.found.get(path))):
        in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
        scans.scan([path for path in in_specs if path not in scans.found], check=False)
    index = PositionIndex.of([scan.entry for scan in scans.found.values() if scan and scan.entry])
    setup = replace(setup, index=index)
    cycles = cycle_diagnostics(index)
    keys: dict[Path, str | None] = {}
    verdicts: dict[Path, Verdict] = {}
    for path in files:
        shown = project.shown(path)
        scan = scans.found.get(path)
        named = None if scan is None else _named(scan, index)
        keys[path] = None if scan is None else digest(
            context, shown, scan.digest, json.dumps(scan.sources, sort_keys=True),
            json.dumps(named, ensure_ascii=False), json.dumps(stored(cycles.get(shown, []))))
        early = scans.early.pop(path, None)
        verdict = _cached_verdict(cache.record(shown), keys[path])
        if verdict is None and early is not None and (scan is None or early.named == named):
            verdict = _remembered(cache, shown, keys[path], with_cycle(early.verdict, cycles.get(shown, [])))
        if verdict is not None:
            verdicts[path] = verdict
    stale = [path for path in files if path not in verdicts]
    for path, verdict in zip(stale, _run(_verdict_of, [(path, project.shown(path)) for path in stale], setup),
                             strict=True):
        shown = project.shown(path)
        verdicts[path] = _remembered(cache, shown, keys[path], with_cycle(verdict, cycles.get(shown, [])))
    diagnostics = [diagnostic for path in files for diagnostic in verdicts[path].read]
    claims, claimed = IdClaims(), []
    for path in files:
        verdict = verdicts[path]
        if verdict.valid and verdict.spec_id is not None:
            duplicate = claims.claim(verdict.spec_id, project.shown(path), verdict.id_at)
            if duplicate is None:
                claimed.append(path)
            else:
                diagnostics.append(duplicate)
    from jdgen.fields_file import own_fields_problems

    fields_problems = own_fields_problems(project)
    diagnostics += labels_problems + fields_problems
    if not count_errors(labels_problems):
        diagnostics += [diagnostic for path in claimed for diagnostic in verdicts[path].translated or ()]
        if not count_errors(fields_problems):  # the template's custom.* need the fields known
            diagnostics += [diagnostic for path in claimed for diagnostic in verdicts[path].rendered]
    if not paths:
        cache.keep_only({project.shown(path) for path in scans.found})
    cache.save()
    return len(files), diagnostics


class _SetScan:
    """Each spec's scan, from the cache where its bytes, shared files and
    source language are unchanged, else read (many in a process pool)."""

    def __init__(self, project: Project, cache: CheckCache, setup: Setup) -> None:
        self.project, self.cache, self.setup = project, cache, setup
        self.found: dict[Path, Scan | None] = {}
        self.early: dict[Path, Early] = {}
        """The verdicts of specs read because they changed."""
        self._shared: dict[str, str] = {}

    def shared_digest(self, name: str) -> str:
        if name not in self._shared:
            self._shared[name] = file_digest(self.project.root / name)
        return self._shared[name]

    def scan(self, paths: Iterable[Path], check: bool) -> None:
        """Scan ``paths``; with ``check``, work out the verdicts of those read."""
        stale = []
        for path in paths:
            shown = self.project.shown(path)
            try:
                spec_digest = digest(path.read_bytes())
            except OSError:
                self.found[path] = None  # reported when it is checked
                continue
            scan = self._cached(self.cache.record(shown), spec_digest)
            if scan is None:
                stale.append((path, shown, spec_digest, check))
            else:
                self.found[path] = scan
        for (path, shown, *_), (scan, early) in zip(stale, _run(_scan_one, stale, self.setup), strict=True):
            self.found[path] = scan
            if early is not None:
                self.early[path] = early
            if scan is not None:
                self._shared.update(scan.sources)
                self.cache.put(shown, {**self.cache.record(shown), **_scan_record(scan, self.setup.source_language)})

    def _cached(self, record: dict[str, Any], spec_digest: str) -> Scan | None:
        try:
            if record.get("digest") != spec_digest or record["language"] != self.setup.source_language:
                return None
            sources = dict(record["sources"])
            if any(self.shared_digest(name) != value for name, value in sources.items()):
                return None
            entry = _entry(record)
            if entry is None and record["entry"] is not None:
                return None
            return Scan(spec_digest, sources, entry, [list(name) for name in record["names"]])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def _remembered(cache: CheckCache, shown: str, key: str | None, verdict: Verdict) -> Verdict:
    """Record a spec's verdict under its key (none: it cannot be read)."""
    if key is not None:
        cache.put(shown, {**cache.record(shown), **_verdict_record(key, verdict)})
    return verdict


def _entry(record: dict[str, Any]) -> IndexedPosition | None:
    """The index entry a spec's record keeps (None if none, or unusable)."""
    try:
        entry = record.get("entry")
        if entry is None:
            return None
        return IndexedPosition.from_record(entry)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _scan_record(scan: Scan, source_language: str) -> dict[str, Any]:
    return {"digest": scan.digest, "language": source_language, "sources": scan.sources,
            "entry": asdict(scan.entry) if scan.entry else None, "names": scan.names}


def _verdict_record(key: str, verdict: Verdict) -> dict[str, Any]:
    return {"key": key, "read": stored(verdict.read), "valid": verdict.valid, "id": verdict.spec_id,
            "id_at": [verdict.id_at.line, verdict.id_at.column] if verdict.id_at else None,
            "translated": None if verdict.translated is None else stored(verdict.translated),
            "rendered": stored(verdict.rendered)}


def _cached_verdict(record: dict[str, Any], key: str | None) -> Verdict | None:
    if key is None or record.get("key") != key:
        return None
    try:
        id_at = record["id_at"]
        translated = record["translated"]
        return Verdict(restored(record["read"]), bool(record["valid"]), record["id"],
                       Position(*id_at) if id_at else None, None if translated is None else restored(translated),
                       restored(record["rendered"]))
    except (KeyError, TypeError, ValueError):
        return None


def _names(data: Any) -> list[list[str]]:
    """The positions a spec's data names, as its check resolves them (each once)."""
    if not isinstance(data, dict):
        return []
    language = data.get("source_language", "zh")
    names: dict[tuple[str, ...], None] = {}
    for _, value in names_in(data):
        if isinstance(value, dict) and isinstance(value.get(LINK), str) and len(value) == 1:
            names["link", value[LINK]] = None
            continue
        text = value.get(language) if isinstance(value, dict) else value
        if isinstance(text, str) and isinstance(language, str):
            names["words", text, language] = None
    return [list(name) for name in names]


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


def _labels_problems(folder: Path, shown_folder: str) -> list[Diagnostic]:
    from jdgen.labels import LabelSet

    try:
        return list(LabelSet.load(folder, shown_folder).warnings)
    except JdgenError as error:
        return error.diagnostics


def _folder_parts(folder: Path) -> list[bytes | str]:
    """The names and bytes of a template folder's files."""
    return [part for path in sorted(folder.iterdir()) if path.is_file() for part in (path.name, path.read_bytes())]

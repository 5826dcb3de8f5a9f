"""What a spec's documents are made from besides its own file: the shared
files it extends and the titles of the positions it links to.

Before a build decides what is out of date it scans the project's set: each
spec's id, title and links (the set's index, which the build's workers use
to resolve links) and the shared files it uses. The scan of a spec is kept
in the manifest with the fingerprints of its file and of its shared files,
so an unchanged set is not read again; a spec whose file or shared files
changed is read (not validated) to scan it afresh.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path

from jdgen.building.manifest import Manifest, digest
from jdgen.diagnostics import Diagnostic
from jdgen.jobspec.links import IndexedPosition, PositionIndex, cycle_diagnostics, entry_of
from jdgen.yamlfile.loaded import LoadedFile

_MAY_LINK_OR_EXTEND = re.compile(rb"""(?:extends|position)['"]?[ \t]*:""")
"""The key of an ``extends`` or of a link, quoted or not."""


@dataclass
class SetScan:
    """The set's index, and per spec the fingerprint of all its inputs."""

    index: PositionIndex
    fingerprints: dict[str, str]
    """By spec as shown: its bytes, its shared files', its linked titles."""
    cycles: dict[str, list[Diagnostic]]
    """Reporting cycles, by the spec in one."""


def scan_set(files: list[Path], shown_as, root: Path, manifest: Manifest, source_language: str) -> SetScan:
    """Scan ``files`` (every spec of the project, in ``source_language`` unless
    one names its own), reusing the manifest's scans of unchanged specs and
    recording the new ones in it.

    A spec whose bytes hold no 'extends:' nor 'position:' key has no shared
    file and no link: it is read only if another spec links (its title may
    be named), so a set without links is not read twice."""
    shared: dict[str, str] = {}

    def shared_digest(name: str) -> str:
        if name not in shared:
            try:
                shared[name] = digest((root / name).read_bytes())
            except OSError:
                shared[name] = digest("missing")
        return shared[name]

    def scan(path: Path, shown: str, spec_digest: str) -> None:
        from jdgen.jobspec.validate import (
            read_spec,  # here: an unchanged set never loads the model
        )

        loaded = read_spec(path, shown, root, source_language)
        if not isinstance(loaded, LoadedFile):
            return  # its errors are reported when it is built; not remembered
        entry = entries[shown] = entry_of(loaded)
        sources = {name: shared_digest(name) for name in loaded.sources}
        own[shown] = spec_digest, sources
        manifest.set_spec(shown, {"digest": spec_digest, "language": source_language, "sources": sources,
                                  "entry": dataclasses.asdict(entry) if entry else None})

    own: dict[str, tuple[str, dict[str, str]]] = {}
    entries: dict[str, IndexedPosition | None] = {}
    plain: list[tuple[Path, str]] = []
    for path in files:
        shown = shown_as(path)
        try:
            data = path.read_bytes()
        except OSError:
            continue
        spec_digest = digest(data)
        own[shown] = spec_digest, {}
        record = manifest.specs.get(shown)
        if (record and record["digest"] == spec_digest and record.get("language") == source_language
                and all(shared_digest(name) == value for name, value in record["sources"].items())):
            entries[shown] = IndexedPosition.from_record(record["entry"]) if record["entry"] else None
            own[shown] = spec_digest, record["sources"]
        elif _MAY_LINK_OR_EXTEND.search(data):
            scan(path, shown, spec_digest)
        else:
            plain.append((path, shown))
    if any(entry and entry.links for entry in entries.values()):
        for path, shown in plain:
            scan(path, shown, own[shown][0])
    manifest.forget_specs(set(own))
    index = PositionIndex.of([entry for shown in own if (entry := entries.get(shown)) is not None])
    fingerprints = {shown: digest(spec_digest, *(part for item in sorted(sources.items()) for part in item),
                                  *_linked_titles(entries.get(shown), index))
                    for shown, (spec_digest, sources) in own.items()}
    return SetScan(index, fingerprints, cycle_diagnostics(index))


def _linked_titles(entry: IndexedPosition | None, index: PositionIndex) -> list[str]:
    """What a spec's documents take from the positions it links to: their titles."""
    parts = []
    for spec_id in entry.links if entry else ():
        target = index.get(spec_id)
        parts.append(json.dumps([spec_id, target.title, target.source_language] if target else [spec_id],
                                ensure_ascii=False, sort_keys=True))
    return parts


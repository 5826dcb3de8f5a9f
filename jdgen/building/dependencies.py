"""What a spec's documents are made from besides its own file: the shared
files it extends and the titles of the positions it links to.

Before a build decides what is out of date it scans the project's set
(jdgen.checking.scan): each spec's id, title and links (the set's index, which
the build's workers use to resolve links) and the shared files it uses. The
scan of a spec is kept in the manifest, so an unchanged set is not read
again; a spec whose file or shared files changed is read (not validated) to
scan it afresh.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jdgen.building.manifest import Manifest, digest
from jdgen.checking.scan import SetScanner, Unread, scan_of
from jdgen.diagnostics import Diagnostic
from jdgen.jobspec.links import IndexedPosition, PositionIndex, cycle_diagnostics
from jdgen.yamlfile.loaded import LoadedFile


@dataclass
class SetScan:
    """The set's index, and per spec the fingerprint of all its inputs."""

    index: PositionIndex
    fingerprints: dict[str, str]
    """By spec as shown: its bytes, its shared files', its linked titles."""
    cycles: dict[str, list[Diagnostic]]
    """Reporting cycles, by the spec in one."""
    templates: dict[str, str]
    """The template each spec names itself (``template:``), by spec as shown; none for one naming none."""


def scan_set(files: list[Path], shown_as, root: Path, manifest: Manifest, source_language: str) -> SetScan:
    """Scan ``files`` (every spec of the project, in ``source_language`` unless
    one names its own), reusing the manifest's scans of unchanged specs and
    recording the new ones in it.

    A spec whose bytes hold no 'extends:' nor 'position:' key has no shared
    file and no link: it is read only if another spec links (its title may
    be named), so a set without links is not read twice."""
    scanner = SetScanner(root, source_language, manifest.specs.get, manifest.set_spec)

    def scan(unread: Unread) -> None:
        from jdgen.jobspec.validate import read_spec  # here: an unchanged set never loads the model

        loaded = read_spec(unread.path, unread.shown, root, source_language)
        # a file that cannot be read: its errors are reported when it is built; not remembered
        scanner.scanned(unread.shown, scan_of(loaded, unread.digest, scanner.shared_digest)
                        if isinstance(loaded, LoadedFile) else None)

    unread = scanner.unread((path, shown_as(path)) for path in files)
    for spec in unread:
        if not spec.plain:
            scan(spec)
    if any(scan and scan.entry and scan.entry.links for scan in scanner.found.values()):
        for spec in unread:
            if spec.plain:
                scan(spec)
    manifest.forget_specs(set(scanner.digests))
    index = scanner.index()
    fingerprints = {}
    for shown, spec_digest in scanner.digests.items():
        found = scanner.found.get(shown)
        sources = found.sources if found else {}
        fingerprints[shown] = digest(spec_digest, *(part for item in sorted(sources.items()) for part in item),
                                     *_linked_titles(found.entry if found else None, index))
    templates = {shown: found.template for shown, found in scanner.found.items() if found and found.template}
    return SetScan(index, fingerprints, cycle_diagnostics(index), templates)


def _linked_titles(entry: IndexedPosition | None, index: PositionIndex) -> list[str]:
    """What a spec's documents take from the positions it links to: their titles."""
    parts = []
    for spec_id in entry.links if entry else ():
        target = index.get(spec_id)
        parts.append(json.dumps([spec_id, target.title, target.source_language] if target else [spec_id],
                                ensure_ascii=False, sort_keys=True))
    return parts

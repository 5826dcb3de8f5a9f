"""What the last build produced, from which inputs: the basis of incremental builds.

The manifest lives in the output folder (``.jdgen-manifest.json``). Each
output is recorded with a fingerprint of everything it was made from: the
spec file's bytes, the template, jdgen's version, the language, the catalog
file and the catalog entries it used, and each spec's scan (jdgen.building.dependencies:
the shared files it uses, the positions it links to, the template it names).
Each output also records, by name, the template it was made with. Content hashes, not
modification times, decide. When a catalog changes, the specs are translated
again (cheap) and only documents whose translations differ are rendered.

The manifest is also the record of ownership: every file jdgen wrote in the
output folder (documents, PDFs, the register), the only files a build
replaces or removes (jdgen.output.in_the_way). A path is recorded before
its file is put in place and forgotten after it is removed, so that an
interruption at any moment leaves nothing of jdgen's unrecorded. Ownership
outlives a change of jdgen's version, which makes every fingerprint stale.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from jdgen import __version__
from jdgen.fingerprint import digest
from jdgen.output import json_pieces, write_atomically

MANIFEST_NAME = ".jdgen-manifest.json"
REGISTER_NAME = "positions.xlsx"
"""The register of positions (jdgen.building.register)."""
REGISTER_RECORD_NAME = ".jdgen-register.json"
"""What the register was made from."""
FORMAT = 4


def translations_digest(lookups: dict[str, tuple[str, bool] | None]) -> str:
    """Fingerprint of the catalog entries a document used (msgid → msgstr, fuzzy)."""
    return digest(json.dumps(sorted(lookups.items()), ensure_ascii=False))


@dataclass
class OutputRecord:
    """One output file as the last build wrote it."""

    spec: str
    """The spec's path, as shown."""
    spec_id: str
    language: str
    inputs: str
    """Fingerprint of spec, template, version and language."""
    translations: str
    """Fingerprint of the catalog entries used."""
    catalog: str = ""
    """Fingerprint of the catalog file(s) when it was made or last found current."""
    draft: bool = False
    size: int = 0
    pdf: str = ""
    """What the document was made from when its PDF was made (empty: no PDF)."""
    template: str = ""
    """The template (form) it was made with, by name."""


@dataclass
class Manifest:
    """The outputs of the previous builds into one folder, by output path."""

    outputs: dict[str, OutputRecord] = field(default_factory=dict)
    specs: dict[str, dict] = field(default_factory=dict)
    """Each spec's scan, by spec as shown (see jdgen.building.dependencies)."""
    owned: set[str] = field(default_factory=set)
    """Every file jdgen wrote in the folder, relative to it: documents, PDFs, the register."""

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """Read the manifest; a missing or unreadable one means 'build everything'
        (and, missing or broken, 'jdgen wrote nothing here')."""
        try:
            data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        owned = _owned(data, folder) if isinstance(data, dict) else set()
        try:
            if data.get("format") != FORMAT or data.get("jdgen") != __version__:
                return cls(owned=owned)
            outputs = {path: OutputRecord(**record) for path, record in data["outputs"].items()}
            return cls(outputs, dict(data["specs"]), owned | set(outputs))
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(owned=owned)

    def save(self, folder: Path) -> None:
        data = {
            "format": FORMAT,
            "jdgen": __version__,
            "owned": sorted(self.owned),
            "outputs": {path: asdict(record) for path, record in sorted(self.outputs.items())},
            "specs": dict(sorted(self.specs.items())),
        }
        write_atomically(folder / MANIFEST_NAME, json_pieces(data))

    def __post_init__(self) -> None:
        self.changed = False
        """Whether anything was recorded since the manifest was read."""
        self._by_spec: dict[str, dict[str, OutputRecord]] = {}
        for output, record in self.outputs.items():
            self._by_spec.setdefault(record.spec, {})[output] = record

    def records_of(self, spec: str) -> dict[str, OutputRecord]:
        """The recorded outputs of one spec file, by output path."""
        return dict(self._by_spec.get(spec, {}))

    def set_spec(self, spec: str, scan: dict) -> None:
        if self.specs.get(spec) != scan:
            self.specs[spec] = scan
            self.changed = True

    def forget_specs(self, keep: set[str]) -> None:
        """Drop the scans of specs other than ``keep``."""
        for spec in set(self.specs) - keep:
            del self.specs[spec]
            self.changed = True

    def owns(self, path: str) -> bool:
        """Whether jdgen wrote the file at ``path`` (relative to the folder)."""
        return path in self.owned

    def own(self, path: str) -> None:
        """Record that jdgen writes ``path``: before it is put in place."""
        if path not in self.owned:
            self.owned.add(path)
            self.changed = True

    def disown(self, path: str) -> None:
        """Forget ``path``: after jdgen removed its file."""
        if path in self.owned:
            self.owned.discard(path)
            self.changed = True

    def put(self, output: str, record: OutputRecord) -> None:
        self.remove(output)
        self.own(output)
        self.outputs[output] = record
        self.changed = True
        self._by_spec.setdefault(record.spec, {})[output] = record

    def remove(self, output: str) -> None:
        record = self.outputs.pop(output, None)
        if record is not None:
            self._by_spec[record.spec].pop(output, None)
            self.changed = True


def _owned(data: dict, folder: Path) -> set[str]:
    """The files a manifest says jdgen wrote; one of format 2 (without that
    record) says it by its documents, their PDFs, and the register beside
    the register's own record."""
    owned = data.get("owned")
    if isinstance(owned, list):
        return {path for path in owned if isinstance(path, str)}
    outputs = data.get("outputs")
    if data.get("format") != 2 or not isinstance(outputs, dict):
        return set()
    found = set(map(str, outputs))
    found |= {str(PurePosixPath(path).with_suffix(".pdf")) for path, record in outputs.items()
              if isinstance(record, dict) and record.get("pdf")}
    return found | ({REGISTER_NAME} if (folder / REGISTER_RECORD_NAME).is_file() else set())

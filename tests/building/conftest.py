"""A small output folder and the fingerprints of its inputs, for the build's unit tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from jdgen.building.manifest import Manifest, OutputRecord
from jdgen.building.plan import Fingerprints

SPEC = "specs/a.yaml"


@dataclass
class Folder:
    """An output folder, its manifest, and what its outputs are made from."""

    root: Path
    manifest: Manifest
    fingerprints: Fingerprints

    @property
    def output(self) -> Path:
        return self.root / "output"

    def record(self, output: str, language: str, spec: str = SPEC, spec_id: str = "A", *,
               draft: bool = False, translations: str = "t", data: bytes = b"document") -> OutputRecord:
        """Write ``output`` and record it as the last build would have."""
        (self.output / output).parent.mkdir(parents=True, exist_ok=True)
        (self.output / output).write_bytes(data)
        record = OutputRecord(spec, spec_id, language, self.fingerprints.inputs(spec, language), translations,
                              self.fingerprints.catalog(language), draft, len(data))
        self.manifest.put(output, record)
        return record


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    template = tmp_path / "template"
    template.mkdir()
    (template / "form.docx").write_bytes(b"form")
    catalogs = tmp_path / "translations"
    catalogs.mkdir()
    (catalogs / "en.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    fingerprints = Fingerprints(lambda _: template, catalogs, "zh")
    fingerprints.specs[SPEC] = "fingerprint of a"
    fingerprints.templates[SPEC] = "default"
    return Folder(tmp_path, Manifest(), fingerprints)

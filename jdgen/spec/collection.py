"""Load every spec of a build, and check what no single file can: unique ids."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.spec.loader import LoadedFile
from jdgen.spec.model import JobSpec
from jdgen.spec.validate import load_spec


@dataclass(frozen=True)
class LoadedSpec:
    """A valid spec and the file it came from (for positions)."""

    spec: JobSpec
    loaded: LoadedFile


def load_specs(files: list[Path], display) -> tuple[list[LoadedSpec], list[Diagnostic], int]:
    """Load and validate ``files``; return the valid specs, every diagnostic,
    and how many files failed. ``display`` maps a path to its shown form."""
    valid: list[LoadedSpec] = []
    diagnostics: list[Diagnostic] = []
    failed = 0
    first_by_id: dict[str, LoadedSpec] = {}
    for path in files:
        spec, loaded, problems = load_spec(path, display(path))
        diagnostics += problems
        if spec is None:
            failed += 1
            continue
        entry = LoadedSpec(spec, loaded)
        other = first_by_id.setdefault(spec.id.lower(), entry)
        if other is not entry:
            failed += 1
            diagnostics.append(Diagnostic(
                loaded.path, loaded.position_of(("id",)),
                f"id {spec.id!r} is already used by {other.loaded.path}; ids name the output files and must be unique",
                ("id",),
            ))
            continue
        valid.append(entry)
    return valid, diagnostics, failed

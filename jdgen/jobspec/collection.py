"""Load every spec of a build, and check what no single file can: unique ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jdgen import defaults
from jdgen.diagnostics import Diagnostic, FieldPath
from jdgen.jobspec.ids import IdClaims, in_path_order
from jdgen.jobspec.links import LINK, PositionIndex, cycle_diagnostics, entry_of, links_in
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.own_fields import spec_model
from jdgen.jobspec.validate import read_spec, validate_spec
from jdgen.project import template_names
from jdgen.yamlfile.loaded import LoadedFile


@dataclass(frozen=True)
class LoadedSpec:
    """A valid spec and the file it came from (for positions)."""

    spec: JobSpec
    loaded: LoadedFile
    links: tuple[tuple[FieldPath, str], ...] = ()
    """Where the spec links to another position by id, and that id (read
    before the links are resolved to titles)."""


def load_specs(files: list[Path], shown_as, source_language: str = defaults.SOURCE_LANGUAGE, root: Path | None = None,
               whole_set: Callable[[], list[Path]] = list) -> tuple[list[LoadedSpec], list[Diagnostic], int]:
    """Load and validate ``files``; return the valid specs, every diagnostic,
    and how many files failed. ``shown_as`` maps a path to its shown form;
    ``source_language`` is the project's; ``root`` is the project folder;
    ``whole_set()`` lists the project's spec files, read too when a spec of
    ``files`` links to another position by id."""
    read = {path: read_spec(path, shown_as(path), root, source_language) for path in files}
    if any(isinstance(loaded, LoadedFile) and isinstance(loaded.data, dict) and links_in(loaded.data)
           for loaded in read.values()):
        read |= {path: read_spec(path, shown_as(path), root, source_language)
                 for path in whole_set() if path not in read}
    index = PositionIndex.of([entry for loaded in read.values() if isinstance(loaded, LoadedFile)
                              for entry in [entry_of(loaded)] if entry is not None])
    cycles = cycle_diagnostics(index)
    model = spec_model(root)
    templates = template_names(root or Path.cwd())
    loaded_specs: list[LoadedSpec] = []
    diagnostics: list[Diagnostic] = []
    for path in files:
        links = link_ids(read[path])
        spec, loaded, problems = validate_spec(read[path], index, model, templates)
        in_cycle = cycles.get(shown_as(path), [])
        diagnostics += problems + in_cycle
        if spec is not None and loaded is not None and not in_cycle:  # a spec comes with its file
            loaded_specs.append(LoadedSpec(spec, loaded, links))
    claims, valid = IdClaims(), []
    for entry in in_path_order(loaded_specs, lambda entry: entry.loaded.path):
        duplicate = claims.claim(entry.spec.id, entry.loaded.path, entry.loaded.position_of(("id",)))
        if duplicate is None:
            valid.append(entry)
        else:
            diagnostics.append(duplicate)
    return valid, diagnostics, len(files) - len(valid)


def link_ids(read: object) -> tuple[tuple[FieldPath, str], ...]:
    """Where a spec as read (not validated) links to a position, and the id it names."""
    if not (isinstance(read, LoadedFile) and isinstance(read.data, dict)):
        return ()
    return tuple((at, value[LINK]) for at, value in links_in(read.data))

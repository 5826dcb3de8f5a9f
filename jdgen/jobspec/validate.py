"""Validate loaded YAML against the spec model, turning every problem into a
located diagnostic."""

from __future__ import annotations

import difflib
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from jdgen import defaults
from jdgen.defaults import FIELDS_FILE
from jdgen.diagnostics import Diagnostic, JdgenError, Level, count_errors
from jdgen.jobspec.links import PositionIndex, resolve_links
from jdgen.jobspec.model import CURRENCY_PATTERN, IDENTIFIER_PATTERN, DutyGroup, JobSpec, WeightedDuty
from jdgen.jobspec.own_fields import CUSTOM, spec_model
from jdgen.jobspec.shared import merge_shared, needs_merge
from jdgen.jobspec.texts import iter_texts
from jdgen.project import template_names
from jdgen.yamlfile.loaded import LoadedFile
from jdgen.yamlfile.reader import read_yaml
from jdgen.yamlfile.validation import ErrorCodes, default_pattern_message, describe_value, pydantic_diagnostic


def load_spec(path: Path, shown: str, source_language: str = defaults.SOURCE_LANGUAGE, root: Path | None = None,
              positions: PositionIndex | None = None) -> tuple[JobSpec | None, LoadedFile | None, list[Diagnostic]]:
    """Read and validate one spec file; ``source_language`` is the project's,
    for a spec that names none; ``root`` is the project folder its shared
    files are named from, ``positions`` the set its links name.

    Returns the spec (None when it has errors), the loaded file (for
    positions) and every diagnostic found.
    """
    return validate_spec(read_spec(path, shown, root, source_language), positions, spec_model(root),
                         template_names(root or Path.cwd()))


def read_spec(path: Path, shown: str, root: Path | None = None, source_language: str = defaults.SOURCE_LANGUAGE,
              remember: bool = True) -> LoadedFile | JdgenError:
    """Read a spec file and merge the shared files it extends (not validated);
    a spec that names no ``source_language`` is in the project's. With
    ``remember``, the file's reading is kept for the next reader of the same
    bytes (jdgen.yamlfile.reader.read_yaml)."""
    if path.is_dir():  # listed because it cannot be read
        return JdgenError([_unreadable_folder(path, shown)])
    try:
        loaded = read_yaml(path, shown, remember)
        if needs_merge(loaded.data):
            loaded = merge_shared(loaded, root or Path.cwd())
    except JdgenError as error:
        return error
    if isinstance(loaded.data, dict) and "source_language" not in loaded.data:
        loaded.data = {"source_language": source_language, **loaded.data}
    return loaded


def validate_spec(loaded: LoadedFile | JdgenError, positions: PositionIndex | None = None,
                  model: type[JobSpec] = JobSpec, templates: frozenset[str] | None = None,
                  ) -> tuple[JobSpec | None, LoadedFile | None, list[Diagnostic]]:
    """Validate a spec read by ``read_spec``, resolving its links in
    ``positions``, against ``model``: the project's (``own_fields.spec_model``);
    the ``template`` it names must be one of ``templates`` (not checked when None)."""
    if isinstance(loaded, JdgenError):
        return None, None, loaded.diagnostics
    diagnostics = loaded.diagnostics + loaded.warnings
    if not isinstance(loaded.data, dict):
        diagnostics.append(loaded.slips.get(()) or loaded.diagnostic(
            (), f"a spec must be a mapping of fields, got {describe_value(loaded.data)}", code="spec-wrong-type"))
        return None, loaded, diagnostics
    reported = {d.field for d in loaded.diagnostics}
    diagnostics += resolve_links(loaded, positions or PositionIndex())
    try:
        spec = model.model_validate(loaded.data)
    except ValidationError as error:
        for item in error.errors():
            diagnostic = pydantic_diagnostic(item, loaded, _CODES, model, _pattern_message)
            # A value the loader already reported on is not reported again;
            # missing and unknown fields of its mapping still are.
            if diagnostic.field in reported and item["type"] not in ("missing", "extra_forbidden"):
                continue
            if item["type"] in ("dict_type", "model_type", "list_type"):
                # 'grade：3' where a mapping belongs: a full-width colon, not a text
                diagnostic = loaded.slips.get(diagnostic.field, diagnostic)
            if item["type"] == "extra_forbidden" and item["loc"] == (CUSTOM,):
                diagnostic = replace(diagnostic, message=f"{diagnostic.message}: the project declares no fields "
                                     f"of its own (they are declared in {FIELDS_FILE})")
            diagnostics.append(diagnostic)
        return None, loaded, diagnostics
    diagnostics += _check_references(spec, loaded) + _check_duty_weights(spec, loaded)
    diagnostics += _check_template(spec, loaded, templates)
    return (None if count_errors(diagnostics) else spec), loaded, diagnostics


def _unreadable_folder(path: Path, shown: str) -> Diagnostic:
    reason = "it could not be listed"
    try:
        os.scandir(path).close()
    except OSError as error:
        reason = error.strerror or reason
    return Diagnostic(shown, None, f"cannot read this folder ({reason}); the specs in it are not checked",
                      code="file-unreadable")


_CODES = ErrorCodes(unknown_code="spec-unknown-field", missing_code="spec-missing-field",
                    type_code="spec-wrong-type", value_code="spec-bad-value")


def _pattern_message(pattern: str, value: Any) -> str:
    if pattern == CURRENCY_PATTERN:
        return f"{value!r} is not an ISO 4217 currency code such as 'CNY'"
    if pattern == IDENTIFIER_PATTERN:  # model.Identifier, the ids and level names
        return (f"{value!r} is not a valid id: use ASCII letters, digits, '-' and '_', "
                "starting with a letter or digit, at most 64 characters")
    return default_pattern_message(pattern, value)


def _check_template(spec: JobSpec, loaded: LoadedFile, templates: frozenset[str] | None) -> list[Diagnostic]:
    """The template the spec names, if any, is one the project has."""
    if spec.template is None or templates is None or spec.template in templates:
        return []
    message = f"no template {spec.template!r}"
    suggestion = difflib.get_close_matches(spec.template, sorted(templates), n=1)
    message += (f" (did you mean {suggestion[0]!r}?)" if suggestion else
                f": the templates are {', '.join(sorted(templates))}")
    return [loaded.diagnostic(("template",), message + "; 'jdgen template list' shows them", code="spec-template")]


def _check_references(spec: JobSpec, loaded: LoadedFile) -> list[Diagnostic]:
    """Checks across fields: declared levels, inline texts in the source language."""
    diagnostics = []
    declared = ", ".join(spec.levels) or "none (add a 'levels' mapping)"
    for field, keyed in (
        (("qualifications", "experience"), spec.qualifications.experience),
        (("training", "hours"), spec.training.hours),
    ):
        for level in keyed if isinstance(keyed, dict) else ():
            if level not in spec.levels:
                diagnostics.append(loaded.diagnostic(
                    field + (level,), f"unknown level {level!r}; declared levels: {declared}", field, key=True,
                    code="spec-bad-value"))
    for text_field, text in iter_texts(spec):
        if isinstance(text, dict) and spec.source_language not in text:
            diagnostics.append(loaded.diagnostic(
                text_field, f"the translations lack the source language {spec.source_language!r}",
                code="spec-translation"))
    return diagnostics


def _check_duty_weights(spec: JobSpec, loaded: LoadedFile) -> list[Diagnostic]:
    """A warning when duties are weighted but not all of them, or not to 100%
    in total (the weights are of the position's duties, every group together:
    a form lists them in one table)."""
    places = ([(("duties", group, "items", index), duty) for group, part in enumerate(spec.duties)
               for index, duty in enumerate(part.items)] if isinstance(spec.duties[0], DutyGroup)
              else [(("duties", index), duty) for index, duty in enumerate(spec.duties)])
    weights = [duty.weight for _, duty in places if isinstance(duty, WeightedDuty)]
    if not weights:
        return []
    unweighted = [field for field, duty in places if not isinstance(duty, WeightedDuty)]
    if unweighted:
        return [loaded.diagnostic(unweighted[0], f"this duty has no weight, while {len(weights)} of the "
                                  f"{len(places)} duties have one: write it {{text: ..., weight: N}}, as they are",
                                  level=Level.WARNING, code="spec-duty-weights")]
    total = sum(weights)
    if total != 100:
        return [loaded.diagnostic(("duties",), f"the duties' weights make {total:f}%, not 100%: correct them so "
                                  "that they make 100", key=True, level=Level.WARNING, code="spec-duty-weights")]
    return []

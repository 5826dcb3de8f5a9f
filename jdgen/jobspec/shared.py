"""Shared content: a spec's ``extends`` bases, merged under it, every value
keeping the file and line where it is written.

The rules (README, "Shared content"): bases are files of the project outside
``specs/``, named relative to the project folder, applied in order and under
the spec (the last one written wins); a base may extend others, at most
``MAX_DEPTH`` deep; a file reached twice is applied once, where it is first
reached; a cycle is an error. Mappings merge key by key; a list, a text (with
its translations) and any other value replace what the base says; ``key+:``
appends a list to the base's list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError
from jdgen.fields import TEXT, alternatives
from jdgen.jobspec.model import JobSpec
from jdgen.yamlfile.loaded import LoadedFile
from jdgen.yamlfile.reader import read_yaml

EXTENDS = "extends"
APPEND = "+"
"""The suffix of a key whose list is appended to the base's: ``tools+: [...]``."""
MAX_DEPTH = 5
"""Bases of bases: a spec, its family, the family's group, ... at most this deep."""
SPECS_FOLDER = "specs"


@dataclass(frozen=True)
class _Layer:
    loaded: LoadedFile
    data: dict


def needs_merge(data: Any) -> bool:
    """Whether a spec's data extends a base or appends to a list."""
    return isinstance(data, dict) and any(key == EXTENDS or _appends(key) for key in data)


def merge_shared(loaded: LoadedFile, root: Path) -> LoadedFile:
    """The spec ``loaded`` with its bases merged under it. Raise JdgenError
    when a base cannot be used (missing, unreadable, a cycle): the spec cannot
    be read as its author meant."""
    problems: list[Diagnostic] = []
    layers: list[_Layer] = []
    _collect(loaded, root, (loaded.path,), set(), layers, problems)
    if problems:
        raise JdgenError(problems)
    merged = LoadedFile(loaded.path, {}, slips=loaded.slips, warnings=list(loaded.warnings),
                        diagnostics=list(loaded.diagnostics),
                        sources=[layer.loaded.path for layer in layers[:-1]])
    for layer in layers[:-1]:
        merged.diagnostics += layer.loaded.diagnostics
        merged.warnings += layer.loaded.warnings
    merged.grafts[()] = (loaded, ())
    for layer in layers:
        _merge_mapping(merged, merged.data, layer, (), (), JobSpec)
    return merged


def _collect(loaded: LoadedFile, root: Path, chain: tuple[str, ...], seen: set[str],
             layers: list[_Layer], problems: list[Diagnostic]) -> None:
    """Append the layers of ``loaded`` (its bases, depth first, then itself)."""
    bases = loaded.data.get(EXTENDS)
    # A spec keeps its 'extends' (the model knows the field); a base's is spent here.
    data = {key: value for key, value in loaded.data.items() if key != EXTENDS or len(chain) == 1}
    for index, name in _base_names(bases, loaded, problems):
        at = (EXTENDS, index) if isinstance(bases, list) else (EXTENDS,)
        base = _read_base(name, root, loaded, at, chain, problems)
        if base is None or base.path in seen:
            continue
        seen.add(base.path)
        if not isinstance(base.data, dict):
            problems.append(base.diagnostic((), "a shared file is a mapping of fields, as a spec is",
                                            code="spec-shared"))
            continue
        if "id" in base.data:
            problems.append(base.diagnostic(("id",), "a shared file cannot set 'id': each spec has its own",
                                            key=True, code="spec-shared"))
            continue
        _collect(base, root, chain + (base.path,), seen, layers, problems)
    layers.append(_Layer(loaded, data))


def _base_names(bases: Any, loaded: LoadedFile, problems: list[Diagnostic]) -> list[tuple[int, str]]:
    if bases is None:
        return []
    names = bases if isinstance(bases, list) else [bases]
    if not names or not all(isinstance(name, str) and name.strip() for name in names):
        problems.append(loaded.diagnostic((EXTENDS,), "expected the path of a shared file "
                                          "(extends: shared/branch.yaml), or a list of them", code="spec-shared"))
        return []
    return list(enumerate(names))


def _read_base(name: str, root: Path, loaded: LoadedFile, at: FieldPath, chain: tuple[str, ...],
               problems: list[Diagnostic]) -> LoadedFile | None:
    """The shared file ``name`` (relative to the project folder), read."""
    def problem(message: str) -> None:
        problems.append(loaded.diagnostic(at, message, (EXTENDS,), code="spec-shared"))

    relative = Path(name.strip())
    path = root / relative
    shown = relative.as_posix()
    if relative.is_absolute() or ".." in relative.parts:
        problem(f"{name!r}: name a shared file by its path in the project folder, such as shared/branch.yaml")
        return None
    if relative.parts[:1] == (SPECS_FOLDER,):
        problem(f"{shown}: a shared file lives outside {SPECS_FOLDER}/ (for example in shared/), "
                "or it would be built as a position")
        return None
    if shown in chain:
        cycle = " → ".join(chain[chain.index(shown):] + (shown,))
        problem(f"{shown} extends itself: {cycle}; remove one of these 'extends'")
        return None
    if len(chain) > MAX_DEPTH:
        problem(f"{shown}: bases are nested more than {MAX_DEPTH} deep ({' → '.join(chain)}); "
                "merge some of these shared files")
        return None
    if not path.is_file():
        problem(f"no shared file {shown} in the project folder")
        return None
    try:
        base = _read_cached(path, shown)
    except JdgenError as error:
        problems += [_used_by(diagnostic, chain) for diagnostic in error.diagnostics]
        return None
    return LoadedFile(base.path, base.data, base.positions, base.key_positions,
                      [_used_by(d, chain) for d in base.diagnostics], [_used_by(d, chain) for d in base.warnings],
                      used_by=_chain_text(chain))


def _chain_text(chain: tuple[str, ...]) -> str:
    return chain[0] + (f" through {', '.join(chain[1:])}" if len(chain) > 1 else "")


def _used_by(diagnostic: Diagnostic, chain: tuple[str, ...]) -> Diagnostic:
    return replace(diagnostic, used_by=_chain_text(chain))


_CACHE: dict[tuple, LoadedFile] = {}
"""Shared files read by this process, by path and file state: a hundred specs
that extend one file read it once."""


def _read_cached(path: Path, shown: str) -> LoadedFile:
    state = path.stat()
    key = (str(path.resolve()), shown, state.st_mtime_ns, state.st_size, state.st_ino)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = read_yaml(path, shown)
    return _CACHE[key]


# -- merging --------------------------------------------------------------------


def _appends(key: Any) -> bool:
    return isinstance(key, str) and len(key) > 1 and key.endswith(APPEND)


def _merge_mapping(merged: LoadedFile, target: dict, layer: _Layer, at: FieldPath, source: FieldPath,
                   annotation: Any) -> None:
    """Merge the layer's mapping at ``source`` into ``target`` (the merged
    mapping at ``at``)."""
    values = layer.data if not source else _value_at(layer.loaded.data, source)
    for key, value in values.items():
        name = key[:-1] if _appends(key) else key
        if _appends(key) and name in values:
            merged.diagnostics.append(layer.loaded.diagnostic(
                source + (key,), f"both {name!r} and {key!r}: write one of them", at, key=True, code="spec-shared"))
            continue
        inner = _annotation_at(annotation, name)
        here, there = at + (name,), source + (key,)
        if _appends(key):
            _append(merged, target, layer, name, here, there, value)
        elif isinstance(value, dict) and isinstance(target.get(name), dict) and _merges(inner):
            target[name] = dict(target[name])
            for child in target[name]:
                merged.grafts.setdefault(here + (child,), _origin(merged, here + (child,)))
            merged.grafts[here] = (layer.loaded, there)
            _merge_mapping(merged, target[name], layer, here, there, inner)
        else:
            _forget(merged, here)
            target[name] = value
            merged.grafts[here] = (layer.loaded, there)


def _append(merged: LoadedFile, target: dict, layer: _Layer, name: str, here: FieldPath, there: FieldPath,
            value: Any) -> None:
    base = target.get(name, [])
    if not isinstance(value, list) or not isinstance(base, list):
        what = "the value" if not isinstance(value, list) else "the base's value"
        merged.diagnostics.append(layer.loaded.diagnostic(
            there, f"'{name}{APPEND}' appends a list to the base's list, but {what} is not a list; "
            f"write '{name}:' to replace it", here, code="spec-shared"))
        return
    origins = [_origin(merged, here + (index,)) for index in range(len(base))]
    _forget(merged, here)
    for index, origin in enumerate(origins):
        merged.grafts[here + (index,)] = origin
    for index in range(len(value)):
        merged.grafts[here + (len(base) + index,)] = (layer.loaded, there + (index,))
    merged.grafts[here] = (layer.loaded, there)
    target[name] = base + value


def _origin(merged: LoadedFile, at: FieldPath) -> tuple[LoadedFile, FieldPath]:
    """The file and path of the merged value at ``at``, as recorded so far."""
    for end in range(len(at), -1, -1):
        graft = merged.grafts.get(at[:end])
        if graft is not None:
            return graft[0], graft[1] + at[end:]
    raise AssertionError(at)  # the root is always grafted


def _forget(merged: LoadedFile, at: FieldPath) -> None:
    """Drop the origins recorded under ``at``: a value replaced."""
    for path in [path for path in merged.grafts if len(path) > len(at) and path[:len(at)] == at]:
        del merged.grafts[path]


def _value_at(data: Any, path: FieldPath) -> Any:
    for part in path:
        data = data[part]
    return data


def _annotation_at(annotation: Any, name: Any) -> Any:
    """The model's type of field ``name`` of a mapping typed ``annotation``."""
    for leaf in alternatives(annotation) if annotation is not None else ():
        if isinstance(leaf, type) and issubclass(leaf, BaseModel) and name in leaf.model_fields:
            return leaf.model_fields[name].annotation
        if isinstance(leaf, tuple) and leaf[0] is dict:
            return leaf[1]
    return None


def _merges(annotation: Any) -> bool:
    """Whether two mappings at a field of this type merge key by key: not a
    text with its translations, nor a link to a position."""
    leaves = alternatives(annotation) if annotation is not None else ()
    return TEXT not in leaves


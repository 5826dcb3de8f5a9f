"""A per-process memo for readers whose results their callers change: the
result is kept pickled, and each call gets a copy of its own. A process then
parses the same bytes once (a spec checked, then built; a catalog each
command reads), and nothing one caller changes reaches the next."""

from __future__ import annotations

import functools
import io
import pickle
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def copies(maxsize: int, shared: tuple[type, ...] = ()) -> Callable[[F], F]:
    """Remember the last ``maxsize`` results of a function of hashable
    positional arguments (the bytes read among them): the first call gets
    the result itself, each later one a copy of its own. The parts of a
    result that are instances of ``shared`` (which no caller changes) are
    not copied: every copy holds the same. A call that raises is not
    remembered."""

    def decorate(function: F) -> F:
        kept: OrderedDict[tuple[Hashable, ...], tuple[bytes, list[Any]]] = OrderedDict()

        @functools.wraps(function)
        def copy(*args: Hashable) -> Any:
            if args in kept:
                kept.move_to_end(args)
                return _unpickled(*kept[args])
            result = function(*args)
            kept[args] = _pickled(result, shared)
            if len(kept) > maxsize:
                kept.popitem(last=False)
            return result

        return cast(F, copy)

    return decorate


class _Pickler(pickle.Pickler):
    """Pickles all but the instances of ``shared``, which it lists in ``parts``."""

    def __init__(self, file: io.BytesIO, shared: tuple[type, ...]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = shared
        self.parts: list[Any] = []

    def persistent_id(self, obj: Any) -> int | None:
        if type(obj) in self.shared:
            self.parts.append(obj)
            return len(self.parts) - 1
        return None


def _pickled(result: Any, shared: tuple[type, ...]) -> tuple[bytes, list[Any]]:
    """``result`` pickled, and its shared parts."""
    if not shared:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), []
    file = io.BytesIO()
    pickler = _Pickler(file, shared)
    pickler.dump(result)
    return file.getvalue(), pickler.parts


def _unpickled(data: bytes, parts: list[Any]) -> Any:
    """A copy of what ``_pickled`` kept, holding its shared parts themselves."""
    if not parts:
        return pickle.loads(data)
    unpickler = pickle.Unpickler(io.BytesIO(data))
    unpickler.persistent_load = parts.__getitem__  # type: ignore[assignment]
    return unpickler.load()

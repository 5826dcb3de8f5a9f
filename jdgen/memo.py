"""A per-process memo for readers whose results their callers change: the
result is kept pickled, and each call gets a copy of its own. A process then
parses the same bytes once (a spec checked, then built; a catalog each
command reads), and nothing one caller changes reaches the next."""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def copies(maxsize: int) -> Callable[[F], F]:
    """Remember the last ``maxsize`` results of a function of hashable
    positional arguments (the bytes read among them), handing out a copy of
    each; a call that raises is not remembered."""

    def decorate(function: F) -> F:
        @functools.lru_cache(maxsize=maxsize)
        def pickled(*args: Hashable) -> bytes:
            return pickle.dumps(function(*args), protocol=pickle.HIGHEST_PROTOCOL)

        @functools.wraps(function)
        def copy(*args: Hashable) -> Any:
            return pickle.loads(pickled(*args))

        return cast(F, copy)

    return decorate

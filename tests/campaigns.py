"""How long the property tests search: their full campaigns, or a tenth of
them under ``pytest --quick`` (which sets ``JDGEN_QUICK``)."""

from __future__ import annotations

import os


def examples(full: int) -> int:
    """The examples a property test tries: ``full``, or a tenth (at least 10) with ``--quick``."""
    return max(10, full // 10) if os.environ.get("JDGEN_QUICK") == "1" else full

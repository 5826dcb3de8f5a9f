"""A template's form labels in one language, as the context reads them:
``{placeholder}`` patterns, some with plural forms, and the formatter of
that language's numbers and dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from jdgen.i18n.formatting import Formatter
from jdgen.i18n.plurals import for_count

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class LanguageLabels:
    """Form labels in one language, with ``{placeholder}`` patterns, some with plural forms."""

    def __init__(self, texts: Mapping[str, str], formatter: Formatter) -> None:
        self.texts = dict(texts)
        self.formatter = formatter

    def fill(self, key: str, count: int | Decimal | None = None, **values: str) -> str:
        """Return label ``key`` with its placeholders filled.

        With ``count``, a label with plural forms takes the form of that count.
        """
        pattern = self.texts[key]
        if count is not None:
            pattern = for_count(pattern, count)
        return _PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), pattern)

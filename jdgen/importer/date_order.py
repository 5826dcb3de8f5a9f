"""Which way round a date written with its year last reads when both ways
are dates (01/04/2024: 1 April or 4 January): the order the form's other
cues give, named with the other reading in the warning that reports it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from jdgen.importer import traditional, values

_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH"
           "|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
_AMERICAN = re.compile(rf"\bFLSA\b|\bUSD\b|US\$|, (?:{_STATES})(?: \d{{5}}(?:-\d{{4}})?)?(?![\w-])")
"""What says a form is American: the FLSA status, dollars, a state's postal
code after a town (Shreveport, LA). (Not an equal-opportunity employer's
line: Australian and Irish forms have it too.)"""


def ambiguous_date(text: str, form: Iterable[str]) -> tuple[datetime.date, str] | None:
    """The date ``text`` is taken as when it reads as a date both day/month
    and month/day, and what the warning says of it: the reading, the cue
    that chose it (``form``, the form's other texts) and the other reading;
    None for any other text."""
    readings = values.year_last_readings(text)
    if len(readings) != 2:
        return None
    day_first, cue = _order(list(form))
    chosen, other = readings if day_first else readings[::-1]
    orders = ("day/month", "month/day") if day_first else ("month/day", "day/month")
    return chosen, (f"read as {chosen.isoformat()}, {orders[0]} ({cue}); read {orders[1]} it is "
                    f"{other.isoformat()}: check it")


def _order(texts: list[str]) -> tuple[bool, str]:
    """Whether the form writes the day first, and the cue that says so: its
    other dates that read only one way (13/04/2024), its traditional
    characters (Hong Kong, Macau), a cue that the form is American (FLSA
    Status, a town's state), else the order most of the world uses."""
    orders: dict[bool, str] = {}
    for other in texts:
        for match in values.YEAR_LAST.finditer(other):
            first, second = int(match[1]), int(match[3])
            if (first > 12) != (second > 12) and max(first, second) <= 31:
                orders.setdefault(first > 12, match[0])
    if len(orders) == 1:
        day_first, example = next(iter(orders.items()))
        return day_first, f"as the form's {example} is written"
    american = next((cue[0] for other in texts if (cue := _AMERICAN.search(other))), None)
    if american is not None:
        return False, f"as the United States writes it, the form saying it is American ({american.strip(', ')})"
    if any(traditional.folded(other) != other for other in texts):
        return True, "as Hong Kong and Macau write it, the form being in traditional characters"
    return True, "as most places outside the United States write it"

"""An import compared with a form's truth, fact by fact: which facts are
right, and which wrong ones no warning names (the silent errors). A form
refused whole, with an error naming it and no spec written, is wrong
loudly: each of its facts counts as flagged (the error may still be a bug
to fix, as a refusal costs every fact)."""

from __future__ import annotations

import calendar
import contextlib
import datetime
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from click.testing import CliRunner

from jdgen import defaults
from jdgen.cli import main


@dataclass
class Measure:
    right: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    """Facts not right, each named by a warning."""
    silent: list[str] = field(default_factory=list)
    """Facts not right that no warning names."""
    output: str = ""

    @property
    def total(self) -> int:
        return len(self.right) + len(self.flagged) + len(self.silent)


def figures(forms: dict[str, tuple[Callable[[Path], dict], str]]) -> None:
    """Each form (its maker and its file's suffix) imported and compared with
    its truth; printed: facts right, flagged and silent, per form and in all."""
    right = total = silent = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, (make, suffix) in forms.items():
            path = Path(folder) / f"{name}{suffix}"
            found = measure(path, make(path))
            right, total, silent = right + len(found.right), total + found.total, silent + len(found.silent)
            print(f"{name}: {len(found.right)}/{found.total} right, {len(found.flagged)} flagged, "
                  f"{len(found.silent)} silent")
            for line in found.silent:
                print(f"  silent: {line}")
            for line in found.flagged:
                print(f"  flagged: {line}")
    print(f"all: {right}/{total} facts right ({100 * right / total:.1f} %), {silent} silent errors")


def value_at(data, dotted: str):
    for key in dotted.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def measure(document: Path, facts: dict) -> Measure:
    """Import ``document`` into a folder beside it and compare with ``facts``."""
    root = document.parent
    with contextlib.chdir(root):
        result = CliRunner().invoke(main, ["import", document.name, "-o", f"specs-{document.stem}", "--force"],
                                    catch_exceptions=False)
    written = list((root / f"specs-{document.stem}").glob("*.yaml"))
    data = yaml.safe_load(written[0].read_text(encoding="utf-8")) if written else {}
    found = Measure(output=result.output)
    warnings = [line for line in result.output.splitlines() if ": warning: " in line or ": error: " in line]
    if not written and any(line.startswith(f"{document.name}: error: ") for line in result.output.splitlines()):
        found.flagged = list(facts)
        return found
    for dotted, want in facts.items():
        got = value_at(data, dotted)
        if dotted == "source_language" and got is None and data:
            got = defaults.SOURCE_LANGUAGE  # a spec that names none is read in the default language
        if _plain(got) == _plain(want):
            found.right.append(dotted)
        elif any(_named(line, dotted, want, got) for line in warnings):
            found.flagged.append(dotted)
        else:
            found.silent.append(f"{dotted}: want {want!r}, got {got!r}")
    return found


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return None if value is None else str(value)


def _leaves(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif value is not None:
        yield str(value)


def _named(line: str, dotted: str, want, got) -> bool:
    """Whether a warning line is about this fact: it names the field, or
    quotes a text of the value wanted or of the value written."""
    if f" {dotted}:" in line or f" {dotted.split('.')[-1]}:" in line:
        return True
    quoted = [text for text in [*_leaves(want), *_leaves(got)] if len(text) >= 2]
    if any(f'"{text}' in line or f'{text}"' in line for text in quoted):
        return True
    shown = re.findall(r'"([^"]*)"', line)
    return any(written.search(text) for written in map(_written_date, quoted) if written for text in shown)


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _written_date(text: str) -> re.Pattern | None:
    """The ways a form writes the date ``text`` (2024-03-28), or None for no
    date: a warning quoting the form's 2024年3月28日, 28 March 2024 or 28th
    March, 2024 names the fact, as the truth gives the date typed and the
    warning the text as written."""
    if not (found := _ISO_DATE.fullmatch(text)):
        return None
    day = datetime.date(*map(int, found.groups()))
    y, m, d = day.year, day.month, day.day
    months, days = {f"{m}", f"{m:02}"}, {f"{d}", f"{d:02}"}
    names = (calendar.month_name[m], calendar.month_abbr[m])
    written = [f"{y}年{mm}月{dd}日" for mm in months for dd in days]
    written += [f"{y}{mark}{mm}{mark}{dd}" for mark in ".-/" for mm in months for dd in days]
    written += [f"{dd}{mark}{mm}{mark}{y}" for mark in "./" for mm in months for dd in days]
    written += [f"{mm}/{dd}/{y}" for mm in months for dd in days]
    ordinal = f"{d}{'th' if d in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
    written += [f"{dd} {name}{comma} {y}" for dd in (f"{d}", ordinal) for name in names for comma in ("", ",")]
    written += [f"{name} {dd}, {y}" for dd in (f"{d}", ordinal) for name in names]
    return re.compile(r"(?<!\d)(?:" + "|".join(map(re.escape, written)) + r")(?!\d)")

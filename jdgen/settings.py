"""The project settings file, ``jdgen.toml``: the defaults of the command-line
options (documents to build, source language, output folder, template).

Read strictly: TOML syntax errors, unknown settings and values of the wrong
type are located errors (``jdgen.toml:3:1: error: unknown setting …``).
TOML readers give no positions, so a setting's line is found in the text.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.languages import parse_languages, parse_outputs, single_languages
from jdgen.project import Project

SETTINGS_FILE = "jdgen.toml"
DEFAULT_OUTPUTS = Project.languages
DEFAULT_SOURCE_LANGUAGE = "zh"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class Settings:
    """A project's defaults; ``given`` names the settings its file sets."""

    languages: tuple[str, ...] = DEFAULT_OUTPUTS
    """The documents ``build`` makes: languages and at most one pair such as ``zh+en``."""
    source_language: str = DEFAULT_SOURCE_LANGUAGE
    """The language of a spec's plain texts, unless the spec names its own."""
    output: str = "output"
    template: str = "default"
    given: frozenset[str] = field(default=frozenset())

    @property
    def targets(self) -> list[str]:
        """The languages texts are translated into: every built language but the source."""
        return [language for language in single_languages(list(self.languages)) if language != self.source_language]


def _check_outputs(value: list[str]) -> tuple[str, ...]:
    return tuple(parse_outputs(value))


def _check_language(value: str) -> str:
    [language] = parse_languages([value])
    return language


def _check_name(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


_SETTINGS: dict[str, tuple[type, str, Callable[[Any], object]]] = {
    # name: (TOML type, its description, check of a value of that type)
    "languages": (list, 'a list of languages such as ["zh", "en", "zh+en"]', _check_outputs),
    "source_language": (str, 'a language code such as "zh"', _check_language),
    "output": (str, 'a folder name such as "output"', _check_name),
    "template": (str, 'a template name such as "default"', _check_name),
}


def load_settings(root: Path) -> Settings:
    """Read ``root/jdgen.toml``; the defaults when there is none. Raise
    JdgenError with every problem in the file."""
    path = root / SETTINGS_FILE
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        problem = Diagnostic(SETTINGS_FILE, None, f"cannot read the settings: {error}", code="settings")
        raise JdgenError([problem]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise JdgenError([_syntax_error(error)]) from None
    values: dict[str, Any] = {}  # name → the value its check returns, that of the Settings field
    diagnostics: list[Diagnostic] = []
    for name, value in data.items():
        position = _position_of(text, name)
        if name not in _SETTINGS:
            message = f"unknown setting {name!r}"
            suggestion = difflib.get_close_matches(name, list(_SETTINGS), n=1)
            if suggestion:
                message += f" (did you mean {suggestion[0]!r}?)"
            diagnostics.append(Diagnostic(SETTINGS_FILE, position, message, code="settings"))
            continue
        kind, expected, check = _SETTINGS[name]
        value_position = _value_position(text, position)
        wrong = _wrong_kind(value, kind)
        if wrong:
            diagnostics.append(Diagnostic(SETTINGS_FILE, value_position, f"expected {expected}, got {wrong}", (name,),
                                          code="settings"))
            continue
        try:
            values[name] = check(value)
        except ValueError as error:
            diagnostics.append(Diagnostic(SETTINGS_FILE, value_position, str(error), (name,), code="settings"))
    if diagnostics:
        raise JdgenError(diagnostics)
    return Settings(**values, given=frozenset(values))


def _syntax_error(error: tomllib.TOMLDecodeError) -> Diagnostic:
    message = str(error)
    found = _TOML_POSITION.search(message)
    position = Position(int(found[1]), int(found[2])) if found else None
    message = _TOML_POSITION.sub("", message)
    return Diagnostic(SETTINGS_FILE, position, f"not valid TOML: {message[:1].lower()}{message[1:]}",
                      code="settings")


def _position_of(text: str, name: str) -> Position | None:
    """Where a top-level key is written: ``name =``, a quoted ``"name" =``,
    a dotted ``name.x =`` or a table ``[name]``."""
    key = rf"(?:{re.escape(name)}|\"{re.escape(name)}\"|'{re.escape(name)}')"
    pattern = re.compile(rf"^([ \t]*)(?:{key}[ \t]*[=.]|\[[ \t]*{key}[ \t]*[\].])")
    for number, line in enumerate(text.splitlines(), start=1):
        found = pattern.match(line)
        if found:
            return Position(number, len(found[1]) + 1)
    return None


def _value_position(text: str, key: Position | None) -> Position | None:
    """Where the value after a key's ``=`` starts (the key's place if not found)."""
    if key is None:
        return None
    line = text.splitlines()[key.line - 1]
    equals = line.find("=", key.column - 1)
    if equals < 0:
        return key
    return Position(key.line, equals + 2 + len(line[equals + 1:]) - len(line[equals + 1:].lstrip()))


def _wrong_kind(value: object, kind: type) -> str | None:
    """What is wrong with the type of ``value`` (a list must hold strings), or None."""
    if not isinstance(value, kind):
        return _kind(value)
    if isinstance(value, list):
        item = next((item for item in value if not isinstance(item, str)), None)
        return None if item is None else f"{_kind(item)} in the list"
    return None


def _kind(value: object) -> str:
    kinds = [(bool, "a boolean"), (str, "a string"), (int, "a whole number"), (float, "a number"),
             (list, "a list"), (dict, "a table")]
    return next((name for kind, name in kinds if isinstance(value, kind)), "a date or time")


def option_defaults(settings: Settings) -> dict:
    """The defaults the file gives the command-line options, as click's
    ``default_map`` (by command, then option), for the settings it sets."""
    given = settings.given
    documents = ",".join(settings.languages)
    languages = ",".join(single_languages(list(settings.languages)))
    targets = ",".join(settings.targets)
    building = {"languages": documents} if "languages" in given else {}
    building |= {name: getattr(settings, name) for name in ("output", "template") if name in given}
    template = {"template": settings.template} if "template" in given else {}
    translating = {"languages": targets} if targets and given & {"languages", "source_language"} else {}
    exporting = {"language": settings.targets[0]} if translating else {}
    return {
        "build": building,
        "watch": building,
        "check": template | ({"languages": languages} if "languages" in given else {}),
        "translate": {"update": template | translating, "status": template | translating, "export": exporting},
    }

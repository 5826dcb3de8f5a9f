"""The project settings file, ``jdgen.toml``, and the one merge of a
command's options: the command line over the file over jdgen's built-in
defaults (``resolve_options``), for every command.

Read strictly: TOML syntax errors, unknown settings and values of the wrong
type are located errors (``jdgen.toml:3:1: error: unknown setting …``).
TOML readers give no positions, so a setting's line is found in the text.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen import defaults
from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.english import English
from jdgen.languages import parse_languages, parse_outputs, single_languages
from jdgen.project import Project, UsageError

SETTINGS_FILE = "jdgen.toml"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


class SettingsError(JdgenError):
    """Problems of ``jdgen.toml``, each located in it: the command cannot start."""


@dataclass(frozen=True)
class Settings:
    """A project's defaults; ``given`` names the settings its file sets."""

    languages: tuple[str, ...] = defaults.OUTPUTS
    """The documents ``build`` makes: languages and at most one pair such as ``zh+en``."""
    source_language: str = defaults.SOURCE_LANGUAGE
    """The language of a spec's plain texts, unless the spec names its own."""
    output: str = defaults.OUTPUT_FOLDER
    template: str = defaults.TEMPLATE
    english: str = defaults.ENGLISH
    """Which English ``en`` means: en-GB or en-US."""
    label_case: str = defaults.LABEL_CASE
    """The case style of English labels: title or sentence."""
    site: bool = False
    """Whether ``build`` (and ``watch``) also write the site (``jdgen site``)."""
    given: frozenset[str] = field(default=frozenset())
    where: dict[str, Position | None] = field(default_factory=dict, compare=False, hash=False)
    """Where the file writes each value it sets, to locate a value that turns out unusable."""

    @property
    def english_style(self) -> English:
        """How the project writes English."""
        return English(self.english, self.label_case)

    def problem(self, name: str, message: str) -> SettingsError:
        """An error about the value of setting ``name``, located at its line in the file."""
        return SettingsError([Diagnostic(SETTINGS_FILE, self.where.get(name), message, (name,), code="settings")])


def _check_outputs(value: list[str]) -> tuple[str, ...]:
    return tuple(parse_outputs(value))


def _check_language(value: str) -> str:
    [language] = parse_languages([value])
    return language


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(repr(choice) for choice in choices)}")
        return value
    return check


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
    "english": (str, '"en-GB" or "en-US"', _one_of(defaults.ENGLISHES)),
    "label_case": (str, '"title" or "sentence"', _one_of(defaults.LABEL_CASES)),
    "site": (bool, "true or false", bool),
}


def load_settings(root: Path) -> Settings:
    """Read ``root/jdgen.toml``; the defaults when there is none. Raise
    SettingsError with every problem in the file."""
    path = root / SETTINGS_FILE
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        problem = Diagnostic(SETTINGS_FILE, None, f"cannot read the settings: {error}", code="settings")
        raise SettingsError([problem]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError([_syntax_error(error)]) from None
    values: dict[str, Any] = {}  # name → the value its check returns, that of the Settings field
    where: dict[str, Position | None] = {}
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
            where[name] = value_position
        except ValueError as error:
            diagnostics.append(Diagnostic(SETTINGS_FILE, value_position, str(error), (name,), code="settings"))
    if diagnostics:
        raise SettingsError(diagnostics)
    return Settings(**values, given=frozenset(values), where=where)


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


@dataclass(frozen=True)
class Given:
    """The options one command line gave, each None where it gave none."""

    command: str
    """The command's name (``build``, ``translate update``): which defaults apply."""
    languages: str | None = None
    """``--lang`` as typed: comma-separated languages (and a pair such as ``zh+en``)."""
    template: str | None = None
    output: Path | None = None
    jobs: int | None = None


FOLDER_OF = {"diff": defaults.REDLINE_FOLDER, "import": defaults.SPECS_FOLDER,
             "template preview": defaults.PREVIEW_FOLDER}
"""The output folder of the commands whose folder is not the settings' ``output``."""
WRITING_TO_A_FOLDER = {"build", "watch", "handbook", *FOLDER_OF}
"""The commands that write into their output folder (the others write none, or a file)."""


@dataclass(frozen=True)
class Options:
    """What one command works with: the command line over ``jdgen.toml``
    over the built-in defaults."""

    project: Project
    outputs: list[str]
    """The documents to make (build, watch, diff): languages, and at most one pair."""
    languages_given: bool
    """Whether ``--lang`` named them (else they are the project's)."""
    template: str
    output: Path
    """The folder the command writes to: the documents', the redlines' or the imported specs'."""
    jobs: int
    site: bool = False
    """Whether a build also writes the site (the ``site`` setting)."""

    @property
    def languages(self) -> list[str]:
        """The languages of the documents, each pair taken apart: what ``check``
        and ``translate`` work on (each spec in each of them but its own source language)."""
        return single_languages(self.outputs)

    @property
    def targets(self) -> list[str]:
        """The languages other than the project's source language."""
        return [language for language in self.languages if language != self.project.source_language]

    def one_language(self) -> str:
        """The one language of ``translate export`` and ``import``: that of
        ``--lang``, else the first the project translates into. Raise
        UsageError when there is not exactly one."""
        choices = self.languages if self.languages_given else self.targets[:1]
        if len(choices) != 1:
            hint = "name one language" if self.languages_given else "the project translates into no language"
            raise UsageError(f"--lang: {hint}, such as --lang en")
        return choices[0]


def resolve_options(root: Path, given: Given) -> Options:
    """Merge a command's options: each given on the command line wins, then
    ``root/jdgen.toml``'s, then jdgen's built-in default. Raise UsageError
    for a value of the command line that cannot be used, and SettingsError
    for the file's problems, each located at its line."""
    settings = load_settings(root)
    project = Project(root, settings.source_language, settings.languages, settings.english_style)
    if given.languages is not None:
        try:
            outputs = parse_outputs(given.languages.split(","))
        except ValueError as error:
            raise UsageError(f"--lang: {error}") from None
    else:
        outputs = list(settings.languages)
    template = given.template if given.template is not None else settings.template
    _check_template(project, template, settings if given.template is None else None)
    output = _output_folder(root, given, settings)
    return Options(project, outputs, given.languages is not None, template, output,
                   given.jobs or os.cpu_count() or 1, settings.site)


def _check_template(project: Project, name: str, settings: Settings | None) -> None:
    """That template ``name`` exists; when ``settings`` named it, its problem located there."""
    try:
        project.template_folder(name)
    except UsageError as error:
        if settings is None or "template" not in settings.given:
            raise UsageError(f"--template: {error}") from None
        raise settings.problem("template", str(error)) from None


def _output_folder(root: Path, given: Given, settings: Settings) -> Path:
    """The command's output folder; a file there is the mistake of whoever named it."""
    if given.output is not None:
        output = given.output
    elif given.command in FOLDER_OF:
        output = Path(FOLDER_OF[given.command])
    else:
        output = Path(settings.output)
    target = root / output
    if given.command in WRITING_TO_A_FOLDER and os.path.exists(target) and not os.path.isdir(target):  # never raises
        message = f"{output.as_posix()} is a file, not a folder"
        if given.output is not None:
            raise UsageError(f"-o: {message}: name a folder")
        if "output" in settings.given and given.command not in FOLDER_OF:
            raise settings.problem("output", f"{message}: name a folder")
        raise UsageError(f"{message}: move it away, or name another folder with -o")
    return output

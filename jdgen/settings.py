"""The project settings file, ``jdgen.toml``, and the one merge of a
command's options: the command line over the file over jdgen's built-in
defaults (``resolve_options``), for every command.

Read strictly: TOML syntax errors, unknown settings and values of the wrong
type are located errors (``jdgen.toml:3:1: error: unknown setting …``).
TOML readers give no positions, so a setting's line is found in the text.
"""

from __future__ import annotations

import dataclasses
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
from jdgen.project import FormRule, Forms, Project, UsageError

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
    handbook: bool = False
    """Whether ``build`` also writes the handbook (``jdgen handbook``)."""
    forms: tuple[FormRule, ...] = ()
    """The ``[[forms]]`` tables: which specs use which template, the first that matches winning."""
    given: frozenset[str] = field(default=frozenset())
    where: dict[str, Position | None] = field(default_factory=dict, compare=False, hash=False)
    """Where the file writes each value it sets, to locate a value that turns out unusable."""

    @property
    def english_style(self) -> English:
        """How the project writes English."""
        return English(self.english, self.label_case)

    def problem(self, name: str, message: str, at: tuple[str | int, ...] | None = None) -> SettingsError:
        """An error about the value of setting ``name`` (the field ``at`` when
        it is within a table), located at its line in the file."""
        return SettingsError([Diagnostic(SETTINGS_FILE, self.where.get(name), message, at or (name,),
                                         code="settings")])


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
    "handbook": (bool, "true or false", bool),
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
        if name == "forms":
            values["forms"], found = _read_forms(value, text, position, diagnostics)
            where.update(found)
            continue
        if name not in _SETTINGS:
            message = f"unknown setting {name!r}"
            suggestion = difflib.get_close_matches(name, [*_SETTINGS, "forms"], n=1)
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


FORM_KEYS = ("specs", "template")
"""The keys of a ``[[forms]]`` table."""
_FORMS_EXPECTED = ('[[forms]] tables, each with specs = ["specs/plant/"] (folders or patterns) '
                   'and template = "corporate"')


def _read_forms(value: object, text: str, position: Position | None,
                diagnostics: list[Diagnostic]) -> tuple[tuple[FormRule, ...], dict[str, Position | None]]:
    """The ``[[forms]]`` tables, in order, and where each one's template is
    written (``forms[N].template``); their problems added to ``diagnostics``."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        diagnostics.append(Diagnostic(SETTINGS_FILE, position, f"forms: expected {_FORMS_EXPECTED}, got "
                                      f"{_kind(value)}", ("forms",), code="settings"))
        return (), {}
    headers = [Position(number, 1) for number, line in enumerate(text.splitlines(), start=1)
               if re.match(r"[ \t]*\[\[[ \t]*[\"']?forms[\"']?[ \t]*\]\]", line)]
    rules, where = [], {}
    for number, table in enumerate(value):
        header = headers[number] if len(headers) == len(value) else position
        def at(key: str, header: Position | None = header) -> Position | None:
            return _value_position(text, _key_in_table(text, header, key)) or header

        problems, meant = len(diagnostics), set()
        for key in table:
            if key not in FORM_KEYS:
                message = f"unknown key {key!r} in a [[forms]] table"
                suggestion = difflib.get_close_matches(key, FORM_KEYS, n=1)
                message += f" (did you mean {suggestion[0]!r}?)" if suggestion else ": it takes specs and template"
                meant.update(suggestion)
                diagnostics.append(Diagnostic(SETTINGS_FILE, _key_in_table(text, header, key) or header, message,
                                              ("forms", number), code="settings"))
        missing = [key for key in FORM_KEYS if key not in table and key not in meant]  # a misspelt one is said
        if missing:
            message = f"this [[forms]] table has no {' and no '.join(missing)}: write {_FORMS_EXPECTED}"
            diagnostics.append(Diagnostic(SETTINGS_FILE, header, message, ("forms", number), code="settings"))
        patterns = table.get("specs", [])
        patterns = [patterns] if isinstance(patterns, str) else patterns
        template = table.get("template", "")
        for problem, key in ((_patterns_problem(patterns), "specs"), (_template_problem(template), "template")):
            if problem and key in table:
                diagnostics.append(Diagnostic(SETTINGS_FILE, at(key), problem, ("forms", number, key),
                                              code="settings"))
        if len(diagnostics) == problems:
            rules.append(FormRule(tuple(patterns), template))
            where[f"forms[{number}].template"] = at("template")
    return tuple(rules), where


def _patterns_problem(patterns: object) -> str | None:
    """What is wrong with a ``[[forms]]`` table's ``specs`` (None: nothing)."""
    if not isinstance(patterns, list) or not patterns or not all(isinstance(item, str) for item in patterns):
        return 'expected a folder or pattern, or a list of them, such as ["specs/plant/", "specs/**/qc-*.yaml"]'
    for pattern in patterns:
        if not pattern.strip("/ "):
            return "a pattern must not be empty: name a folder such as \"specs/plant/\""
        if "\\" in pattern:
            return f"{pattern!r}: write folders with '/', not '\\'"
        if pattern.startswith("/") or re.match(r"[A-Za-z]:", pattern) or ".." in pattern.split("/"):
            return f"{pattern!r}: write the path from the project folder, such as \"specs/plant/\""
    return None


def _template_problem(template: object) -> str | None:
    """What is wrong with a ``[[forms]]`` table's ``template`` as written (None: nothing)."""
    if not isinstance(template, str):
        return f'expected a template name such as "corporate", got {_kind(template)}'
    return "must not be empty" if not template.strip() else None


def _key_in_table(text: str, header: Position | None, key: str) -> Position | None:
    """Where ``key =`` is written in the table whose header is at ``header``."""
    if header is None:
        return None
    lines = text.splitlines()
    pattern = re.compile(rf"^([ \t]*)(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')[ \t]*=")
    for number in range(header.line, len(lines)):
        if re.match(r"[ \t]*\[", lines[number]):
            break
        found = pattern.match(lines[number])
        if found:
            return Position(number + 1, len(found[1]) + 1)
    return None


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
    handbook: bool = False
    """Whether a build also writes the handbook (the ``handbook`` setting)."""

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
    if given.template is None:
        problems = []
        for number, rule in enumerate(settings.forms):
            try:
                _check_template(project, rule.template, settings, f"forms[{number}].template",
                                ("forms", number, "template"))
            except SettingsError as error:
                problems += error.diagnostics
        if problems:
            raise SettingsError(problems)
    project = dataclasses.replace(project, forms=Forms(settings.template, settings.forms, given.template))
    output = _output_folder(root, given, settings)
    return Options(project, outputs, given.languages is not None, template, output,
                   given.jobs or os.cpu_count() or 1, settings.site, settings.handbook)


def _check_template(project: Project, name: str, settings: Settings | None, setting: str = "template",
                    at: tuple[str | int, ...] | None = None) -> None:
    """That template ``name`` exists; when ``settings`` named it (as ``setting``,
    the field ``at`` within a table), its problem located there."""
    try:
        project.template_folder(name)
    except UsageError as error:
        if settings is None or (setting == "template" and "template" not in settings.given):
            raise UsageError(f"--template: {error}") from None
        message = str(error)
        suggestion = difflib.get_close_matches(name, sorted(project.template_names()), n=1)
        if suggestion:
            message += f" (did you mean {suggestion[0]!r}?)"
        raise settings.problem(setting, message, at) from None


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

"""Where a project's files are: specs, templates, translations, output."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from jdgen import defaults
from jdgen.english import DEFAULT_ENGLISH, English

PACKAGED_TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_FILE = "form.docx"
"""A template folder's Word document; ``labels.yaml`` beside it holds its labels."""
SPEC_SUFFIXES = (".yaml", ".yml")
"""In any case: ``.YAML`` is a spec too."""


class UsageError(Exception):
    """The command line names something that does not exist (exit status 2)."""


@dataclass(frozen=True)
class FormRule:
    """One ``[[forms]]`` entry of ``jdgen.toml``: the specs its patterns match use ``template``."""

    patterns: tuple[str, ...]
    """As written: paths from the project folder, with ``*``, ``**``, ``?`` and ``[...]``."""
    template: str

    @cached_property
    def _expressions(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(_pattern_expression(pattern)) for pattern in self.patterns)

    def matches(self, shown: str) -> bool:
        """Whether a spec (as shown) is matched: the pattern matches its path or a folder it is in."""
        parts = shown.split("/")
        paths = ["/".join(parts[:end]) for end in range(len(parts), 0, -1)]
        return any(expression.fullmatch(path) for expression in self._expressions for path in paths)


def _pattern_expression(pattern: str) -> str:
    """A spec pattern as a regular expression over a path as shown: ``*`` and
    ``?`` stay within a folder name, ``**`` spans any number of folders, a
    trailing ``/`` names a folder (matched with everything in it)."""
    out = []
    segments = pattern.strip("/").split("/")
    for number, segment in enumerate(segments):
        last = number == len(segments) - 1
        if segment == "**":
            out.append("(?:.*)" if last else "(?:[^/]+/)*")
            continue
        out.append(_segment_expression(segment) + ("" if last else "/"))
    return "".join(out)


def _segment_expression(segment: str) -> str:
    """One folder or file name of a pattern: ``*``, ``?`` and ``[...]`` as in a shell."""
    out, index = [], 0
    while index < len(segment):
        char = segment[index]
        closing = segment.find("]", index + 2) if char == "[" else -1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif closing > 0:
            inside = segment[index + 1:closing]
            negated = inside.startswith("!")
            characters = "".join("\\" + c if c in "\\^[]" else c for c in (inside[1:] if negated else inside))
            out.append("[" + ("^" if negated else "") + characters + "]")
            index = closing
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


@dataclass(frozen=True)
class Forms:
    """Which template (form) each spec is made with: ``--template`` when
    given, else the spec's own ``template``, else the first ``[[forms]]``
    rule of ``jdgen.toml`` that matches it, else the project's template."""

    default: str = defaults.TEMPLATE
    """The project's template (``template`` in jdgen.toml)."""
    rules: tuple[FormRule, ...] = ()
    override: str | None = None
    """``--template`` on the command line: every spec is made with it."""

    def named(self) -> list[str]:
        """The templates the settings name (the command line's, the project's, the rules'), each once."""
        return list(dict.fromkeys([self.override or self.default, *(rule.template for rule in self.rules)]))

    def template_for(self, shown: str, named: str | None, usable: frozenset[str]) -> str:
        """The template of the spec ``shown`` that names ``named`` (None when it
        names none); a named template that is not ``usable`` is the spec's
        error, reported where it is validated, and the rules decide meanwhile."""
        if self.override is not None:
            return self.override
        if named is not None and named in usable:
            return named
        return next((rule.template for rule in self.rules if rule.matches(shown)), self.default)


@dataclass(frozen=True)
class Project:
    """A folder holding ``specs/`` and optionally ``templates/`` and ``translations/``."""

    root: Path
    source_language: str = defaults.SOURCE_LANGUAGE
    """The language of the plain texts of a spec that names none (jdgen.toml)."""
    languages: tuple[str, ...] = defaults.OUTPUTS
    """The documents the project builds (jdgen.toml); the register shows their languages."""
    english: English = DEFAULT_ENGLISH
    """How the project writes English (jdgen.toml)."""
    forms: Forms = field(default=Forms())
    """Which template each spec is made with (jdgen.toml's ``template`` and ``[[forms]]``, ``--template``)."""

    def template_for(self, shown: str, named: str | None = None) -> str:
        """The template a spec is made with: the one place this is decided.
        ``shown`` is the spec's path as shown, ``named`` its own ``template``
        (None when it names none); see ``Forms``."""
        return self.forms.template_for(shown, named, self.template_names() if named is not None else frozenset())

    def template_names(self) -> frozenset[str]:
        """Every template a spec may name (``template_names``)."""
        return template_names(self.root)

    def shown(self, path: Path) -> str:
        """A path as users see it: relative to the project when inside it."""
        if not path.is_absolute():
            return path.as_posix()
        name, inside = str(path), f"{self.root}/"
        if os.sep == "/" and name.startswith(inside):
            return name[len(inside):]  # the usual case, without pathlib's parsing (a check asks it of every spec)
        if path.is_relative_to(self.root):
            return path.relative_to(self.root).as_posix()
        if path.resolve().is_relative_to(self.root.resolve()):  # through a link
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        return path.as_posix()

    def spec_files(self, paths: list[Path]) -> list[Path]:
        """Expand folders to the YAML files in them (sorted); default ``specs/``.

        Hidden files and folders (``.git``, macOS's ``._x.yaml``) are left
        out; a folder that cannot be read is listed itself, for loading it to
        report the problem."""
        return list(map(Path, self.spec_file_strings(paths)))

    def spec_file_strings(self, paths: list[Path]) -> list[str]:
        """``spec_files`` as path strings, no ``Path`` made of them: a check
        holds thousands to its end, and a ``Path`` takes five times its
        string's memory (Python keeps the room for the names its parts are
        held once by as long as it runs)."""
        if not paths:
            return self._default_specs()
        files: dict[str, str] = {}  # each file by its name as the system compares them
        for path in paths:
            if os.path.isdir(path):  # os.path, not Path: a name too long to look up is no file, not a crash
                found = _specs_in(path)
            elif os.path.isfile(path):
                found = [os.fspath(path)]
            else:
                raise UsageError(f"no such file or folder: {self.shown(path)}")
            for name in found:
                files.setdefault(os.path.normcase(name), name)
        return list(files.values())

    def _default_specs(self) -> list[str]:
        """The specs of ``specs/``; where there are none, say how to start."""
        folder = self.root / defaults.SPECS_FOLDER
        start = "run 'jdgen init' to start a project here (with an example spec), or run jdgen in a project's folder"
        if not folder.is_dir():
            raise UsageError(f"there is no specs/ folder in {self.root}: {start}")
        files = _specs_in(folder)
        if not files:
            raise UsageError("specs/ holds no spec (.yaml file): add one, or run 'jdgen init' to get an example")
        return files

    def listed_specs(self) -> set[str]:
        """The files of ``specs/`` (``spec_files([])``'s) as path strings,
        none of them looked up: a quick look at whether the set is the one a
        check recorded (jdgen.checking.set_record)."""
        return set(_listed(self.root / defaults.SPECS_FOLDER))

    def template_folder(self, name: str) -> tuple[Path, str]:
        """The folder of template ``name``: the project's own, else the built-in one."""
        for link in (self.root / "templates", self.root / "templates" / name):
            if os.path.lexists(link) and not link.is_dir():
                raise UsageError(_not_a_folder(link, self.shown(link)))
        own = self.root / "templates" / name
        if own.is_dir():
            return own, self.shown(own)
        packaged = PACKAGED_TEMPLATES / name
        if packaged.is_dir():
            return packaged, f"<built-in template {name}>"
        raise UsageError(f"no template {name!r}: there is no folder templates/{name}")

    @property
    def translations(self) -> Path:
        return self.root / "translations"

    @property
    def fields_file(self) -> Path:
        """The file that declares the project's own fields (jdgen.jobspec.own_fields)."""
        return self.root / defaults.FIELDS_FILE



def template_names(root: Path) -> frozenset[str]:
    """Every template a spec of the project at ``root`` may name: the
    project's own folders under ``templates/`` and the built-in ones."""
    names: set[str] = set()
    for folder in (root / "templates", PACKAGED_TEMPLATES):
        try:
            names |= {path.name for path in folder.iterdir() if path.is_dir() and not path.name.startswith(".")}
        except OSError:
            continue
    return frozenset(names)


def _not_a_folder(path: Path, shown: str) -> str:
    """Why a template path that exists is unusable: a broken link, or a file."""
    if path.is_symlink() and not path.exists():
        return (f"{shown} is a link to {os.readlink(path)}, which does not exist: replace the link by a copy "
                f"of the template folder, or remove it to use the built-in template")
    return f"{shown} is a file, not a template folder"


def _specs_in(folder: Path) -> list[str]:
    """The spec files under ``folder`` as path strings (sorted as their
    ``Path``s are: by their parts, as the system compares names), hidden
    ones and those in hidden folders left out, links to folders not
    followed; a folder that cannot be read is listed itself."""
    return sorted(_listed(folder), key=lambda name: os.path.normcase(name).split(os.sep))


def _listed(folder: Path) -> list[str]:
    """``_specs_in``'s files as path strings, in no order. Told apart by the
    folder's listing (``os.scandir``): no file is looked up one by one but
    through a link."""
    found: list[str] = []

    def visit(current: str) -> None:
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as error:
            found.append(error.filename if error.filename is not None else current)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                if not entry.is_symlink():
                    visit(entry.path)
            elif entry.name.lower().endswith(SPEC_SUFFIXES) and entry.is_file():
                found.append(entry.path)

    visit(os.fspath(folder))
    return found

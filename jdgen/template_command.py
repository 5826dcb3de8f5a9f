"""``jdgen template list|new|context``: the templates a project can use, a
new one started from a built-in template, and the exact values a template
sees for one spec (only ``context`` loads the spec model, YAML and Babel)."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdgen import marks
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.project import PACKAGED_TEMPLATES, TEMPLATE_FILE, Project, UsageError
from jdgen.settings import SETTINGS_FILE

TEMPLATES = "templates"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    where: str
    """``built-in`` or the project folder it is in (``templates/corporate``)."""
    overrides: bool = False
    """A project template with a built-in one's name, which it replaces."""


def list_templates(project: Project) -> list[TemplateInfo]:
    """The built-in templates and the project's own (folders with a form.docx)."""
    built_in = sorted(path.name for path in PACKAGED_TEMPLATES.iterdir() if (path / TEMPLATE_FILE).is_file())
    folder = project.root / TEMPLATES
    own = sorted(path.name for path in folder.iterdir() if (path / TEMPLATE_FILE).is_file()) \
        if folder.is_dir() else []
    found = [TemplateInfo(name, project.shown(folder / name), name in built_in) for name in own]
    return found + [TemplateInfo(name, "built-in") for name in built_in if name not in own]


def new_template(project: Project, name: str, source: str, use: bool) -> list[str]:
    """Copy template ``source`` (a built-in or project template) into
    ``templates/<name>/``; with ``use``, make it the project's template in
    jdgen.toml. Return what was written; raise JdgenError, having written
    nothing, when the folder exists or jdgen.toml already names a template."""
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        raise UsageError(f"{name!r} is not a template name: use letters, digits, '-' or '_'")
    origin, _ = project.template_folder(source)
    target = project.root / TEMPLATES / name
    shown = project.shown(target)
    problems = []
    if target.exists() or target.is_symlink():
        problems.append(Diagnostic(shown, None, "already exists; jdgen template new writes over nothing: "
                                   "choose another name, or edit that template", code="project"))
    settings = project.root / SETTINGS_FILE
    old = settings.read_text(encoding="utf-8", errors="replace") if settings.is_file() else ""
    updated = _with_template(old, name)
    if use and updated is None:
        problems.append(Diagnostic(SETTINGS_FILE, None, f"names a template in a way jdgen does not rewrite; set "
                                   f"template = \"{name}\" there by hand", code="project"))
    if problems:
        raise JdgenError(problems)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=target.parent))
    try:
        shutil.copytree(origin, staging / name, symlinks=False)
        (staging / name).rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    written = [project.shown(path) for path in sorted(target.rglob("*")) if path.is_file()]
    if use and updated is not None:
        settings.write_text(updated, encoding="utf-8")
        written.append(SETTINGS_FILE)
    return written


_TEMPLATE_LINE = re.compile(r'^(template\s*=\s*)"[^"\\\n]*"(?=[ \t]*(?:#.*)?$)', re.MULTILINE)


def _with_template(settings: str, name: str) -> str | None:
    """The settings file's text naming template ``name``: its one top-level
    ``template = "…"`` line rewritten (comments and the rest kept), or the
    line added first when it names none; None when the file cannot be read
    as TOML or names the template in another way."""
    import tomllib

    try:
        names = "template" in tomllib.loads(settings)
    except tomllib.TOMLDecodeError:
        return None  # a file jdgen cannot read is not one to edit
    if not names:
        return f'template = "{name}"\n' + settings
    top_level = settings.split("\n[", 1)[0]
    if len(_TEMPLATE_LINE.findall(top_level)) != 1:
        return None
    return _TEMPLATE_LINE.sub(lambda found: f'{found[1]}"{name}"', top_level, count=1) + settings[len(top_level):]


def template_context(project: Project, spec: Path, output: str,
                     template: str | None = None) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    """The context the spec's template (Project.template_for), or ``template``
    when named, renders for ``spec`` in ``output`` (untranslated texts stand
    in, marked, as in a draft)."""
    from jdgen.inputs import load_inputs  # the specs' machinery, which list and new need not load
    from jdgen.localize import localize

    if template is not None:
        project = dataclasses.replace(project, forms=dataclasses.replace(project.forms, override=template))
    inputs = load_inputs(project, [spec])
    labels = inputs.labels_of(inputs.entries[0]) if inputs.entries else None
    if labels is None:
        return None, inputs.diagnostics
    localized = localize(inputs.entries[0], labels, output, inputs.catalogs, draft=True, english=project.english)
    return localized.context, inputs.diagnostics + localized.diagnostics


def context_json(context: dict[str, Any]) -> str:
    """The context as JSON, jdgen's marks (the bilingual line break, a draft's
    highlight) written as their escapes so that they can be seen."""
    text = json.dumps(context, ensure_ascii=False, indent=2)
    return text.translate({ord(mark): f"\\u{ord(mark):04x}" for mark in marks.ALL})

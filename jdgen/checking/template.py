"""A template checked as a whole, once, before any document is made with it:
its file and tags, its labels, and what rendering shows.

The tags are read with Jinja's parser against the contexts of the sample
specs (jdgen.render.sample: every part present, every list of two or more,
each shape the model allows); then each sample is rendered in each document
the project makes, and every document is held to Word's rules
(jdgen.render.word_rules). A problem found here is the template's: it is
reported once, at the template, and a build stops before it touches any
document (jdgen.building). What is found is remembered in the check cache
under a digest of the template folder, so the work is done once per change
of the template, and in the user's cache (jdgen.user_cache), so it is done
once for every project that uses the same template.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen import __version__, user_cache
from jdgen.checking.cache import TEMPLATES_FILE, CheckCache, restored, stored
from jdgen.diagnostics import Diagnostic, JdgenError, count_errors
from jdgen.fingerprint import digest, file_digest
from jdgen.languages import single_languages
from jdgen.project import TEMPLATE_FILE, Project

if TYPE_CHECKING:
    from jdgen.i18n.catalog import CatalogFolder

SAMPLE = "the sample spec"
"""How a message names the spec it rendered (see ``jdgen template preview``)."""


_FOUND: dict[str, list[Diagnostic]] = {}
"""What this process found, by key: a watch or a run of many builds checks a template once."""


def template_problems(project: Project, template: str, outputs: list[str]) -> list[Diagnostic]:
    """The problems of template ``template`` for documents ``outputs``,
    remembered in the check cache (and in this process) under a digest of the
    template folder, the documents and jdgen's version: ``jdgen check`` and a
    build each check a template once per change of it."""
    folder, shown_folder = project.template_folder(template)
    files = sorted(path for path in folder.iterdir() if path.is_file()) if folder.is_dir() else []
    fields = project.fields_file
    key = digest(__version__, shown_folder, *outputs, *(part for path in files
                                                       for part in (path.name, file_digest(path))),
                 file_digest(fields) if fields.is_file() else "")
    cache = CheckCache(project.root, TEMPLATES_FILE)
    found = cache.remembered(f"template {shown_folder}", key)
    if found is None:
        found = _FOUND.get(key)
        if found is None:
            found = _user_verdict(key)
        if found is None:
            from jdgen.i18n.catalog import CatalogFolder
            from jdgen.jobspec.own_fields import spec_model

            found = check_template(folder, shown_folder, outputs,
                                   CatalogFolder(project.translations, project.shown(project.translations)),
                                   spec_model(project.root))
            user_cache.keep("template", key, stored(found))
        cache.remember(f"template {shown_folder}", key, found)  # the next run, in another process, takes it from here
        cache.save()
    _FOUND[key] = found
    return found


def _user_verdict(key: str) -> list[Diagnostic] | None:
    """A template's problems as the user's cache keeps them under ``key``; None when it has none usable."""
    value = user_cache.recalled("template", key)
    try:
        return None if value is None else restored(value)
    except (ValueError, TypeError):
        return None


def check_template(folder: Path, shown_folder: str, outputs: list[str], catalogs: CatalogFolder,
                   model: Any = None) -> list[Diagnostic]:
    """Every problem of the template in ``folder``: its file and tags, its
    labels (errors only: warnings are the labels' own report), and for each
    sample in each of ``outputs`` (of spec ``model``, the project's), what
    rendering it fails on and the Word rules its document breaks."""
    import zipfile

    from jdgen.labels import LabelSet
    from jdgen.localize import localize_each
    from jdgen.render.template import PreparedTemplate
    from jdgen.render.variables import check_template_variables

    shown = f"{shown_folder}/{TEMPLATE_FILE}"
    try:
        template = PreparedTemplate.load(folder, shown_folder)
    except JdgenError as error:
        template, unusable = None, error.diagnostics
    try:
        labels = LabelSet.load(folder, shown_folder)
    except JdgenError as error:
        return [diagnostic for diagnostic in error.diagnostics if count_errors([diagnostic])] + \
            (unusable if template is None else [])
    languages = tuple(dict.fromkeys(("zh", "en", *single_languages(outputs))))
    documents = [(number, output, localized.context, entry)
                 for number, entry in enumerate(sample_entries(languages, model), 1)
                 for output, localized in zip(outputs, localize_each(entry, labels, outputs, catalogs), strict=True)
                 if localized.context is not None]  # labels without a language: the labels' own problem
    if not documents:
        return []
    try:  # Jinja's parser reads tags one by one: each problem, where it is (the compiler stops at the first)
        problems = check_template_variables(folder / TEMPLATE_FILE, shown,
                                           [context for _, output, context, _ in documents if output == outputs[0]])
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        problems = []
    if count_errors(problems) or template is None:
        return problems or unusable  # rendering would only fail on the same tags again
    seen: set[tuple[str, str]] = set()
    for index, (number, output, context, entry) in enumerate(documents):
        parts = None if index == 0 else {f"/{name}" for name in template.compiled}  # the others are as in the first
        schemas = output == outputs[0]  # the schemas see the form's shape, whatever the language
        for where, problem, place, code in _rendered(template, context, entry, parts, schemas):
            if (where, problem) not in seen:
                seen.add((where, problem))
                sample = f"{SAMPLE} {number} ({output}; jdgen template preview shows it)"
                message = f"cannot render {sample}: {problem}" if code == "template-render" \
                    else f"the document of {sample} breaks Word's rule {problem}{place}"
                problems.append(Diagnostic(shown, None, f"{where}: {message}", code=code))
    return problems


def sample_entries(languages: tuple[str, ...] = ("zh", "en"), model: Any = None) -> list[Any]:
    """The sample specs (jdgen.render.sample) of spec ``model`` (the built-in
    one when None) with their texts in ``languages``, validated, as a build
    holds a spec."""
    from jdgen.jobspec.collection import LoadedSpec
    from jdgen.jobspec.model import JobSpec
    from jdgen.render.sample import sample_specs
    from jdgen.yamlfile.loaded import LoadedFile

    model = model or JobSpec
    if (languages, model) not in _SAMPLES:
        _SAMPLES[languages, model] = [LoadedSpec(model.model_validate(data), LoadedFile(SAMPLE, data))
                                      for data in sample_specs(languages, model)]
    return _SAMPLES[languages, model]


_SAMPLES: dict[tuple[tuple[str, ...], Any], list[Any]] = {}
"""The sample specs made in this process, by languages and model: the template's check and its hidden
fields read the same ones."""


def _context(entry: Any, labels: Any, output: str, catalogs: CatalogFolder) -> dict[str, Any] | None:
    """A sample's context in ``output``; None when the labels lack its language."""
    from jdgen.localize import localize

    return localize(entry, labels, output, catalogs).context


def _rendered(template: Any, context: dict[str, Any], entry: Any, parts: set[str] | None,
              schemas: bool) -> list[tuple[str, str, str, str]]:
    """``(where, problem, place, code)`` of rendering one sample document:
    the error it fails with, else each Word rule its document breaks (at a
    place in the sample's document); only of ``parts``, when given, and
    the schemas only with ``schemas``."""
    from jdgen.localize import document_properties
    from jdgen.render.template import RenderError
    from jdgen.render.word_rules import check_docx

    try:
        data = template.render(context, document_properties(context, entry.spec))
    except RenderError as error:
        return [(error.where, error.problem, "", "template-render")]
    return [(violation.part.lstrip("/"), f"{violation.rule}: {violation.message}",
             _in_words(data, violation.part, violation.location), "template-word-rule")
            for violation in check_docx(data, parts, schemas)]


def _in_words(data: bytes, part: str, xpath: str) -> str:
    """Where an element of a sample document is, in Word's terms (``, at
    table 3, row 5, cell 2 of the sample's document``), counted as
    jdgen.render.locations counts a template's; empty outside tables."""
    import io
    import zipfile

    from lxml import etree

    from jdgen.render.word_rules import W

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read(part.lstrip("/")))
    found = root.getroottree().xpath(xpath, namespaces={"w": W}) if xpath.startswith("/") else []
    if not found:
        return ""
    chain = [found[0], *found[0].iterancestors()]
    cell, row, table = (next((item for item in chain if item.tag == f"{{{W}}}{tag}"), None)
                        for tag in ("tc", "tr", "tbl"))
    rows = [] if table is None else table.findall(f"{{{W}}}tr")
    if row is None or row not in rows:
        return ""
    place = f"table {list(root.iter(f'{{{W}}}tbl')).index(table) + 1}, row {rows.index(row) + 1}"
    cells = row.findall(f"{{{W}}}tc")
    if cell in cells:
        place += f", cell {cells.index(cell) + 1}"
    return f", at {place} of the sample's document"


_HIDDEN: dict[str, frozenset[tuple[str, ...]]] = {}


def hidden_fields(folder: Path, shown_folder: str) -> frozenset[tuple[str, ...]]:
    """The fields of a spec whose texts the template in ``folder`` shows
    nowhere, so that no language needs their translation: each a path of
    the spec with ``*`` for any item of a list (``("tools",)``,
    ``("indicators", "quantitative", "*", "name")``), the shortest whose
    every text is hidden. Derived, not declared: a text of a sample spec
    shows where the template shows a value of its context holding it
    (jdgen.render.variables.shown_paths). The title always shows (the
    document's properties carry it), and so does a text no value of the
    context holds (nothing can be told of it); a template that cannot be
    read hides nothing. Remembered in this process and in the user's cache
    (jdgen.user_cache), by the bytes of the template's files and jdgen's
    version."""
    files = sorted(path for path in folder.iterdir() if path.is_file()) if folder.is_dir() else []
    key = digest(__version__, *(part for path in files for part in (path.name, file_digest(path))))
    if key not in _HIDDEN:
        kept = user_cache.recalled("hidden", key)
        if isinstance(kept, list) and all(isinstance(field, list) for field in kept):
            _HIDDEN[key] = frozenset(tuple(str(part) for part in field) for field in kept)
        else:
            _HIDDEN[key] = _hidden(folder, shown_folder)
            user_cache.keep("hidden", key, sorted(list(field) for field in _HIDDEN[key]))
    return _HIDDEN[key]


def _hidden(folder: Path, shown_folder: str) -> frozenset[tuple[str, ...]]:
    import zipfile

    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.i18n.spec_translation import field_pattern
    from jdgen.jobspec.texts import iter_texts
    from jdgen.labels import LabelSet
    from jdgen.render.variables import shown_paths

    try:
        labels = LabelSet.load(folder, shown_folder)
    except JdgenError:
        return frozenset()
    no_catalogs = CatalogFolder(folder / "no catalogs", "")
    shows: dict[tuple[str, ...], bool] = {}
    for entry in sample_entries():
        context = _context(entry, labels, entry.spec.source_language, no_catalogs)
        if context is None:
            return frozenset()
        try:
            shown = shown_paths(folder / TEMPLATE_FILE, context)
        except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError):
            return frozenset()
        if shown is None:
            return frozenset()
        leaves = list(_text_leaves({key: value for key, value in context.items() if key != "labels"}, ()))
        for path, text in iter_texts(entry.spec):
            words = text[entry.spec.source_language] if isinstance(text, dict) else text
            places = [place for place, value in leaves if words in value]
            pattern = field_pattern(path)
            shows[pattern] = shows.get(pattern, False) or pattern[0] == "title" or not places or any(
                place[:length] in shown for place in places for length in range(1, len(place) + 1))
    return frozenset(_widest_hidden(pattern, shows) for pattern, showing in shows.items() if not showing)


def _widest_hidden(pattern: tuple[str, ...], shows: dict[tuple[str, ...], bool]) -> tuple[str, ...]:
    """The shortest beginning of a hidden text's ``pattern`` (a field, not a
    list's item) under which ``shows`` has no text that shows."""
    from jdgen.i18n.spec_translation import EVERY_ITEM

    for length in range(1, len(pattern) + 1):
        head = pattern[:length]
        if head[-1] != EVERY_ITEM and not any(showing for other, showing in shows.items() if other[:length] == head):
            return head
    return pattern


def _text_leaves(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each text of a context with its path (a list's items as ``*``)."""
    from jdgen.i18n.spec_translation import EVERY_ITEM

    if isinstance(value, dict):
        for key, item in value.items():
            yield from _text_leaves(item, path + (str(key),))
    elif isinstance(value, list):
        for item in value:
            yield from _text_leaves(item, path + (EVERY_ITEM,))
    elif isinstance(value, str):
        yield path, value

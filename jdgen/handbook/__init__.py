"""``jdgen handbook``: the whole set as one Word document per document kind
(``output/handbook-zh.docx``, ``handbook-en.docx``, ``handbook-bilingual.docx``):
a cover, the contents (each position linked to its page, with its page
number), then every position's document in the form's own layout, each on
a new page, in path order or by department.

Each position's document is made as the build makes it (the same context,
form and properties: the form its spec is made with, Project.template_for),
then the documents are put together (jdgen.handbook.compose): positions of
several forms each keep their form's styles, layout, headers and footers
(jdgen.handbook.forms); a form whose parts cannot be merged is an error
that says what to do. Like every file jdgen writes in the output folder,
a handbook is recorded in the folder's manifest and written only over a
file jdgen wrote; ``--pdf`` adds its PDF through LibreOffice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from jdgen import marks
from jdgen.building.dependencies import scan_set
from jdgen.building.manifest import Manifest
from jdgen.diagnostics import Diagnostic, JdgenError, plural
from jdgen.handbook.chart import ChartWords, Member, chart_xml
from jdgen.handbook.compose import Chapter, ComposeError, Cover, compose
from jdgen.handbook.forms import FormsError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.jobspec.collection import LoadedSpec, link_ids
from jdgen.jobspec.ids import IdClaims, in_path_order, path_order
from jdgen.jobspec.validate import read_spec, validate_spec
from jdgen.labels import LabelSet
from jdgen.languages import BILINGUAL
from jdgen.localize import document_properties, draft_notice, language_tag, localize
from jdgen.output import document_folder, in_the_way, not_ours, write_atomically
from jdgen.project import Project
from jdgen.render.package import core_properties_xml
from jdgen.render.template import PreparedTemplate, RenderError
from jdgen.site.orgchart import LINK_PROBLEMS, split_links


@dataclass
class HandbookResult:
    """What ``jdgen handbook`` did."""

    written: list[str] = field(default_factory=list)
    """The files written, as shown."""
    positions: dict[str, int] = field(default_factory=dict)
    """By document kind: how many positions its handbook holds, for each handbook written."""
    diagnostics: list[Diagnostic] = field(default_factory=list)


def handbook_name(output: str) -> str:
    """The handbook's file in the output folder: ``handbook-zh.docx``, ``handbook-bilingual.docx``."""
    return f"handbook-{document_folder(output)}.docx"


@dataclass
class _Book:
    """One handbook as its positions are gathered."""

    chapters: list[tuple[tuple[str, str], Chapter, Member]] = field(default_factory=list)
    """Each chapter with the key it is sorted by (department or none, then
    path), and its position as the chart sees it."""
    draft: bool = False
    issuers: set[str] = field(default_factory=set)


class _Forms:
    """Each form's labels and prepared template, loaded when a spec first
    needs it; a form that cannot be loaded is reported once."""

    def __init__(self, project: Project, problems: list[Diagnostic]) -> None:
        self.project, self.problems = project, problems
        self._loaded: dict[str, tuple[LabelSet, PreparedTemplate] | None] = {}

    def of(self, name: str) -> tuple[LabelSet, PreparedTemplate] | None:
        if name not in self._loaded:
            folder, shown = self.project.template_folder(name)
            try:
                labels = LabelSet.load(folder, shown)
                self._loaded[name] = (labels, PreparedTemplate.load(folder, shown))
            except JdgenError as error:
                self.problems += error.diagnostics
                self._loaded[name] = None
            else:
                self.problems += labels.warnings
        return self._loaded[name]


def make_handbooks(project: Project, paths: list[Path], folder: Path, outputs: list[str], order: str = "path",
                   draft: bool = False, pdf: bool = False) -> HandbookResult:
    """Write the handbook of the specs under ``paths`` for each of ``outputs``
    into ``folder``, the positions in ``order`` (``path``, or ``department``
    then path), each made with its own form; a position whose document
    cannot be made is left out, with its problems. One spec is held at a
    time, and each document made of it."""
    result = HandbookResult()
    forms = _Forms(project, result.diagnostics)
    catalogs = CatalogFolder(project.translations, project.shown(project.translations))
    books = {output: _Book() for output in outputs}
    for entry in _valid_specs(project, paths, result.diagnostics):
        form_name = project.template_for(entry.loaded.path, entry.spec.template)
        form = forms.of(form_name)
        if form is None:
            continue
        labels, template = form
        for output, book in books.items():
            localized = localize(entry, labels, output, catalogs, draft)
            result.diagnostics += localized.diagnostics
            if localized.context is None:
                continue
            context = localized.context
            notice = draft_notice(context) if localized.draft else None
            try:
                data = template.render(context, document_properties(context, entry.spec, localized.draft), notice)
            except RenderError as error:
                result.diagnostics.append(Diagnostic(entry.loaded.path, None, f"cannot render ({output}): {error}",
                                                     code="template-render"))
                continue
            book.draft |= localized.draft
            book.issuers.add(marks.plain(context["document"]["issuer"]))
            title, department = marks.plain(context["title"]), marks.plain(context["basic"]["department"])
            reports_to, linked = split_links(entry.links)
            book.chapters.append(((department if order == "department" else "", path_order(entry.loaded.path)),
                                  Chapter(data, f"{title}  {entry.spec.id}", department, form_name),
                                  Member(entry.spec.id, title, department, reports_to, linked)))
    link_problems = [problem.format() for problem in result.diagnostics if problem.code in LINK_PROBLEMS]
    manifest = Manifest.load(folder)
    for output, book in books.items():
        if book.chapters:
            book.chapters.sort(key=lambda chapter: chapter[0])
            issuer = next(iter(book.issuers)) if len(book.issuers) == 1 else ""
            members = [member for _, _, member in book.chapters]
            for number, member in enumerate(members):
                member.number = number
            _write(project, folder, manifest, output, [chapter for _, chapter, _ in book.chapters], members,
                   link_problems, issuer, book.draft, pdf, result)
    if manifest.changed:
        manifest.save(folder)
    return result


def _valid_specs(project: Project, paths: list[Path], problems: list[Diagnostic]) -> Iterator[LoadedSpec]:
    """The valid specs under ``paths``, one at a time in path order, each
    whose id is its own (jdgen.jobspec.ids); every problem added to
    ``problems``. Links are resolved against the set's scan, as the build's."""
    files = in_path_order(project.spec_files(paths), project.shown)
    in_specs = project.spec_files([]) if (project.root / "specs").is_dir() else []
    scan = scan_set(list(dict.fromkeys(files + in_specs)), project.shown, project.root, Manifest(),
                    project.source_language)
    claims = IdClaims()
    for path in files:
        shown = project.shown(path)
        read = read_spec(path, shown, project.root, project.source_language)
        links = link_ids(read)
        spec, loaded, diagnostics = validate_spec(read, scan.index)
        problems += diagnostics + scan.cycles.get(shown, [])
        if spec is None or loaded is None or shown in scan.cycles:
            continue
        duplicate = claims.claim(spec.id, shown, loaded.position_of(("id",)))
        if duplicate is not None:
            problems.append(duplicate)
            continue
        yield LoadedSpec(spec, loaded, links)


def _write(project: Project, folder: Path, manifest: Manifest, output: str, chapters: list[Chapter],
           members: list[Member], link_problems: list[str], issuer: str, is_draft: bool, pdf: bool,
           result: HandbookResult) -> None:
    """Put one handbook together, with the chart of ``members`` (one per
    chapter) and the ``link_problems`` it lists, and write it (and its PDF),
    only over files jdgen wrote."""
    name = handbook_name(output)
    shown = project.shown(folder / name)
    cover = _cover(output, len(chapters), issuer)
    words = [_words(language) for language in output.split(BILINGUAL)]
    chart_words = ChartWords(*(" / ".join(own[key] for own in words)
                               for key in ("chart", "unlinked", "by_department", "problems")))
    properties = {"title": " / ".join(cover.title), "subject": "", "creator": issuer,
                  "language": language_tag(output.split(BILINGUAL)[0]), "date": "",
                  "status": "Draft" if is_draft else ""}
    try:
        data = compose(chapters, cover, core_properties_xml(properties),
                       lambda width: chart_xml(members, chart_words, width, link_problems))
    except FormsError as error:
        result.diagnostics.append(Diagnostic(shown, None, f"cannot be made: {error}: make a handbook of each "
                                             "form's specs (name their folder, with -o to write it elsewhere), or "
                                             "make every position with one form (--template)", code="handbook-forms"))
        return
    except ComposeError as error:
        result.diagnostics.append(Diagnostic(shown, None, f"cannot be made: {error}", code="template-render"))
        return
    if in_the_way(folder / name, manifest.owns(name), lambda: data):
        result.diagnostics.append(not_ours(shown))
        return
    manifest.own(name)  # recorded before the file is put in place
    try:
        write_atomically(folder / name, data)
    except OSError as error:
        result.diagnostics.append(Diagnostic(shown, None, f"cannot write: {error.strerror}", code="output-write"))
        return
    result.written.append(shown)
    result.positions[output] = len(chapters)
    if pdf:
        _pdf(project, folder, manifest, name, len(chapters), result)


def _pdf(project: Project, folder: Path, manifest: Manifest, name: str, positions: int,
         result: HandbookResult) -> None:
    """The handbook's PDF beside it, through LibreOffice (given the time of a
    document per position)."""
    from jdgen.building.pdf import PdfError, convert

    pdf_name = str(Path(name).with_suffix(".pdf"))
    shown = project.shown(folder / pdf_name)
    if in_the_way(folder / pdf_name, manifest.owns(pdf_name)):
        result.diagnostics.append(not_ours(shown))
        return
    manifest.own(pdf_name)
    try:
        problem = convert([folder / name], forms_each=positions)[folder / name]
    except PdfError as error:
        result.diagnostics.append(Diagnostic(shown, None, str(error), code="output-pdf"))
        return
    if problem is None:
        result.written.append(shown)
    else:
        result.diagnostics.append(Diagnostic(shown, None, f"cannot be made: {problem}", code="output-pdf"))


def _cover(output: str, count: int, issuer: str) -> Cover:
    """The cover's and the contents' words, each language's on a line of its own."""
    languages = output.split(BILINGUAL)
    words = [_words(language) for language in languages]
    return Cover(
        [own["title"] for own in words],
        ([issuer] if issuer else []) + list(dict.fromkeys(own["positions"].format(count=count) for own in words)),
        [" / ".join(own["contents"] for own in words)],
    )


@cache
def _words(language: str) -> dict[str, Any]:
    words = yaml.safe_load((Path(__file__).parent / "words.yaml").read_text(encoding="utf-8"))
    return words.get(language, words["en"])


def summary(result: HandbookResult) -> str:
    """The closing line of ``jdgen handbook``."""
    made = ", ".join(f"{handbook_name(output)} ({plural(count, 'position')})"
                     for output, count in result.positions.items())
    return f"handbook: {made or 'no position'}"

"""The site's pages as HTML: an index, a chart and one page per position,
for each document kind of the project (``zh``, ``en``, the pair ``zh+en``).

Pages are rendered by Jinja with escaping on, from the same contexts the
Word documents are rendered from, so a page says what its document says.
A text of a bilingual page is split at the mark that stacks its two
languages, each part tagged with its language; an untranslated text is
highlighted as in a draft document.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup

from jdgen import marks
from jdgen.diagnostics import Diagnostic
from jdgen.languages import BILINGUAL
from jdgen.localize import language_tag as _language_tag
from jdgen.output import BILINGUAL_FOLDER, document_path
from jdgen.site.collect import SitePosition
from jdgen.site.orgchart import Node, draw, reporting_tree
from jdgen.site.parallel import fork_map
from jdgen.site.search import search_index

PAGES = Path(__file__).parent / "pages"
ASSETS = ("style.css", "site.js")
"""Files copied into the site as they are."""
_NOT_TEXT = {"labels", "lang", "n", "current", "span", "arrow"}
"""Context keys whose values are not texts of the position."""


def folder_of(output: str) -> str:
    """The site's folder for a document kind: ``zh``, ``en``, ``bilingual``."""
    return BILINGUAL_FOLDER if BILINGUAL in output else output


@dataclass(frozen=True)
class Page:
    """What every page's frame needs: where it is and its languages."""

    output: str
    outputs: tuple[str, ...]
    name: str
    """The file name inside the output's folder: ``index.html``, ``<id>.html``."""
    ui: dict[str, Any]

    @property
    def folder(self) -> str:
        return folder_of(self.output)

    @property
    def languages(self) -> list[str]:
        return self.output.split(BILINGUAL)

    @property
    def lang_tag(self) -> str:
        return language_tag(self.languages[0])

    root = "../"
    """The way from a page up to the site's root (every page is one folder down)."""

    @property
    def switch(self) -> list[dict[str, Any]]:
        return [{"href": f"../{folder_of(other)}/{self.name}", "lang_tag": language_tag(other.split(BILINGUAL)[0]),
                 "name": self.ui["outputs"].get(other, other), "current": other == self.output}
                for other in self.outputs]

    @property
    def search_language(self) -> str:
        return self.languages[0]


@cache
def ui_words(language: str) -> dict[str, Any]:
    """The site's own words in ``language`` (English where it has none)."""
    words = yaml.safe_load((Path(__file__).parent / "ui.yaml").read_text(encoding="utf-8"))
    return words.get(language, words["en"])


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(PAGES), autoescape=True,
                                     undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    environment.filters["t"] = text_html
    environment.filters["plain"] = lambda value: marks.plain(str(value))
    return environment


@jinja2.pass_context
def text_html(context: Any, value: Any) -> Markup:
    """A context text as HTML: a bilingual text's parts each in a span of its
    language, one under the other; an untranslated text highlighted."""
    parts = str(value).split(marks.LINE_BREAK)
    if len(parts) == 1:
        return Markup(_marked(parts[0]))
    spans = [
        f'<span lang="{language_tag(language)}"{SECOND if index else ""}>{_marked(part)}</span>'
        for index, (language, part) in enumerate(zip(context["page"].languages, parts, strict=False))
    ]
    return Markup("<br>".join(spans))


SECOND = ' class="bilingual-second"'
language_tag = cache(_language_tag)
_OTHER_MARKS = str.maketrans("", "", marks.ALL.replace(marks.DRAFT_START, "").replace(marks.DRAFT_END, ""))


def _marked(text: str) -> str:
    html = escape(text.translate(_OTHER_MARKS), quote=False)
    if marks.DRAFT_START in html:
        html = html.replace(marks.DRAFT_START, '<mark class="gap">').replace(marks.DRAFT_END, "</mark>")
    return html


class SiteRenderer:
    """Renders every page of a set of positions into ``{relative path: bytes}``."""

    def __init__(self, positions: list[SitePosition], outputs: list[str], site: Path, documents: Path,
                 problems: list[Diagnostic], jobs: int = 1) -> None:
        self.jobs = jobs
        self.positions = positions
        self.outputs = tuple(outputs)
        self.site = site
        self.documents = documents
        self.problems = [problem.format() for problem in problems]
        self.by_key = {position.key(): position for position in positions}
        self.tree = reporting_tree(positions)

    def files(self) -> Iterator[tuple[str, bytes]]:
        """Every file of the site: its path inside the site and its bytes."""
        yield "index.html", _redirect(f"{folder_of(self.outputs[0])}/index.html")
        for asset in ASSETS:
            yield asset, (PAGES / asset).read_bytes()
        yield "search-index.js", self.search_index()
        for output in self.outputs:
            folder = folder_of(output)
            yield f"{folder}/index.html", self._index(output)
            yield f"{folder}/chart.html", self._chart(output)
        pages = [(output, index) for output in self.outputs for index in range(len(self.positions))]
        rendered = fork_map(lambda page: self._position(page[0], self.positions[page[1]]), pages, self.jobs)
        for (output, index), data in zip(pages, rendered, strict=True):
            yield f"{folder_of(output)}/{self.positions[index].spec_id}.html", data

    def _page(self, output: str, name: str) -> Page:
        return Page(output, self.outputs, name, ui_words(output.split(BILINGUAL)[0]))

    def _render(self, template: str, page: Page, **values: Any) -> bytes:
        html = _environment().get_template(template).render(page=page, ui=page.ui, **values)
        return html.encode("utf-8")

    def _index(self, output: str) -> bytes:
        rows = []
        for index, position in enumerate(self.positions):
            context = position.contexts[output]
            rows.append({
                "index": index, "id": position.spec_id, "href": f"{position.spec_id}.html",
                "title": context["title"], "department": context["basic"]["department"],
                "department_key": marks.plain(context["basic"]["department"]),
                "grade": context["basic"]["grade"], "grade_key": marks.plain(context["basic"]["grade"]),
                "coverage": _coverage_text(position, output),
            })
        page = self._page(output, "index.html")
        return self._render("index.html", page, rows=rows,
                            departments=sorted({row["department_key"] for row in rows}),
                            grades=sorted({row["grade_key"] for row in rows}),
                            has_coverage=any(row["coverage"] for row in rows))

    def _chart(self, output: str) -> bytes:
        page = self._page(output, "chart.html")

        def title(position: SitePosition) -> str:
            return marks.plain(position.contexts[output]["title"])

        def href(position: SitePosition) -> str:
            return f"{position.spec_id}.html"

        departments: dict[str, list[SitePosition]] = {}
        for position in self.positions:
            departments.setdefault(marks.plain(position.contexts[output]["basic"]["department"]), []).append(position)
        by_department = [
            {"name": members[0].contexts[output]["basic"]["department"],
             "chart": Markup(draw(tree.roots + [Node(p) for p in tree.unlinked], title, href, name))}
            for name, members in sorted(departments.items())
            for tree in [reporting_tree(members)]
        ]
        unlinked = [self._link(output, position) for position in self.tree.unlinked]
        return self._render("chart.html", page, chart=Markup(draw(self.tree.roots, title, href, page.ui["chart"])),
                            chart_size=len(self.tree.roots), unlinked=unlinked, problems=self.problems,
                            departments=by_department)

    def _link(self, output: str, position: SitePosition) -> dict[str, str]:
        return {"href": f"{position.spec_id}.html", "title": position.contexts[output]["title"],
                "id": position.spec_id}

    def _href(self, spec_id: str | None) -> str | None:
        target = self.by_key.get(spec_id.lower()) if spec_id else None
        return f"{target.spec_id}.html" if target else None

    def _position(self, output: str, position: SitePosition) -> bytes:
        context = position.contexts[output]
        page = self._page(output, f"{position.spec_id}.html")
        subordinates = [self._href(position.linked.get(("subordinates", index)))
                        for index in range(len(context["basic"]["subordinates"]))]
        career = [{"text": row["boxes"][0]["text"], "href": self._href(position.linked.get(("career_path", index)))}
                  for index, row in enumerate(context["career_chart"][1:])]
        reports_here = [self._link(output, other) for other in self.positions
                        if other.reports_to and other.reports_to.lower() == position.key()]
        coverage = [f"{page.ui['outputs'].get(language, language)} {counts.percent()}"
                    for language, counts in position.coverage.items() if language in page.languages]
        return self._render(
            "position.html", page, c=context, shown=position.shown, career=career, reports_here=reports_here,
            links={"reports_to": self._href(position.reports_to), "subordinates": subordinates},
            documents=self._documents(output, position), coverage=coverage,
            gaps=any(not position.coverage[language].complete for language in page.languages
                     if language in position.coverage),
            jsonld=Markup(_json_script(occupation(context))))

    def _documents(self, output: str, position: SitePosition) -> list[dict[str, str]]:
        """Links to the built documents of the position, each kind, .docx and .pdf."""
        found = []
        page_folder = self.site / folder_of(output)
        for kind in self.outputs:
            docx = document_path(self.documents, kind, position.spec_id)
            name = self._page(output, "").ui["outputs"].get(kind, kind)
            for path in (docx, docx.with_suffix(".pdf")):
                if path.is_file():
                    found.append({"href": Path(os.path.relpath(path, page_folder)).as_posix(),
                                  "name": f"{name} {path.suffix[1:].upper()}"})
        return found

    def search_index(self) -> bytes:
        """The search index over each position's id and texts in every language."""
        singles = [output for output in self.outputs if BILINGUAL not in output]
        return search_index(
            [position.spec_id, *(text for output in singles for text in _texts(position.contexts[output]))]
            for position in self.positions)


def _texts(context: Any, key: str = "") -> Iterator[str]:
    """Every text of a context, without marks (labels left out)."""
    if key in _NOT_TEXT:
        return
    if isinstance(context, dict):
        for name, value in context.items():
            yield from _texts(value, name)
    elif isinstance(context, list):
        for value in context:
            yield from _texts(value, key)
    elif isinstance(context, str) and context.strip():
        yield marks.plain(context)


def _coverage_text(position: SitePosition, output: str) -> str:
    return " ".join(f"{language} {counts.percent()}" for language, counts in position.coverage.items()
                    if language in output.split(BILINGUAL))


def occupation(context: dict[str, Any]) -> dict[str, Any]:
    """schema.org's Occupation of a position, for intranet search engines."""
    labels = context["labels"]

    def entries(rows: list[dict[str, Any]]) -> list[str]:
        return [marks.plain(entry["text"]) for entry in rows]

    qualifications = {marks.plain(row["label"]): entries(row["entries"]) for row in context["qualifications"]}
    none = marks.plain(labels["none"])
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": marks.plain(context["title"]),
        "identifier": context["id"],
        "description": marks.plain(context["summary"]),
        "responsibilities": [text for group in context["duties"] for text in entries(group["entries"])],
        "skills": [text for key in ("knowledge", "abilities")
                   for text in qualifications.get(marks.plain(labels[key]), []) if text != none],
        "educationRequirements": qualifications.get(marks.plain(labels["education"]), []),
        "experienceRequirements": [text for row in context["experience"] for text in entries(row["entries"])],
    }
    return {key: value for key, value in data.items() if value}


def _json_script(data: dict[str, Any]) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


def _redirect(target: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={target}">'
            f'<title>jdgen</title></head><body><a href="{target}">{target}</a></body></html>\n').encode()

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
from collections.abc import Iterator, Mapping, Sequence
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
from jdgen.i18n.status import Counts
from jdgen.languages import BILINGUAL
from jdgen.localize import language_tag as _language_tag
from jdgen.site.keys import SetIndex
from jdgen.site.layout import ASSETS, SEARCH_INDEX, folder_of, page_names
from jdgen.site.orgchart import Node, Tree, draw, reporting_tree
from jdgen.site.search import search_index
from jdgen.site.summary import Summary

PAGES = Path(__file__).parent / "pages"


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
    """Renders the site's pages: those of the whole set (index, chart, search
    index) from the positions' summaries, and each position's own pages
    from its contexts."""

    def __init__(self, index: SetIndex, outputs: tuple[str, ...], site: Path, problems: list[Diagnostic],
                 hidden: Mapping[str, frozenset[tuple[str, ...]]], label_orders: Mapping[str, tuple[str, ...]]) -> None:
        self.index = index
        self.hidden = hidden
        """By spec as shown: the fields its form shows nowhere (jdgen.checking.template.hidden_fields),
        which its pages leave out as its documents do."""
        self.label_orders = label_orders
        """By spec as shown: the label keys its form uses, in its order (jdgen.labels.template_label_order)."""
        self.positions = index.positions
        self.outputs = outputs
        self.site = site
        self.problems = [problem.format() for problem in problems]

    def set_files(self) -> Iterator[tuple[str, bytes]]:
        """The files of the whole set (jdgen.site.layout.set_file_names), in that order."""
        yield "index.html", _redirect(f"{folder_of(self.outputs[0])}/index.html")
        for asset in ASSETS:
            yield asset, (PAGES / asset).read_bytes()
        yield SEARCH_INDEX, search_index(position.terms for position in self.positions)
        tree = reporting_tree(self.positions)
        for output in self.outputs:
            folder = folder_of(output)
            yield f"{folder}/index.html", self._index(output)
            yield f"{folder}/chart.html", self._chart(output, tree)

    def position_pages(self, position: Summary, contexts: dict[str, dict[str, Any]]) -> list[tuple[str, bytes]]:
        """A position's pages, one per document kind, from its contexts."""
        return [(name, self._position(output, position, contexts[output]))
                for name, output in zip(page_names(position.spec_id, self.outputs), self.outputs, strict=True)]

    def _page(self, output: str, name: str) -> Page:
        return Page(output, self.outputs, name, ui_words(output.split(BILINGUAL)[0]))

    def _render(self, template: str, page: Page, **values: Any) -> bytes:
        html = _environment().get_template(template).render(page=page, ui=page.ui, **values)
        return html.encode("utf-8")

    def _index(self, output: str) -> bytes:
        rows = []
        for index, position in enumerate(self.positions):
            heads = position.heads[output]
            rows.append({
                "index": index, "id": position.spec_id, "href": f"{position.spec_id}.html",
                "title": heads["title"], "department": heads["department"],
                "department_key": marks.plain(heads["department"]),
                "grade": heads["grade"], "grade_key": marks.plain(heads["grade"]),
                "coverage": _coverage_text(position, output),
            })
        page = self._page(output, "index.html")
        return self._render("index.html", page, rows=rows,
                            departments=sorted({row["department_key"] for row in rows}),
                            grades=sorted({row["grade_key"] for row in rows}),
                            has_coverage=any(row["coverage"] for row in rows))

    def _chart(self, output: str, tree: Tree) -> bytes:
        page = self._page(output, "chart.html")

        def title(position: Summary) -> str:
            return marks.plain(position.heads[output]["title"])

        def href(position: Summary) -> str:
            return f"{position.spec_id}.html"

        departments: dict[str, list[Summary]] = {}
        for position in self.positions:
            departments.setdefault(marks.plain(position.heads[output]["department"]), []).append(position)
        by_department = [
            {"name": members[0].heads[output]["department"],
             "chart": Markup(draw(part.roots + [Node(p) for p in part.unlinked], title, href, name))}
            for name, members in sorted(departments.items())
            for part in [reporting_tree(members)]
        ]
        unlinked = [self._link(output, position) for position in tree.unlinked]
        return self._render("chart.html", page, chart=Markup(draw(tree.roots, title, href, page.ui["chart"])),
                            chart_size=len(tree.roots), unlinked=unlinked, problems=self.problems,
                            departments=by_department)

    def _link(self, output: str, position: Summary) -> dict[str, str]:
        return {"href": f"{position.spec_id}.html", "title": position.heads[output]["title"],
                "id": position.spec_id}

    def _position(self, output: str, position: Summary, context: dict[str, Any]) -> bytes:
        page = self._page(output, f"{position.spec_id}.html")
        subordinates = [self.index.href(position.linked.get(("subordinates", index)))
                        for index in range(len(context["basic"]["subordinates"]))]
        career = [{"text": row["boxes"][0]["text"],
                   "href": self.index.href(position.linked.get(("career_path", index)))}
                  for index, row in enumerate(context["career_chart"][1:])]
        reports_here = [self._link(output, other) for other in self.index.reporting_to(position)]
        counts = {language: Counts(*values) for language, values in position.coverage.items()}
        coverage = [f"{page.ui['outputs'].get(language, language)} {one.percent()}"
                    for language, one in counts.items() if language in page.languages]
        hidden = self.hidden.get(position.shown, frozenset())

        def shows(*field: str) -> bool:
            return not any(field[:length] in hidden for length in range(1, len(field) + 1))

        return self._render(
            "position.html", page, c=context, shown=position.shown, shows=shows, career=career,
            sections=section_order(self.label_orders.get(position.shown, ())),
            reports_here=reports_here,
            links={"reports_to": self.index.href(position.reports_to), "subordinates": subordinates},
            documents=self._documents(output, position), coverage=coverage,
            gaps=any(not counts[language].complete for language in page.languages if language in counts),
            jsonld=Markup(_json_script(occupation(context))))

    def _documents(self, output: str, position: Summary) -> list[dict[str, str]]:
        """Links to the built documents of the position, each kind, .docx and .pdf."""
        page_folder = self.site / folder_of(output)
        names = self._page(output, "").ui["outputs"]
        return [{"href": Path(os.path.relpath(path, page_folder)).as_posix(),
                 "name": f"{names.get(kind, kind)} {path.suffix[1:].upper()}"}
                for kind, path in self.index.documents_of(position)]


SECTIONS = ("basic", "relationships", "summary", "responsibilities", "authority", "qualifications",
            "career_path", "training", "environment")
"""A position page's sections, by the label key of their heading, in the default form's order."""


def section_order(label_order: Sequence[str]) -> list[str]:
    """The sections of a position's page in the order its form shows their
    headings (``label_order``: the label keys its template reads, in order),
    so the page reads like the form and its numbered headings count up; a
    section whose heading the form does not read follows the one before it
    in the default order."""
    where = {key: index for index, key in enumerate(label_order)}
    anchor, keys = -1, {}
    for rank, section in enumerate(SECTIONS):
        anchor = where.get(section, anchor)
        keys[section] = (anchor, rank)
    return sorted(SECTIONS, key=keys.__getitem__)


def _coverage_text(position: Summary, output: str) -> str:
    return " ".join(f"{language} {Counts(*counts).percent()}" for language, counts in position.coverage.items()
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

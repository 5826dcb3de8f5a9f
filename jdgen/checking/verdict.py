"""A check's verdict on one spec, and the checker that works it out: a spec
read, validated, then judged (a Judge says what the command finds in a
valid spec); its record in the check cache; and what the set decides from
the verdicts (SetVerdicts: which spec holds each id), in the order a check
finds them without a cache, so that what is printed is the same."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jdgen.checking.cache import restored, stored
from jdgen.checking.scan import Scan, Unread, scan_of
from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.fingerprint import digest, file_digest
from jdgen.jobspec.ids import IdClaims, in_path_order
from jdgen.jobspec.links import PositionIndex
from jdgen.project import Project, template_names

if TYPE_CHECKING:
    from jdgen.i18n.spec_translation import SpecTranslation
    from jdgen.jobspec.model import JobSpec


class Judge(Protocol):
    """What a command finds in a valid spec beyond reading and validating it
    (check: its translation gaps; translate status: its counts): JSON values,
    as the cache keeps them. Picklable, as workers judge too."""

    def __call__(self, checker: Checker, entry: Any) -> Any: ...

    def stored(self, judged: Any) -> Any:
        """What was judged, as JSON values."""

    def restored(self, value: Any) -> Any:
        """What ``stored`` gave, back; raises KeyError, ValueError or TypeError on anything else."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a check finds in one spec."""

    read: list[Diagnostic]
    """Reading and validating it, its reporting cycle included."""
    valid: bool
    spec_id: str | None = None
    id_at: Position | None = None
    judged: Any = None
    """What the judge found (None when invalid)."""


@dataclass(frozen=True)
class Setup:
    """What reading and checking specs needs, in this process or a worker."""

    root: Path
    source_language: str
    project: Project
    """Which template each spec is made with (Project.template_for)."""
    translations: Path
    translations_shown: str
    judge: Judge
    index: PositionIndex | None = None
    hidden: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """The fields each template the settings name does not show
    (jdgen.checking.template.hidden_fields), known already: by template name."""
    alike: dict[tuple[str, str], bool] = field(default_factory=dict)
    """Whether a template renders a spec in a language alike, whatever its
    texts of XML's characters (``Checker.form_alike``), known already: by
    the template's folder as shown and the language."""


class Checker:
    """Reads and checks single specs; each template's labels and the
    catalogs are loaded once, when first needed."""

    def __init__(self, setup: Setup) -> None:
        from jdgen.i18n.catalog import CatalogFolder

        self.setup = setup
        self.catalogs = CatalogFolder(setup.translations, setup.translations_shown)
        self._forms: dict[str, CheckedForm] = {}
        self._alike: dict[tuple[str, str], bool] = dict(setup.alike)
        self._labels: dict[tuple[str, str], SpecTranslation] = {}

    @functools.cached_property
    def validation(self) -> tuple[type[JobSpec], frozenset[str]]:
        """What a spec is validated against: the project's spec model and the
        templates a spec may name (jdgen.jobspec.validate.validate_spec), found once."""
        from jdgen.jobspec.own_fields import spec_model

        return spec_model(self.setup.root), template_names(self.setup.root)

    def form(self, entry) -> CheckedForm:
        """The template ``entry``'s documents are made with, loaded once."""
        return self.named_form(self.setup.project.template_for(entry.loaded.path, entry.spec.template))

    def named_form(self, name: str) -> CheckedForm:
        """The template named ``name``, loaded once."""
        if name not in self._forms:
            self._forms[name] = CheckedForm(*self.setup.project.template_folder(name), self.setup.hidden.get(name))
        return self._forms[name]

    def rendered(self, entry) -> list[Diagnostic]:
        """What its template fails on with ``entry`` in its source language,
        in the project's English as the build renders it: the template's
        problem, at the template, naming the spec. Not rendered where the
        labels have gaps in that language (the spec then has no context), nor
        where the template renders every context of the spec's shape alike
        and the spec's texts and the labels' hold XML's characters only (``alike``)."""
        form = self.form(entry)
        language = entry.spec.source_language
        if form.labels is None or self.labels_in(form, language).diagnostics or self.alike(form, entry, language) \
                or form.template is None:
            return []
        from jdgen.i18n.spec_translation import translate_entry
        from jdgen.localize import localized
        from jdgen.render.template import RenderError

        translation = translate_entry(entry, form.labels, language, self.catalogs,
                                      labels_in=self.labels_in(form, language))
        context = localized(translation, language, self.setup.project.english).context
        try:
            form.template.check_renders(context)
        except RenderError as error:
            return [Diagnostic(form.template.shown_path, None, f"{error.where}: cannot render: {error.problem}",
                               code="template-render", used_by=f"{entry.loaded.path} ({entry.spec.source_language})")]
        return []

    def labels_in(self, form: CheckedForm, language: str) -> SpecTranslation:
        """``form``'s labels in ``language`` as every spec has them
        (jdgen.i18n.spec_translation.translate_labels), worked out once."""
        from jdgen.i18n.spec_translation import translate_labels

        if (form.shown, language) not in self._labels:
            self._labels[form.shown, language] = translate_labels(form.labels, language, self.catalogs)
        return self._labels[form.shown, language]

    def alike(self, form: CheckedForm, entry, language: str) -> bool:
        """Whether rendering ``entry`` in its source language ``language``
        can find nothing: its form renders every such spec alike
        (``form_alike``) and its texts are of XML's characters."""
        from jdgen.render.xml_texts import texts_fit

        return self.form_alike(form, language) and texts_fit(entry.loaded.data)

    def form_alike(self, form: CheckedForm, language: str) -> bool:
        """Whether ``form`` renders every spec in ``language`` whose texts
        are of XML's characters alike: its labels in that language have no
        gaps and are of XML's characters, and its template renders every
        context of the shape the context builder gives its spec model and
        labels without raising and well-formed (PreparedTemplate.renders_alike).
        The context's texts are the spec's as read (its shared files and
        linked titles in), the labels' in that language, and what the
        builder makes of them with Babel's locale data and jdgen's own words,
        which hold none that XML refuses; its values are plain
        (tests/render/test_cannot_raise.py holds build_context to its shape).
        Worked out once (or known by the setup, so that a check of a few
        specs loads no template)."""
        if (form.shown, language) not in self._alike:
            from jdgen.context import context_shape
            from jdgen.render.xml_texts import texts_fit

            translated = self.labels_in(form, language) if form.labels is not None else None
            self._alike[form.shown, language] = translated is not None and not translated.diagnostics \
                and form.template is not None \
                and texts_fit([getattr(text, "forms", text) for text in translated.labels.values()]) \
                and form.template.renders_alike(context_shape(translated.labels, self.validation[0]))
        return self._alike[form.shown, language]

    def read(self, path: Path, shown: str):
        """The spec read, not validated; not remembered, as a check reads each spec once."""
        from jdgen.jobspec.validate import read_spec

        return read_spec(path, shown, self.setup.root, self.setup.source_language, remember=False)

    def scan(self, unread: Unread, check: bool) -> tuple[Scan | None, Early | None]:
        """What the spec names and extends (None when it cannot be read);
        with ``check``, its verdict too, worked out against the index of
        the setup (a guess: see Early)."""
        from jdgen.yamlfile.loaded import LoadedFile

        loaded = self.read(unread.path, unread.shown)
        if not isinstance(loaded, LoadedFile):
            return None, Early(self.verdict_of(loaded), said([])) if check else None
        scan = scan_of(loaded, unread.digest, lambda name: file_digest(self.setup.root / name))
        if not check:
            return scan, None
        return scan, Early(self.verdict_of(loaded), said(named_positions(scan, self.setup.index or PositionIndex())))

    def entry(self, path: Path, shown: str):
        """The spec read and validated: a LoadedSpec, or None when it has errors."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, _ = validate_spec(self.read(path, shown), self.setup.index, *self.validation)
        return LoadedSpec(spec, loaded) if spec is not None and loaded is not None else None

    def verdict(self, path: Path, shown: str) -> Verdict:
        return self.verdict_of(self.read(path, shown))

    def verdict_of(self, loaded) -> Verdict:
        """Validate a spec read by ``read`` and judge it, as a check without
        cache does (but for a reporting cycle: see with_cycle)."""
        from jdgen.jobspec.collection import LoadedSpec
        from jdgen.jobspec.validate import validate_spec

        spec, loaded, problems = validate_spec(loaded, self.setup.index, *self.validation)
        if spec is None or loaded is None:
            return Verdict(problems, False)
        judged = self.setup.judge(self, LoadedSpec(spec, loaded))
        return Verdict(problems, True, spec.id, loaded.position_of(("id",)), judged)


class CheckedForm:
    """One template as a check uses it: its labels, the fields it does not
    show, and the template prepared (each when first asked for)."""

    def __init__(self, folder: Path, shown: str, hidden: frozenset[tuple[str, ...]] | None = None) -> None:
        self.folder, self.shown = folder, shown
        self._labels: Any = None
        self._template: Any = None
        self._hidden = hidden

    @property
    def labels(self):
        """The template's labels; None when they have errors (the check reports them, once)."""
        if self._labels is None:
            from jdgen.labels import LabelSet

            try:
                self._labels = LabelSet.load(self.folder, self.shown)
            except JdgenError:
                self._labels = False
        return self._labels or None

    @property
    def hidden(self) -> frozenset[tuple[str, ...]]:
        """The spec's fields the template does not show (their texts need no
        translation): as the setup knew them, else worked out."""
        if self._hidden is None:
            from jdgen.checking.template import hidden_fields

            self._hidden = hidden_fields(self.folder, self.shown)
        return self._hidden

    @property
    def template(self):
        """The template, prepared once; None when it cannot be used (its own check says why)."""
        if self._template is None:
            from jdgen.render.template import PreparedTemplate

            try:
                self._template = PreparedTemplate.load(self.folder, self.shown)
            except JdgenError:
                self._template = False
        return self._template or None


@dataclass(frozen=True)
class GapsAndRendering:
    """``jdgen check``'s judge: a valid spec's translation gaps (and its
    labels') in each language checked, of the texts its template shows (in
    its source language, only the labels' can have any), then what the
    template fails on when rendering it in its source language (a template's
    problem, at the template); None when its template's labels are unusable."""

    languages: tuple[str, ...]

    def __call__(self, checker: Checker, entry: Any) -> list[Diagnostic] | None:
        form = checker.form(entry)
        if form.labels is None:
            return None
        from jdgen.i18n.spec_translation import translate_entry

        source = entry.spec.source_language
        translations = [checker.labels_in(form, language) if language == source else
                        translate_entry(entry, form.labels, language, checker.catalogs, hidden=form.hidden,
                                        labels_in=checker.labels_in(form, language))
                        for language in self.languages]
        return [diagnostic for found in translations for diagnostic in found.diagnostics] + checker.rendered(entry)

    def stored(self, judged: list[Diagnostic] | None) -> Any:
        return None if judged is None else stored(judged)

    def restored(self, value: Any) -> list[Diagnostic] | None:
        return None if value is None else restored(value)


@dataclass(frozen=True, slots=True)
class Early:
    """A verdict worked out while a changed spec is scanned, against a guess
    of the set's index (the last check's, or none): it stands if the true
    index says the same of the positions the spec names, so the spec is
    read once."""

    verdict: Verdict
    named: str
    """What the guessed index said of the positions the spec names (``said``)."""


def with_cycle(verdict: Verdict, cycle: list[Diagnostic]) -> Verdict:
    """The verdict of a spec in a reporting cycle: its problems and the cycle's; not valid."""
    return Verdict(verdict.read + cycle, False) if cycle else verdict


@dataclass
class SetVerdicts:
    """Each spec's verdict, and what the set decides: which spec holds each
    id. Specs are named as shown."""

    specs: list[str]
    """The specs checked, in the order their files are listed (Project.spec_files)."""
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)
    """The template each spec is made with (Project.template_for)."""
    claimed: list[str] = field(default_factory=list)
    """The valid specs that hold their id, in the order of ``specs``."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Every spec's problems in the order of ``specs``, then the ids taken twice."""

    def decide(self) -> None:
        """Which spec holds each id (``claimed``) and every problem (``diagnostics``), from the verdicts."""
        self.diagnostics = [diagnostic for shown in self.specs for diagnostic in self.verdicts[shown].read]
        claims, holders = IdClaims(), set()
        for shown in in_path_order(self.specs, str):
            verdict = self.verdicts[shown]
            if verdict.valid and verdict.spec_id is not None:
                duplicate = claims.claim(verdict.spec_id, shown, verdict.id_at)
                if duplicate is None:
                    holders.add(shown)
                else:
                    self.diagnostics.append(duplicate)
        self.claimed = [shown for shown in self.specs if shown in holders]


def verdict_record(key: str, verdict: Verdict, judge: Judge) -> dict[str, Any]:
    return {"key": key, "read": stored(verdict.read), "valid": verdict.valid, "id": verdict.spec_id,
            "id_at": [verdict.id_at.line, verdict.id_at.column] if verdict.id_at else None,
            "judged": None if verdict.judged is None else judge.stored(verdict.judged)}


def verdict_from(record: dict[str, Any], judge: Judge) -> Verdict | None:
    """The verdict a record keeps (``verdict_record``); None when it is not one."""
    try:
        id_at = record["id_at"]
        judged = record["judged"]
        return Verdict(restored(record["read"]), bool(record["valid"]), record["id"],
                       Position(*id_at) if id_at else None, None if judged is None else judge.restored(judged))
    except (KeyError, TypeError, ValueError):
        return None


def said(named: list[Any]) -> str:
    """The digest of what an index says of the positions a spec names
    (``named_positions``), as an Early keeps it: a check holds every changed
    spec's until the set's index is known."""
    return digest(json.dumps(named, ensure_ascii=False))


def named_positions(scan: Scan, index: PositionIndex) -> list[Any]:
    """What the index says of the positions a spec names."""
    said: list[Any] = []
    for name in scan.names:
        if name[0] == "words":
            said.append(index.titled(name[1], name[2]))
            continue
        target = index.get(name[1])
        said.append([target.spec_id, target.title, target.source_language, target.path] if target
                    else sorted(entry.spec_id for entry in index.entries.values()))
    return said

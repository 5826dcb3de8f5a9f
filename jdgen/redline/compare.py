"""Compare two versions position by position and language by language, and
write a redline of each document that changed."""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from jdgen.checking.template import hidden_fields
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.jobspec.collection import LoadedSpec
from jdgen.localize import Localized, document_properties, draft_notice, localize
from jdgen.output import document_path
from jdgen.redline.changelist import W, change_list
from jdgen.redline.folder import RedlineFolder
from jdgen.redline.merge import merge_contexts, whole_context
from jdgen.redline.named_changes import NamedChange, named_changes
from jdgen.redline.spec_fields import SpecFields
from jdgen.redline.versions import Version
from jdgen.render.revisions import DELETED, INSERTED, Revisions, track_paragraph_properties
from jdgen.render.template import PreparedTemplate, RenderError

CHANGED, ADDED, REMOVED = "changed", "added", "removed"
DOCUMENT_PART = "word/document.xml"


@dataclass
class DocumentDiff:
    language: str
    changes: list[NamedChange]
    path: Path | None = None
    """The redline written, if any."""
    draft: bool = False
    """Whether a side stands in untranslated texts (``--draft``): written
    as a build writes a draft, under ``draft/``, headed by the notice."""


@dataclass
class PositionDiff:
    id: str
    status: str
    old_file: str | None
    new_file: str | None
    documents: list[DocumentDiff] = field(default_factory=list)


@dataclass
class DiffReport:
    old: str
    new: str
    positions: list[PositionDiff] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def written(self) -> list[Path]:
        return [document.path for position in self.positions for document in position.documents if document.path]


@dataclass(frozen=True)
class Author:
    """Who made the changes, and when (``date`` with the author's UTC offset)."""

    name: str
    date: datetime.datetime

    def revisions(self) -> Revisions:
        """The author's local time in ``w:date``, written as Word writes it
        (with a ``Z`` although it is local time), and UTC in ``w16du:dateUtc``."""
        local = self.date.replace(microsecond=0, tzinfo=None)
        utc = self.date.astimezone(datetime.UTC).replace(microsecond=0, tzinfo=None)
        return Revisions(self.name, f"{local.isoformat()}Z", f"{utc.isoformat()}Z")


def compare(old: Version, new: Version, languages: list[str], output: Path | None, author: Author,
            draft: bool = False, listed: bool = False) -> DiffReport:
    """Every difference between ``old`` and ``new`` in each of ``languages``;
    with ``output``, a redline of each changed document written there
    (``draft``: as drafts, a missing translation shown by its source text;
    ``listed``: each headed by the list of its changes)."""
    report = DiffReport(old.name, new.name, diagnostics=[*old.diagnostics, *new.diagnostics])
    if not old.labels_usable or not new.labels_usable:
        return report
    writer = _Writer(new, RedlineFolder(output, output.as_posix()), author, report, listed) \
        if output is not None else None
    for spec_id in sorted(old.entries.keys() | new.entries.keys(), key=str.lower):
        before, after = old.entries.get(spec_id), new.entries.get(spec_id)
        if (before is None and _invalid_in(old, new.files[spec_id])) or \
                (after is None and _invalid_in(new, old.files[spec_id])):
            continue  # invalid in the other version: reported there
        status = CHANGED if before and after else ADDED if after else REMOVED
        position = PositionDiff(spec_id, status, old.files.get(spec_id), new.files.get(spec_id))
        # a position moved to another form is compared on its new form: what changed is the spec, not the labels
        old_labels = new if before and after and old.made_with[spec_id] != new.made_with[spec_id] else old
        hidden = hidden_fields(*new.template_of(spec_id))  # what the redline's form shows nowhere needs no translation
        for language in languages:
            localized = [_localized(entry, version, labels, language, draft, report, hidden,
                                    noted=version is new or not after)
                         for entry, version, labels in ((before, old, old_labels), (after, new, new))]
            if any(entry and side is None for entry, side in zip((before, after), localized, strict=True)):
                continue  # untranslated: reported
            old_context, new_context = (side.context if side else None for side in localized)
            if old_context == new_context:
                continue
            side = new_context if new_context is not None else old_context
            entry = after if after is not None else before
            assert side is not None and entry is not None  # the position is on one side at least
            if old_context is None or new_context is None:
                merged = whole_context(side, inserted_side=new_context is not None)
                changes = named_changes(merged.changes, None, None)
            else:
                merged = merge_contexts(old_context, new_context)
                assert before is not None and after is not None  # both contexts: both specs
                old_dump, new_dump = before.spec.model_dump(), after.spec.model_dump()
                changes = named_changes(merged.changes, SpecFields(before.spec, old_context, new_dump),
                                        SpecFields(after.spec, new_context, old_dump))
            document = DocumentDiff(language, changes, draft=any(side and side.draft for side in localized))
            position.documents.append(document)
            if writer is not None:
                document.path = writer.write(position, document, merged.context, (old_context, new_context),
                                             entry.spec)
        if position.documents:
            report.positions.append(position)
    if writer is not None:
        writer.folder.finish()
        report.diagnostics += writer.folder.diagnostics
    return report


def _localized(entry: LoadedSpec | None, version: Version, labels_of: Version, language: str, draft: bool,
               report: DiffReport, hidden: frozenset[tuple[str, ...]], noted: bool) -> Localized | None:
    """``entry`` of ``version`` in ``language``, with the labels of its form in
    ``labels_of``, its problems reported; None when absent or untranslated
    (but for the ``hidden`` fields, which need no translation). The note of
    texts needing none is reported from one side only: ``noted``."""
    if entry is None:
        return None
    labels = labels_of.labels_of(entry.spec.id)
    assert labels is not None and version.catalogs is not None  # compare() stops without labels
    localized = localize(entry, labels, language, version.catalogs, draft, version.settings.english_style, hidden)
    report.diagnostics += [diagnostic for diagnostic in localized.diagnostics
                           if noted or diagnostic.code != "catalog-not-shown"]
    return localized if localized.context is not None else None


class _Writer:
    """Renders redlines with the template of the new version's spec (each prepared once, when first needed)."""

    def __init__(self, new: Version, folder: RedlineFolder, author: Author, report: DiffReport,
                 listed: bool) -> None:
        self.new, self.folder, self.author, self.report, self.listed = new, folder, author, report, listed
        self.templates: dict[tuple[Path, str], PreparedTemplate] = {}

    def write(self, position: PositionDiff, document: DocumentDiff, merged: dict[str, Any],
              contexts: tuple[dict | None, dict | None], spec) -> Path | None:
        """Write one redline (a draft as a build writes one) of the documents
        of ``contexts`` (old, new; None for a side without the position);
        None (and a diagnostic) when it cannot be."""
        language = document.language
        target = document_path(self.folder.folder, language, position.id, document.draft)
        old_context, new_context = contexts
        context = new_context if new_context is not None else old_context
        assert context is not None  # the position is on one side at least
        try:
            form = self.new.template_of(position.id)
            if form not in self.templates:
                self.templates[form] = PreparedTemplate.load(*form)
            template = self.templates[form]
            properties = document_properties(context, spec, draft=document.draft)
            notice = draft_notice(context) if document.draft else None
            revisions = self.author.revisions()
            sides: list[_Parts] = []
            if old_context is None or new_context is None:
                revisions.whole = INSERTED if old_context is None else DELETED
            else:
                sides = [_Parts(template.render(side, properties, notice, for_print=False))
                         for side in (old_context, new_context)]

            def adjust(name: str, root) -> None:
                old_part, new_part = (parts.get(name) for parts in sides) if sides else (None, None)
                if old_part is not None and new_part is not None:
                    track_paragraph_properties(root, old_part, new_part, revisions)
                if self.listed and name == DOCUMENT_PART:
                    root.find(f"{{{W}}}body").insert(0, change_list(document.changes, language))

            data = template.render(merged, properties, notice, revisions=revisions, adjust=adjust)
            if not self.folder.write(target, data, position.new_file or position.old_file or position.id):
                return None
        except JdgenError as error:
            self.report.diagnostics += error.diagnostics
            return None
        except RenderError as error:
            self.report.diagnostics.append(Diagnostic(position.new_file or position.old_file or position.id, None,
                                                      f"cannot render the redline ({language}): {error}",
                                                      code="template-render"))
            return None
        except OSError as error:
            self.report.diagnostics.append(Diagnostic(target.as_posix(), None, f"cannot write: {error.strerror}",
                                                      code="output-write"))
            return None
        return target


class _Parts:
    """The XML parts of a rendered document, read when first asked for."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.read: dict[str, etree._Element | None] = {}

    def get(self, name: str) -> etree._Element | None:
        if name not in self.read:
            with zipfile.ZipFile(io.BytesIO(self.data)) as package:
                self.read[name] = etree.fromstring(package.read(name)) if name in package.namelist() else None
        return self.read[name]


def _invalid_in(version: Version, file: str) -> bool:
    """Whether ``version`` may hold the position of ``file`` in a spec that is
    not valid: one at the same path, or the one spec file it was named by."""
    return file in version.failed or (not version.files and len(version.failed) == 1)

"""Compare two versions position by position and language by language, and
write a redline of each document that changed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.localize import document_properties, localize
from jdgen.output import document_path, write_atomically
from jdgen.redline.merge import Change, merge_contexts, whole_context
from jdgen.redline.versions import Version
from jdgen.render.revisions import Revisions
from jdgen.render.template import PreparedTemplate, RenderError

CHANGED, ADDED, REMOVED = "changed", "added", "removed"


@dataclass
class DocumentDiff:
    language: str
    changes: list[Change]
    path: Path | None = None
    """The redline written, if any."""


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
    name: str
    date: datetime.datetime

    def revisions(self) -> Revisions:
        moment = self.date.astimezone(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
        return Revisions(self.name, f"{moment.isoformat()}Z")


def compare(old: Version, new: Version, languages: list[str], output: Path | None, author: Author) -> DiffReport:
    """Every difference between ``old`` and ``new`` in each of ``languages``;
    with ``output``, a redline of each changed document written there."""
    report = DiffReport(old.name, new.name, diagnostics=[*old.diagnostics, *new.diagnostics])
    if old.labels is None or new.labels is None:
        return report
    template = None
    for spec_id in sorted(old.entries.keys() | new.entries.keys(), key=str.lower):
        before, after = old.entries.get(spec_id), new.entries.get(spec_id)
        if (before is None and _invalid_in(old, new.files[spec_id])) or \
                (after is None and _invalid_in(new, old.files[spec_id])):
            continue  # invalid in the other version: reported there
        status = CHANGED if before and after else ADDED if after else REMOVED
        position = PositionDiff(spec_id, status, old.files.get(spec_id), new.files.get(spec_id))
        for language in languages:
            contexts = []
            for entry, version in ((before, old), (after, new)):
                localized = localize(entry, version.labels, language, version.catalogs) if entry else None
                if localized is not None:
                    report.diagnostics += localized.diagnostics
                contexts.append(localized.context if localized else None)
            if any(entry and context is None for entry, context in zip((before, after), contexts)):
                continue
            old_context, new_context = contexts
            if old_context == new_context:
                continue
            if old_context is None or new_context is None:
                merged = whole_context(new_context or old_context, inserted_side=new_context is not None)
            else:
                merged = merge_contexts(old_context, new_context)
            document = DocumentDiff(language, merged.changes)
            position.documents.append(document)
            if output is None:
                continue
            if template is None:
                template = PreparedTemplate.load(*new.template)
            spec = (after or before).spec
            properties = document_properties(new_context or old_context, spec)
            target = document_path(output, language, spec_id)
            try:
                data = template.render(merged.context, properties, author.revisions())
                write_atomically(target, data)
            except RenderError as error:
                report.diagnostics.append(Diagnostic(position.new_file or position.old_file, None,
                                                     f"cannot render the redline ({language}): {error}"))
                continue
            except OSError as error:
                report.diagnostics.append(Diagnostic(str(target), None, f"cannot write: {error.strerror}"))
                continue
            document.path = target
        if position.documents:
            report.positions.append(position)
    return report


def _invalid_in(version: Version, file: str) -> bool:
    """Whether ``version`` may hold the position of ``file`` in a spec that is
    not valid: one at the same path, or the one spec file it was named by."""
    return file in version.failed or (not version.files and len(version.failed) == 1)

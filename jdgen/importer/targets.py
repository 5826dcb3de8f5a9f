"""Where an imported spec may be written: never under an id another spec of
the project (``specs/``), of the output folder, or an earlier document of
the same run already has; never over an existing spec, except, with
``force``, one that an earlier ``jdgen import`` wrote."""

from __future__ import annotations

import os
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.importer.writing import written_by_import
from jdgen.project import Project
from jdgen.yamlfile.reader import read_yaml


class ImportTargets:
    """The ids already taken, and the rule for each spec an import would write."""

    def __init__(self, project: Project, output: Path, force: bool) -> None:
        self.project = project
        self.force = force
        self._owners: dict[str, str] = {}
        folders = dict.fromkeys(folder.absolute().resolve() for folder in (project.root / "specs", output))
        for folder in folders:
            if os.path.isdir(folder):
                for path in project.spec_files([folder]):
                    self._take(path)

    def _take(self, path: Path) -> None:
        """Record the id of the spec at ``path``; a spec that does not read has none."""
        shown = self.project.shown(path)
        try:
            data = read_yaml(path, shown).data
        except JdgenError:
            return
        spec_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(spec_id, str):
            self._owners.setdefault(spec_id.lower(), shown)

    def claim(self, spec_id: str, target: Path, document: str) -> Diagnostic | None:
        """Give ``spec_id`` to ``document``, to be written to ``target``;
        else the error, for ``document``, that says why it is not written."""
        target_shown = self.project.shown(target)
        owner = self._owners.setdefault(spec_id.lower(), document)
        if owner not in (document, target_shown):
            return Diagnostic(document, None, f"its id {spec_id} is also that of {owner}; not written (ids name "
                              "the documents and must be unique: correct the position number, 职位编号)",
                              code="spec-id")
        if not os.path.lexists(target):
            return None
        if not self.force:
            return Diagnostic(document, None, f"{target_shown} exists; not overwritten (use --force to replace "
                              "a spec an earlier import wrote)", code="import-exists")
        if not written_by_import(target):
            return Diagnostic(document, None, f"{target_shown} exists and was not written by jdgen import; "
                              "--force replaces only an imported spec: move it away to import this document",
                              code="import-exists")
        return None

"""A project's own fields file (``fields.yaml``, jdgen.jobspec.own_fields)
as a command's input: its problems, read (with the spec model made from it)
only when the project has one, so a command that needs neither stays light."""

from __future__ import annotations

from jdgen.diagnostics import Diagnostic
from jdgen.project import Project


def own_fields_problems(project: Project) -> list[Diagnostic]:
    """Every problem of the project's own fields file; none without one."""
    if not project.fields_file.exists():
        return []
    from jdgen.jobspec import own_fields

    return own_fields.own_fields_problems(project.root, project.shown(project.fields_file))

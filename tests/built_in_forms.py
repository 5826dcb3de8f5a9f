"""The built-in forms, and what each shows of a spec: for the tests that
build generated shapes on either of them."""

from __future__ import annotations

import copy

TEMPLATES = ["default", "corporate"]
"""The built-in forms; each generated shape is built on one of them."""

NOT_ON_THE_CORPORATE_FORM = [("basic", "grade"), ("authority",), ("career_path",), ("training",), ("tools",),
                             ("qualifications", "knowledge"), ("qualifications", "qualities"),
                             ("indicators", "qualitative")]
"""The parts of a spec the corporate form leaves out; of its quantitative
indicators it shows the measures only (not a category's name, scoring or formula)."""


def shown_on(template: str, spec: dict) -> dict:
    """The part of ``spec`` the form ``template`` shows."""
    if template == "default":
        return spec
    shown = copy.deepcopy(spec)
    for *parents, name in NOT_ON_THE_CORPORATE_FORM:
        part = shown
        for parent in parents:
            part = part.get(parent, {})
        part.pop(name, None)
    shown.get("indicators", {})["quantitative"] = [{"measures": category["measures"]} for category
                                                   in shown.get("indicators", {}).get("quantitative", [])]
    return shown

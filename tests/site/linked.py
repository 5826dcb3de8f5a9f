"""A small set of positions linked by id, as an organisation writes them:
a head, two managers reporting to it, a clerk under one of them, and a
position linked to none."""

from __future__ import annotations

from pathlib import Path

import yaml

POSITIONS = {
    "HEAD-1": {"title": {"zh": "支行行长", "en": "Branch Head"}, "department": {"zh": "行长室", "en": "Head Office"}},
    "MGR-1": {"title": {"zh": "客户经理", "en": "Account Manager"}, "department": {"zh": "公司业务部", "en": "Corporate"},
              "reports_to": "HEAD-1", "career": ["HEAD-1"]},
    "MGR-2": {"title": {"zh": "运营经理", "en": "Operations Manager"}, "department": {"zh": "营业部", "en": "Operations"},
              "reports_to": "HEAD-1", "subordinates": ["CLK-1"]},
    "CLK-1": {"title": {"zh": "综合柜员", "en": "Teller"}, "department": {"zh": "营业部", "en": "Operations"},
              "reports_to": "MGR-2", "career": ["MGR-2", "HEAD-1"]},
    "LONE-1": {"title": {"zh": "司机", "en": "Driver"}, "department": {"zh": "行政部", "en": "Administration"}},
}


def write_linked_set(root: Path) -> Path:
    """Write the set's specs into ``root/specs`` (every text translated inline)."""
    specs = root / "specs"
    specs.mkdir(parents=True)
    for spec_id, facts in POSITIONS.items():
        basic = {"department": facts["department"]}
        if "reports_to" in facts:
            basic["reports_to"] = {"position": facts["reports_to"]}
        if "subordinates" in facts:
            basic["subordinates"] = [{"position": other} for other in facts["subordinates"]]
        spec = {
            "id": spec_id, "title": facts["title"], "basic": basic,
            "summary": {"zh": f"{facts['title']['zh']}的职责概要。", "en": f"What the {facts['title']['en']} does."},
            "duties": [{"zh": "遵守规章制度。", "en": "Follows the rules."},
                       {"zh": "完成领导交办的其他工作。", "en": "Completes other tasks assigned."}],
        }
        if "career" in facts:
            spec["career_path"] = [{"position": other} for other in facts["career"]]
        (specs / f"{spec_id.lower()}.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False),
                                                       encoding="utf-8")
    return specs

"""A set of positions linked by id, of the shapes that test a handbook's
links: long Chinese titles with punctuation, one title in several
departments, ids with dashes and underscores, a reporting tree, positions
linked to none, and all texts translated inline."""

from __future__ import annotations

from pathlib import Path

import yaml

DEPARTMENTS = [("行长室", "Head Office"), ("公司业务部", "Corporate"), ("营业部", "Operations"),
               ("风险管理部（含合规、内控与反洗钱）", "Risk, Compliance & AML"),
               ("信息科技部/数据中心", 'IT / Data "Centre"')]
TITLES = [("高级客户经理（对公业务、普惠金融及供应链金融方向）兼团队负责人", "Senior Account Manager <Corporate & SME> — Lead"),
          ("运营主管·会计结算&现金管理「一级」", "Operations Supervisor: 'Settlement' & Cash #1"),
          ("支行行长", "Branch Head"), ("客户经理", "Account Manager"), ("综合柜员", "Teller")]
PREFIXES = ["HEAD", "MGR", "CLK", "a_b", "X-Y-Z"]


def spec_id(index: int) -> str:
    """Ids of several shapes: ``MGR-7``, ``a_b-3--``, ``X-Y-Z-4-_x``."""
    return f"{PREFIXES[index % len(PREFIXES)]}-{index}" + "-" * (index % 3) + "_x" * (index % 2)


def write_shaped_set(root: Path, count: int) -> list[str]:
    """Write ``count`` positions into ``root/specs``: each reports to the one
    at ``(index - 1) // 4`` but every eleventh, which reports to none;
    return their ids."""
    ids = [spec_id(index) for index in range(count)]
    specs = root / "specs"
    specs.mkdir(parents=True)
    for index, own in enumerate(ids):
        department = DEPARTMENTS[index % len(DEPARTMENTS)]
        title_zh, title_en = TITLES[index // len(DEPARTMENTS) % len(TITLES)]  # one title in every department
        basic: dict = {"department": {"zh": department[0], "en": department[1]}}
        if index and index % 11:
            basic["reports_to"] = {"position": ids[(index - 1) // 4]}
        spec = {"id": own, "title": {"zh": title_zh, "en": title_en}, "basic": basic,
                "summary": {"zh": f"{title_zh}的职责概要。", "en": f"What the {title_en} does."},
                "duties": [{"zh": "遵守规章制度。", "en": "Follows the rules."}]}
        (specs / f"{own.lower()}.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    return ids

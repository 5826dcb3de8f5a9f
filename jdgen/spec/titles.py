"""What an editor shows for each part of a spec: a title per model and field
(the form's own label, then English), and the values completion inserts.

``jdgen schema`` puts these into the JSON Schema; a test checks that every
field of the model has a title here and every example is valid.
"""

from __future__ import annotations

MODEL_TITLES = {
    "JobSpec": "职位说明书 / Job description",
    "DocumentInfo": "文件信息 / Title block",
    "BasicInfo": "基本信息 / Basic information",
    "Relationships": "工作联系 / Working relationships",
    "DutyGroup": "职责分组 / Group of duties",
    "Indicators": "工作指标 / Performance indicators",
    "IndicatorCategory": "指标类别 / Indicator category",
    "Measure": "考核项目 / Measure",
    "MoneyTarget": "金额目标 / Amount of money",
    "PercentTarget": "百分比目标 / Percentage",
    "CountTarget": "计数目标 / Count",
    "NumberTarget": "数值目标 / Figure with a unit",
    "TextTarget": "文字目标 / Target in words",
    "QualitativeIndicators": "定性指标 / Qualitative indicators",
    "PointDeduction": "扣分规则 / Point deduction",
    "PenaltyDeduction": "处罚规则 / Penalty",
    "Authority": "工作权限 / Authority",
    "Qualifications": "任职资格 / Qualifications",
    "Training": "培训 / Training",
    "Environment": "工作环境 / Working environment",
    "Condition": "工作条件 / Working condition",
    "PositionLink": "职位链接 / Link to a position",
}

_TARGET = {
    "compare": "比较方式 / How the target is met",
    "per": "统计周期 / Counted per",
}

FIELD_TITLES = {
    "JobSpec": {
        "id": "职位编号 / Position number",
        "extends": "共用内容 / Shared files",
        "source_language": "源语言 / Source language",
        "title": "职位名称 / Position title",
        "document": "文件信息 / Title block",
        "basic": "基本信息 / Basic information",
        "relationships": "工作联系 / Working relationships",
        "summary": "职位概要 / Position summary",
        "duties": "工作描述 / Duties",
        "indicators": "工作指标 / Performance indicators",
        "authority": "工作权限 / Authority",
        "levels": "职位级别 / Levels",
        "qualifications": "任职资格 / Qualifications",
        "career_path": "职业发展通道 / Career path",
        "training": "培训 / Training",
        "environment": "工作环境 / Working environment",
        "physical": "身体要求 / Physical requirements",
        "tools": "使用工具 / Tools used",
    },
    "DocumentInfo": {
        "number": "文件编号 / Document number",
        "issuer": "发文单位 / Issuer",
        "prepared_by": "编制 / Prepared by",
        "approved_by": "核准 / Approved by",
        "effective_date": "生效日期 / Effective date",
    },
    "BasicInfo": {
        "department": "所属部门 / Department",
        "prepared_on": "编制日期 / Date prepared",
        "headcount": "定员人数 / Headcount",
        "supervised": "辖员人数 / Staff supervised",
        "grade": "职位薪资等级 / Salary grade",
        "reports_to": "直接上级职位 / Reports to",
        "subordinates": "直接下级职位 / Direct subordinates",
    },
    "Relationships": {
        "internal": "内部工作关系 / Internal relationships",
        "external": "外部工作关系 / External relationships",
    },
    "DutyGroup": {
        "title": "分组标题 / Group heading",
        "items": "职责 / Duties",
    },
    "Indicators": {
        "quantitative": "定量指标 / Quantitative indicators",
        "qualitative": "定性指标 / Qualitative indicators",
    },
    "IndicatorCategory": {
        "name": "类别名称 / Category",
        "measures": "考核项目 / Measures",
        "scoring": "计分方式 / Scoring",
        "formula": "计分公式 / Scoring formula",
    },
    "Measure": {
        "name": "考核项目 / What is measured",
        "target": "目标 / Target",
        "weight": "权重 / Weight (%)",
    },
    "MoneyTarget": {**_TARGET, "amount": "金额 / Amount", "currency": "币种 / Currency"},
    "PercentTarget": {**_TARGET, "percent": "百分比 / Percent"},
    "CountTarget": {**_TARGET, "count": "数量 / Count", "unit": "量词 / Counter word"},
    "NumberTarget": {**_TARGET, "number": "数值 / Figure", "unit": "单位 / Unit"},
    "TextTarget": {"text": "目标 / Target in words"},
    "QualitativeIndicators": {
        "method": "考核方法 / Method",
        "criteria": "考核内容 / Criteria",
        "deductions": "扣分规则 / Deductions",
    },
    "PointDeduction": {
        "rule": "违规情形 / Breach",
        "points": "扣分 / Points deducted",
        "per": "扣分方式 / Counted per",
    },
    "PenaltyDeduction": {
        "rule": "违规情形 / Breach",
        "penalty": "处罚 / Penalty",
    },
    "Authority": {
        "work": "工作权限 / Work",
        "expenses": "费用权限 / Expenses",
        "personnel": "人事权限 / Personnel",
    },
    "Qualifications": {
        "education": "学历要求 / Education",
        "experience": "资历 / Experience",
        "certificates": "资格证书 / Certificates",
        "knowledge": "知识要求 / Knowledge",
        "abilities": "能力要求 / Abilities",
        "qualities": "素质要求 / Personal qualities",
    },
    "Training": {
        "topics": "培训内容 / Topics",
        "hours": "培训期限 / Class hours",
    },
    "Environment": {
        "place": "工作地点 / Place of work",
        "hours": "工作时间 / Working hours",
        "conditions": "其他条件 / Further conditions",
    },
    "Condition": {
        "name": "条件 / Condition",
        "value": "要求 / Value",
    },
    "PositionLink": {
        "position": "职位编号 / Position number",
    },
}

EXAMPLES: dict[str, dict[str, list[str | int | float]]] = {
    "JobSpec": {"id": ["BCM-001"], "source_language": ["zh"], "extends": ["shared/branch.yaml"]},
    "DocumentInfo": {"effective_date": ["2014-12-09"]},
    "BasicInfo": {"prepared_on": ["2014-12-09"], "headcount": [1], "supervised": [4], "grade": [3, "P5"]},
    "Measure": {"weight": [30]},
    "MoneyTarget": {"amount": [1000000]},
    "PercentTarget": {"percent": [90]},
    "CountTarget": {"count": [2]},
    "NumberTarget": {"number": [4.5]},
    "PointDeduction": {"points": [5]},
    "Training": {"hours": [40]},
}
"""Values completion offers (and inserts first) where the type alone would
make an editor insert an invalid one, such as ``headcount: 0``."""

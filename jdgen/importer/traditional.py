"""Traditional Chinese characters folded to simplified ones, for comparing
labels only (職位名稱 is 职位名称): the texts themselves are kept as written.

The table holds the characters the forms' labels and headings use, one for
one (so a folded text keeps its length and a match's place in it); a whole
converter (OpenCC) would be a heavy dependency for a few hundred labels.
"""

from __future__ import annotations

_PAIRS = (
    "與与專专個个書书從从體体關关內内寫写況况準准劃划別别辦办務务協协單单歷历曆历發发號号員员圍围場场"
    "備备實实審审對对導导屬属崗岗徑径執执報报擬拟數数時时晉晋機机權权條条構构標标檔档狀状環环點点匯汇"
    "彙汇碼码稱称級级係系經经績绩編编職职聯联範范計计訓训設设證证識识課课調调財财責责質质費费資资轄辖"
    "長长門门間间項项領领驗验學学製制資资歲岁齡龄歷历態态積积應应題题類类區区獎奖懲惩勵励稅税構构"
    "據据認认識识語语讀读說说話话談谈護护衛卫藥药醫医療疗險险產产銷销購购貨货運运輸输處处總总監监"
    "頭头層层師师員员習习練练礎础隊队務务會会議议檢检測测質质評评價价級级傳传達达續续樣样獲获"
)
_FOLD = str.maketrans({_PAIRS[index]: _PAIRS[index + 1] for index in range(0, len(_PAIRS), 2)})


def folded(text: str) -> str:
    """``text`` with its traditional characters written simplified, one for one."""
    return text.translate(_FOLD)

"""Texts standing where a value should that are none: Word's own (the
error a field shows when it cannot be filled, 错误!未找到引用源。, Error!
Reference source not found.; a content control's prompt left as plain text
once the control is gone, 单击或点击此处输入文字。), a template's
placeholder left unfilled ([Insert job title], 【请填写】, XXX), a pointer to
text elsewhere (详见附件, 同上, See attached) and a value still to be decided
(待定, TBD)."""

from __future__ import annotations

import re

_KINDS = (
    (re.compile(r"^\s*(?:Error|错误|錯誤)\s*[!！]\s*\S"),
     "the error Word shows for a field it could not fill (a bookmark or document property missing)"),
    (re.compile(r"^\s*(?:(?:单击|點選|按一下)(?:或点击|或點選)?(?:此处|這裡|此處)(?:输入|輸入)(?:文字|日期)|"
                r"(?:单击或点击以|點選或按一下以)(?:输入|輸入)日期|选择一项|選擇一個項目|"
                r"Click (?:or tap )?(?:here )?to enter (?:text|a date)|Choose an item)\s*[.。]?\s*$", re.IGNORECASE),
     "the prompt of a form's box left empty"),
    (re.compile(r"^\s*(?:[\[<【〔(（]\s*(?:insert|enter|type|add|fill in|please|请|請|填写|填寫|输入|輸入)"
                r"[^\]>】〕)）]{0,40}[\]>】〕)）]|[X×Ｘ＊*]{2,}|x{3,})\s*$", re.IGNORECASE),
     "a template's placeholder left unfilled"),
    (re.compile(r"^\s*(?:(?:详|詳)?见|参见|參見|请见|請見|具体见|參閱|参阅|请参阅)\s*(?:附件|附表|附录|附錄|附页|附頁|下表|上表|"
                r"下文|上文|后附|後附|另附|《)[^。；;]{0,40}$|"
                r"^\s*(?:(?:详|詳)?见|参见|參見)(?!习)[^。；;，,]{0,20}(?:制度|规定|規定|办法|辦法|文件|说明|說明)\s*[。.]?\s*$|^\s*(?:同上|同前|同左)\s*[。.]?\s*$|"
                r"^\s*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:attached|attachment|appendix|annex|enclosed|"
                r"below|above)\b.{0,60}$|^\s*as\s+above\s*\.?\s*$", re.IGNORECASE),
     "a pointer to text elsewhere, not the text"),
    (re.compile(r"^\s*(?:待定|待確定|待确定|tbd|tbc|to\s+be\s+(?:determined|confirmed|decided|advised))\s*[.。]?\s*$",
                re.IGNORECASE),
     "a value still to be decided"),
)


def stand_in(text: str) -> str | None:
    """What ``text`` stands in for a value as (Word's error, a prompt, a pointer, a value to be decided);
    None for a value."""
    return next((kind for pattern, kind in _KINDS if pattern.match(text)), None)

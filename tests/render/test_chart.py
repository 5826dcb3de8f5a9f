"""The reporting chart's boxes are separate boxes: a borderless spacer column
before each box and after the last (spacing between cells is no answer:
LibreOffice ignores it), a connector (an arrow row) between rows of boxes
side by side, room above the first box and under the last."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from jdgen.context import CHART_GRID
from tests.conftest import ExampleProject
from tests.docx_reading import cell_text, open_document

SUBORDINATES = ["客户专员", "对公客户经理", "个人客户经理", "理财经理", "大堂经理"]


def span(tc) -> int:
    found = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(found.get(qn("w:val"))) if found is not None else 1


def bordered(tc) -> bool:
    return tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}") is not None


@pytest.fixture
def chart(example: ExampleProject):
    """The reporting chart's table, for a position with five subordinates."""
    example.edit_spec("subordinates: [客户专员]", f"subordinates: [{', '.join(SUBORDINATES)}]")
    example.run("build", "--lang", "zh")
    document = open_document(example.root / "output/zh/BCM-001.docx")
    return next(table for outer in document.tables for table in outer._tbl.iter(qn("w:tbl"))
                if table is not outer._tbl and "支行行长" in [cell_text(tc) for tc in table.iter(qn("w:tc"))])


def test_boxes_side_by_side_are_apart_with_a_spacer_before_each_and_after_the_last(chart):
    widths = [int(column.get(qn("w:w"))) for column in chart.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
    assert len(widths) == CHART_GRID
    spacers, units = widths[0::2], widths[1::2]
    assert max(spacers) < min(units)
    rows = [row for row in chart.findall(qn("w:tr")) if any(bordered(tc) for tc in row.findall(qn("w:tc")))]
    boxes = [[cell_text(tc) for tc in row.findall(qn("w:tc")) if bordered(tc)] for row in rows]
    assert boxes == [["支行行长"], ["客户经理"], SUBORDINATES[0:2], SUBORDINATES[2:4], SUBORDINATES[4:]]
    for row in rows:
        cells = row.findall(qn("w:tc"))
        assert sum(span(tc) for tc in cells) == CHART_GRID
        assert [bordered(tc) for tc in cells] == [False, True] * (len(cells) // 2) + [False]
        assert all(cell_text(tc) == "" for tc in cells if not bordered(tc))


def test_the_last_box_has_room_under_it(chart):
    after = chart.getnext()
    assert after is not None and after.tag == qn("w:p") and cell_text(after) == ""


def test_the_first_box_has_room_above_it_in_the_chart_itself(chart):
    """The room above the first box is the chart's first row, not a
    paragraph before it, so that a redline adding or removing the chart
    tracks the room with its table. It shows nothing."""
    first = chart.find(qn("w:tr"))
    [room] = [cell_text(tc) for tc in first.findall(qn("w:tc"))]
    assert room and not any(character.isprintable() for character in room)
    assert chart.getprevious().tag == qn("w:tcPr")  # the chart opens its cell


def test_rows_of_boxes_side_by_side_have_a_connector_between_them(chart):
    """Five subordinates wrap to three rows: an arrow row (a gap, and the
    connector running on down the middle) comes between each two rows, as
    between the boxes one above the other; none after the last."""
    rows = [[cell_text(tc) for tc in row.findall(qn("w:tc")) if cell_text(tc)]
            for row in chart.findall(qn("w:tr"))[1:]]
    assert rows == [["支行行长"], ["↓"], ["客户经理"], ["↓"], SUBORDINATES[0:2], ["↓"], SUBORDINATES[2:4], ["↓"],
                    SUBORDINATES[4:]]

"""The build's report: the summary line and the JSON report say the same."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from jdgen.building.report import BuildReport, OutputResult, Status, json_report, notes, summary_line
from jdgen.diagnostics import Diagnostic, Level

reports = st.builds(
    BuildReport,
    specs=st.integers(0, 5),
    outputs=st.lists(st.builds(OutputResult, path=st.just("output/zh/A.docx"), spec=st.just("specs/a.yaml"),
                               language=st.just("zh"), status=st.sampled_from(Status),
                               why=st.just("its spec specs/a.yaml no longer exists"))),
    diagnostics=st.lists(st.builds(Diagnostic, path=st.just("specs/a.yaml"), position=st.none(),
                                   message=st.text(min_size=1), level=st.sampled_from(Level))),
    seconds=st.floats(0, 1000),
    interrupted=st.booleans(),
)


@given(reports)
def test_the_summary_line_and_the_json_report_agree(report):
    summary = json.loads(json_report(report))["summary"]
    line = summary_line(report)
    counts = {status: int(count) for status, count in re.findall(r"(built|unchanged|failed|removed) (\d+)", line)}
    assert counts == {status.value: summary[status.value] for status in Status
                      if status is not Status.REMOVED or summary["removed"]}
    errors = int(re.search(r"\((\d+) errors?\)", line).group(1))
    assert errors == summary["errors"] == sum(1 for d in report.diagnostics if d.level is Level.ERROR)
    assert line.startswith("interrupted: ") == summary["interrupted"]
    assert line.startswith("nothing to do: ") == (not summary["interrupted"] and summary["built"] == 0
                                                  and summary["unchanged"] > 0 and summary["errors"] == 0)
    assert len(json.loads(json_report(report))["outputs"]) == len(report.outputs)


def test_notes_say_why_outputs_went_and_tracebacks_only_when_asked():
    report = BuildReport(outputs=[
        OutputResult("output/zh/A.docx", "specs/a.yaml", "zh", Status.REMOVED,
                     "its spec specs/a.yaml no longer exists"),
        OutputResult("output/en/A.docx", "specs/a.yaml", "en", Status.BUILT),
    ], tracebacks=["specs/b.yaml: internal error:\nTraceback ..."])
    assert notes(report) == ["output/zh/A.docx: removed: its spec specs/a.yaml no longer exists"]
    assert notes(report, verbose=True)[1:] == report.tracebacks

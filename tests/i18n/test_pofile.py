"""The PO reader and writer (jdgen.i18n.po) on random catalogs: writing
then reading gives the same catalog and the same bytes, GNU msgfmt accepts
what jdgen writes, and no input makes the reader fail without a located
error."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdgen.diagnostics import JdgenError
from jdgen.i18n.po.model import new_catalog, set_header_field
from jdgen.i18n.po.reader import read_po
from jdgen.i18n.po.writer import write_po
from tests.campaigns import examples

SPECIAL = ['"', "\\", "\t", "%", "%s", "%(name)s", "{0}", "\n", "\r", "\x01", "\x7f", "客户经理", "，", "é",
           "\ue000", "\u2028", "\ufeff", "#", "#~", "msgid", ":", " "]
TEXT = st.lists(st.one_of(st.sampled_from(SPECIAL),
                          st.characters(exclude_categories=["Cs"], exclude_characters="\x04")),
                max_size=12).map("".join)
ONE_LINE = st.lists(st.one_of(st.sampled_from([c for c in SPECIAL if c not in "\n\r"]),
                              st.characters(exclude_categories=["Cs"], exclude_characters="\n\r\x04")),
                    max_size=10).map("".join)
PATH = st.text(st.sampled_from(list("abc/._- 规格")), min_size=1, max_size=12)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
FLAGS = st.sets(st.sampled_from(["fuzzy", "no-wrap", "jdgen-checked"]))


@st.composite
def messages(draw, ids: st.SearchStrategy, text: st.SearchStrategy, sources: st.SearchStrategy,
             obsolete: bool = False) -> Message:
    message = Message(draw(ids), draw(text))
    message.flags = draw(FLAGS)
    message.previous_id = draw(st.lists(sources, max_size=1))
    message.user_comments = draw(st.lists(ONE_LINE, max_size=2))
    message.auto_comments = [] if obsolete else draw(st.lists(ONE_LINE, max_size=2))
    message.locations = [] if obsolete else draw(
        st.lists(st.tuples(PATH, st.one_of(st.none(), st.integers(1, 9999))), max_size=3))
    return message


@st.composite
def catalogs(draw, text=TEXT, ids_text=None):
    catalog = new_catalog(draw(st.sampled_from(["en", "fr", "ja"])), "jdgen job descriptions")
    if draw(st.booleans()):
        set_header_field(catalog, "X-Generator", "Poedit 3.4")
    sources = text if ids_text is None else ids_text
    ids = draw(st.lists(sources.filter(bool), unique=True, max_size=8))
    split = draw(st.integers(0, len(ids)))
    for msgid in ids[:split]:
        catalog[msgid] = draw(messages(st.just(msgid), text, sources))
    for msgid in ids[split:]:
        catalog.obsolete[msgid] = draw(messages(st.just(msgid), text, sources, obsolete=True))
    return catalog


def state(catalog) -> list:
    def entry(m: Message) -> tuple:
        return (m.id, m.string, sorted(m.flags), list(m.previous_id), list(m.user_comments),
                list(m.auto_comments), list(m.locations))

    return [catalog.header, [entry(m) for m in catalog if m.id], [entry(m) for m in catalog.obsolete.values()]]


@pytest.mark.slow  # 300 generated catalogs
@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow])
@given(catalogs())
def test_writing_then_reading_loses_nothing(catalog):
    data = write_po(catalog)
    again = read_po(data, "random.po")
    assert state(again) == state(catalog)
    assert write_po(again) == data


@settings(max_examples=examples(100))
@given(catalogs())
def test_a_bom_and_windows_line_ends_change_nothing(catalog):
    data = write_po(catalog)
    assert write_po(read_po(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"), "random.po")) == data


@settings(max_examples=examples(25))
@given(catalogs())
def test_the_same_bytes_read_twice_give_two_equal_catalogs_each_its_own(catalog):
    data = write_po(catalog)
    first, second = read_po(data, "random.po"), read_po(data, "random.po")
    assert state(first) == state(second) == state(catalog)
    first.header_comment = "changed"
    for message in list(first):
        if message.id:
            message.string = "changed"
    first.obsolete.clear()
    assert state(read_po(data, "random.po")) == state(second) == state(catalog)


def test_no_format_flag_is_written():
    catalog = new_catalog("en", "p")
    catalog["达到目标的 10% of 总量"] = Message("达到目标的 10% of 总量", "Reach one tenth", flags=["fuzzy"])
    catalog["{0} 项"] = Message("{0} 项", "{0} items")
    assert "python-format" in catalog["达到目标的 10% of 总量"].flags  # Babel's guess
    text = write_po(catalog).decode()
    assert "-format" not in text
    assert '#, fuzzy\nmsgid "达到目标的 10% of 总量"' in text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@settings(max_examples=examples(40), deadline=None)
@given(catalogs(text=ONE_LINE,
                ids_text=ONE_LINE.filter(lambda text: not _CONTROL.search(text))))
def test_msgfmt_accepts_what_jdgen_writes(catalog):
    """Texts as jdgen has them: one line, a source text without control
    characters (a spec's texts have none). A translation may have them (jdgen
    refuses it but keeps it as written), all but EOT, which the reader
    refuses as gettext does."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.po"
        path.write_bytes(write_po(catalog))
        result = subprocess.run(["msgfmt", "--check", "--check-format", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + write_po(catalog).decode()


@settings(max_examples=examples(300))
@given(st.lists(st.one_of(
    st.sampled_from(['msgid "a"', 'msgstr "b"', 'msgid ""', 'msgstr ""', '"c"', "#, fuzzy", "#| msgid \"d\"",
                     '#~ msgid "e"', '#~ msgstr "f"', "msgctxt \"g\"", 'msgid_plural "h"', 'msgstr[0] "i"',
                     "# note", "#: a.yaml", "#. x", "", "=======", 'msgstr "\\', 'msgid "\\x"', "msgfoo",
                     '"\\400"', '"\\xff"']),
    st.text(max_size=12)), max_size=12))
def test_any_input_is_read_or_refused_with_located_errors(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        read_po(data, "random.po")
    except JdgenError as error:
        assert error.diagnostics
        assert all(d.path == "random.po" and d.position is not None for d in error.diagnostics)


@settings(max_examples=examples(100))
@given(st.binary(max_size=60))
def test_any_bytes_are_read_or_refused_with_located_errors(data):
    try:
        read_po(data, "random.po")
    except JdgenError as error:
        assert all(d.position is not None for d in error.diagnostics)

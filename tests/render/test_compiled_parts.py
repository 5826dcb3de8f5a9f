"""A template's patched and compiled parts kept in the user's cache: a
process that finds them there makes the same documents, and the same
messages about where a template fails, without patching or compiling; an
entry that cannot be used is made again."""

from __future__ import annotations

import shutil

import pytest

from jdgen import user_cache
from jdgen.checking import template as template_check
from jdgen.checking.cache import CACHE_FOLDER
from jdgen.render import template
from tests.conftest import forget_templates
from tests.template_editing import edit_template


def never(*args, **kwargs):
    raise AssertionError("the template was patched and compiled again")


def documents(example) -> dict[str, bytes]:
    """Build every document of the example again; their bytes by path."""
    example.run("build", "--force", "-q")
    return {path.relative_to(example.root).as_posix(): path.read_bytes()
            for path in sorted((example.root / "output").rglob("*.docx"))}


def test_documents_made_from_compiled_parts_in_the_user_cache_are_the_same(example, own_cache, monkeypatch):
    first = documents(example)
    assert len(first) == 3 and list(own_cache.glob("compiled-*.json"))
    forget_templates(monkeypatch)
    monkeypatch.setattr(template, "_compiled_parts", never)
    assert documents(example) == first


def test_where_a_template_fails_is_said_the_same_from_compiled_parts_in_the_user_cache(example, own_cache,
                                                                                       monkeypatch):
    edit_template(example, "{{ summary }}", "{{ summary.txet }}")
    first = example.run("check", status=1).output
    assert "word/document.xml: table" in first and "txet" in first
    shutil.rmtree(example.root / CACHE_FOLDER)
    forget_templates(monkeypatch)
    monkeypatch.setattr(template, "_compiled_parts", never)
    monkeypatch.setattr(template_check, "_user_verdict", lambda key: None)  # the template checked with them
    assert example.run("check", status=1).output == first


@pytest.mark.parametrize("damage", ["not json", '{"kind": "compiled", "key": "x", "value": 1}', "value"])
def test_compiled_parts_that_cannot_be_used_are_made_again(example, own_cache, monkeypatch, damage):
    first = documents(example)
    [entry] = own_cache.glob("compiled-*.json")
    if damage == "value":  # the right entry, with code that is not code
        text = entry.read_text(encoding="utf-8")
        entry.write_text(text[:text.rindex(',"')] + ',"AAAA"]}}', encoding="utf-8")
    else:
        entry.write_text(damage, encoding="utf-8")
    forget_templates(monkeypatch)
    assert documents(example) == first
    assert user_cache.recalled("compiled", entry.stem.removeprefix("compiled-")) is not None  # made anew

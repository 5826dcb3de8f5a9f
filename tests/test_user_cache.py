"""The user's cache of what is worked out about a template: a new project
(or a deleted ``.jdgen-cache``) takes a template's verdict and hidden fields
from it, a changed template is checked again, and a cache that is corrupt
or cannot be written only costs time; the currency codes kept there are
Babel's."""

from __future__ import annotations

import json
import os
import shutil

from jdgen import user_cache
from jdgen.checking import template as template_check
from jdgen.checking.cache import CACHE_FOLDER
from tests.conftest import forget_templates
from tests.template_editing import edit_template

TYPO = ("{{ basic.headcount }}", "{{ basic.headcont }}")
"""A template edit its check reports (template-unknown-variable)."""


def cold_check(example, monkeypatch, status: int) -> str:
    """``jdgen check``'s output with the project's cache deleted and nothing remembered in this process."""
    shutil.rmtree(example.root / CACHE_FOLDER, ignore_errors=True)
    forget_templates(monkeypatch)
    return example.run("check", status=status).output


def never(*args, **kwargs):
    raise AssertionError("the template was checked again")


def test_a_new_project_takes_the_template_verdict_from_the_user_cache(example, own_cache, monkeypatch):
    edit_template(example, *TYPO)
    first = cold_check(example, monkeypatch, status=1)
    assert "[template-unknown-variable]" in first
    assert {path.name.split("-")[0] for path in own_cache.glob("*.json")} >= {"template", "hidden"}
    monkeypatch.setattr(template_check, "check_template", never)
    monkeypatch.setattr(template_check, "_hidden", never)
    assert cold_check(example, monkeypatch, status=1) == first


def test_a_changed_template_is_checked_again(example, own_cache, monkeypatch):
    edit_template(example, *TYPO)
    cold_check(example, monkeypatch, status=1)
    edit_template(example, TYPO[1], TYPO[0], again=True)  # mended: a verdict of its own
    mended = cold_check(example, monkeypatch, status=0)
    assert "template-unknown-variable" not in mended
    shutil.rmtree(own_cache)
    assert cold_check(example, monkeypatch, status=0) == mended


def test_a_corrupt_user_cache_only_costs_time(example, own_cache, monkeypatch):
    edit_template(example, *TYPO)
    first = cold_check(example, monkeypatch, status=1)
    entries = sorted(own_cache.glob("*.json"))
    for number, path in enumerate(entries):
        path.write_text(['{"kind": "template"', "[]", '{"kind": 1, "key": 2}', "\x00"][number % 4])
    assert cold_check(example, monkeypatch, status=1) == first
    assert all(json.loads(path.read_text())["value"] is not None for path in entries)  # written anew


def test_a_user_cache_that_cannot_be_written_only_costs_time(example, own_cache, tmp_path, monkeypatch):
    edit_template(example, *TYPO)
    first = cold_check(example, monkeypatch, status=1)
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder")
    monkeypatch.setenv(user_cache.FOLDER_VARIABLE, str(in_the_way / "cache"))
    assert cold_check(example, monkeypatch, status=1) == first
    assert in_the_way.read_text() == "not a folder"


def test_the_entries_used_longest_ago_are_pruned(own_cache, monkeypatch):
    monkeypatch.setattr(user_cache, "LIMIT", 3)
    for number in range(3):
        user_cache.keep("kind", f"key{number}", [number])
        os.utime(own_cache / f"kind-key{number}.json", ns=(number * 10**9, number * 10**9))
    assert user_cache.recalled("kind", "key0") == [0]  # used now: kept
    user_cache.keep("kind", "key3", [3])
    assert sorted(path.name for path in own_cache.glob("*.json")) == \
        ["kind-key0.json", "kind-key2.json", "kind-key3.json"]
    assert user_cache.recalled("kind", "key1") is None
    assert not [path for path in own_cache.iterdir() if path.suffix != ".json"]  # no staging file left


def test_an_entry_is_only_taken_for_its_own_kind_and_key(own_cache):
    user_cache.keep("kind", "key", {"a": 1})
    assert user_cache.recalled("kind", "key") == {"a": 1}
    (own_cache / "other-key.json").write_bytes((own_cache / "kind-key.json").read_bytes())
    assert user_cache.recalled("other", "key") is None


def test_the_currency_codes_are_babels_whether_kept_or_not(own_cache):
    """The ISO 4217 codes a spec's money is checked against are read from
    Babel once, then from the user's cache; a damaged entry is read again."""
    from jdgen.jobspec import model

    model.currency_codes.cache_clear()
    read = model.currency_codes()
    assert "CNY" in read and "RMB" not in read
    model.currency_codes.cache_clear()
    assert model.currency_codes() == read
    for path in own_cache.glob("currencies-*.json"):
        path.write_text("[")
    model.currency_codes.cache_clear()
    assert model.currency_codes() == read
    assert json.loads(next(own_cache.glob("currencies-*.json")).read_text())["value"] == list(read)

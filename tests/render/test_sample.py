"""The sample specs a template is checked with: valid, maximal (every field
of the model given, every list of two or more) and, together, every shape."""

from __future__ import annotations

from typing import Any

from jdgen.fields import spots
from jdgen.jobspec.model import JobSpec
from jdgen.render.sample import MOST_LEVELS, sample_specs

SAMPLES = sample_specs()


def _values_at(data: Any, path: tuple[str, ...]) -> list[Any]:
    """The values at a field path (lists and mappings by level on the way leave no trace)."""
    if isinstance(data, list):
        return [value for item in data for value in _values_at(item, path)]
    if not path:
        return [data]
    if not isinstance(data, dict):
        return []
    if path[0] in data:
        return _values_at(data[path[0]], path[1:])
    return [value for key, item in data.items() if key.startswith("level") for value in _values_at(item, path)]


def _lists(data: Any) -> list[list]:
    if isinstance(data, list):
        return [data, *(found for item in data for found in _lists(item))]
    if isinstance(data, dict):
        return [found for item in data.values() for found in _lists(item)]
    return []


def test_every_sample_is_a_valid_spec():
    for data in SAMPLES:
        JobSpec.model_validate(data)


def test_every_field_of_the_model_is_given_in_some_sample():
    left_out = {("extends",), ("source_language",)}  # a sample is a file of its own, both languages inline
    missing = [spot.path for spot in spots(JobSpec) if spot.path not in left_out
               and spot.model.__name__ != "PositionLink"  # a sample names positions by title: it links to none
               and not any(_values_at(data, spot.path) for data in SAMPLES)]
    assert missing == []


def test_every_list_has_two_items_or_more():
    assert min(len(found) for data in SAMPLES for found in _lists(data)) >= 2


def test_the_samples_take_every_shape_and_level_count():
    assert any("items" in data["duties"][0] for data in SAMPLES)  # in groups
    assert any("zh" in data["duties"][0] for data in SAMPLES)  # one list of texts
    targets = {next(key for key in ("amount", "percent", "count", "number", "text") if key in measure["target"])
               for data in SAMPLES for category in data["indicators"]["quantitative"]
               for measure in category["measures"]}
    assert targets == {"amount", "percent", "count", "number", "text"}
    experience = [data["qualifications"]["experience"] for data in SAMPLES]
    assert any(isinstance(value, list) for value in experience)
    assert any(isinstance(value, dict) and set(value) == set(data["levels"])
               for value, data in zip(experience, SAMPLES, strict=True))
    assert {len(data["levels"]) for data in SAMPLES} == set(range(1, MOST_LEVELS + 1))

"""Every valid spec, of any shape the model allows, builds into Chinese,
English and bilingual documents that hold all of its texts and that Word
opens: valid against the OOXML schemas and Word's own rules; on either
built-in form (the corporate form shows fewer of the texts: all those it shows).

The budget (``SHAPES`` examples, plus the minimal spec) keeps the test to
well under a minute; ``JDGEN_SHAPES=500 pytest tests/test_any_shape.py``
runs a longer campaign.
"""

from __future__ import annotations

import contextlib
import os
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from jdgen.render.word_rules import check_docx
from tests.built_in_forms import TEMPLATES, shown_on
from tests.conftest import invoke
from tests.docx_reading import full_text, open_document
from tests.strategies import MINIMAL, spec_texts, specs

SHAPES = int(os.environ.get("JDGEN_SHAPES", "25"))
DOCUMENTS = {"zh": "zh", "en": "en", "bilingual": "zh+en"}

pytestmark = pytest.mark.slow  # builds every generated shape in three languages


@settings(max_examples=SHAPES, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(spec=MINIMAL, template="default")
@example(spec=MINIMAL, template="corporate")
@given(spec=specs(), template=st.sampled_from(TEMPLATES))
def test_any_valid_spec_builds_documents_with_all_its_texts(tmp_path_factory, spec, template):
    project = tmp_path_factory.mktemp("shape")
    (project / "specs").mkdir()
    (project / "specs" / "position.yaml").write_text(
        yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with contextlib.chdir(project):
        invoke("build", "--lang", ",".join(DOCUMENTS.values()), "--template", template)
    for folder in DOCUMENTS:
        path = project / "output" / folder / f"{spec['id']}.docx"
        assert check_docx(path.read_bytes()) == [], folder
        text = full_text(open_document(path)).casefold()
        languages = ["zh", "en"] if folder == "bilingual" else [folder]
        expected = [t for language in languages for t in spec_texts(shown_on(template, spec), language)]
        missing = [t for t in expected if t.casefold() not in text]
        assert not missing, f"{template}, {folder}: {missing}"
    shutil.rmtree(project)

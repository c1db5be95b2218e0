"""What an import does to older documents, shown with TEC's own upgrade."""

import pytest

from tec.guide.imports import every_element, sample_document, upgrade_steps
from tec.schemas import registry
from tec.schemas.upgrades import NEXT_VERSION, upgrade
from tec.schemas.validation import document_errors


@pytest.mark.parametrize("version", list(NEXT_VERSION))
@pytest.mark.parametrize("key", registry.KEYS)
def test_the_sample_documents_are_valid_in_their_own_version_and_upgrade_cleanly(key, version):
    document = sample_document(key, version)
    assert document_errors(key, document, version) == []
    assert document_errors(key, upgrade(key, document).document) == []


def test_every_step_lists_the_effects_of_the_upgrade_for_every_descriptor():
    steps = upgrade_steps()
    assert [(s.old, s.new) for s in steps] == list(NEXT_VERSION.items())
    effects = {(s.old, key): e for s in steps for key, e in s.effects.items()}
    assert set(effects) == {(v, k) for v in NEXT_VERSION for k in registry.KEYS}
    goal_ids = [e for e in effects[("1.0", "system_context")] if "goals[].id" in e.paths]
    assert goal_ids and "G-01" in goal_ids[0].message
    assert any("item_specification" in p for e in effects[("1.1", "data_pipeline")] for p in e.paths)
    assert effects[("1.0", "training_data")] == []


def test_row_numbers_become_every_element():
    assert every_element("goals[0].metric") == "goals[].metric"
    assert every_element("a[2].b[10].c") == "a[].b[].c"

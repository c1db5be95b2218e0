import pytest

from tec.accounts.completeness import completeness
from tec.schemas import layout, registry


def test_nothing_stored_is_zero_percent():
    result = completeness("system_context", None)
    assert (result.filled, result.percent) == (0, 0) and result.total == len(layout.stored_columns("system_context"))


@pytest.mark.parametrize("key", registry.KEYS)
def test_the_demo_documents_fill_their_schemas(key, valid_document):
    result = completeness(key, valid_document(key))
    assert result.total == len(layout.stored_columns(key))
    assert result.percent >= 90


def test_empty_strings_and_empty_lists_do_not_count_and_zero_and_false_do(valid_document):
    document = valid_document("development_environment")
    full = completeness("development_environment", document).filled
    document["programming_languages"] = []
    document["computing_resources"]["gpu"] = 0
    assert completeness("development_environment", document).filled == full - 1


def test_the_version_constant_is_not_a_field():
    assert completeness("raw_data", {"version": "1.2"}).filled == 0

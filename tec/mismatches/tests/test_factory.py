import pytest

from tec.mismatches.engine import evaluate
from tec.mismatches.tests.factory import post_processed, project, trained_model
from tec.schemas.validation import document_errors


@pytest.mark.parametrize("n", [1, 3])
def test_every_document_passes_its_schema(n):
    for key, document in project(n).items():
        assert document_errors(key, document) == [], key


def test_the_post_processed_model_passes_its_schema():
    assert document_errors("trained_model", post_processed(trained_model())) == []


@pytest.mark.parametrize("n", [1, 2, 5])
def test_the_project_has_no_mismatch_and_no_missing_field(n):
    assert evaluate(project(n)).as_dict() == {"mismatches": [], "missing_fields": []}


def test_the_post_processed_project_is_consistent_too():
    docs = project(trained_model=post_processed(trained_model()))
    assert evaluate(docs).as_dict() == {"mismatches": [], "missing_fields": []}

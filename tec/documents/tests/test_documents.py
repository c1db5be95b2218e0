import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tec.documents.models import Project, model_for
from tec.documents.validators import DocumentInvalid
from tec.schemas import loader, registry, strategies


def known_key_order(value, schema):
    """The schema-defined keys of every object, in the order they appear."""
    if isinstance(value, list):
        return [known_key_order(item, schema.get("items", {})) for item in value]
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return [(k, known_key_order(value[k], props[k])) for k in value if k in props]
    return None


DOCUMENTS = st.one_of(
    [st.tuples(st.just(key), strategies.for_schema(loader.load_schema(key), extras=True)) for key in registry.KEYS]
)


@pytest.mark.django_db
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_a_valid_document_comes_back_equal_in_schema_order(case):
    key, document = case
    with transaction.atomic():
        project = Project.objects.create(name="round trip", description="-")
        model_for(key).from_document(project, document).save()
        stored = model_for(key).objects.get(project=project).to_document()
        transaction.set_rollback(True)
    assert stored == document
    schema = loader.load_schema(key)
    assert known_key_order(stored, schema) == known_key_order(document, schema)
    assert list(stored)[: len(known_key_order(stored, schema))] == [k for k, _ in known_key_order(stored, schema)]


@pytest.mark.django_db
def test_an_invalid_document_is_refused_with_json_paths_and_nothing_is_written():
    project = Project.objects.create(name="p", description="-")
    document = {"version": "1.2", "goals": [{"id": "G-1", "goal": "g", "metric": "m", "baseline": "b"}, {"id": 7}]}
    with pytest.raises(DocumentInvalid) as raised:
        model_for("system_context").from_document(project, document)
    assert "goals[1].id: 7 is not of type 'string'" in raised.value.problems
    assert "task: this field is required" in raised.value.problems
    assert not model_for("system_context").objects.exists()


@pytest.mark.django_db
def test_saving_a_model_whose_columns_break_the_schema_is_refused():
    project = Project.objects.create(name="p", description="-")
    instance = model_for("raw_data")(project=project, dataset_name="only this")
    with pytest.raises(DocumentInvalid) as raised:
        instance.save()
    assert "dataset_identifier: this field is required" in raised.value.problems
    assert not model_for("raw_data").objects.exists()


@pytest.mark.django_db
def test_a_date_and_a_uri_are_checked_for_format():
    project = Project.objects.create(name="p", description="-")
    model = model_for("development_environment")
    with pytest.raises(DocumentInvalid) as raised:
        model.from_document(project, {"milestones": [{"milestone": "m", "milestone_date": "05/01/2024"}],
                                      "documentation": [{"description": "d", "location": "no uri"}]})
    assert "milestones[0].milestone_date: '05/01/2024' is not a 'date'" in raised.value.problems
    assert "documentation[0].location: 'no uri' is not a 'uri'" in raised.value.problems

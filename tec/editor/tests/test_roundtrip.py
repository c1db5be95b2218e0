"""Every field of every descriptor is reachable from the form: a maximal document goes in and comes back equal.

The document is generated from the schema with every optional key present, every list
holding rows (lists inside lists too) and keys the schema does not know; the test opens it
in the form, posts exactly what a browser would post, and compares what was stored.
"""

import copy

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings

from tec.documents.models import Project
from tec.documents.services import document_save
from tec.editor.tests.helpers import post_form
from tec.schemas import loader, registry, strategies


def maximal(schema):
    """The schema with every property required and every list non-empty."""
    schema = copy.deepcopy(schema)
    if schema.get("type") == "object":
        schema["required"] = list(schema.get("properties", {}))
        for key, sub in schema.get("properties", {}).items():
            schema["properties"][key] = maximal(sub)
    if schema.get("type") == "array":
        schema["minItems"] = max(1, schema.get("minItems", 0))
        schema["items"] = maximal(schema.get("items", {}))
    return schema


def without_carriage_returns(value):
    # Browsers send every line break of a text area as CRLF; TEC stores plain newlines.
    if isinstance(value, str):
        return value.replace("\r", "")
    if isinstance(value, list):
        return [without_carriage_returns(item) for item in value]
    if isinstance(value, dict):
        return {without_carriage_returns(k): without_carriage_returns(v) for k, v in value.items()}
    return value


def consistent(key, document):
    """Keeps the rules the editor adds to the schema: unique goal ids, ensembles, statistics on own fields."""
    if key == "system_context":
        for index, goal in enumerate(document["goals"]):
            goal["id"] = f"G-{index + 1:02d}"
    if key == "trained_model":
        document["ensemble"] = document["ensemble"] or len(document["model_components"]) > 1
    if key in ("training_data", "production_data"):
        names = [row["field_name"] for row in document["schema"] if row["field_name"]] or [""]
        for index, row in enumerate(document["statistics"]):
            row["field"] = names[index % len(names)]
    return document


def documents(key):
    return strategies.for_schema(maximal(loader.load_schema(key)), extras=True).map(
        lambda document: consistent(key, without_carriage_returns(document))
    )


@pytest.mark.django_db
@pytest.mark.parametrize("key", registry.KEYS)
def test_a_maximal_document_saved_through_the_form_comes_back_equal(key, owner, client):
    client.force_login(owner)
    project = Project.objects.get(memberships__user=owner)

    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(documents(key))
    def round_trip(document):
        with transaction.atomic():
            document_save(project=project, key=key, document=document)
            response = post_form(client, project, key)
            assert response.status_code == 302, response.content.decode()[-3000:]
            stored = project.stored_document(key).to_document()
            transaction.set_rollback(True)
        assert stored == document

    round_trip()

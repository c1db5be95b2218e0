"""Documents the reference tool wrote at versions 1.0 and 1.1 import as valid 1.2 documents."""

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings

from tec.exchange import services
from tec.exchange.importers import read_descriptor_file
from tec.exchange.tests.helpers import documents_of, json_file
from tec.schemas.validation import document_errors
from tec.test import make_project, make_user

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def stored_after_import(key, document):
    """(the stored document, what the importer read) after importing document into a fresh project."""
    with transaction.atomic():
        imported = read_descriptor_file(key, "old.json", json_file(document))
        plan = services.import_plan(imported=imported, project=make_project("Upgraded"))
        project = services.import_apply(plan=plan, user=make_user("someone"))
        stored = project.stored_document(key).to_document()
        transaction.set_rollback(True)
    return stored, imported.documents[key]


def check_upgraded(case, version):
    key, document = case
    stored, imported = stored_after_import(key, document)
    assert stored["version"] == "1.2" and document_errors(key, stored) == []
    assert imported.from_version == version and imported.changes


@pytest.mark.django_db
@EXAMPLES
@given(documents_of("1.0"))
def test_any_valid_1_0_document_is_stored_as_a_valid_1_2_document(case):
    check_upgraded(case, "1.0")


@pytest.mark.django_db
@EXAMPLES
@given(documents_of("1.1"))
def test_any_valid_1_1_document_is_stored_as_a_valid_1_2_document(case):
    check_upgraded(case, "1.1")

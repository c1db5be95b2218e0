"""Export -> import into a new project -> export again gives identical files (JSON, bundle, zip)."""

import json

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tec.documents.services import document_save
from tec.exchange import services
from tec.exchange.exporters import DESCRIPTOR_EXPORTERS, PROJECT_EXPORTERS
from tec.exchange.importers import read_descriptor_file, read_project_file
from tec.exchange.tests.helpers import DEMO_BUNDLE, maximal_documents
from tec.schemas import registry
from tec.test import make_project, make_user

EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])


def reimport_project(export, owner):
    """Imports a project export as a new project under the same name, as on another installation."""
    original = services.Project.objects.get(name=_project_name(export))
    original.name, original.slug = original.name + " (old)", original.slug + "-old"
    original.save()
    plan = services.import_plan(imported=read_project_file(export.filename, export.content))
    return services.import_apply(plan=plan, user=owner)


def _project_name(export):
    return export.filename.rsplit(".", 1)[0]


@pytest.mark.parametrize("identifier", ["bundle", "zip"])
def test_the_demo_project_survives_a_round_trip(filled, cast, identifier):
    first = PROJECT_EXPORTERS[identifier].render(filled)
    copy = reimport_project(first, cast.owner)
    second = PROJECT_EXPORTERS[identifier].render(copy)
    assert copy.pk != filled.pk
    assert (second.filename, second.content) == (first.filename, first.content)


def test_every_demo_descriptor_survives_a_round_trip_as_json(filled, cast):
    target = make_project("Target")
    for key in registry.KEYS:
        first = DESCRIPTOR_EXPORTERS["json"](key).render(filled)
        plan = services.import_plan(imported=read_descriptor_file(key, first.filename, first.content), project=target)
        services.import_apply(plan=plan, user=cast.owner)
        assert DESCRIPTOR_EXPORTERS["json"](key).render(target).content == first.content


def _in_rollback(check):
    with transaction.atomic():
        check()
        transaction.set_rollback(True)


@pytest.mark.django_db
@EXAMPLES
@given(maximal_documents(extras=True))
def test_a_maximal_generated_descriptor_survives_a_round_trip_as_json(case):
    key, document = case

    def check():
        owner = make_user("someone")
        source, target = make_project("Source"), make_project("Target")
        document_save(project=source, key=key, document=document)
        first = DESCRIPTOR_EXPORTERS["json"](key).render(source)
        plan = services.import_plan(imported=read_descriptor_file(key, first.filename, first.content), project=target)
        services.import_apply(plan=plan, user=owner)
        assert DESCRIPTOR_EXPORTERS["json"](key).render(target).content == first.content
    _in_rollback(check)


@pytest.mark.django_db
@EXAMPLES
@given(maximal_documents(extras=True), st.sampled_from(["bundle", "zip"]))
def test_a_project_with_a_maximal_generated_descriptor_survives_a_round_trip(case, identifier):
    key, generated = case
    documents = {**json.loads(DEMO_BUNDLE.read_text(encoding="utf-8"))["descriptors"], key: generated}

    def check():
        owner = make_user("someone")
        source = make_project("Generated", point_of_contact="=cmd|' /C calc'!A0")
        for descriptor, document in documents.items():
            document_save(project=source, key=descriptor, document=document)
        first = PROJECT_EXPORTERS[identifier].render(source)
        second = PROJECT_EXPORTERS[identifier].render(reimport_project(first, owner))
        assert second.content == first.content
    _in_rollback(check)

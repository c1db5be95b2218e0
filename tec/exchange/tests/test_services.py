import datetime

import pytest
from django.utils import timezone

from tec.accounts.models import Membership
from tec.documents.models import Project
from tec.documents.validators import DocumentInvalid
from tec.exchange import services
from tec.exchange.importers import ImportRefused, read_descriptor_file, read_project_file
from tec.exchange.models import PendingImport
from tec.exchange.tests.helpers import json_file
from tec.schemas import registry


def bundle_file(bundle, name="demo.json"):
    return read_project_file(name, json_file(bundle))


def test_the_plan_says_what_happens_to_each_descriptor(cast, demo_bundle):
    from tec.documents.services import document_save

    descriptors = demo_bundle["descriptors"]
    document_save(project=cast.project, key="raw_data", document=descriptors["raw_data"])
    changed = dict(descriptors["trained_model"], model_name="Other name")
    document_save(project=cast.project, key="trained_model", document=changed)
    document_save(project=cast.project, key="production_data", document=descriptors["production_data"])
    demo_bundle["descriptors"]["production_data"] = None
    plan = services.import_plan(imported=bundle_file(demo_bundle), project=cast.project)
    actions = {row.key: row.action for row in plan.rows}
    assert actions["raw_data"] == "unchanged" and actions["trained_model"] == "replace"
    assert actions["system_context"] == "create" and actions["production_data"] == "keep"
    replaced = next(row for row in plan.rows if row.key == "trained_model")
    assert [(c.kind, c.path) for c in replaced.field_changes] == [("changed", "model_name")]
    assert {row.key for row in plan.writes} == set(registry.KEYS) - {"raw_data", "production_data"}


def test_applying_saves_only_what_changes_with_the_file_name_as_message(cast, demo_bundle, monkeypatch):
    from tec.documents.services import document_save

    document_save(project=cast.project, key="raw_data", document=demo_bundle["descriptors"]["raw_data"])
    calls = []
    monkeypatch.setattr(services, "document_save", lambda **kw: calls.append(kw) or document_save(**kw))
    plan = services.import_plan(imported=bundle_file(demo_bundle), project=cast.project)
    services.import_apply(plan=plan, user=cast.owner)
    assert len(calls) == 7 and "raw_data" not in [c["key"] for c in calls]
    assert {(c["message"], c["user"]) for c in calls} == {("demo.json", cast.owner)}
    assert cast.project.documents() == demo_bundle["descriptors"]


def test_an_import_that_fails_halfway_writes_nothing(cast, demo_bundle, monkeypatch):
    from tec.documents.services import document_save

    def fail_on_the_third(**kwargs):
        if len(saved) == 2:
            raise DocumentInvalid(["task: simulated failure"])
        saved.append(kwargs["key"])
        return document_save(**kwargs)

    saved = []
    monkeypatch.setattr(services, "document_save", fail_on_the_third)
    plan = services.import_plan(imported=bundle_file(demo_bundle), project=cast.project)
    with pytest.raises(ImportRefused, match="cannot be stored"):
        services.import_apply(plan=plan, user=cast.owner)
    assert saved and all(document is None for document in cast.project.documents().values())


def test_a_new_project_is_created_with_the_importer_as_owner(cast, demo_bundle):
    plan = services.import_plan(imported=bundle_file(demo_bundle))
    project = services.import_apply(plan=plan, user=cast.developer)
    assert project.name == "Road Sign Classifier"
    assert project.point_of_contact == demo_bundle["project"]["point_of_contact"]
    assert Membership.objects.get(project=project, user=cast.developer).is_owner
    assert project.documents() == demo_bundle["descriptors"]


def test_a_new_project_may_not_take_an_existing_name(cast, demo_bundle):
    demo_bundle["project"]["name"] = "ALPHA"
    with pytest.raises(ImportRefused, match="a project named 'ALPHA' exists already"):
        services.import_plan(imported=bundle_file(demo_bundle))


def test_the_form_can_rename_and_describe_the_new_project(demo_bundle, db):
    plan = services.import_plan(imported=bundle_file(demo_bundle), details={"name": "Copy", "description": "d"})
    assert plan.details.name == "Copy" and plan.details.description == "d"
    assert plan.details.point_of_contact == demo_bundle["project"]["point_of_contact"]


def test_a_file_without_project_details_names_the_project_after_itself(demo_bundle, db):
    imported = read_descriptor_file("raw_data", "My data.json", json_file(demo_bundle["descriptors"]["raw_data"]))
    details = services.new_project_details(imported, {})
    assert details.name == "My data" and details.description == "Imported from My data.json."


def test_a_bad_upload_is_not_kept(cast):
    with pytest.raises(ImportRefused):
        services.pending_import_create(user=cast.owner, file_name="x.json", content=b"nope", project=cast.project)
    assert not PendingImport.objects.exists()


def test_a_kept_upload_is_read_again_in_full_when_confirmed(cast, demo_bundle):
    pending = services.pending_import_create(user=cast.owner, file_name="demo.json",
                                             content=json_file(demo_bundle), project=cast.project)
    PendingImport.objects.filter(pk=pending.pk).update(content=b'{"project": 1}')
    pending.refresh_from_db()
    with pytest.raises(ImportRefused, match="missing key .descriptors."):
        services.pending_import_plan(pending)


def test_uploads_older_than_a_day_expire(cast, demo_bundle):
    old = services.pending_import_create(user=cast.owner, file_name="demo.json", content=json_file(demo_bundle),
                                         project=cast.project)
    PendingImport.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(hours=25))
    assert not services.pending_imports_alive().filter(pk=old.pk).exists()
    services.pending_import_create(user=cast.owner, file_name="demo.json", content=json_file(demo_bundle),
                                   project=cast.project)
    assert not PendingImport.objects.filter(pk=old.pk).exists()


def test_the_summary_message_counts_what_happened(cast, demo_bundle):
    plan = services.import_plan(imported=bundle_file(demo_bundle), project=cast.project)
    assert services.import_summary(plan) == "Imported demo.json into Alpha: 8 created."
    assert Project.objects.count() == 1


def test_an_empty_description_in_a_bundle_stays_empty_so_a_round_trip_keeps_it(demo_bundle, db):
    demo_bundle["project"]["description"] = ""
    assert services.import_plan(imported=bundle_file(demo_bundle)).details.description == ""

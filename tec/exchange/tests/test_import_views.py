import copy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tec.accounts.models import Membership
from tec.documents.models import Project, Revision
from tec.exchange.limits import MAX_UPLOAD_BYTES
from tec.exchange.models import PendingImport
from tec.exchange.tests.helpers import json_file, zip_of
from tec.schemas import registry


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def descriptor_import_url(project, key):
    return reverse("exchange_descriptor_import", args=[project.slug, key])


def project_import_url(project):
    return reverse("exchange_project_import", args=[project.slug])


def confirm(client, response):
    """Follows an upload to its confirmation page and confirms it."""
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(response["Location"])
    return client.post(response["Location"], {"state": page.context["plan"].state})


@pytest.fixture
def as_owner(client, cast):
    client.force_login(cast.owner)
    return client


def test_an_owner_imports_a_descriptor_after_confirming(as_owner, project, demo_bundle):
    raw = demo_bundle["descriptors"]["raw_data"]
    response = as_owner.post(descriptor_import_url(project, "raw_data"), {"file": upload("raw.json", json_file(raw))})
    page = as_owner.get(response["Location"])
    assert page.status_code == 200 and 'data-action="create"' in page.content.decode()
    assert project.stored_document("raw_data") is None
    done = as_owner.post(response["Location"], {"state": page.context["plan"].state}, follow=True)
    assert done.redirect_chain[-1][0] == project.get_absolute_url()
    assert "Imported raw.json into Alpha: 1 created." in done.content.decode()
    assert project.stored_document("raw_data").to_document() == raw
    assert not PendingImport.objects.exists()
    revision = Revision.objects.get(project=project, descriptor_key="raw_data")
    assert (revision.message, revision.author) == ("raw.json", project.memberships.get(is_owner=True).user)


def test_the_confirmation_of_one_descriptor_lists_only_that_descriptor(as_owner, project, demo_bundle):
    raw = demo_bundle["descriptors"]["raw_data"]
    response = as_owner.post(descriptor_import_url(project, "raw_data"), {"file": upload("raw.json", json_file(raw))})
    page = as_owner.get(response["Location"]).content.decode()
    assert page.count("data-descriptor=") == 1 and 'data-descriptor="raw_data" data-action="create"' in page
    assert "Not in the file" not in page


def test_pasted_json_is_imported_too(as_owner, project, demo_bundle):
    text = json_file(demo_bundle["descriptors"]["raw_data"]).decode()
    confirm(as_owner, as_owner.post(descriptor_import_url(project, "raw_data"), {"text": text}))
    assert project.stored_document("raw_data") is not None


def test_a_bad_file_is_shown_with_its_name_and_nothing_is_kept(as_owner, project):
    response = as_owner.post(descriptor_import_url(project, "raw_data"), {"file": upload("raw.json", b"{oops")})
    page = response.content.decode()
    assert response.status_code == 200 and "data-refusal" in page
    assert "raw.json: the file is not JSON: Expecting property name enclosed in double quotes" in page
    assert not PendingImport.objects.exists() and project.stored_document("raw_data") is None


def test_an_oversized_or_empty_upload_is_refused_before_it_is_read(as_owner, project):
    big = as_owner.post(descriptor_import_url(project, "raw_data"),
                        {"file": upload("big.json", b" " * (MAX_UPLOAD_BYTES + 1))})
    assert "big.json: the file is 5.01 MB; uploads may be at most 5 MB." in big.content.decode()
    empty = as_owner.post(descriptor_import_url(project, "raw_data"), {"file": upload("empty.json", b"")})
    assert "empty.json: the file is empty." in empty.content.decode()
    assert not PendingImport.objects.exists()


@pytest.mark.parametrize("who, expected", [("developer", 403), ("integrator", 403), ("outsider", 404)])
def test_only_owners_may_import_a_project_file(client, cast, project, who, expected):
    client.force_login(getattr(cast, who))
    assert client.get(project_import_url(project)).status_code == expected


@pytest.mark.parametrize("who, expected", [("developer", 200), ("integrator", 403), ("outsider", 404)])
def test_a_descriptor_file_is_imported_by_its_producers_or_owners(client, cast, project, who, expected):
    client.force_login(getattr(cast, who))
    assert client.get(descriptor_import_url(project, "raw_data")).status_code == expected


def test_someone_elses_upload_cannot_be_seen_or_confirmed(client, cast, project, demo_bundle):
    client.force_login(cast.owner)
    response = client.post(project_import_url(project), {"file": upload("demo.json", json_file(demo_bundle))})
    Membership.objects.filter(project=project, user=cast.developer).update(is_owner=True)
    client.force_login(cast.developer)
    assert client.get(response["Location"]).status_code == 404
    assert client.post(response["Location"], {"state": "x"}).status_code == 404


def test_an_owner_who_lost_the_right_cannot_confirm(client, cast, project, demo_bundle):
    client.force_login(cast.owner)
    response = client.post(project_import_url(project), {"file": upload("demo.json", json_file(demo_bundle))})
    Membership.objects.filter(project=project, user=cast.owner).update(is_owner=False, team=cast.developer.memberships.get().team)
    assert client.get(response["Location"]).status_code == 403


def test_a_project_changed_since_the_page_was_shown_is_asked_again(as_owner, project, demo_bundle):
    from tec.documents.services import document_save

    response = as_owner.post(project_import_url(project), {"file": upload("demo.json", json_file(demo_bundle))})
    state = as_owner.get(response["Location"]).context["plan"].state
    other = dict(demo_bundle["descriptors"]["raw_data"], dataset_name="edited meanwhile")
    document_save(project=project, key="raw_data", document=other)
    again = as_owner.post(response["Location"], {"state": state})
    assert again.status_code == 200 and "The project changed since this page was shown" in again.content.decode()
    assert project.stored_document("trained_model") is None
    assert 'data-descriptor="raw_data" data-action="replace"' in again.content.decode()


def test_cancelling_forgets_the_upload(as_owner, project, demo_bundle):
    response = as_owner.post(project_import_url(project), {"file": upload("demo.json", json_file(demo_bundle))})
    token = PendingImport.objects.get().token
    done = as_owner.post(reverse("exchange_import_cancel", args=[token]), follow=True)
    assert done.redirect_chain[-1][0] == project.get_absolute_url()
    assert "Nothing was imported from demo.json." in done.content.decode()
    assert not PendingImport.objects.exists() and as_owner.get(response["Location"]).status_code == 404


def test_a_bundle_into_a_project_replaces_only_what_it_holds_and_lists_the_upgrade(as_owner, project, demo_bundle):
    from tec.documents.services import document_save

    document_save(project=project, key="raw_data", document=demo_bundle["descriptors"]["raw_data"])
    old_environment = copy.deepcopy(demo_bundle["descriptors"]["production_environment"])
    old_environment["version"] = "1.0"
    del old_environment["deployment_platform"], old_environment["deployment_mechanism"]
    bundle = {"project": {"name": "Other", "description": "", "point_of_contact": ""},
              "descriptors": {**dict.fromkeys(registry.KEYS), "production_environment": old_environment}}
    response = as_owner.post(project_import_url(project), {"file": upload("old.json", json_file(bundle))})
    page = as_owner.get(response["Location"]).content.decode()
    assert 'data-descriptor="raw_data" data-action="keep"' in page
    assert 'data-descriptor="production_environment" data-action="create"' in page
    assert 'data-upgraded="production_environment"' in page and "<code>deployment_platform</code>" in page
    assert page.count('data-upgrade-change="added"') == 2
    confirm(as_owner, response)
    project.refresh_from_db()
    assert project.name == "Alpha"
    assert project.stored_document("production_environment").to_document()["deployment_platform"] == ""
    assert project.stored_document("raw_data").to_document() == demo_bundle["descriptors"]["raw_data"]


def test_a_reference_zip_becomes_a_new_project_owned_by_the_importer(client, cast, demo_bundle):
    entries = [(f"Demo - {registry.get(key).label}.json", json_file(document))
               for key, document in demo_bundle["descriptors"].items()]
    client.force_login(cast.outsider)
    response = client.post(reverse("exchange_new_project_import"),
                           {"file": upload("Demo.zip", zip_of(entries)), "point_of_contact": "Kim"})
    page = client.get(response["Location"]).content.decode()
    assert "As a new project named <strong>Demo</strong>" in page
    done = confirm(client, response)
    project = Project.objects.get(name="Demo")
    assert done["Location"] == project.get_absolute_url()
    assert project.point_of_contact == "Kim" and project.description == "Imported from Demo.zip."
    assert Membership.objects.get(project=project, user=cast.outsider).is_owner
    assert project.documents() == demo_bundle["descriptors"]


def test_a_new_project_with_a_taken_name_is_refused_on_upload(client, cast, demo_bundle):
    demo_bundle["project"]["name"] = "alpha"
    client.force_login(cast.owner)
    response = client.post(reverse("exchange_new_project_import"), {"file": upload("a.json", json_file(demo_bundle))})
    assert "a.json: a project named &#x27;alpha&#x27; exists already" in response.content.decode()
    renamed = client.post(reverse("exchange_new_project_import"),
                          {"file": upload("a.json", json_file(demo_bundle)), "name": "Alpha 2"})
    confirm(client, renamed)
    assert Project.objects.filter(name="Alpha 2").exists()


def test_the_upload_pages_render(as_owner, project):
    for url in (descriptor_import_url(project, "raw_data"), project_import_url(project),
                reverse("exchange_new_project_import")):
        response = as_owner.get(url)
        assert response.status_code == 200 and 'enctype="multipart/form-data"' in response.content.decode()


def test_the_file_choosers_offer_only_the_files_each_page_takes(as_owner, project):
    descriptor_page = as_owner.get(descriptor_import_url(project, "raw_data")).content.decode()
    assert 'accept=".json,application/json"' in descriptor_page
    for url in (project_import_url(project), reverse("exchange_new_project_import")):
        assert 'accept=".json,.zip,application/json,application/zip"' in as_owner.get(url).content.decode()

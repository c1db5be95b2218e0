from django.urls import reverse

from tec.accounts.models import Event, Membership
from tec.documents.models import Project


def test_any_logged_in_user_creates_a_project_and_becomes_its_owner(client, outsider):
    client.force_login(outsider)
    response = client.post(reverse("project_create"), {"name": "Gamma", "description": "New.", "point_of_contact": ""})
    project = Project.objects.get(name="Gamma")
    assert response["Location"] == project.get_absolute_url()
    assert Membership.objects.get(project=project).user == outsider
    assert Membership.objects.get(project=project).is_owner
    assert project.ownerships.count() == 8


def test_a_project_name_must_be_unique_whatever_its_case(client, cast):
    client.force_login(cast.outsider)
    response = client.post(reverse("project_create"), {"name": " alpha ", "description": "Again."})
    assert response.status_code == 200
    assert "There is already a project called “alpha”" in response.content.decode()


def test_a_project_called_new_gets_a_slug_that_does_not_hide_the_new_project_page(client, outsider):
    client.force_login(outsider)
    client.post(reverse("project_create"), {"name": "New", "description": "x"})
    assert Project.objects.get(name="New").slug != "new"
    assert client.get(reverse("project_create")).status_code == 200


def test_owners_rename_a_project_and_its_address_stays(client, cast):
    client.force_login(cast.owner)
    data = {"name": "Alpha Two", "slug": cast.project.slug, "description": "d", "point_of_contact": "Ann"}
    response = client.post(reverse("project_settings", args=[cast.project.slug]), data)
    cast.project.refresh_from_db()
    assert response.status_code == 302
    assert (cast.project.name, cast.project.slug, cast.project.point_of_contact) == ("Alpha Two", "alpha", "Ann")
    assert Event.objects.filter(verb="project_changed", detail__contains="name").exists()


def test_owners_may_change_the_address_but_not_to_a_taken_or_reserved_one(client, cast):
    Project.objects.create(name="Beta", description="-")
    client.force_login(cast.owner)
    url = reverse("project_settings", args=[cast.project.slug])
    for taken in ("beta", "new"):
        response = client.post(url, {"name": "Alpha", "slug": taken, "description": "d"})
        assert response.status_code == 200 and "web address" in response.content.decode()
    client.post(url, {"name": "Alpha", "slug": "alpha-renamed", "description": "d"})
    assert Project.objects.filter(slug="alpha-renamed").exists()


def test_members_who_are_not_owners_may_not_change_the_project(client, cast):
    client.force_login(cast.integrator)
    assert client.get(reverse("project_settings", args=[cast.project.slug])).status_code == 403
    assert client.post(reverse("project_delete", args=[cast.project.slug])).status_code == 403


def test_the_delete_page_names_what_will_be_lost(client, cast, valid_document):
    from tec.documents.services import document_save

    document_save(project=cast.project, key="raw_data", document=valid_document("raw_data"), user=cast.developer)
    client.force_login(cast.owner)
    page = client.get(reverse("project_delete", args=[cast.project.slug])).content.decode()
    assert "1 descriptor: Raw Data" in page and "4 memberships" in page and "activity history" in page


def test_deleting_needs_the_projects_name_typed(client, cast):
    client.force_login(cast.owner)
    url = reverse("project_delete", args=[cast.project.slug])
    assert client.post(url, {"confirm_name": "alpha"}).status_code == 200
    assert Project.objects.filter(pk=cast.project.pk).exists()
    assert client.post(url, {"confirm_name": "Alpha"})["Location"] == reverse("home")
    assert not Project.objects.filter(pk=cast.project.pk).exists()


def test_the_project_list_shows_only_my_projects(client, cast):
    Project.objects.create(name="Secret", description="-")
    client.force_login(cast.developer)
    page = client.get(reverse("project_list")).content.decode()
    assert "Alpha" in page and "Secret" not in page


def test_the_trail_records_a_rename_with_the_old_and_the_new_name(client, cast):
    client.force_login(cast.owner)
    data = {"name": "Alpha Two", "slug": cast.project.slug, "description": "Changed.", "point_of_contact": ""}
    client.post(reverse("project_settings", args=[cast.project.slug]), data)
    event = Event.objects.get(verb="project_changed")
    assert event.detail == "description; name: Alpha → Alpha Two"

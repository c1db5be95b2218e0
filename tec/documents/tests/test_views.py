import pytest
from django.core.management import call_command
from django.urls import reverse

from tec.documents.models import Project
from tec.schemas import registry


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    return Project.objects.get(name="Road Sign Classifier")


def test_pages_need_a_login(client, demo):
    for url in (reverse("project_list"), demo.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_demo_user_logs_in_and_sees_the_demo_project(client, demo):
    response = client.post(reverse("login"), {"username": "developer", "password": "tec-demo-2026"}, follow=True)
    assert response.status_code == 200
    assert "Road Sign Classifier" in response.content.decode()
    assert "8 of 8" in response.content.decode()


def test_the_project_page_lists_all_eight_descriptors_and_whether_each_is_filled(client, demo, django_user_model):
    demo.production_data.delete()
    client.force_login(django_user_model.objects.get(username="operator"))
    page = client.get(demo.get_absolute_url()).content.decode()
    for descriptor in registry.DESCRIPTORS:
        assert f'data-descriptor="{descriptor.key}"' in page and descriptor.label in page
    assert page.count('data-status="not_started"') == 1
    assert 'data-status="not_started"' in page.split('data-descriptor="production_data"')[1].split("</tr>")[0]


def test_the_project_list_takes_a_fixed_number_of_queries(client, demo, django_user_model, django_assert_max_num_queries):
    for n in range(5):
        Project.objects.create(name=f"extra {n}", description="-")
    client.force_login(django_user_model.objects.get(username="developer"))
    with django_assert_max_num_queries(4):
        assert client.get(reverse("project_list")).status_code == 200


def test_seeding_twice_changes_nothing(demo):
    before = demo.documents()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert Project.objects.count() == 1
    assert Project.objects.get().documents() == before


def test_every_demo_document_is_valid_and_all_eight_are_filled(demo):
    documents = demo.documents()
    assert set(documents) == set(registry.KEYS) and all(documents.values())


def test_an_unknown_project_is_404(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(username="developer"))
    assert client.get(reverse("project_detail", args=["nope"])).status_code == 404


def test_healthz_answers_without_login(client, db):
    assert client.get("/healthz").content == b"ok"


def test_producers_are_offered_the_import_of_their_own_descriptors_only(client, cast):
    client.force_login(cast.developer)
    page = client.get(cast.project.get_absolute_url()).content.decode()
    for descriptor in registry.DESCRIPTORS:
        row = page.split(f'data-descriptor="{descriptor.key}"')[1].split("</tr>")[0]
        url = reverse("exchange_descriptor_import", args=[cast.project.slug, descriptor.key])
        assert (url in row) is (descriptor.default_team == "development"), descriptor.key
        if url in row:
            assert client.get(url).status_code == 200


def test_every_demo_revision_and_trail_entry_names_a_person(demo):
    from tec.accounts.models import Event
    from tec.documents.models import Revision

    assert not Revision.objects.filter(project=demo, author=None).exists()
    assert not Event.objects.filter(project=demo, actor=None).exists()

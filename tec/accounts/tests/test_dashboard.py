import re

from django.urls import reverse

from tec.accounts.workflow import descriptor_transition, document_saved
from tec.test import add_member, make_cast


def review_ready(cast, key, editor):
    document_saved(cast.project, key, editor)
    descriptor_transition(project=cast.project, key=key, user=editor, name="submit")


def test_home_leads_logged_in_users_to_the_dashboard(client, cast):
    client.force_login(cast.developer)
    assert client.get(reverse("home"))["Location"] == reverse("dashboard")


def test_the_dashboard_shows_a_grid_of_the_eight_descriptors_per_project(client, cast):
    client.force_login(cast.developer)
    page = client.get(reverse("dashboard")).content.decode()
    assert cast.project.name in page
    assert page.count("<tr data-descriptor=") == 8
    assert "Model Development" in page and "Open mismatches" in page


def test_the_dashboard_lists_reviews_waiting_for_my_team(client, cast):
    review_ready(cast, "system_context", cast.integrator)
    client.force_login(cast.developer)
    waiting = client.get(reverse("dashboard")).context["waiting"]
    assert [item.cell.key for item in waiting["reviews"]] == ["system_context"]
    client.force_login(cast.integrator)
    assert client.get(reverse("dashboard")).context["waiting"]["reviews"] == []


def test_the_dashboard_lists_changes_requested_of_my_team(client, cast):
    review_ready(cast, "trained_model", cast.developer)
    descriptor_transition(project=cast.project, key="trained_model", user=cast.operator, name="request_changes",
                          comment="Say which GPU.")
    client.force_login(cast.developer)
    waiting = client.get(reverse("dashboard")).context["waiting"]
    assert [item.cell.key for item in waiting["changes"]] == ["trained_model"]
    client.force_login(cast.operator)
    assert client.get(reverse("dashboard")).context["waiting"]["changes"] == []


def test_the_dashboard_shows_only_my_projects(client, cast):
    other = make_cast("Beta", prefix="b-")
    client.force_login(cast.developer)
    page = client.get(reverse("dashboard")).content.decode()
    assert other.project.name not in page


def test_the_dashboard_takes_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    for n in range(6):
        extra = make_cast(f"Extra {n}", prefix=f"x{n}-")
        add_member(extra.project, cast.developer, "development")
        review_ready(extra, "system_context", extra.integrator)
    client.force_login(cast.developer)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("dashboard"))
    assert len(response.context["grids"]) == 7 and len(response.context["waiting"]["reviews"]) == 6


def test_the_project_page_shows_status_team_and_completeness(client, cast, valid_document):
    from tec.documents.services import document_save

    document_save(project=cast.project, key="raw_data", document=valid_document("raw_data"), user=cast.developer)
    client.force_login(cast.operator)
    page = client.get(cast.project.get_absolute_url()).content.decode()
    row = page.split('data-descriptor="raw_data"')[1].split("</tr>")[0]
    assert 'data-status="draft"' in row and "Model Development" in row and "100%" in row


def test_the_project_page_takes_a_fixed_number_of_queries(client, cast, valid_document, django_assert_max_num_queries):
    from tec.documents.services import document_save

    for key in ("raw_data", "training_data", "trained_model"):
        document_save(project=cast.project, key=key, document=valid_document(key), user=cast.developer)
    client.force_login(cast.operator)
    with django_assert_max_num_queries(20):
        assert client.get(cast.project.get_absolute_url()).status_code == 200


def test_a_user_in_no_project_learns_how_to_join_and_where_to_start(client, outsider):
    client.force_login(outsider)
    page = client.get(reverse("dashboard")).content.decode()
    assert 'id="getting-started"' in page and f"<strong>{outsider.username}</strong>" in page
    for name in ("guide_intro", "guide_producers", "project_create"):
        assert f'href="{reverse(name)}"' in page


def test_open_mismatch_counts_lead_to_the_report_and_none_reads_as_a_dash(client, db, django_user_model):
    from django.core.management import call_command

    call_command("seed_demo", stdout=open("/dev/null", "w"))
    client.force_login(django_user_model.objects.get(username="developer"))
    page = client.get(reverse("dashboard")).content.decode()
    cells = dict(re.findall(r'<tr data-descriptor="(\w+)">.*?<td data-column="mismatches">(.*?)</td>', page, re.S))
    report = reverse("mismatch_report", args=["road-sign-classifier"])
    assert f'href="{report}"' in cells["trained_model"]
    assert cells["raw_data"] == "—"

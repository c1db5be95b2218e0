import io
import json
import zipfile

import pytest
from django.urls import reverse

from tec.test import make_cast


def project_url(project, identifier):
    return reverse("exchange_project_export", args=[project.slug, identifier])


def descriptor_url(project, key, identifier):
    return reverse("exchange_descriptor_export", args=[project.slug, key, identifier])


@pytest.mark.parametrize("who, expected", [("owner", 200), ("developer", 200), ("operator", 200), ("outsider", 404)])
def test_members_may_download_and_outsiders_see_nothing(client, filled, cast, who, expected):
    client.force_login(getattr(cast, who))
    for url in (project_url(filled, "bundle"), project_url(filled, "zip"),
                descriptor_url(filled, "raw_data", "json"), descriptor_url(filled, "raw_data", "csv")):
        assert client.get(url).status_code == expected


def test_downloads_need_a_login(client, filled):
    response = client.get(project_url(filled, "bundle"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_descriptor_json_download_is_the_stored_document(client, filled, cast):
    client.force_login(cast.developer)
    response = client.get(descriptor_url(filled, "trained_model", "json"))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="Alpha - Trained Model.json"'
    assert json.loads(response.content) == filled.trained_model.to_document()


def test_the_csv_download_opens_in_a_spreadsheet(client, filled, cast):
    client.force_login(cast.developer)
    response = client.get(descriptor_url(filled, "system_context", "csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbfpath,label,value\r\n")


def test_the_zip_download_holds_one_file_per_filled_descriptor(client, filled, cast):
    client.force_login(cast.integrator)
    response = client.get(project_url(filled, "zip"))
    assert response["Content-Disposition"] == 'attachment; filename="Alpha.zip"'
    assert len(zipfile.ZipFile(io.BytesIO(response.content)).namelist()) == 8


def test_an_unknown_format_or_descriptor_is_404(client, filled, cast):
    client.force_login(cast.owner)
    assert client.get(project_url(filled, "pdf")).status_code == 404
    assert client.get(descriptor_url(filled, "raw_data", "xml")).status_code == 404
    assert client.get(descriptor_url(filled, "deployment_plan", "json")).status_code == 404


def test_an_empty_descriptor_leads_back_to_the_project_with_a_note(client, project, cast):
    client.force_login(cast.owner)
    response = client.get(descriptor_url(project, "raw_data", "json"), follow=True)
    assert response.redirect_chain[-1][0] == project.get_absolute_url()
    assert "Nothing to download: Alpha has no saved Raw Data yet." in response.content.decode()


def test_the_summary_lists_only_the_projects_the_user_is_on(client, filled, cast):
    make_cast("Beta", prefix="b-")
    client.force_login(cast.operator)
    response = client.get(reverse("exchange_summary_export"))
    lines = response.content.decode("utf-8-sig").splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(lines) == 2 and lines[1].startswith("Alpha,")


def test_the_summary_takes_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    from tec.accounts.members import member_add

    for n in range(6):
        member_add(project=make_cast(f"P{n}", prefix=f"p{n}-").project, user=cast.operator, team=None, is_owner=True)
    client.force_login(cast.operator)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("exchange_summary_export")).status_code == 200

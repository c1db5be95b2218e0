from django.urls import reverse

from tec.exchange.tests.helpers import entries_of
from tec.test import make_project, make_user


def test_staff_download_a_backup_of_the_selected_projects(client, filled):
    beta = make_project("Beta")
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))
    response = client.post(reverse("admin:documents_project_changelist"),
                           {"action": "backup_export", "_selected_action": [filled.pk, beta.pk]})
    assert response["Content-Type"] == "application/zip"
    assert list(entries_of(response.content)) == ["alpha.json", "beta.json"]


def test_waiting_uploads_are_listed_read_only(client, db):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))
    assert client.get(reverse("admin:exchange_pendingimport_changelist")).status_code == 200

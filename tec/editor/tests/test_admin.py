import json

import pytest
from django.urls import reverse

from tec.documents.models import Revision, model_for
from tec.editor.tests.browserlike import form_data, submit
from tec.editor.tests.helpers import demo_document, store

SC, TM = "system_context", "trained_model"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")


def change_url(project, key):
    instance = model_for(key).objects.get(project=project)
    return reverse(f"admin:documents_{model_for(key)._meta.model_name}_change", args=[instance.pk])


def admin_post(client, url, changes, form_id="systemcontext_form"):
    page = client.get(url).content.decode()
    data = [(name, changes.get(name, value)) for name, value in form_data(page, form_id, press=("_save", "Save"))]
    return submit(client, url, data)


def test_arrays_are_shown_as_pretty_json(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    page = client.get(change_url(project, SC)).content.decode()
    assert 'class="vLargeTextField json-editor"' in page and "json-editor.js" in page
    assert '\n  {\n    &quot;id&quot;: &quot;G-01&quot;,' in page


def test_a_save_in_the_admin_is_validated_and_becomes_a_revision(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    goals = demo_document(SC)["goals"]
    goals[0]["metric"] = "changed in the admin"
    response = admin_post(client, change_url(project, SC), {"task": "admin task", "goals": json.dumps(goals)})
    assert response.status_code == 302
    latest = Revision.objects.filter(project=project, descriptor_key=SC).order_by("-number").first()
    assert (latest.number, latest.author, latest.message) == (2, staff, "Saved in the admin")
    assert latest.document["task"] == "admin task" and latest.document["goals"][0]["metric"] == "changed in the admin"


def test_broken_json_is_refused_with_its_line_and_kept(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    response = admin_post(client, change_url(project, SC), {"goals": '[\n  {"id": "G-01",,}\n]'})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This is not valid JSON: Expecting property name enclosed in double quotes (line 2, column 17)." in page
    assert "{&quot;id&quot;: &quot;G-01&quot;,,}" in page


def test_rows_that_break_the_item_schema_are_refused_with_their_path(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    goals = demo_document(SC)["goals"]
    goals[1]["baseline"] = 7
    response = admin_post(client, change_url(project, SC), {"goals": json.dumps(goals)})
    page = response.content.decode()
    assert "goals[1].baseline: 7 is not of type &#x27;string&#x27;" in page
    assert page.count("goals[1].baseline: 7 is not of type") == 1
    assert Revision.objects.filter(project=project, descriptor_key=SC).count() == 1


def test_the_admin_cannot_break_a_link_either(client, project, staff):
    store(project, SC)
    store(project, TM)
    client.force_login(staff)
    goals = demo_document(SC)["goals"][1:]
    response = admin_post(client, change_url(project, SC), {"goals": json.dumps(goals)})
    assert response.status_code == 200
    assert "Goal “G-01” of the System Context is used by the Trained Model" in response.content.decode()


def test_an_admin_save_based_on_an_old_revision_is_refused(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    url = change_url(project, SC)
    page = client.get(url).content.decode()
    store(project, SC)  # somebody else saves meanwhile
    data = [(n, v) for n, v in form_data(page, "systemcontext_form", press=("_save", "Save"))]
    response = submit(client, url, data)
    assert response.status_code == 200 and "Somebody saved this descriptor meanwhile (revision 2)" in response.content.decode()


def test_the_list_shows_the_latest_revision_and_searches_text(client, project, staff, django_assert_max_num_queries):
    store(project, TM)
    client.force_login(staff)
    url = reverse("admin:documents_trainedmodel_changelist")
    with django_assert_max_num_queries(8):
        page = client.get(url, {"q": "rsc-mobilecnn"}).content.decode()
    assert "rsc-mobilecnn" in page and 'class="field-revision_number">1<' in page
    assert "rsc-mobilecnn" not in client.get(url, {"q": "no such thing"}).content.decode()


def test_staff_curate_vocabularies_and_read_revisions(client, project, staff):
    store(project, SC)
    client.force_login(staff)
    terms = client.get(reverse("admin:editor_vocabularyterm_changelist"), {"vocabulary__exact": "ml_frameworks"})
    assert "PyTorch" in terms.content.decode()
    revision = Revision.objects.get(project=project, descriptor_key=SC)
    page = client.get(reverse("admin:documents_revision_change", args=[revision.pk]))
    assert page.status_code == 200 and "Read it" in page.content.decode()


def test_short_texts_get_one_line_boxes_and_prose_a_text_area(client, project, staff):
    store(project, TM)
    client.force_login(staff)
    page = client.get(change_url(project, TM)).content.decode()
    assert '<input type="text" name="model_name"' in page
    assert '<textarea name="model_description"' in page
    assert "Model components in the trained model. A JSON list" in page

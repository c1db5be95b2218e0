from django.urls import reverse

from tec.documents.models import Revision
from tec.editor.tests.helpers import demo_document, edit_url, store

SC, TM = "system_context", "trained_model"


def history_url(project, key):
    return reverse("descriptor_history", args=[project.slug, key])


def three_revisions(project, user):
    store(project, SC, user=user)
    for task in ("second task", "third task"):
        document = demo_document(SC)
        document["task"] = task
        store(project, SC, document, user=user)


def test_the_history_lists_every_save_newest_first_in_few_queries(client, project, integrator, operator,
                                                                  django_assert_max_num_queries):
    three_revisions(project, integrator)
    client.force_login(operator)
    with django_assert_max_num_queries(8):
        page = client.get(history_url(project, SC)).content.decode()
    assert page.index('data-revision="3"') < page.index('data-revision="2"') < page.index('data-revision="1"')
    assert page.count("Integrator") == 3
    assert "Restore" not in page  # the operator does not edit the System Context


def test_two_revisions_compare_as_a_readable_diff(client, project, integrator):
    three_revisions(project, integrator)
    client.force_login(integrator)
    url = reverse("revision_compare", args=[project.slug, SC])
    page = client.get(url, {"from": 1, "to": 3}).content.decode()
    assert "1 change" in page and "third task" in page and demo_document(SC)["task"][:40] in page
    assert client.get(url, {"from": 2, "to": 2}).status_code == 302


def test_an_old_revision_reads_as_the_form_read_only(client, project, integrator):
    three_revisions(project, integrator)
    client.force_login(integrator)
    page = client.get(reverse("revision_detail", args=[project.slug, SC, 2])).content.decode()
    assert "second task" in page and "<fieldset disabled>" in page and 'value="save"' not in page
    assert client.get(reverse("revision_detail", args=[project.slug, SC, 9])).status_code == 404


def test_an_old_revision_offers_its_restore_to_producers_only(client, project, integrator, operator):
    three_revisions(project, integrator)
    restore = reverse("revision_restore", args=[project.slug, SC, 2])

    def revision_page(number):
        return client.get(reverse("revision_detail", args=[project.slug, SC, number])).content.decode()

    client.force_login(integrator)
    assert f'action="{restore}"' in revision_page(2) and 'name="_base_revision" value="3"' in revision_page(2)
    assert "Restore this revision" not in revision_page(3)  # the current one
    client.force_login(operator)
    assert "Restore this revision" not in revision_page(2)


def test_restoring_saves_the_old_document_as_a_new_revision(client, project, integrator):
    three_revisions(project, integrator)
    client.force_login(integrator)
    url = reverse("revision_restore", args=[project.slug, SC, 1])
    response = client.post(url, {"_base_revision": "3"})
    assert response.status_code == 302 and response["Location"] == edit_url(project, SC)
    latest = Revision.objects.filter(project=project, descriptor_key=SC).order_by("-number").first()
    assert (latest.number, latest.message) == (4, "Restored revision 1")
    assert project.stored_document(SC).task == demo_document(SC)["task"]


def test_a_restore_that_would_break_a_link_is_refused(client, project, integrator):
    store(project, SC, user=integrator)
    fewer = demo_document(SC)
    fewer["goals"] = fewer["goals"][:1]
    store(project, SC, fewer)
    tm = demo_document(TM)
    for metric in tm["algorithm_metrics"] + tm["business_metrics"]:
        metric["goal_mapping"] = "G-01"
    store(project, TM, tm)
    store(project, SC)  # revision 3 has all goals again; the model now maps only to G-01
    tm["algorithm_metrics"][0]["goal_mapping"] = "G-03"
    store(project, TM, tm)
    client.force_login(integrator)
    response = client.post(reverse("revision_restore", args=[project.slug, SC, 2]), follow=True)
    assert "cannot be restored" in response.content.decode() and "G-03" in response.content.decode()
    assert Revision.objects.filter(project=project, descriptor_key=SC).count() == 3


def test_only_producers_restore(client, project, integrator, operator):
    three_revisions(project, integrator)
    client.force_login(operator)
    assert client.post(reverse("revision_restore", args=[project.slug, SC, 1])).status_code == 403
    assert client.get(reverse("revision_restore", args=[project.slug, SC, 1])).status_code in (403, 405)


def test_a_document_saved_before_history_began_is_kept_as_the_first_revision(project, integrator):
    from tec.documents.models import model_for

    model_for(SC).from_document(project, demo_document(SC)).save()  # straight to the table, no history
    changed = demo_document(SC)
    changed["task"] = "changed"
    store(project, SC, changed, user=integrator)
    revisions = list(Revision.objects.filter(project=project, descriptor_key=SC).order_by("number"))
    assert [(r.number, r.document["task"] == "changed") for r in revisions] == [(1, False), (2, True)]
    assert revisions[0].author is None and "before history" in revisions[0].message

from django.urls import reverse

from tec.accounts.models import Comment, Status
from tec.accounts.workflow import document_saved, state_of
from tec.documents.services import document_save

KEY = "system_context"


def review_url(cast, key=KEY):
    return reverse("descriptor_review", args=[cast.project.slug, key])


def step_url(cast, step, key=KEY):
    return reverse("descriptor_step", args=[cast.project.slug, key, step])


def test_the_producer_submits_and_a_consumer_approves_through_the_pages(client, cast):
    document_saved(cast.project, KEY, cast.integrator)
    client.force_login(cast.integrator)
    assert client.post(step_url(cast, "submit"))["Location"] == review_url(cast)
    client.force_login(cast.developer)
    client.post(step_url(cast, "approve"), {"comment": "Looks right."})
    assert state_of(cast.project, KEY).status == Status.APPROVED
    page = client.get(review_url(cast)).content.decode()
    assert "Looks right." in page and "approved" in page


def test_a_refused_step_changes_nothing_and_says_why(client, cast):
    document_saved(cast.project, KEY, cast.integrator)
    client.force_login(cast.developer)
    response = client.post(step_url(cast, "submit"), follow=True)
    assert "Your team may not" in response.content.decode()
    assert state_of(cast.project, KEY).status == Status.DRAFT


def test_the_review_page_offers_only_the_steps_the_user_may_take(client, cast):
    document_saved(cast.project, KEY, cast.integrator)
    client.force_login(cast.integrator)
    assert 'data-step="submit"' in client.get(review_url(cast)).content.decode()
    client.post(step_url(cast, "submit"))
    page = client.get(review_url(cast)).content.decode()
    assert 'data-step="withdraw"' in page and 'data-step="approve"' not in page
    client.force_login(cast.operator)
    page = client.get(review_url(cast)).content.decode()
    assert 'data-step="approve"' in page and 'data-step="request_changes"' in page
    assert 'data-step="withdraw"' not in page


def test_members_comment_on_a_field_and_return_to_where_they_were(client, cast):
    client.force_login(cast.operator)
    response = client.post(reverse("comment_add", args=[cast.project.slug, "trained_model"]),
                           {"body": "Which unit?", "path": "output_spec[1].item_type", "next": "/somewhere/"})
    assert response["Location"] == "/somewhere/"
    comment = Comment.objects.get()
    assert (comment.author, comment.path) == (cast.operator, "output_spec[1].item_type")


def test_a_next_address_on_another_site_is_ignored(client, cast):
    client.force_login(cast.operator)
    response = client.post(reverse("comment_add", args=[cast.project.slug, KEY]),
                           {"body": "Hm.", "next": "https://evil.example/"})
    assert response["Location"] == review_url(cast)


def test_a_comment_on_a_missing_field_is_refused(client, cast):
    client.force_login(cast.operator)
    response = client.post(reverse("comment_add", args=[cast.project.slug, KEY]),
                           {"body": "Hm.", "path": "nope"}, follow=True)
    assert "no field" in response.content.decode() and not Comment.objects.exists()


def test_producers_resolve_comments_from_the_page(client, cast):
    client.force_login(cast.operator)
    client.post(reverse("comment_add", args=[cast.project.slug, KEY]), {"body": "Add a goal for latency."})
    comment = Comment.objects.get()
    client.force_login(cast.integrator)
    assert "Resolve" in client.get(review_url(cast)).content.decode()
    client.post(reverse("comment_resolve", args=[cast.project.slug, comment.pk]))
    comment.refresh_from_db()
    assert comment.resolved_by == cast.integrator


def test_another_consumer_cannot_resolve_someone_elses_comment(client, cast):
    client.force_login(cast.operator)
    client.post(reverse("comment_add", args=[cast.project.slug, KEY]), {"body": "Add a goal."})
    client.force_login(cast.developer)
    assert "Resolve</button>" not in client.get(review_url(cast)).content.decode()
    client.post(reverse("comment_resolve", args=[cast.project.slug, Comment.objects.get().pk]))
    assert not Comment.objects.get().is_resolved


def test_the_activity_page_lists_everything_newest_first(client, cast):
    document_saved(cast.project, KEY, cast.integrator)
    client.force_login(cast.developer)
    client.post(reverse("comment_add", args=[cast.project.slug, KEY]), {"body": "First remark."})
    page = client.get(reverse("project_activity", args=[cast.project.slug])).content.decode()
    assert page.index("First remark.") < page.index("edited")
    assert "added a member" in page


def test_the_review_page_takes_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    document_saved(cast.project, KEY, cast.integrator)
    client.force_login(cast.operator)
    for n in range(10):
        client.post(reverse("comment_add", args=[cast.project.slug, KEY]), {"body": f"Note {n}", "path": "task"})
    with django_assert_max_num_queries(14):
        assert client.get(review_url(cast)).status_code == 200


def test_the_review_page_links_to_the_form_to_edit_or_to_read(client, cast):
    form_url = reverse("descriptor_edit", args=[cast.project.slug, KEY])
    for user, words in ((cast.integrator, "Edit the form"), (cast.developer, "Read the form")):
        client.force_login(user)
        page = client.get(review_url(cast)).content.decode()
        assert f'href="{form_url}">{words}</a>' in page


def test_a_refused_comment_is_shown_again_with_what_was_typed(client, cast):
    client.force_login(cast.operator)
    response = client.post(reverse("comment_add", args=[cast.project.slug, KEY]),
                           {"body": "A long remark I do not want to type twice.", "path": "nope"})
    page = response.content.decode()
    assert response.status_code == 400 and "no field" in page
    assert "A long remark I do not want to type twice." in page and not Comment.objects.exists()


def test_the_comment_form_lists_the_fields_of_the_descriptor_with_its_rows(client, cast, valid_document):
    document_save(project=cast.project, key="trained_model", document=valid_document("trained_model"),
                  user=cast.developer)
    client.force_login(cast.operator)
    page = client.get(review_url(cast, "trained_model")).content.decode()
    assert 'list="comment-fields"' in page
    assert '<option value="output_spec[0].item_type">Output 1 › Item type</option>' in page


def test_a_thread_names_its_field_and_links_to_it_in_the_form(client, cast):
    client.force_login(cast.operator)
    client.post(reverse("comment_add", args=[cast.project.slug, KEY]), {"body": "Which?", "path": "goals[0].goal"})
    page = client.get(review_url(cast)).content.decode()
    form_url = reverse("descriptor_edit", args=[cast.project.slug, KEY])
    assert f'<a href="{form_url}#block-goals[0].goal">Goal 1 › Goal</a>' in page
    assert 'id="thread-goals[0].goal"' in page  # so the form can link back to the thread

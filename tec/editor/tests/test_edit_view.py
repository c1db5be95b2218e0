import pytest
from django.urls import reverse
from django.utils import timezone

from tec.documents.models import Revision
from tec.documents.services import document_save
from tec.editor.models import VocabularyTerm
from tec.editor.tests.helpers import demo_document, edit_url, errors_of, open_form, post_form, store

TM, DE, SC = "trained_model", "development_environment", "system_context"


def test_it_needs_a_login(client, project):
    response = client.get(edit_url(project, TM))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_outsiders_do_not_learn_the_project_exists(client, project, outsider):
    client.force_login(outsider)
    assert client.get(edit_url(project, TM)).status_code == 404


def test_an_unknown_descriptor_is_404(client, project, developer):
    client.force_login(developer)
    assert client.get(reverse("descriptor_edit", args=[project.slug, "nonsense"])).status_code == 404


def test_a_consuming_team_reads_the_form_but_cannot_save_it(client, project, operator):
    store(project, TM)
    client.force_login(operator)
    page = open_form(client, project, TM)
    assert "<fieldset disabled>" in page and 'value="save"' not in page
    assert post_form(client, project, TM, html=page).status_code == 403


def test_a_new_descriptor_opens_as_an_empty_form_with_one_row_where_one_is_required(client, project, developer):
    client.force_login(developer)
    page = open_form(client, project, TM)
    assert "Nobody has filled this in yet" in page
    assert 'name="model_components[0].learning_algorithm.algorithm"' in page
    assert 'name="documentation[0]' not in page  # documentation may be empty
    assert "Training date" in page and "Date on which model was trained" in page  # label and schema help


def test_saving_records_a_revision_with_author_and_note(client, project, developer):
    store(project, TM)
    client.force_login(developer)
    response = post_form(client, project, TM, {"model_version": "4.0.0", "_message": "bump"})
    assert response.status_code == 302
    latest = Revision.objects.filter(project=project, descriptor_key=TM).order_by("-number").first()
    assert (latest.number, latest.author, latest.message) == (2, developer, "bump")
    assert latest.document["model_version"] == "4.0.0"


def test_a_refused_save_keeps_everything_typed_and_lists_the_problems(client, project, developer):
    store(project, TM)
    client.force_login(developer)
    response = post_form(client, project, TM, {
        "model_name": "kept name", "inference_time.unit": "", "computing_resource_reqs.gpu": "two",
        "evaluation_dataset.holdout_percentage": "120",
    })
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="kept name"' in page and 'value="two"' in page and 'value="120"' in page
    assert errors_of(response) == [
        "Evaluation dataset › Hold-out percentage: Must be at most 100.",
        "Computing resource requirements › GPU: Enter a whole number, such as 4.",
        "Inference time › Unit: Choose a value.",
    ]
    assert project.stored_document(TM).model_name == "rsc-mobilecnn"


def test_without_javascript_the_row_buttons_change_rows_and_save_nothing(client, project, integrator):
    store(project, SC)
    client.force_login(integrator)
    page = post_form(client, project, SC, {"task": "typed before adding"}, press=("_action", "add:goals")).content.decode()
    assert 'name="goals[3].goal"' in page and "typed before adding" in page
    assert Revision.objects.filter(project=project, descriptor_key=SC).count() == 1
    moved = post_form(client, project, SC, press=("_action", "up:goals[1]"), html=page).content.decode()
    assert moved.index("G-02") < moved.index("G-01")
    removed = post_form(client, project, SC, press=("_action", "remove:goals[0]"), html=moved).content.decode()
    assert "G-02" not in removed and 'name="goals[3]' not in removed


def test_a_save_based_on_an_old_revision_is_refused_and_shows_what_changed(client, project, developer, owner):
    store(project, TM)
    client.force_login(developer)
    page = open_form(client, project, TM)
    theirs = demo_document(TM)
    theirs["model_description"] = "their new description"
    document_save(project=project, key=TM, document=theirs, user=owner, message="meanwhile")
    response = post_form(client, project, TM, {"model_name": "mine"}, html=page)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="stale"' in html and "their new description" in html and 'value="mine"' in html
    assert "Changed meanwhile by Owner" in html
    assert project.stored_document(TM).model_name == "rsc-mobilecnn"
    again = post_form(client, project, TM, html=html)
    assert again.status_code == 302
    stored = project.stored_document(TM)
    assert (stored.model_name, stored.model_description) == ("mine", demo_document(TM)["model_description"])


def test_renaming_a_component_in_use_is_offered_and_then_followed_in_the_trained_model(client, project, integrator):
    store(project, TM)
    store(project, DE)
    client.force_login(integrator)
    response = post_form(client, project, DE, {"downstream_components[0].component_name": "Driver HMI"})
    html = response.content.decode()
    assert 'id="renames"' in html and "“Driver Alert HMI” → “Driver HMI”" in html
    assert "“sign_confidence” → “sign_confidence”" not in html  # items moving with their component go unlisted
    assert project.stored_document(DE).downstream_components[0]["component_name"] == "Driver Alert HMI"
    done = post_form(client, project, DE, press=("_action", "follow"), html=html)
    assert done.status_code == 302
    outputs = project.stored_document(TM).output_spec
    assert outputs[1]["component_mapping"]["component"] == "Driver HMI"
    followed = Revision.objects.filter(project=project, descriptor_key=TM).order_by("-number").first()
    assert (followed.author, followed.message) == (integrator, "Followed renames in the Development Environment")


def test_removing_a_goal_the_trained_model_uses_is_refused(client, project, integrator):
    store(project, TM)
    store(project, SC)
    client.force_login(integrator)
    html = post_form(client, project, SC, press=("_action", "remove:goals[0]")).content.decode()
    response = post_form(client, project, SC, {"ml_problem_type.ml_problem": ""}, html=html)
    assert response.status_code == 200
    errors = errors_of(response)
    assert "ML problem type › ML problem: Choose a value." in errors  # reported together with the link
    assert any("Goal “G-01” of the System Context is used by the Trained Model" in e for e in errors)
    assert len(project.stored_document(SC).goals) == 3


def test_new_goals_get_ids_that_are_never_given_out_again(client, project, integrator):
    store(project, SC)
    client.force_login(integrator)
    html = post_form(client, project, SC, press=("_action", "add:goals")).content.decode()
    assert post_form(client, project, SC, {"goals[3].goal": "a fourth goal"}, html=html).status_code == 302
    assert project.stored_document(SC).goals[3]["id"] == "G-04"
    html = post_form(client, project, SC, press=("_action", "remove:goals[3]")).content.decode()
    assert post_form(client, project, SC, html=html).status_code == 302
    html = post_form(client, project, SC, press=("_action", "add:goals")).content.decode()
    assert post_form(client, project, SC, {"goals[3].goal": "another"}, html=html).status_code == 302
    assert project.stored_document(SC).goals[3]["id"] == "G-05"


def test_new_vocabulary_values_are_offered_from_then_on(client, project, integrator):
    store(project, DE)
    client.force_login(integrator)
    response = post_form(client, project, DE, {"programming_languages[0]": "Rust", "programming_languages[1]": "python"})
    assert response.status_code == 302
    values = set(VocabularyTerm.objects.filter(vocabulary="programming_languages").values_list("value", flat=True))
    assert "Rust" in values and "python" not in values and "Python" in values
    assert '<option value="Rust">' in open_form(client, project, DE)


def test_a_link_to_a_descriptor_nobody_filled_in_says_so_and_links_to_it(client, project, developer):
    client.force_login(developer)
    page = open_form(client, project, TM)
    assert "The Development Environment is not filled in yet" in page
    assert f'href="{edit_url(project, DE)}"' in page


def test_the_note_about_an_empty_linked_descriptor_starts_a_line_of_its_own(client, project, developer):
    client.force_login(developer)
    page = open_form(client, project, TM)
    assert '(links to Training Data)<span class="d-block link-note">The Training Data is not filled in yet' in page


@pytest.mark.parametrize("key", ["system_context", "trained_model", "production_data"])
def test_the_form_page_takes_a_fixed_number_of_queries(client, project, owner, key, django_assert_max_num_queries):
    store(project, key)
    client.force_login(owner)
    # The header's mismatch counts evaluate the whole project: three queries of the total.
    with django_assert_max_num_queries(17):
        assert client.get(edit_url(project, key)).status_code == 200


def test_the_project_page_links_every_descriptor_to_its_form_and_history(client, project, developer):
    client.force_login(developer)
    page = client.get(project.get_absolute_url()).content.decode()
    for key in ("system_context", "trained_model"):
        assert f'href="{edit_url(project, key)}"' in page
        assert f'href="{reverse("descriptor_history", args=[project.slug, key])}"' in page
    assert page.count(">Edit</a>") == 4 and page.count(">Open</a>") == 4  # the four the development team makes


def test_a_new_descriptor_starts_with_the_identifiers_of_the_descriptors_it_refers_to(client, project, developer):
    store(project, "raw_data")
    client.force_login(developer)
    page = open_form(client, project, "training_data")
    identifier = demo_document("raw_data")["dataset_identifier"]
    assert f'<option value="{identifier}" selected>' in page


def test_a_save_made_meanwhile_by_an_import_is_shown_too(client, project, developer):
    store(project, TM)
    client.force_login(developer)
    page = open_form(client, project, TM)
    store(project, TM)  # an import or a script: no author
    html = post_form(client, project, TM, html=page).content.decode()
    assert "Not saved: somebody saved this descriptor meanwhile (revision 2, just now)." in html


def test_the_header_says_how_long_ago_the_last_save_was_in_words(client, project, developer):
    from datetime import timedelta

    store(project, TM)
    client.force_login(developer)
    assert "Revision 1, saved just now." in open_form(client, project, TM)
    Revision.objects.filter(project=project, descriptor_key=TM).update(created_at=timezone.now() - timedelta(hours=2))
    assert "Revision 1, saved 2\xa0hours ago." in open_form(client, project, TM)


def test_review_comments_on_a_field_are_shown_next_to_it_in_the_form(client, project, developer, operator):
    from tec.accounts.comments import comment_add

    store(project, TM)
    comment_add(project=project, key=TM, user=operator, body="Which GPU exactly?", path="computing_resource_reqs.gpu")
    client.force_login(developer)
    page = open_form(client, project, TM)
    block = page[page.index('id="block-computing_resource_reqs.gpu"'):]
    block = block[: block.index('id="block-computing_resource_reqs.cpu"')]
    assert "Which GPU exactly?" in block and 'data-comment-path="computing_resource_reqs.gpu"' in block


def test_the_form_page_shows_the_review_status_and_mismatch_counts(client, project, developer):
    store(project, TM)
    client.force_login(developer)
    page = open_form(client, project, TM)
    assert 'class="workflow-panel' in page and "data-mismatch-counts" in page


def test_each_goal_still_in_use_is_listed_once_in_the_summary(client, project, integrator):
    store(project, TM)
    store(project, SC)
    client.force_login(integrator)
    html = post_form(client, project, SC, press=("_action", "remove:goals[0]")).content.decode()
    errors = errors_of(post_form(client, project, SC, html=html))
    assert len(errors) == len(set(errors)) == 2
    assert "Algorithm metric 1 › Goal mapping" in errors[0] and "Business metric 1 › Goal mapping" in errors[1]


def test_help_text_mends_the_slips_in_the_schema_descriptions(client, project, developer):
    client.force_login(developer)
    trained_model = open_form(client, project, TM)
    assert "Indication of whether there is post-processing" in trained_model and "the there" not in trained_model
    assert "(i.e., inference, prediction) including meaning" in trained_model
    training_data = client.get(edit_url(project, "training_data")).content.decode()
    assert "Mapping to corresponding label in production data" in training_data and "Mappping" not in training_data

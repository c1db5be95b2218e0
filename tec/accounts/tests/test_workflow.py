import pytest

from tec.accounts.models import DescriptorState, Event, Status
from tec.accounts.workflow import (WorkflowError, available_transitions, descriptor_transition, document_saved,
                                   state_of, status_set)
from tec.documents.services import document_save
from tec.schemas import registry

KEY = "system_context"  # produced by Model Integration


def step(cast, user, name, comment=""):
    return descriptor_transition(project=cast.project, key=KEY, user=user, name=name, comment=comment)


def status(cast, key=KEY):
    return state_of(cast.project, key).status


@pytest.fixture
def drafted(cast):
    document_saved(cast.project, KEY, cast.integrator)
    return cast


@pytest.fixture
def in_review(drafted):
    step(drafted, drafted.integrator, "submit")
    return drafted


def test_a_descriptor_without_a_document_is_not_started(cast):
    assert status(cast) == Status.NOT_STARTED


def test_saving_a_document_makes_it_a_draft_with_its_author_as_last_editor(cast, valid_document):
    document_save(project=cast.project, key=KEY, document=valid_document(KEY), user=cast.integrator)
    state = state_of(cast.project, KEY)
    assert (state.status, state.last_editor) == (Status.DRAFT, cast.integrator)


def test_a_document_stored_before_the_workflow_existed_counts_as_a_draft(cast, valid_document):
    document_save(project=cast.project, key=KEY, document=valid_document(KEY))
    DescriptorState.objects.all().delete()
    assert status(cast) == Status.DRAFT


def test_producers_submit_a_draft_for_review(drafted):
    step(drafted, drafted.integrator, "submit")
    assert status(drafted) == Status.IN_REVIEW


def test_a_consumer_approves_a_submission(in_review):
    step(in_review, in_review.developer, "approve")
    assert status(in_review) == Status.APPROVED


def test_the_last_editor_may_not_review_even_when_their_team_consumes(in_review):
    state = state_of(in_review.project, KEY)
    state.last_editor = in_review.developer
    state.save()
    with pytest.raises(WorkflowError, match="last edit"):
        step(in_review, in_review.developer, "approve")
    assert status(in_review) == Status.IN_REVIEW


def test_the_producing_team_may_not_approve_its_own_descriptor(in_review, django_user_model):
    with pytest.raises(WorkflowError, match="team may not"):
        step(in_review, in_review.integrator, "approve")


def test_owners_without_a_team_edit_and_submit_but_do_not_review(in_review):
    with pytest.raises(WorkflowError):
        step(in_review, in_review.owner, "approve")
    step(in_review, in_review.owner, "withdraw")
    assert status(in_review) == Status.DRAFT


def test_requesting_changes_needs_a_comment_which_is_kept(in_review):
    with pytest.raises(WorkflowError, match="has to change"):
        step(in_review, in_review.operator, "request_changes", comment="  ")
    step(in_review, in_review.operator, "request_changes", comment="Name the latency budget.")
    event = Event.objects.get(verb=Event.Verb.CHANGES_REQUESTED)
    assert status(in_review) == Status.CHANGES_REQUESTED
    assert (event.actor, event.comment.body, event.comment.author) == (
        in_review.operator, "Name the latency budget.", in_review.operator)


def test_editing_after_changes_were_requested_starts_a_new_draft(in_review):
    step(in_review, in_review.operator, "request_changes", comment="More detail.")
    document_saved(in_review.project, KEY, in_review.integrator)
    assert status(in_review) == Status.DRAFT


def test_editing_an_approved_descriptor_reopens_it_and_keeps_the_approval_in_the_history(in_review):
    step(in_review, in_review.developer, "approve")
    document_saved(in_review.project, KEY, in_review.integrator)
    assert status(in_review) == Status.DRAFT
    verbs = list(Event.objects.filter(descriptor_key=KEY).order_by("pk").values_list("verb", "to_status"))
    assert verbs == [("edited", "draft"), ("submitted", "in_review"), ("approved", "approved"), ("edited", "draft")]


def test_a_step_from_the_wrong_state_is_refused(drafted):
    with pytest.raises(WorkflowError, match="cannot be done while the descriptor is draft"):
        step(drafted, drafted.developer, "approve")
    with pytest.raises(WorkflowError, match="Unknown step"):
        step(drafted, drafted.developer, "publish")


def test_a_non_member_can_do_nothing(in_review):
    with pytest.raises(WorkflowError):
        step(in_review, in_review.outsider, "approve")


def test_every_step_is_recorded_with_who_and_when(in_review):
    step(in_review, in_review.operator, "approve", comment="Fine by operations.")
    event = Event.objects.filter(descriptor_key=KEY).first()
    assert (event.actor, event.from_status, event.to_status) == (in_review.operator, "in_review", "approved")
    assert event.created_at is not None and event.comment.body == "Fine by operations."


@pytest.mark.parametrize("key", registry.KEYS)
def test_the_offered_steps_follow_the_producer_of_each_descriptor(cast, key):
    document_saved(cast.project, key, cast.owner)
    draft = state_of(cast.project, key)
    producer = cast.by_team[registry.get(key).default_team]
    for user in (cast.developer, cast.integrator, cast.operator):
        names = [t.name for t in available_transitions(user, cast.project, key, draft)]
        assert names == (["submit"] if user == producer else [])
    descriptor_transition(project=cast.project, key=key, user=producer, name="submit")
    review = state_of(cast.project, key)
    for user in (cast.developer, cast.integrator, cast.operator):
        names = [t.name for t in available_transitions(user, cast.project, key, review)]
        assert names == (["withdraw"] if user == producer else ["approve", "request_changes"])


def test_an_administrator_sets_a_status_and_the_trail_says_so(drafted, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    status_set(project=drafted.project, key=KEY, user=root, status=Status.APPROVED, note="set in the admin")
    event = Event.objects.filter(descriptor_key=KEY).first()
    assert status(drafted) == Status.APPROVED
    assert (event.verb, event.actor, event.detail) == ("status_set", root, "set in the admin")


def test_deleting_a_document_makes_the_descriptor_not_started_again(cast, valid_document):
    document = document_save(project=cast.project, key=KEY, document=valid_document(KEY), user=cast.integrator)
    document.delete()
    assert status(cast) == Status.NOT_STARTED
    assert Event.objects.filter(verb=Event.Verb.CLEARED, descriptor_key=KEY).exists()


def test_the_first_save_is_recorded_as_the_start_of_the_draft(cast, valid_document):
    document_save(project=cast.project, key=KEY, document=valid_document(KEY), user=cast.integrator)
    event = Event.objects.get(descriptor_key=KEY)
    assert (event.verb, event.actor, event.from_status, event.to_status) == (
        "edited", cast.integrator, "not_started", "draft")

"""The review workflow of a descriptor: not started -> draft -> in review -> approved / changes requested.

Producers edit and submit; a member of a consuming team who did not make the last edit
approves or requests changes. Every status change is written to the audit trail (Event).
"""

from dataclasses import dataclass

from django.db import transaction

from tec.accounts.models import Comment, DescriptorState, Event, Status
from tec.accounts.policy import can


class WorkflowError(Exception):
    """A transition that is not possible in the descriptor's current state."""


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple
    target: str
    action: str  # the policy action the user needs
    verb: str
    needs_comment: bool = False


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", "Submit for review", (Status.DRAFT, Status.CHANGES_REQUESTED), Status.IN_REVIEW,
                   "submit", Event.Verb.SUBMITTED),
        Transition("withdraw", "Withdraw from review", (Status.IN_REVIEW,), Status.DRAFT,
                   "submit", Event.Verb.WITHDRAWN),
        Transition("approve", "Approve", (Status.IN_REVIEW,), Status.APPROVED,
                   "review", Event.Verb.APPROVED),
        Transition("request_changes", "Request changes", (Status.IN_REVIEW,), Status.CHANGES_REQUESTED,
                   "review", Event.Verb.CHANGES_REQUESTED, needs_comment=True),
    )
}
# Saving a document in these states starts a new draft.
REOPENED_BY_EDIT = (Status.NOT_STARTED, Status.APPROVED, Status.CHANGES_REQUESTED)


def state_of(project, key) -> DescriptorState:
    """The stored state, or an unsaved one: not started, or draft when a document exists already."""
    state = DescriptorState.objects.filter(project=project, descriptor_key=key).select_related("last_editor").first()
    return state or implied_state(project, key, project.document_model(key).objects.filter(project=project).exists())


def implied_state(project, key, has_document) -> DescriptorState:
    status = Status.DRAFT if has_document else Status.NOT_STARTED
    return DescriptorState(project=project, descriptor_key=key, status=status)


def available_transitions(user, project, key, state) -> list:
    """The transitions this user may make now; what the UI offers and the server accepts."""
    return [t for t in TRANSITIONS.values() if _refusal(user, project, key, state, t) is None]


def _refusal(user, project, key, state, transition):
    if state.status not in transition.sources:
        return f"It cannot be done while the descriptor is {state.get_status_display().lower()}."
    if not can(user, transition.action, project, key):
        return "Your team may not do this for this descriptor."
    if transition.action == "review" and state.last_editor_id == user.pk:
        return "You made the last edit, so somebody else has to review it."
    return None


@transaction.atomic
def descriptor_transition(*, project, key, user, name, comment="", path="") -> DescriptorState:
    """Moves a descriptor along the workflow, with an optional comment (required to request changes)."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise WorkflowError(f"Unknown step {name!r}.")
    state = _locked_state(project, key)
    refusal = _refusal(user, project, key, state, transition)
    if refusal:
        raise WorkflowError(refusal)
    if transition.needs_comment and not comment.strip():
        raise WorkflowError("Say what has to change.")
    remark = _comment(project, key, user, comment, path) if comment.strip() else None
    _move(state, transition.target, user, transition.verb, comment=remark)
    return state


def document_saved(project, key, user=None):
    """Called by document_save: an edit starts a new draft and makes its author the last editor."""
    with transaction.atomic():
        # Without a stored state this is the first save: it starts the draft, on the record.
        state = _locked_state(project, key, initial=Status.NOT_STARTED)
        state.last_editor = user
        if state.status in REOPENED_BY_EDIT:
            _move(state, Status.DRAFT, user, Event.Verb.EDITED)
        else:
            state.save()


def document_cleared(project, key, user=None):
    """The descriptor's document was deleted: it is not started again (the trail keeps its past)."""
    state = DescriptorState.objects.filter(project=project, descriptor_key=key).first()
    if state is not None and state.status != Status.NOT_STARTED:
        _move(state, Status.NOT_STARTED, user, Event.Verb.CLEARED)


@transaction.atomic
def status_set(*, project, key, user, status, note="") -> DescriptorState:
    """An administrator's correction of a status, recorded like any other change."""
    state = _locked_state(project, key)
    if state.status != status:
        _move(state, status, user, Event.Verb.STATUS_SET, detail=note[:300])
    return state


def _locked_state(project, key, initial=None) -> DescriptorState:
    state = DescriptorState.objects.select_for_update().filter(project=project, descriptor_key=key).first()
    if state is None:
        status = initial or state_of(project, key).status
        state, _ = DescriptorState.objects.get_or_create(project=project, descriptor_key=key,
                                                         defaults={"status": status})
    return state


def _move(state, target, user, verb, comment=None, detail=""):
    Event.objects.create(
        project=state.project, descriptor_key=state.descriptor_key, actor=user, verb=verb,
        from_status=state.status, to_status=target, comment=comment, detail=detail,
    )
    state.status = target
    state.save()


def _comment(project, key, user, body, path):
    return Comment.objects.create(project=project, descriptor_key=key, author=user, body=body.strip(), path=path)

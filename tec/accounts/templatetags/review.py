"""Template helpers for review state and field comments: {% load review %}."""

from django import template

from tec.accounts import fields, workflow
from tec.accounts.comments import may_resolve
from tec.accounts.forms import StepForm
from tec.accounts.policy import can

register = template.Library()

BADGE_CLASSES = {
    "not_started": "text-bg-light border",
    "draft": "text-bg-secondary",
    "in_review": "text-bg-warning",
    "approved": "text-bg-success",
    "changes_requested": "text-bg-danger",
}


@register.filter
def status_class(status) -> str:
    return BADGE_CLASSES.get(str(status), "text-bg-secondary")


@register.filter
def field_label(path) -> str:
    """A comment's JSON path as people read it: 'output_spec[0].item_type' -> 'Output 1 › Item type'."""
    return fields.field_label(path)


@register.inclusion_tag("accounts/_field_comments.html", takes_context=True)
def field_comments(context, threads, path=""):
    """The comments on one field, a resolve button each, and a small form to add one.

    `threads` comes from tec.accounts.comments.comments_for(project, key), loaded once per page.
    """
    request = context["request"]
    user = request.user
    shown = threads.at(path)
    for comment in shown:
        comment.resolvable = not comment.is_resolved and may_resolve(user, comment)
    return {
        "project": threads.project, "key": threads.key, "path": path, "comments": shown,
        "open_count": sum(not c.is_resolved for c in shown),
        "may_comment": can(user, "comment", threads.project, threads.key),
        "next": request.get_full_path(), "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("accounts/_workflow_panel.html", takes_context=True)
def workflow_panel(context, project, key):
    """The descriptor's status and the review steps the user may take now (for the editor's pages)."""
    request = context["request"]
    state = workflow.state_of(project, key)
    return {
        "project": project, "key": key, "state": state,
        "steps": workflow.available_transitions(request.user, project, key, state),
        "step_form": StepForm(), "next": request.get_full_path(), "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def allowed(context, action, project, key=None) -> bool:
    """{% allowed "manage_members" project as may_manage %}: the policy's answer for the current user."""
    return can(context["request"].user, action, project, key)

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from tec.accounts import comments, dashboard, members, ownership, projects, workflow
from tec.accounts.decorators import project_view
from tec.accounts.fields import field_choices
from tec.accounts.forms import (CommentForm, MemberAddForm, MemberChangeForm, ProducerForm, ProjectForm,
                                ProjectSettingsForm, StepForm)
from tec.accounts.models import Comment, Event, Membership
from tec.accounts.policy import can
from tec.accounts.roles import producing_team_ids
from tec.documents.models import Project
from tec.schemas import registry


def _refuse_changes_unless(request, allowed):
    """Pages every member may read but only some may change: a refused POST is 403."""
    if request.method == "POST" and not allowed:
        raise PermissionDenied("Only the project's owners change this.")


def _next_or(request, fallback):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@login_required
def dashboard_view(request):
    grids = dashboard.project_grids(request.user, dashboard.my_memberships(request.user))
    context = {"grids": grids, "waiting": dashboard.waiting_for(request.user, grids), "total": len(registry.KEYS)}
    return render(request, "accounts/dashboard.html", context)


@login_required
def project_create(request):
    form = ProjectForm(request.POST or None)
    if form.is_valid():
        project = projects.project_create(owner=request.user, **form.cleaned_data)
        messages.success(request, f"Created {project.name}. Add the people who work on it under Members.")
        return redirect(project)
    return render(request, "accounts/project_form.html", {"form": form, "heading": "New project"})


@project_view("manage_project", methods=("GET", "HEAD", "POST"))
def project_settings(request, project):
    # The form edits its own copy, so the service can tell what changed and the page keeps the stored name.
    form = ProjectSettingsForm(request.POST or None, instance=Project.objects.get(pk=project.pk))
    if form.is_valid():
        project = projects.project_update(project=project, user=request.user, **form.cleaned_data)
        messages.success(request, "Saved the project's details.")
        return redirect(project)
    context = {"form": form, "project": project, "heading": "Project details"}
    return render(request, "accounts/project_form.html", context)


@project_view("manage_project", methods=("GET", "HEAD", "POST"))
def project_delete(request, project):
    if request.method == "POST" and request.POST.get("confirm_name", "").strip() == project.name:
        projects.project_delete(project=project, user=request.user)
        messages.success(request, f"Deleted {project.name}.")
        return redirect("home")
    if request.method == "POST":
        messages.error(request, "Type the project's name exactly to confirm.")
    losses = projects.project_losses(project)
    labels = [registry.get(key).label for key in losses["documents"]]
    return render(request, "accounts/project_delete.html", {"project": project, "losses": losses, "labels": labels})


@project_view("view", methods=("GET", "HEAD", "POST"))
def project_members(request, project):
    may_manage = can(request.user, "manage_members", project)
    _refuse_changes_unless(request, may_manage)
    form = MemberAddForm(request.POST or None, project=project) if may_manage else None
    if form is not None and form.is_valid():
        return _member_add(request, project, form)
    rows = [(m, MemberChangeForm(instance=m, prefix=f"m{m.pk}")) for m in _memberships(project)]
    return render(request, "accounts/members.html",
                  {"project": project, "rows": rows, "form": form, "may_manage": may_manage})


def _member_add(request, project, form):
    try:
        members.member_add(project=project, by=request.user, **form.cleaned_data)
    except members.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Added {form.cleaned_data['user'].username}.")
    return redirect("project_members", slug=project.slug)


def _memberships(project):
    return Membership.objects.filter(project=project).select_related("user", "team").order_by("user__username")


@project_view("manage_members", methods=("POST",))
def member_change(request, project, pk):
    membership = get_object_or_404(Membership, project=project, pk=pk)
    # The form edits its own copy, so the service still sees the membership as it was.
    form = MemberChangeForm(request.POST, instance=Membership.objects.get(pk=pk), prefix=f"m{pk}")
    if form.is_valid():
        _report(request, members.member_change, f"Saved the membership of {membership.user.username}.",
                membership=membership, by=request.user,
                team=form.cleaned_data["team"], is_owner=form.cleaned_data["is_owner"])
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("project_members", slug=project.slug)


@project_view("manage_members", methods=("POST",))
def member_remove(request, project, pk):
    membership = get_object_or_404(Membership, project=project, pk=pk)
    _report(request, members.member_remove, f"Removed {membership.user.username} from the project.",
            membership=membership, by=request.user)
    if not Membership.objects.filter(project=project, user=request.user).exists():
        return redirect("home")  # the user left the project
    return redirect("project_members", slug=project.slug)


def _report(request, change, success, **arguments):
    try:
        change(**arguments)
    except members.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)


@project_view("view", methods=("GET", "HEAD", "POST"))
def project_producers(request, project):
    may_change = can(request.user, "manage_project", project)
    _refuse_changes_unless(request, may_change)
    form = ProducerForm(request.POST or None, producers=producing_team_ids(project))
    if form.is_valid():
        for key, team in form.cleaned_data.items():
            ownership.producer_set(project=project, key=key, team=team, user=request.user)
        messages.success(request, "Saved which team produces each descriptor.")
        return redirect("project_producers", slug=project.slug)
    return render(request, "accounts/producers.html", {"project": project, "form": form, "may_change": may_change})


@project_view("view", descriptor=True)
def descriptor_review(request, project, key):
    form = CommentForm(descriptor_key=key) if can(request.user, "comment", project, key) else None
    return _review_page(request, project, key, form)


def _review_page(request, project, key, comment_form, status=200):
    state = workflow.state_of(project, key)
    document = project.document_model(key).objects.filter(project=project).first()
    context = {
        "project": project,
        "descriptor": registry.get(key),
        "state": state,
        "team_name": dashboard.producer_name(project, key),
        "steps": workflow.available_transitions(request.user, project, key, state),
        "step_form": StepForm(),
        "threads": comments.comments_for(project, key),
        "comment_form": comment_form,
        "field_choices": field_choices(key, document.to_document() if document else None),
        "may_edit": can(request.user, "edit", project, key),
        "events": Event.objects.filter(project=project, descriptor_key=key).select_related("actor", "comment")[:50],
    }
    return render(request, "accounts/descriptor_review.html", context, status=status)


@project_view("view", methods=("POST",), descriptor=True)
def descriptor_step(request, project, key, step):
    form = StepForm(request.POST)
    form.is_valid()
    try:
        workflow.descriptor_transition(project=project, key=key, user=request.user, name=step,
                                       comment=form.cleaned_data.get("comment", ""))
    except workflow.WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{registry.get(key).label}: {workflow.state_of(project, key).get_status_display()}.")
    return redirect(_next_or(request, reverse("descriptor_review", args=[project.slug, key])))


@project_view("comment", methods=("POST",), descriptor=True)
def comment_add(request, project, key):
    form = CommentForm(request.POST, descriptor_key=key)
    if not form.is_valid():
        # Shown again with what was typed, rather than losing it in a redirect.
        return _review_page(request, project, key, form, status=400)
    comments.comment_add(project=project, key=key, user=request.user, **form.cleaned_data)
    messages.success(request, "Comment added.")
    return redirect(_next_or(request, reverse("descriptor_review", args=[project.slug, key])))


@project_view("comment", methods=("POST",))
def comment_resolve(request, project, pk):
    comment = get_object_or_404(Comment, project=project, pk=pk)
    try:
        comments.comment_resolve(comment=comment, user=request.user)
    except comments.CommentError as error:
        messages.error(request, str(error))
    fallback = reverse("descriptor_review", args=[project.slug, comment.descriptor_key])
    return redirect(_next_or(request, fallback))


@project_view("view")
def project_activity(request, project):
    events = Event.objects.filter(project=project).select_related("actor", "comment")
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "accounts/activity.html", {"project": project, "page": page})

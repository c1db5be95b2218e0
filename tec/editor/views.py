from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from tec.accounts.comments import comments_for
from tec.accounts.decorators import project_view
from tec.accounts.policy import can
from tec.documents.models import Revision
from tec.documents.revisions import StaleRevision
from tec.editor import pages, services
from tec.editor.context import editor_context
from tec.editor.diff import document_diff
from tec.editor.state import from_post
from tec.schemas import registry


@project_view("view", methods=("GET", "HEAD", "POST"), descriptor=True)
def descriptor_edit(request, project, key):
    context = editor_context(project, key)
    editable = can(request.user, "edit", project, key)
    if request.method != "POST":
        return _form_page(request, pages.opened(context, readonly=not editable))
    if not editable:
        raise PermissionDenied("Your team does not edit this descriptor.")
    state, action = from_post(request.POST)
    base = _number(request.POST.get("_base_revision"))
    if not action.saves:
        return _form_page(request, pages.unjudged(context, state, action, base))
    page = pages.judged(context, state, base, message=request.POST.get("_message", ""))
    if not page.form.is_valid():
        return _form_page(request, page)
    try:
        instance = services.descriptor_save(
            project=project, key=key, document=page.form.document, user=request.user, base_revision=base,
            originals=page.form.originals, follow=action.verb == "follow", message=page.message,
        )
    except StaleRevision as stale:
        page.show_stale(stale)
    except services.SaveRefused as refused:
        page.show_problems(refused.problems)
    except services.RenamesProposed as proposed:
        page.renames = proposed.renames
    else:
        messages.success(request, f"Saved the {registry.get(key).label} as revision {instance.revision.number}.")
        return redirect("descriptor_edit", project.slug, key)
    return _form_page(request, page)


def _form_page(request, page):
    page.form.comment_threads = comments_for(page.context.project, page.context.key)
    return render(request, "editor/edit.html", page.template_context())


def _number(text):
    try:
        return max(0, int(text))
    except (TypeError, ValueError):
        return None


@project_view("view", descriptor=True)
def descriptor_history(request, project, key):
    revisions = list(Revision.objects.filter(project=project, descriptor_key=key)
                     .select_related("author").order_by("-number").defer("document"))
    return render(request, "editor/history.html", {
        "project": project, "descriptor": registry.get(key), "revisions": revisions,
        "may_restore": can(request.user, "edit", project, key),
    })


@project_view("view", descriptor=True)
def revision_compare(request, project, key):
    numbers = sorted({_number(request.GET.get("from")), _number(request.GET.get("to"))} - {None})
    if len(numbers) != 2:
        messages.info(request, "Choose two different revisions to compare.")
        return redirect("descriptor_history", project.slug, key)
    older, newer = (_revision(project, key, n) for n in numbers)
    return render(request, "editor/compare.html", {
        "project": project, "descriptor": registry.get(key), "older": older, "newer": newer,
        "changes": document_diff(older.to_document(), newer.to_document()),
    })


@project_view("view", descriptor=True)
def revision_detail(request, project, key, number):
    revision = _revision(project, key, number)
    page = pages.revision(editor_context(project, key), revision)
    return render(request, "editor/revision.html", {
        **page.template_context(), "revision": revision,
        "may_restore": can(request.user, "edit", project, key) and revision.number != page.base_revision,
    })


@project_view("edit", methods=("POST",), descriptor=True)
def revision_restore(request, project, key, number):
    _revision(project, key, number)
    try:
        instance = services.revision_restore(project=project, key=key, number=number, user=request.user,
                                             base_revision=_number(request.POST.get("_base_revision")))
    except StaleRevision:
        messages.error(request, "Somebody saved this descriptor meanwhile; look at the latest revision first.")
    except services.SaveRefused as refused:
        messages.error(request, f"Revision {number} cannot be restored: "
                                + " ".join(problem.message for problem in refused.problems))
    else:
        messages.success(request, f"Restored revision {number} as revision {instance.revision.number}.")
        return redirect("descriptor_edit", project.slug, key)
    return redirect(reverse("descriptor_history", args=[project.slug, key]))


def _revision(project, key, number):
    revision = Revision.objects.filter(project=project, descriptor_key=key, number=number).select_related("author").first()
    if revision is None:
        raise Http404("No such revision.")
    return revision

"""Downloads and two-step imports: check access, bind the form, call a service, respond."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from tec.accounts.access import project_for, visible_projects
from tec.exchange import services
from tec.exchange.exporters import DESCRIPTOR_EXPORTERS, PROJECT_EXPORTERS, PROJECTS_EXPORTERS, NothingToExport
from tec.exchange.forms import DescriptorUploadForm, NewProjectUploadForm, UploadForm
from tec.exchange.importers import ImportRefused
from tec.exchange.models import PendingImport
from tec.exchange.responses import download_response
from tec.schemas import registry


# --- exports -------------------------------------------------------------------------------

def _exporter(table: dict, identifier: str):
    if identifier not in table:
        raise Http404("No such export format.")
    return table[identifier]


@login_required
def project_export(request, slug, identifier):
    exporter = _exporter(PROJECT_EXPORTERS, identifier)
    project = project_for(request, slug, "export")
    return _download_or_back(request, project, exporter)


@login_required
def descriptor_export(request, slug, key, identifier):
    exporter_class = _exporter(DESCRIPTOR_EXPORTERS, identifier)
    project = project_for(request, slug, "export", descriptor_key=key)
    return _download_or_back(request, project, exporter_class(key))


def _download_or_back(request, project, exporter):
    try:
        return download_response(exporter.render(project))
    except NothingToExport as nothing:
        messages.info(request, f"Nothing to download: {nothing}.")
        return redirect(project)


@login_required
def summary_export(request):
    projects = visible_projects(request.user).order_by("name")
    return download_response(PROJECTS_EXPORTERS["summary"].render(projects))


# --- uploads ---------------------------------------------------------------------------------

@login_required
def descriptor_import(request, slug, key):
    project = project_for(request, slug, "import", descriptor_key=key)
    form = DescriptorUploadForm(request.POST or None, request.FILES or None)
    context = {"project": project, "descriptor": registry.get(key),
               "heading": f"Import a {registry.get(key).label} file"}
    return _upload(request, form, context, project=project, key=key)


@login_required
def project_import(request, slug):
    project = project_for(request, slug, "import")
    form = UploadForm(request.POST or None, request.FILES or None)
    context = {"project": project, "heading": "Import descriptors from a project file"}
    return _upload(request, form, context, project=project)


@login_required
def new_project_import(request):
    form = NewProjectUploadForm(request.POST or None, request.FILES or None)
    return _upload(request, form, {"heading": "Import a project"})


def _upload(request, form, context, **target):
    """Checks the upload in full and keeps it for the confirmation page, or shows why not."""
    refusal = None
    if request.method == "POST" and form.is_valid():
        file_name, content = form.upload()
        try:
            pending = services.pending_import_create(user=request.user, file_name=file_name, content=content,
                                                     new_project=form.new_project(), **target)
        except ImportRefused as refused:
            refusal = refused
        else:
            return redirect(pending)
    return render(request, "exchange/upload.html", {**context, "form": form, "refusal": refusal})


# --- confirmation ------------------------------------------------------------------------------

def _pending_for(request, token) -> PendingImport:
    """The user's own waiting upload, with the right to import into its project checked again."""
    pending = get_object_or_404(services.pending_imports_alive().select_related("project"),
                                token=token, user=request.user)
    if pending.project is not None:
        pending.project = project_for(request, pending.project.slug, "import", pending.descriptor_key or None)
    return pending


@login_required
def import_confirm(request, token):
    pending = _pending_for(request, token)
    try:
        plan = services.pending_import_plan(pending)
        if request.method == "POST" and request.POST.get("state") == plan.state:
            project = services.pending_import_confirm(pending=pending, plan=plan, user=request.user)
            messages.success(request, services.import_summary(plan))
            return redirect(project)
    except ImportRefused as refusal:
        return render(request, "exchange/confirm.html", {"pending": pending, "refusal": refusal})
    changed = request.method == "POST"
    return render(request, "exchange/confirm.html",
                  {"pending": pending, "plan": plan, "changed": changed, "latest_version": registry.LATEST_VERSION})


@login_required
@require_POST
def import_cancel(request, token):
    pending = _pending_for(request, token)
    target = pending.project
    services.pending_import_cancel(pending=pending)
    messages.info(request, f"Nothing was imported from {pending.file_name}.")
    return redirect(target) if target else redirect("project_list")

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render

from tec.accounts.access import project_for
from tec.mismatches import downloads, services
from tec.mismatches.forms import AcceptForm, ToleranceForm
from tec.mismatches.models import Acceptance
from tec.mismatches.presentation import condition_links


@login_required
def report(request, slug):
    project = project_for(request, slug, "view")
    result = services.project_report(project)
    return render(request, "mismatches/report.html", {
        "project": project,
        "result": result,
        "open": [(m, condition_links(project, m), AcceptForm(initial={"rule": m.rule, "fingerprint": m.fingerprint}))
                 for m in result.open],
        "accepted": [(m, condition_links(project, m), a) for m, a in result.accepted],
        "tolerance_form": ToleranceForm(initial={"tolerance": services.tolerance_for(project)}),
    })


def _not_a_post(request):
    """Checked after the project is loaded, so that non-members get 404 whatever the method."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


@login_required
def accept(request, slug):
    project = project_for(request, slug, "comment")
    if refused := _not_a_post(request):
        return refused
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the team can live with this mismatch.")
        return redirect("mismatch_report", slug=slug)
    try:
        services.mismatch_accept(project=project, user=request.user, **form.cleaned_data)
        messages.success(request, f"Rule {form.cleaned_data['rule']} is accepted for now.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mismatch_report", slug=slug)


@login_required
def withdraw(request, slug, pk):
    project = project_for(request, slug, "comment")
    if refused := _not_a_post(request):
        return refused
    acceptance = get_object_or_404(Acceptance, project=project, pk=pk, withdrawn_at=None)
    services.acceptance_withdraw(acceptance=acceptance, user=request.user)
    messages.success(request, f"Rule {acceptance.rule} is open again.")
    return redirect("mismatch_report", slug=slug)


@login_required
def tolerance(request, slug):
    project = project_for(request, slug, "manage_members")
    if refused := _not_a_post(request):
        return refused
    form = ToleranceForm(request.POST)
    if form.is_valid():
        services.tolerance_set(project=project, tolerance=form.cleaned_data["tolerance"])
        messages.success(request, "Tolerance saved; the report uses it from now on.")
    else:
        messages.error(request, "The tolerance must be a number of at least 0.")
    return redirect("mismatch_report", slug=slug)


@login_required
def download(request, slug, fmt):
    project = project_for(request, slug, "export")
    if fmt not in downloads.FORMATS:
        raise Http404("No such report format.")
    content_type, render_file = downloads.FORMATS[fmt]
    response = HttpResponse(render_file(project, services.project_report(project)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{downloads.filename(project, fmt)}"'
    return response

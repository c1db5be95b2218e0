from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from tec.accounts.decorators import project_view
from tec.mismatches import downloads, services
from tec.mismatches.forms import AcceptForm, ToleranceForm
from tec.mismatches.models import Acceptance
from tec.mismatches.presentation import condition_links, missing_links

POST = ("POST",)


@project_view("view")
def report(request, project):
    result = services.project_report(project)
    return render(request, "mismatches/report.html", {
        "project": project,
        "result": result,
        "open": [(m, condition_links(project, m), AcceptForm(initial={"rule": m.rule, "fingerprint": m.fingerprint}))
                 for m in result.open],
        "accepted": [(m, condition_links(project, m), a) for m, a in result.accepted],
        "missing": missing_links(project, result),
        "tolerance_form": ToleranceForm(initial={"tolerance": services.tolerance_for(project)}),
    })


@project_view("comment", methods=POST)
def accept(request, project):
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the team can live with this mismatch.")
        return redirect("mismatch_report", slug=project.slug)
    try:
        services.mismatch_accept(project=project, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("mismatch_report", slug=project.slug)
    messages.success(request, f"Rule {form.cleaned_data['rule']} is accepted for now.")
    return _back_to_rule(project, form.cleaned_data["rule"])


@project_view("comment", methods=POST)
def withdraw(request, project, pk):
    acceptance = get_object_or_404(Acceptance, project=project, pk=pk, withdrawn_at=None)
    services.acceptance_withdraw(acceptance=acceptance, user=request.user)
    messages.success(request, f"Rule {acceptance.rule} is open again.")
    return _back_to_rule(project, acceptance.rule)


def _back_to_rule(project, rule: str):
    """The report scrolled to the mismatch just decided on, so a long report does not lose the reader's place."""
    return redirect(reverse("mismatch_report", kwargs={"slug": project.slug}) + f"#rule-{rule}")


@project_view("manage_members", methods=POST)
def tolerance(request, project):
    form = ToleranceForm(request.POST)
    if form.is_valid():
        services.tolerance_set(project=project, tolerance=form.cleaned_data["tolerance"])
        messages.success(request, "Tolerance saved; the report uses it from now on.")
    else:
        messages.error(request, "The tolerance must be a number of at least 0.")
    return redirect("mismatch_report", slug=project.slug)


@project_view("export")
def download(request, project, fmt):
    if fmt not in downloads.FORMATS:
        raise Http404("No such report format.")
    content_type, render_file = downloads.FORMATS[fmt]
    response = HttpResponse(render_file(project, services.project_report(project)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{downloads.filename(project, fmt)}"'
    return response

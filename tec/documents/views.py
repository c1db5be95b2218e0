from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from tec.documents import selectors
from tec.schemas import registry


def home(request):
    return redirect("project_list")


def healthz(request):
    """Liveness for containers and load balancers; touches no database."""
    return HttpResponse("ok", content_type="text/plain")


def _visible_projects(request):
    return selectors.project_list()


@login_required
def project_list(request):
    projects = list(_visible_projects(request))
    for project in projects:
        project.filled = selectors.filled_count(project)
    return render(request, "documents/project_list.html", {"projects": projects, "total": len(registry.KEYS)})


@login_required
def project_detail(request, slug):
    project = get_object_or_404(_visible_projects(request), slug=slug)
    rows = [
        {"descriptor": d, "filled": getattr(project, f"has_{d.key}")} for d in registry.DESCRIPTORS
    ]
    return render(request, "documents/project_detail.html", {"project": project, "rows": rows})

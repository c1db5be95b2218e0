from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render

from tec.accounts import dashboard
from tec.accounts.access import project_for, visible_projects
from tec.documents import selectors
from tec.guide import views as guide_views
from tec.schemas import registry


def home(request):
    if not request.user.is_authenticated:
        return guide_views.intro(request)  # a first visit starts with what TEC is for
    return redirect("dashboard")


def healthz(request):
    """Liveness for containers and load balancers; touches no database."""
    return HttpResponse("ok", content_type="text/plain")


def _visible_projects(request):
    return selectors.project_list(queryset=visible_projects(request.user))


@login_required
def project_list(request):
    projects = list(_visible_projects(request))
    for project in projects:
        project.filled = selectors.filled_count(project)
    return render(request, "documents/project_list.html", {"projects": projects, "total": len(registry.KEYS)})


@login_required
def project_detail(request, slug):
    project = project_for(request, slug)
    grid = dashboard.project_grids(request.user, [dashboard.membership_of(request.user, project)])[0]
    rows = [{"descriptor": cell.descriptor, "filled": cell.filled, "cell": cell} for cell in grid.cells]
    return render(request, "documents/project_detail.html", {"project": grid.project, "rows": rows, "grid": grid})

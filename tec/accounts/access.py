"""Loading projects for a request: the only way views get hold of a project."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from tec.accounts.policy import can
from tec.documents.models import Project
from tec.schemas import registry


def visible_projects(user):
    """The projects this user is a member of (none for anonymous users)."""
    if not getattr(user, "is_authenticated", False):
        return Project.objects.none()
    return Project.objects.filter(memberships__user=user)


def project_for(request, slug, action="view", descriptor_key=None) -> Project:
    """The project, if the user may do `action`: 404 for non-members and unknown descriptors, 403 otherwise."""
    if descriptor_key is not None and descriptor_key not in registry.BY_KEY:
        raise Http404("No such descriptor.")
    project = visible_projects(request.user).filter(slug=slug).first()
    if project is None:
        raise Http404("No such project.")
    if not can(request.user, action, project, descriptor_key):
        raise PermissionDenied(f"You may not {action.replace('_', ' ')} here.")
    return project

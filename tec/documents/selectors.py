"""Read-side queries for projects and their descriptors."""

from django.db.models import Exists, OuterRef

from tec.documents.models import Project, model_for
from tec.schemas import registry


def project_list(*, queryset=None):
    """Projects with one boolean annotation per descriptor saying whether it is filled (one query)."""
    queryset = Project.objects.all() if queryset is None else queryset
    return queryset.annotate(
        **{f"has_{key}": Exists(model_for(key).objects.filter(project=OuterRef("pk"))) for key in registry.KEYS}
    )


def filled_count(project) -> int:
    return sum(bool(getattr(project, f"has_{key}")) for key in registry.KEYS)


def documents_by_project(projects) -> dict:
    """project id -> {descriptor key -> 1.2 document or None}: one query per descriptor, however many projects."""
    ids = [project.pk for project in projects]
    found = {pk: dict.fromkeys(registry.KEYS) for pk in ids}
    for key in registry.KEYS:
        for instance in model_for(key).objects.filter(project_id__in=ids):
            found[instance.project_id][key] = instance.to_document()
    return found

"""Write-side operations on projects and descriptor documents."""

from django.db import transaction

from tec.documents.models import Project, model_for


def document_save(*, project: Project, key: str, document: dict):
    """Validates and stores one descriptor document of a project, replacing the previous one."""
    instance = model_for(key).from_document(project, document)
    instance.save()
    return instance


@transaction.atomic
def project_create_from_bundle(*, bundle: dict) -> Project:
    """A new project holding every descriptor of a bundle; all or nothing."""
    info = bundle["project"]
    project = Project.objects.create(
        name=info["name"], description=info.get("description", ""), point_of_contact=info.get("point_of_contact", "")
    )
    for key, document in bundle["descriptors"].items():
        if document:
            document_save(project=project, key=key, document=document)
    return project

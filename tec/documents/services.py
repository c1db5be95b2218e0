"""Write-side operations on projects and descriptor documents."""

from django.db import transaction

from tec.accounts import workflow
from tec.documents import revisions
from tec.documents.models import Project, model_for


def document_save(*, project: Project, key: str, document: dict, user=None, message="", base_revision=None):
    """Validates and stores one descriptor document of a project, replacing the previous one.

    Every save is kept as a revision (`instance.revision`). With `base_revision` (the revision
    an editor started from; 0 for none) a save is refused with StaleRevision when somebody
    else saved in between.
    """
    with transaction.atomic():
        revisions.lock_project(project)
        latest = revisions.latest_revision(project, key)
        revisions.check_base(latest, base_revision)
        previous = revisions.unrecorded_document(project, key, latest)
        instance = model_for(key).from_document(project, document)
        instance.save()
        instance.revision = revisions.revision_record(
            project=project, key=key, document=instance.to_document(), latest=latest, previous=previous,
            user=user, message=message,
        )
        workflow.document_saved(project, key, user)
    return instance


@transaction.atomic
def project_create_from_bundle(*, bundle: dict, user=None, message="") -> Project:
    """A new project holding every descriptor of a bundle; all or nothing."""
    info = bundle["project"]
    project = Project.objects.create(
        name=info["name"], description=info.get("description", ""), point_of_contact=info.get("point_of_contact", "")
    )
    for key, document in bundle["descriptors"].items():
        if document:
            document_save(project=project, key=key, document=document, user=user, message=message)
    return project

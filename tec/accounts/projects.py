"""Creating, changing and deleting projects as a user (the owner)."""

import logging

from django.db import transaction

from tec.accounts.members import member_add
from tec.accounts.models import Comment, Event
from tec.documents.models import Project
from tec.documents.models.base import unique_slug

log = logging.getLogger(__name__)
# Path segments under /projects/ that are pages, not project slugs.
RESERVED_SLUGS = frozenset({"new"})


def free_slug(name: str) -> str:
    slug = unique_slug(name)
    return slug if slug not in RESERVED_SLUGS else unique_slug(f"{name} project")


@transaction.atomic
def project_create(*, name, description, point_of_contact="", owner) -> Project:
    """A new, empty project whose creator is its owner."""
    project = Project.objects.create(name=name, slug=free_slug(name), description=description,
                                     point_of_contact=point_of_contact)
    member_add(project=project, user=owner, team=None, is_owner=True, by=owner)
    Event.objects.create(project=project, actor=owner, verb=Event.Verb.PROJECT_CREATED, detail=name[:300])
    return project


@transaction.atomic
def project_update(*, project, user, **fields) -> Project:
    changed = sorted(name for name, value in fields.items() if getattr(project, name) != value)
    if changed:
        note = _change_note(project, fields, changed)
        for name in changed:
            setattr(project, name, fields[name])
        project.save()
        Event.objects.create(project=project, actor=user, verb=Event.Verb.PROJECT_CHANGED, detail=note[:300])
    return project


def _change_note(project, fields, changed) -> str:
    """'name: Old → New; description': short values with before and after, long texts by name only."""
    return "; ".join(
        f"{name}: {getattr(project, name)} → {fields[name]}" if name in ("name", "slug") else name.replace("_", " ")
        for name in changed
    )


def project_losses(project) -> dict:
    """What deleting the project throws away, for the confirmation page."""
    return {
        "documents": [key for key, doc in project.stored_documents().items() if doc is not None],
        "members": project.memberships.count(),
        "comments": Comment.objects.filter(project=project).count(),
        "events": project.events.count(),
    }


@transaction.atomic
def project_delete(*, project, user):
    # The audit trail goes with the project, so the deletion itself is logged outside it.
    log.warning("project %r (id %s) deleted by %s", project.name, project.pk, user)
    project.delete()

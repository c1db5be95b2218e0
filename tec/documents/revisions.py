"""Recording revisions and refusing saves based on a revision that is no longer the latest."""

from tec.documents.models import Project, Revision


class StaleRevision(Exception):
    """The document was saved by someone else since the editor read revision `base`."""

    def __init__(self, base, current):
        self.base = base
        self.current = current  # the latest Revision
        super().__init__(f"based on revision {base}, but revision {current.number} is the latest")


def latest_revision(project, key):
    return Revision.objects.filter(project=project, descriptor_key=key).order_by("-number").first()


def latest_number(project, key) -> int:
    """0 when nothing was saved yet (or only before history was kept)."""
    latest = latest_revision(project, key)
    return latest.number if latest else 0


def lock_project(project):
    """Serialises saves within one project until the transaction ends (no-op on SQLite, which locks the file)."""
    list(Project.objects.select_for_update().filter(pk=project.pk).values_list("pk", flat=True))


def check_base(latest, base_revision):
    """Refuses a save that started from another revision than the latest (None: no check)."""
    if base_revision is not None and latest is not None and latest.number != base_revision:
        raise StaleRevision(base_revision, latest)


def unrecorded_document(project, key, latest):
    """The stored document when it has no revision yet (saved before history was kept), else None."""
    if latest is not None:
        return None
    stored = project.stored_document(key)
    return stored.to_document() if stored else None


def revision_record(*, project, key, document, latest, previous=None, user=None, message="") -> Revision:
    """Stores the document as the revision after `latest`; an unrecorded previous document is kept first."""
    number = latest.number if latest else 0
    if previous is not None:
        number += 1
        Revision.objects.create(project=project, descriptor_key=key, number=number, document=previous,
                                message="As it was before history was kept")
    return Revision.objects.create(
        project=project, descriptor_key=key, number=number + 1, document=document,
        author=user if getattr(user, "is_authenticated", False) else None, message=message[:300],
    )

"""Comments on descriptors, optionally tied to one field by a JSON path like output_spec[1].item_type."""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from tec.accounts.models import Comment, Event
from tec.accounts.policy import can
from tec.schemas import loader

_PATH = re.compile(r"^[A-Za-z_][\w-]*(\[\d+\])*(\.[A-Za-z_][\w-]*(\[\d+\])*)*$")
_INDEX = re.compile(r"\[\d+\]")


class CommentError(Exception):
    pass


@dataclass
class Threads:
    """A descriptor's comments grouped by field path ('' for the descriptor as a whole)."""

    project: object
    key: str
    by_path: dict = field(default_factory=dict)

    def at(self, path: str) -> list:
        return self.by_path.get(path, [])

    def open_count(self) -> int:
        return sum(not c.is_resolved for comments in self.by_path.values() for c in comments)


def comments_for(project, key) -> Threads:
    """Every comment on one descriptor, grouped by path, oldest first (one query)."""
    threads = Threads(project=project, key=key)
    for comment in Comment.objects.filter(project=project, descriptor_key=key).select_related("author", "resolved_by"):
        comment.project = project  # spares a query per comment when the policy asks about it
        threads.by_path.setdefault(comment.path, []).append(comment)
    return threads


def path_problem(key, path) -> str | None:
    """Why `path` names no field of the descriptor's schema, or None when it does."""
    if not path:
        return None
    if not _PATH.match(path):
        return "Write the field as a path such as output_spec[1].item_type."
    schema = loader.schema_view(key)
    for part in _INDEX.sub("", path).split("."):
        schema = schema.get("items", schema)
        properties = schema.get("properties", {})
        if part not in properties:
            return f"The descriptor has no field {path!r}."
        schema = properties[part]
    return None


@transaction.atomic
def comment_add(*, project, key, user, body, path="") -> Comment:
    if not body.strip():
        raise CommentError("Write something first.")
    problem = path_problem(key, path)
    if problem:
        raise CommentError(problem)
    comment = Comment.objects.create(project=project, descriptor_key=key, path=path, author=user, body=body.strip())
    Event.objects.create(project=project, descriptor_key=key, actor=user, verb=Event.Verb.COMMENTED,
                         comment=comment, detail=path)
    return comment


def may_resolve(user, comment) -> bool:
    """The author, or whoever may edit the descriptor, closes a comment."""
    if not can(user, "comment", comment.project, comment.descriptor_key):
        return False
    return comment.author_id == user.pk or can(user, "edit", comment.project, comment.descriptor_key)


@transaction.atomic
def comment_resolve(*, comment, user) -> Comment:
    if comment.is_resolved:
        return comment
    if not may_resolve(user, comment):
        raise CommentError("Only the author or the producing team resolves a comment.")
    comment.resolved_at, comment.resolved_by = timezone.now(), user
    comment.save(update_fields=["resolved_at", "resolved_by"])
    Event.objects.create(project=comment.project, descriptor_key=comment.descriptor_key, actor=user,
                         verb=Event.Verb.RESOLVED, comment=comment, detail=comment.path)
    return comment

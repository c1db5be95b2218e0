"""Who belongs to a project, which team produces each descriptor, and the review trail."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models

from tec.accounts.teams import TEAMS
from tec.schemas import registry

DESCRIPTOR_CHOICES = [(d.key, d.label) for d in registry.DESCRIPTORS]
TEAM_GROUP_FILTER = {"name__in": list(TEAMS.values())}


class Membership(models.Model):
    """A user's place in a project: the team they work for there, and whether they lead it."""

    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    team = models.ForeignKey(
        Group, on_delete=models.PROTECT, null=True, blank=True, limit_choices_to=TEAM_GROUP_FILTER,
        related_name="memberships", help_text="Empty for an owner who belongs to no team.",
    )
    is_owner = models.BooleanField("owner (lead)", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="one_membership_per_project_and_user"),
            models.CheckConstraint(
                condition=models.Q(team__isnull=False) | models.Q(is_owner=True), name="member_has_team_or_owns",
                violation_error_message="A member who is not an owner needs a team.",
            ),
        ]
        ordering = ["project", "user__username"]

    def __str__(self):
        role = "owner" if self.is_owner else "member"
        return f"{self.user} in {self.project} ({self.team or 'no team'}, {role})"


class DescriptorOwnership(models.Model):
    """Which team produces one descriptor of one project; every other team consumes it."""

    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="ownerships")
    descriptor_key = models.CharField("descriptor", max_length=40, choices=DESCRIPTOR_CHOICES)
    team = models.ForeignKey(Group, on_delete=models.PROTECT, limit_choices_to=TEAM_GROUP_FILTER,
                             related_name="+", verbose_name="producing team")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "descriptor_key"], name="one_producer_per_descriptor"),
        ]
        ordering = ["project", "descriptor_key"]
        verbose_name = "descriptor ownership"

    def __str__(self):
        return f"{registry.get(self.descriptor_key).label} of {self.project}: {self.team}"


class Status(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    APPROVED = "approved", "Approved"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"


class DescriptorState(models.Model):
    """Where one descriptor of one project stands in the review workflow."""

    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="descriptor_states")
    descriptor_key = models.CharField("descriptor", max_length=40, choices=DESCRIPTOR_CHOICES)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    last_editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", help_text="Never allowed to review this descriptor.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "descriptor_key"], name="one_state_per_descriptor"),
        ]
        ordering = ["project", "descriptor_key"]
        verbose_name = "descriptor status"
        verbose_name_plural = "descriptor statuses"

    def __str__(self):
        return f"{registry.get(self.descriptor_key).label} of {self.project}: {self.get_status_display()}"


class Comment(models.Model):
    """A remark on a descriptor, optionally on one field (a JSON path such as output_spec[1].item_type)."""

    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="comments")
    descriptor_key = models.CharField("descriptor", max_length=40, choices=DESCRIPTOR_CHOICES)
    path = models.CharField("field", max_length=300, blank=True, help_text="Empty for the descriptor as a whole.")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["project", "descriptor_key", "path"])]

    def __str__(self):
        where = f" at {self.path}" if self.path else ""
        return f"{self.author} on {registry.get(self.descriptor_key).label}{where}"

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None


class Event(models.Model):
    """One line of a project's audit trail: who did what, when. Rows are only ever added."""

    class Verb(models.TextChoices):
        EDITED = "edited", "edited"
        CLEARED = "cleared", "cleared"
        SUBMITTED = "submitted", "submitted for review"
        WITHDRAWN = "withdrawn", "withdrew from review"
        APPROVED = "approved", "approved"
        CHANGES_REQUESTED = "changes_requested", "requested changes"
        STATUS_SET = "status_set", "set the status"
        COMMENTED = "commented", "commented"
        RESOLVED = "resolved", "resolved a comment"
        MEMBER_ADDED = "member_added", "added a member"
        MEMBER_CHANGED = "member_changed", "changed a member"
        MEMBER_REMOVED = "member_removed", "removed a member"
        PRODUCER_CHANGED = "producer_changed", "changed the producing team"
        PROJECT_CREATED = "project_created", "created the project"
        PROJECT_CHANGED = "project_changed", "changed the project"

    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="events")
    descriptor_key = models.CharField("descriptor", max_length=40, choices=DESCRIPTOR_CHOICES, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    verb = models.CharField(max_length=30, choices=Verb.choices)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    comment = models.ForeignKey(Comment, on_delete=models.SET_NULL, null=True, blank=True, related_name="events")
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["project", "descriptor_key"])]

    def __str__(self):
        return f"{self.actor or 'someone'} {self.get_verb_display()} ({self.created_at:%Y-%m-%d %H:%M})"

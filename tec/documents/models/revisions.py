"""Revisions: every save of a descriptor document keeps the whole document, who saved it and why."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from tec.schemas import loader, registry
from tec.schemas.layout import order_like_schema


class RevisionImmutable(Exception):
    pass


class Revision(models.Model):
    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, related_name="revisions")
    descriptor_key = models.CharField(
        "descriptor", max_length=40, choices=[(d.key, d.label) for d in registry.DESCRIPTORS]
    )
    number = models.PositiveIntegerField(help_text="1 for the first save of this descriptor, then 2, 3, …")
    document = models.JSONField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    message = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["project", "descriptor_key", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "descriptor_key", "number"], name="one_revision_number"),
        ]

    def __str__(self):
        return f"{registry.get(self.descriptor_key).label} of {self.project}, revision {self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise RevisionImmutable("A revision is never changed once stored.")
        super().save(*args, **kwargs)

    def to_document(self) -> dict:
        """The stored document in schema key order (PostgreSQL's jsonb does not keep the order)."""
        return order_like_schema(self.document, loader.schema_view(self.descriptor_key))

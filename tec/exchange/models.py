"""Uploads waiting between the upload and the confirmation page."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse


class PendingImport(models.Model):
    """The uploaded bytes, kept server-side; they are read and checked again in full on confirmation."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey("documents.Project", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="+", help_text="Empty when the file becomes a new project.")
    descriptor_key = models.CharField(max_length=40, blank=True, help_text="Set for a one-descriptor import.")
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    # Name, description and point of contact given on the upload form for a new project.
    new_project = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} by {self.user}"

    def get_absolute_url(self):
        return reverse("exchange_import_confirm", args=[self.token])

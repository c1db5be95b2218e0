"""What TEC stores about mismatches: per-project settings and accepted mismatches.

The report itself is never stored; it is computed from the documents on every view.
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from tec.documents.models import Project


class MismatchSettings(models.Model):
    project = models.OneToOneField(Project, on_delete=models.CASCADE, related_name="mismatch_settings")
    tolerance = models.FloatField(
        default=0.0,
        validators=[MinValueValidator(0.0)],
        help_text="Numbers (statistics, label percentages) that differ by at most this much count as equal.",
    )

    class Meta:
        verbose_name_plural = "mismatch settings"

    def __str__(self):
        return f"Mismatch settings of {self.project}"


class Acceptance(models.Model):
    """A member's decision to live with one mismatch as it stands.

    It applies only while the mismatch has the same fingerprint (rule and condition
    lines); when the conditions change the acceptance lapses and the mismatch is open again.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="acceptances")
    rule = models.CharField(max_length=8)
    fingerprint = models.CharField(max_length=64)
    conditions = models.JSONField(help_text="The condition lines as they were when accepted.")
    justification = models.TextField()
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField(auto_now_add=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-accepted_at"]
        indexes = [models.Index(fields=["project", "rule", "fingerprint"])]

    def __str__(self):
        return f"Rule {self.rule} accepted in {self.project}"

"""The editor's own tables: the open vocabularies and the goal-number counter of each project."""

from django.db import models

from tec.editor.vocabularies import CHOICES


class VocabularyTerm(models.Model):
    """One entry of a vocabulary: seeded, typed by a user, or added by staff."""

    vocabulary = models.CharField(max_length=40, choices=CHOICES)
    value = models.CharField(max_length=200)
    is_active = models.BooleanField(
        "offered", default=True, help_text="Untick to stop suggesting it; documents keep whatever they hold."
    )
    seeded = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["vocabulary", "value"]
        constraints = [models.UniqueConstraint(fields=["vocabulary", "value"], name="one_term_per_vocabulary")]
        verbose_name = "vocabulary term"

    def __str__(self):
        return f"{self.value} ({self.get_vocabulary_display()})"


class GoalCounter(models.Model):
    """The highest goal number ever issued in a project, so that ids are never given out twice."""

    project = models.OneToOneField("documents.Project", on_delete=models.CASCADE, related_name="+")
    last_issued = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.project}: G-{self.last_issued:02d}"

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from tec.documents.models import Revision
from tec.editor.models import VocabularyTerm


@admin.register(VocabularyTerm)
class VocabularyTermAdmin(admin.ModelAdmin):
    """Staff curate the suggestion lists: fix spelling, untick duplicates, add terms."""

    list_display = ("value", "vocabulary", "is_active", "seeded", "created_at")
    list_editable = ("is_active",)
    list_filter = ("vocabulary", "is_active", "seeded")
    search_fields = ("value",)
    ordering = ("vocabulary", "value")


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    """Revisions are history: readable, never edited."""

    list_display = ("project", "descriptor_key", "number", "author", "message", "created_at")
    list_filter = ("descriptor_key", "project")
    list_select_related = ("project", "author")
    search_fields = ("project__name", "message", "author__username")
    readonly_fields = ("project", "descriptor_key", "number", "author", "message", "created_at", "document",
                       "in_the_editor")
    exclude = ()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="in the editor")
    def in_the_editor(self, obj):
        return format_html('<a href="{}">Read it</a>',
                           reverse("revision_detail", args=[obj.project.slug, obj.descriptor_key, obj.number]))

from django.contrib import admin

from tec.exchange.models import PendingImport


@admin.register(PendingImport)
class PendingImportAdmin(admin.ModelAdmin):
    """Uploads waiting for confirmation; they expire after a day and are only ever deleted here."""

    list_display = ("file_name", "user", "project", "descriptor_key", "created_at")
    list_select_related = ("user", "project")
    fields = ("file_name", "user", "project", "descriptor_key", "new_project", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

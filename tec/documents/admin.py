from django.contrib import admin

from tec.documents.models import DOCUMENT_MODELS, Project


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("name", "point_of_contact", "updated_at")
    search_fields = ("name", "description", "point_of_contact")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("created_at", "updated_at")


class DescriptorAdmin(admin.ModelAdmin):
    """Admin for one generated descriptor model; saving runs the same schema validation as every path."""

    list_select_related = ("project",)
    search_fields = ("project__name",)
    readonly_fields = ("created_at", "updated_at")

    def get_list_display(self, request):
        text_columns = [c.name for c in self.model.columns() if c.kind in ("string", "enum")][:2]
        return ("project", *text_columns, "updated_at")

    def get_list_filter(self, request):
        return [c.name for c in self.model.columns() if c.kind in ("enum", "boolean")] or ["updated_at"]


for model in DOCUMENT_MODELS:
    admin.site.register(model, DescriptorAdmin)

admin.site.site_header = "TEC administration"
admin.site.site_title = "TEC admin"

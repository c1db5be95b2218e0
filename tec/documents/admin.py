from django.contrib import admin
from django.db import models
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.html import format_html

from tec.documents.models import DOCUMENT_MODELS, Project, Revision
from tec.editor.admin_forms import ArrayJSONField, DescriptorAdminForm, admin_fieldsets
from tec.editor.services import descriptor_save
from tec.exchange.admin_actions import backup_export


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("name", "point_of_contact", "updated_at")
    search_fields = ("name", "description", "point_of_contact")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("created_at", "updated_at")
    actions = [backup_export]


class DescriptorAdmin(admin.ModelAdmin):
    """One generated descriptor model: columns as admin fields, arrays in a JSON editor.

    Saving goes through the editor's service like every other save: the schema, the links
    between descriptors and goal ids are checked, and a revision is recorded.
    """

    form = DescriptorAdminForm
    list_select_related = ("project",)
    readonly_fields = ("created_at", "updated_at", "editor_links")
    formfield_overrides = {models.JSONField: {"form_class": ArrayJSONField}}

    def get_list_display(self, request):
        text_columns = [c.name for c in self.model.columns() if c.kind in ("string", "enum")][:2]
        return ("project", *text_columns, "revision_number", "updated_at")

    def get_list_filter(self, request):
        return ["project", *[c.name for c in self.model.columns() if c.kind in ("enum", "boolean")]]

    def get_search_fields(self, request):
        return ["project__name", *[c.name for c in self.model.columns() if c.kind in ("string", "enum", "uri")]]

    def get_readonly_fields(self, request, obj=None):
        return (*self.readonly_fields, "project") if obj else self.readonly_fields

    def get_fieldsets(self, request, obj=None):
        return admin_fieldsets(self.model) + [("Record", {"fields": ["editor_links", "extra_properties",
                                                                     "created_at", "updated_at", "base_revision"]})]

    def get_queryset(self, request):
        latest = Revision.objects.filter(project=OuterRef("project"), descriptor_key=self.model.descriptor_key)
        return super().get_queryset(request).annotate(
            latest_revision=Subquery(latest.order_by("-number").values("number")[:1])
        )

    @admin.display(description="revision", ordering="latest_revision")
    def revision_number(self, obj):
        return obj.latest_revision

    @admin.display(description="in the editor")
    def editor_links(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        key = self.model.descriptor_key
        return format_html('<a href="{}">Form</a> · <a href="{}">History</a>',
                           reverse("descriptor_edit", args=[obj.project.slug, key]),
                           reverse("descriptor_history", args=[obj.project.slug, key]))

    def save_model(self, request, obj, form, change):
        instance = descriptor_save(project=obj.project, key=self.model.descriptor_key, document=obj.to_document(),
                                   user=request.user, base_revision=form.cleaned_data.get("base_revision"),
                                   message="Saved in the admin")
        obj.pk = instance.pk


for model in DOCUMENT_MODELS:
    admin.site.register(model, DescriptorAdmin)

admin.site.site_header = "TEC administration"
admin.site.site_title = "TEC admin"

"""Admin for memberships, producing teams, statuses and the review trail.

Changes made here go through the same services as the site, so they land in the audit trail.
Superusers see everything; other staff only the projects they may manage, as the policy says.
"""

from django import forms
from django.contrib import admin

from tec.accounts import members, ownership, workflow
from tec.accounts.access import visible_projects
from tec.accounts.models import Comment, DescriptorOwnership, DescriptorState, Event, Membership
from tec.accounts.policy import can


# Lists only projects the admin user may see, not every project's name.
PROJECT_FILTER = ("project", admin.RelatedOnlyFieldListFilter)


class ProjectScopedAdmin(admin.ModelAdmin):
    list_select_related = ("project",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(project__in=visible_projects(request.user))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or request.user.is_superuser:
            return allowed
        return allowed and can(request.user, "manage_project", obj.project)

    def has_delete_permission(self, request, obj=None):
        return False  # nothing in the review trail disappears silently

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "project" and not request.user.is_superuser:
            kwargs["queryset"] = visible_projects(request.user).filter(memberships__is_owner=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class MembershipAdminForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["project", "user", "team", "is_owner"]

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if instance.pk and instance.is_owner and not cleaned.get("is_owner") and members.is_last_owner(instance):
            self.add_error("is_owner", "A project needs at least one owner: make somebody else an owner first.")
        return cleaned


@admin.register(Membership)
class MembershipAdmin(ProjectScopedAdmin):
    form = MembershipAdminForm
    list_display = ("user", "project", "team", "is_owner", "created_at")
    list_filter = ("team", "is_owner", PROJECT_FILTER)
    search_fields = ("user__username", "user__email", "project__name")
    list_select_related = ("project", "user", "team")
    autocomplete_fields = ("user",)

    def get_readonly_fields(self, request, obj=None):
        return ("project", "user") if obj else ()

    def save_model(self, request, obj, form, change):
        if change:
            stored = Membership.objects.get(pk=obj.pk)
            members.member_change(membership=stored, team=obj.team, is_owner=obj.is_owner, by=request.user)
        else:
            members.member_add(project=obj.project, user=obj.user, team=obj.team, is_owner=obj.is_owner,
                               by=request.user)

    def has_delete_permission(self, request, obj=None):
        return super(ProjectScopedAdmin, self).has_delete_permission(request, obj) and (
            obj is None or request.user.is_superuser or can(request.user, "manage_members", obj.project))

    def delete_model(self, request, obj):
        members.member_remove(membership=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for membership in queryset:
            members.member_remove(membership=membership, by=request.user)


@admin.register(DescriptorOwnership)
class DescriptorOwnershipAdmin(ProjectScopedAdmin):
    list_display = ("project", "descriptor_key", "team")
    list_filter = ("descriptor_key", "team", PROJECT_FILTER)
    search_fields = ("project__name",)
    list_select_related = ("project", "team")

    def get_readonly_fields(self, request, obj=None):
        return ("project", "descriptor_key") if obj else ()

    def save_model(self, request, obj, form, change):
        ownership.producer_set(project=obj.project, key=obj.descriptor_key, team=obj.team, user=request.user)


@admin.register(DescriptorState)
class DescriptorStateAdmin(ProjectScopedAdmin):
    list_display = ("project", "descriptor_key", "status", "last_editor", "updated_at")
    list_filter = ("status", "descriptor_key", PROJECT_FILTER)
    search_fields = ("project__name",)
    readonly_fields = ("project", "descriptor_key", "last_editor", "updated_at")
    fields = ("project", "descriptor_key", "status", "last_editor", "updated_at")

    def has_add_permission(self, request):
        return False  # states come into being through the workflow

    def save_model(self, request, obj, form, change):
        workflow.status_set(project=obj.project, key=obj.descriptor_key, user=request.user, status=obj.status,
                            note="set in the admin")


class ReadOnlyTrailAdmin(ProjectScopedAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(ReadOnlyTrailAdmin):
    list_display = ("project", "descriptor_key", "path", "author", "created_at", "resolved_at")
    list_filter = ("descriptor_key", PROJECT_FILTER)
    search_fields = ("body", "path", "author__username", "project__name")
    list_select_related = ("project", "author")


@admin.register(Event)
class EventAdmin(ReadOnlyTrailAdmin):
    list_display = ("created_at", "project", "descriptor_key", "actor", "verb", "from_status", "to_status", "detail")
    list_filter = ("verb", "descriptor_key", PROJECT_FILTER)
    search_fields = ("detail", "actor__username", "project__name")
    list_select_related = ("project", "actor")
    date_hierarchy = "created_at"

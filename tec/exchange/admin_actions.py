"""The staff backup: an admin action on projects (select all for every project)."""

from django.contrib import admin

from tec.exchange.exporters import PROJECTS_EXPORTERS
from tec.exchange.responses import download_response


@admin.action(description="Download a backup of the selected projects (zip of JSON bundles)", permissions=["view"])
def backup_export(modeladmin, request, queryset):
    return download_response(PROJECTS_EXPORTERS["backup"].render(queryset.order_by("name")))

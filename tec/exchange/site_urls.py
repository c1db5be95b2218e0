"""Mounted at exchange/ (see tec/urls.py): what belongs to no single project yet."""

from django.urls import path

from tec.exchange import views

urlpatterns = [
    path("import/", views.new_project_import, name="exchange_new_project_import"),
    path("imports/<uuid:token>/", views.import_confirm, name="exchange_import_confirm"),
    path("imports/<uuid:token>/cancel/", views.import_cancel, name="exchange_import_cancel"),
    path("summary.csv", views.summary_export, name="exchange_summary_export"),
]

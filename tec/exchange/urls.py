"""Mounted at projects/<slug>/ (see tec/urls.py): downloads and imports of one project."""

from django.urls import path

from tec.exchange import views

urlpatterns = [
    path("export/<str:identifier>/", views.project_export, name="exchange_project_export"),
    path("export/<str:key>/<str:identifier>/", views.descriptor_export, name="exchange_descriptor_export"),
    path("import/", views.project_import, name="exchange_project_import"),
    path("import/<str:key>/", views.descriptor_import, name="exchange_descriptor_import"),
]

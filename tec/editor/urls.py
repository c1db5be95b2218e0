"""Mounted at projects/<slug>/descriptors/ (see tec/urls.py)."""

from django.urls import path

from tec.editor import views

urlpatterns = [
    path("<str:key>/", views.descriptor_edit, name="descriptor_edit"),
    path("<str:key>/history/", views.descriptor_history, name="descriptor_history"),
    path("<str:key>/compare/", views.revision_compare, name="revision_compare"),
    path("<str:key>/revisions/<int:number>/", views.revision_detail, name="revision_detail"),
    path("<str:key>/revisions/<int:number>/restore/", views.revision_restore, name="revision_restore"),
]

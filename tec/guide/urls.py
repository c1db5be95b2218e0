from django.urls import path

from tec.guide import views

urlpatterns = [
    path("", views.intro, name="guide_intro"),
    path("producers-and-consumers/", views.producers, name="guide_producers"),
    path("relationships/", views.relationships, name="guide_relationships"),
    path("descriptors/<slug:key>/", views.descriptor, name="guide_descriptor"),
    path("changelog/", views.changelog_page, name="guide_changelog"),
    path("projects/<slug:slug>/producers-and-consumers/", views.project_producers, name="guide_project_producers"),
    path("projects/<slug:slug>/relationships/", views.project_relationships, name="guide_project_relationships"),
]

from django.urls import path

from tec.accounts import views

project = "projects/<slug:slug>/"

urlpatterns = [
    path("dashboard/", views.dashboard_view, name="dashboard"),
    path("projects/new/", views.project_create, name="project_create"),
    path(project + "settings/", views.project_settings, name="project_settings"),
    path(project + "delete/", views.project_delete, name="project_delete"),
    path(project + "members/", views.project_members, name="project_members"),
    path(project + "members/<int:pk>/", views.member_change, name="member_change"),
    path(project + "members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path(project + "producers/", views.project_producers, name="project_producers"),
    path(project + "activity/", views.project_activity, name="project_activity"),
    path(project + "review/<str:key>/", views.descriptor_review, name="descriptor_review"),
    path(project + "review/<str:key>/comments/", views.comment_add, name="comment_add"),
    path(project + "review/<str:key>/<str:step>/", views.descriptor_step, name="descriptor_step"),
    path(project + "comments/<int:pk>/resolve/", views.comment_resolve, name="comment_resolve"),
]

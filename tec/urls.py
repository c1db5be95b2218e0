from django.contrib import admin
from django.urls import include, path

from tec.documents import views as document_views

urlpatterns = [
    path("", document_views.home, name="home"),
    path("healthz", document_views.healthz, name="healthz"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("projects/", include("tec.documents.urls")),
    path("admin/", admin.site.urls),
]

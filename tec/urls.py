from django.contrib import admin
from django.urls import include, path

from tec.documents import views as document_views

urlpatterns = [
    path("", document_views.home, name="home"),
    path("healthz", document_views.healthz, name="healthz"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("tec.accounts.urls")),
    path("guide/", include("tec.guide.urls")),
    path("exchange/", include("tec.exchange.site_urls")),
    path("projects/", include("tec.documents.urls")),
    path("projects/<slug:slug>/descriptors/", include("tec.editor.urls")),
    path("projects/<slug:slug>/mismatches/", include("tec.mismatches.urls")),
    path("projects/<slug:slug>/", include("tec.exchange.urls")),
    path("admin/", admin.site.urls),
]

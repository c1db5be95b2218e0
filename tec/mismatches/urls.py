from django.urls import path

from tec.mismatches import views

urlpatterns = [
    path("", views.report, name="mismatch_report"),
    path("accept/", views.accept, name="mismatch_accept"),
    path("acceptances/<int:pk>/withdraw/", views.withdraw, name="mismatch_withdraw"),
    path("tolerance/", views.tolerance, name="mismatch_tolerance"),
    path("report.<str:fmt>", views.download, name="mismatch_download"),
]

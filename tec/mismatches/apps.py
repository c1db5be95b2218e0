from django.apps import AppConfig


class MismatchesConfig(AppConfig):
    name = "tec.mismatches"
    label = "mismatches"
    verbose_name = "Mismatch detection"

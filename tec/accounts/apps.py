from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tec.accounts"
    label = "accounts"
    verbose_name = "Teams and reviews"

    def ready(self):
        from tec.accounts import signals  # noqa: F401

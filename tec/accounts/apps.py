from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tec.accounts"
    label = "accounts"

from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "tec.exchange"
    label = "exchange"

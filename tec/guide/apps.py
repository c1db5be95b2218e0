from django.apps import AppConfig


class GuideConfig(AppConfig):
    name = "tec.guide"
    label = "guide"

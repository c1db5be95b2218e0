from django.apps import AppConfig


class EditorConfig(AppConfig):
    name = "tec.editor"
    label = "editor"

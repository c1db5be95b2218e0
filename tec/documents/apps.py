from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "tec.documents"
    label = "documents"
    verbose_name = "Projects and descriptors"

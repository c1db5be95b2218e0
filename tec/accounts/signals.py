"""Every new project gets the default producer map, however it was created (form, import, admin)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from tec.accounts.ownership import ownership_defaults_create
from tec.documents.models import DOCUMENT_MODELS, Project


@receiver(post_save, sender=Project, dispatch_uid="tec.accounts.default_ownership")
def _default_ownership(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ownership_defaults_create(project=instance)


def _document_deleted(sender, instance, **kwargs):
    from tec.accounts.workflow import document_cleared

    document_cleared(instance.project, sender.descriptor_key)


# However a descriptor disappears (a clear button, the admin), its status says so and the trail records it.
for _model in DOCUMENT_MODELS:
    post_delete.connect(_document_deleted, sender=_model, dispatch_uid=f"tec.accounts.cleared.{_model.__name__}")

from tec.documents.models.base import DescriptorDocument, Project
from tec.documents.models.generated import *  # noqa: F403
from tec.documents.models.generated import DOCUMENT_MODELS
from tec.documents.models.revisions import Revision

MODELS_BY_KEY = {model.descriptor_key: model for model in DOCUMENT_MODELS}


def model_for(key):
    try:
        return MODELS_BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown descriptor {key!r}") from None


__all__ = ["DescriptorDocument", "Project", "Revision", "DOCUMENT_MODELS", "MODELS_BY_KEY", "model_for"]

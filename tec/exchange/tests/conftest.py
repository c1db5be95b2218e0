import json

import pytest

from tec.documents.services import document_save
from tec.exchange.tests.helpers import DEMO_BUNDLE


@pytest.fixture
def demo_bundle() -> dict:
    return json.loads(DEMO_BUNDLE.read_text(encoding="utf-8"))


@pytest.fixture
def filled(cast, demo_bundle):
    """The cast's project holding every demo descriptor."""
    for key, document in demo_bundle["descriptors"].items():
        document_save(project=cast.project, key=key, document=document)
    return cast.project

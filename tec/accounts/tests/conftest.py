import json
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "documents" / "demo" / "road_sign_classifier.json"


@pytest.fixture(scope="session")
def demo_bundle():
    return json.loads(DEMO.read_text(encoding="utf-8"))


@pytest.fixture
def valid_document(demo_bundle):
    """key -> a complete, valid 1.2 document (from the demo project)."""
    return lambda key: json.loads(json.dumps(demo_bundle["descriptors"][key]))

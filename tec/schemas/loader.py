"""Reads the descriptor JSON schemas from the folder named by settings.TEC_DESCRIPTORS_DIR."""

import copy
import json
from functools import lru_cache
from pathlib import Path

from tec.schemas import errata, registry


class SchemaNotFound(RuntimeError):
    pass


def schemas_dir() -> Path:
    from django.conf import settings

    return Path(settings.TEC_DESCRIPTORS_DIR) / "schemas"


@lru_cache(maxsize=None)
def _load(descriptor: str, version: str) -> dict:
    if version not in registry.VERSIONS:
        raise SchemaNotFound(f"unknown schema version {version!r}")
    path = schemas_dir() / version / registry.get(descriptor).schema_file
    if not path.exists():
        raise SchemaNotFound(
            f"schema file {path} is missing: run ./run.sh (or set TEC_DESCRIPTORS_DIR "
            "to a checkout of ml-mismatch-descriptors)"
        )
    schema = json.loads(path.read_text(encoding="utf-8"))
    return errata.apply(version, descriptor, schema)


def load_schema(descriptor: str, version: str = registry.LATEST_VERSION) -> dict:
    """The schema of one descriptor at one version, with errata applied (a private copy)."""
    return copy.deepcopy(_load(descriptor, version))


def schema_view(descriptor: str, version: str = registry.LATEST_VERSION) -> dict:
    """Like load_schema but shared and read-only by convention: callers must not change it."""
    return _load(descriptor, version)

"""Building test inputs: zips, JSON bytes and maximal generated documents."""

import copy
import io
import json
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from tec.schemas import loader, registry, strategies

DEMO_BUNDLE = Path(__file__).resolve().parents[2] / "documents" / "demo" / "road_sign_classifier.json"


def json_file(value) -> bytes:
    return json.dumps(value, indent=2).encode("utf-8")


def zip_of(entries, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


def entries_of(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def everything_present(schema):
    """The schema with every property required and every array non-empty: documents at their fullest."""
    schema = copy.deepcopy(schema)
    stack = [schema]
    while stack:
        node = stack.pop()
        if "properties" in node:
            node["required"] = list(node["properties"])
            stack.extend(node["properties"].values())
        if node.get("type") == "array":
            node["minItems"] = max(1, node.get("minItems", 0))
            stack.append(node.get("items", {}))
    return schema


def maximal_documents(version=registry.LATEST_VERSION, extras=False):
    """(key, document) with every field of the schema filled, for any descriptor."""
    return st.one_of([
        st.tuples(st.just(key), strategies.for_schema(everything_present(loader.load_schema(key, version)), extras))
        for key in registry.KEYS
    ])


def documents_of(version):
    """(key, document) valid at an older schema version, as the reference tool wrote them."""
    return st.one_of([
        st.tuples(st.just(key), strategies.for_schema(loader.load_schema(key, version))) for key in registry.KEYS
    ])

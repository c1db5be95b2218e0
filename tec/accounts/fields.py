"""The fields a comment can point at, by path (`output_spec[0].item_type`) and readable label."""

from tec.editor.labels import path_label
from tec.editor.names import parse_name
from tec.schemas import loader


def field_label(path: str) -> str:
    """'output_spec[0].item_type' -> 'Output 1 › Item type'; the path itself when it cannot be read."""
    tokens = parse_name(path) if path else None
    return path_label(tokens) if tokens else path


def field_choices(key: str, document: dict | None) -> list:
    """(path, label) of every field of the descriptor, with a row index for each row the document has."""
    return [(path, field_label(path)) for path in _paths(loader.schema_view(key), document or {}, "")]


def _paths(schema, value, prefix):
    if "properties" in schema:
        for name, child in schema["properties"].items():
            inner = value.get(name) if isinstance(value, dict) else None
            yield from _paths(child, inner, f"{prefix}.{name}" if prefix else name)
    elif schema.get("type") == "array" and "properties" in schema.get("items", {}):
        yield prefix  # the list as a whole
        for index, row in enumerate(value if isinstance(value, list) else []):
            yield from _paths(schema["items"], row, f"{prefix}[{index}]")
    elif prefix != "version":
        yield prefix

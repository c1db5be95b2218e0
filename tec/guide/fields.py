"""Every field of a descriptor schema, flattened into JSON paths with a readable type.

Paths use `[]` for "each element of a list", as the link table and the mismatch rules do:
`goals[].id`, `output_spec[].component_mapping.component`, `programming_languages[]`.
"""

from dataclasses import dataclass

from tec.schemas import loader, registry

SCALAR_TYPES = {"string": "text", "integer": "whole number", "number": "number", "boolean": "yes / no"}
FORMATS = {"date": "date", "uri": "web address (URI)"}


@dataclass(frozen=True)
class Field:
    path: str
    type: str
    description: str
    required: bool
    choices: tuple = ()
    fixed: str = ""  # the only value a constant field may hold

    @property
    def depth(self) -> int:
        """How deeply the field is nested: 0 for a top-level field."""
        return self.path.replace("[]", "").count(".")

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[-1]

    @property
    def anchor(self) -> str:
        """An id attribute for the field's row on its help page."""
        return field_anchor(self.path)


def field_anchor(path: str) -> str:
    """goals[].id -> field-goals-id."""
    return "field-" + bare(path).replace("[]", "").replace(".", "-")


def type_label(schema: dict) -> str:
    """'text', 'choice', 'list of groups of fields', ...: the kind of value a field holds."""
    if "const" in schema:
        return f"fixed value {schema['const']}"
    if "enum" in schema:
        return "choice"
    kind = schema.get("type")
    if kind == "array":
        return "list of " + _plural(type_label(schema.get("items", {})))
    if kind == "object":
        return "group of fields"
    if kind == "string" and schema.get("format") in FORMATS:
        return FORMATS[schema["format"]]
    return SCALAR_TYPES.get(kind, kind or "any value")


def _plural(label: str) -> str:
    plurals = {"text": "texts", "group of fields": "groups of fields", "choice": "choices", "date": "dates",
               "yes / no": "yes / no values", "web address (URI)": "web addresses (URI)"}
    return plurals.get(label, label + "s")


def schema_fields(key: str, version: str = registry.LATEST_VERSION) -> tuple:
    """Every field of the descriptor at that version, parents before their children, in schema order."""
    return tuple(_walk(loader.schema_view(key, version), ""))


def _walk(schema: dict, prefix: str):
    required = set(schema.get("required", ()))
    for name, sub in schema.get("properties", {}).items():
        path = prefix + name
        choices = sub.get("enum") or sub.get("items", {}).get("enum") or ()
        yield Field(path, type_label(sub), sub.get("description", ""), name in required, tuple(choices),
                    str(sub.get("const", "")))
        yield from _children(sub, path)


def _children(schema: dict, path: str):
    if schema.get("type") == "object":
        yield from _walk(schema, path + ".")
    elif schema.get("type") == "array" and schema.get("items", {}).get("type") == "object":
        yield from _walk(schema["items"], path + "[].")


def bare(path: str) -> str:
    """A path without a trailing `[]`: `programming_languages[]` names the list `programming_languages`."""
    return path[:-2] if path.endswith("[]") else path

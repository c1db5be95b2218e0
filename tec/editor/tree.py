"""Walking a descriptor schema: field kinds, empty documents, the flat form state and the field tree.

The state of an open form is a flat dict from name tokens to the text of each input, exactly
what a browser posts. `flatten` turns a document into that state; `build_tree` turns the
schema plus the rows present in a state into the tree of fields the page shows.
"""

import json
from dataclasses import dataclass, field

from tec.editor.names import EXTRA, ROW, WAS, Slot, depth, format_name, pattern
from tec.schemas.layout import Column, canonical_number


def kind_of(schema) -> str:
    """'object', 'array', 'const', 'enum', 'date', 'uri', 'string', 'integer', 'number' or 'boolean'."""
    return Column("", (), schema).kind or "string"


def schema_at(schema, tokens):
    """The schema of the value at tokens (row indices step into `items`)."""
    for token in tokens:
        schema = schema.get("items", {}) if isinstance(token, (int, Slot)) else schema["properties"][token]
    return schema


def skeleton(schema):
    """What a new form shows: empty text, zeros, unticked boxes, nothing chosen, the minimum of rows."""
    kind = kind_of(schema)
    if kind == "const":
        return schema["const"]
    if kind == "object":
        found = ((key, skeleton(sub)) for key, sub in schema.get("properties", {}).items())
        return {key: value for key, value in found if value is not None}
    if kind == "array":
        return [skeleton(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        return max(0, schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind in ("enum", "date"):
        return "" if "" in schema.get("enum", ()) else None
    return ""


def leaf_text(value, kind):
    """The text an input shows for a value; None when the input stays empty (or a box unticked)."""
    if value is None or value is False:
        return None
    if value is True:
        return "on"
    if kind == "number" and isinstance(value, (int, float)):
        return repr(canonical_number(value))
    if kind == "integer" and isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    return json.dumps(value)


def flatten(value, schema, prefix=(), track=frozenset()):
    """Document -> form state. `track` names the linked fields whose opening value is remembered."""
    out = {}
    _flatten(value, schema, prefix, out, track)
    return out


def _flatten(value, schema, prefix, out, track):
    kind = kind_of(schema)
    if kind == "const":
        return
    if kind == "object":
        _flatten_object(value if isinstance(value, dict) else {}, schema, prefix, out, track)
    elif kind == "array":
        for index, item in enumerate(value if isinstance(value, list) else []):
            out[prefix + (index, ROW)] = "1"
            _flatten(item, schema.get("items", {}), prefix + (index,), out, track)
    else:
        text = leaf_text(value, kind)
        if text is not None:
            out[prefix] = text
            if pattern(prefix) in track:
                out[prefix + (WAS,)] = text


def _flatten_object(value, schema, prefix, out, track):
    properties = schema.get("properties", {})
    for key, sub in properties.items():
        if key in value:
            _flatten(value[key], sub, prefix + (key,), out, track)
    unknown = {key: item for key, item in value.items() if key not in properties}
    if unknown:
        out[prefix + (EXTRA,)] = json.dumps(unknown)


def new_row(items_schema, tokens):
    """The state of one new row at tokens: its marker plus the skeleton of an item."""
    return {tokens + (ROW,): "1", **flatten(skeleton(items_schema), items_schema, tokens)}


def row_index(state) -> dict:
    """Array tokens -> the row tokens present in a state, in order."""
    rows = {}
    for tokens in state:
        for position, token in enumerate(tokens):
            if isinstance(token, (int, Slot)):
                rows.setdefault(tokens[:position], {})[token] = None
    return {prefix: sorted(found, key=lambda t: (isinstance(t, Slot), getattr(t, "depth", t))) for prefix, found in rows.items()}


@dataclass
class Node:
    """One field, fieldset (object) or list of rows (array) of the form."""

    tokens: tuple
    schema: dict
    kind: str
    required: bool
    children: list = field(default_factory=list)
    prototype: "Node | None" = None
    prototype_state: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return format_name(self.tokens)

    @property
    def key(self) -> str:
        """The property name this node sits under (for a row: its array's)."""
        return next((t for t in reversed(self.tokens) if isinstance(t, str)), "")

    @property
    def pattern(self) -> str:
        return pattern(self.tokens)

    @property
    def is_row(self) -> bool:
        return bool(self.tokens) and isinstance(self.tokens[-1], (int, Slot))

    def leaves(self):
        if self.kind in ("object", "array"):
            for child in self.children:
                yield from child.leaves()
        else:
            yield self


def build_tree(schema, rows, tokens=(), required=True) -> Node:
    kind = kind_of(schema)
    node = Node(tokens, schema, kind, required)
    if kind == "object":
        needed = set(schema.get("required", ()))
        node.children = [
            build_tree(sub, rows, tokens + (key,), key in needed)
            for key, sub in schema.get("properties", {}).items()
            if kind_of(sub) != "const"
        ]
    elif kind == "array":
        items = schema.get("items", {})
        node.children = [build_tree(items, rows, tokens + (index,)) for index in rows.get(tokens, ())]
        slot_tokens = tokens + (Slot(depth(tokens)),)
        node.prototype_state = new_row(items, slot_tokens)
        node.prototype = build_tree(items, row_index(node.prototype_state), slot_tokens)
    return node

"""How a descriptor schema maps onto table columns.

Scalar leaves become columns; objects nested in objects are flattened into their
parent (`ml_problem_type.ml_problem` -> `ml_problem_type_ml_problem`); arrays stay
whole in one JSON column. The generator, the models and the forms all read this.
"""

from dataclasses import dataclass
from functools import lru_cache

from tec.schemas import loader


@dataclass(frozen=True)
class Column:
    name: str
    path: tuple
    schema: dict

    @property
    def kind(self) -> str:
        schema = self.schema
        if "const" in schema:
            return "const"
        kind = schema.get("type")
        if kind == "string":
            if "enum" in schema:
                return "enum"
            return {"date": "date", "uri": "uri"}.get(schema.get("format"), "string")
        return kind

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


def _is_object(schema):
    return schema.get("type") == "object" and "properties" in schema


def _walk(schema, path):
    for key, sub in schema.get("properties", {}).items():
        if _is_object(sub):
            yield from _walk(sub, path + (key,))
        else:
            yield Column("_".join(path + (key,)), path + (key,), sub)


@lru_cache(maxsize=None)
def columns(descriptor: str) -> tuple:
    """Every column of a descriptor's 1.2 schema, in schema order (the version const first)."""
    found = tuple(_walk(loader.schema_view(descriptor), ()))
    names = [c.name for c in found]
    clashes = {n for n in names if names.count(n) > 1}
    if clashes:
        raise ValueError(f"{descriptor}: flattened names clash: {sorted(clashes)}")
    return found


def stored_columns(descriptor: str) -> tuple:
    """The columns that hold data (the version const is implied by the schema)."""
    return tuple(c for c in columns(descriptor) if c.kind != "const")


@lru_cache(maxsize=None)
def object_schemas(descriptor: str) -> dict:
    """Dotted path ('' for the root) -> schema of every flattened object, in order."""
    found = {}

    def visit(schema, path):
        found[".".join(path)] = schema
        for key, sub in schema.get("properties", {}).items():
            if _is_object(sub):
                visit(sub, path + (key,))

    visit(loader.schema_view(descriptor), ())
    return found


MAX_EXACT_FLOAT_INT = 2**53


def canonical_number(value):
    """Numbers are stored as doubles: integral ones come back as int, the rest as float."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if float(value).is_integer() and abs(value) < MAX_EXACT_FLOAT_INT:
        return int(value)
    return float(value)


def order_like_schema(value, schema):
    """A copy of value whose objects list their keys in schema order, unknown keys last.

    Number leaves are made canonical too, since PostgreSQL's jsonb rewrites 1e16 as an integer.
    """
    if schema.get("type") == "number":
        return canonical_number(value)
    if isinstance(value, list):
        items = schema.get("items", {})
        return [order_like_schema(item, items) for item in value]
    if isinstance(value, dict):
        props = schema.get("properties", {})
        known = [k for k in props if k in value]
        unknown = [k for k in value if k not in props]
        return {k: order_like_schema(value[k], props.get(k, {})) for k in known + unknown}
    return value

"""Hypothesis strategies that generate documents valid under a descriptor schema.

Driven by the schema itself, so every field of every descriptor is exercised.
hypothesis-jsonschema does not work with current Hypothesis, and this subset of
JSON Schema (the one the descriptor schemas use) is small.
"""

import datetime

from hypothesis import strategies as st

INT64 = 2**63 - 1
# PostgreSQL cannot store NUL in text; documents containing it are refused by validation.
TEXT = st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12)
URIS = st.builds(
    lambda scheme, path: f"{scheme}://example.org/{path}",
    st.sampled_from(["https", "http", "ftp"]),
    st.from_regex(r"[a-z0-9_/-]{0,12}", fullmatch=True),
)
DATES = st.dates(datetime.date(1900, 1, 1), datetime.date(2200, 12, 31)).map(datetime.date.isoformat)
JSON_SCALARS = st.none() | st.booleans() | st.integers(-1000, 1000) | TEXT
EXTRA_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(TEXT, inner, max_size=2), max_leaves=4)


def _string(schema):
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    return {"date": DATES, "uri": URIS}.get(schema.get("format"), TEXT)


def _number(schema, integer):
    low = schema.get("minimum", -INT64 if integer else None)
    high = schema.get("maximum", INT64 if integer else None)
    if integer:
        return st.integers(low, high)
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


def _object(schema, extras):
    props = schema.get("properties", {})
    required = [k for k in props if k in schema.get("required", [])]
    optional = [k for k in props if k not in required]
    base = st.fixed_dictionaries(
        {k: for_schema(props[k], extras) for k in required},
        optional={k: for_schema(props[k], extras) for k in optional},
    )
    if not extras:
        return base.map(lambda d: {k: d[k] for k in props if k in d})
    unknown = st.dictionaries(TEXT.filter(lambda k: k not in props), EXTRA_VALUES, max_size=2)
    return st.builds(lambda d, more: {**{k: d[k] for k in props if k in d}, **more}, base, unknown)


def for_schema(schema, extras=False):
    """A strategy for values valid under schema; extras=True adds keys the schema does not define."""
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if kind == "object":
        return _object(schema, extras)
    if kind == "array":
        return st.lists(for_schema(schema.get("items", {}), extras), min_size=schema.get("minItems", 0), max_size=3)
    if kind == "string":
        return _string(schema)
    if kind in ("integer", "number"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return st.booleans()
    raise ValueError(f"no strategy for schema type {kind!r}")

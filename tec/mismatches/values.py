"""How values from different descriptors are compared and shown."""

import math
import re

INT64 = 2**63 - 1
NUMERIC_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def number(value):
    """A finite JSON number (booleans excluded), or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):
        # Larger integers cannot be stored anyway and would overflow float arithmetic.
        return value if abs(value) <= INT64 else None
    return value if math.isfinite(value) else None


def parse_number(value):
    """Like number(), but also reads numbers written as text, such as '0.50' or ' 5 '."""
    if isinstance(value, str) and NUMERIC_TEXT.fullmatch(value.strip()):
        return number(float(value))
    return number(value)


def vocab_key(text: str) -> str:
    """Values picked from a shared vocabulary (languages, frameworks, types) ignore case."""
    return text.strip().casefold()


def show(value) -> str:
    """A value as a condition line prints it: text trimmed, 16.0 as 16, anything else blank."""
    if isinstance(value, str):
        return value.strip()
    value = number(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def quote(value) -> str:
    return f"'{show(value)}'"


def types_differ(first: str, second: str) -> bool:
    """Only two stated types can conflict; a blank type is a missing field, not a mismatch."""
    first, second = vocab_key(first), vocab_key(second)
    return bool(first and second) and first != second


def values_differ(first, second, tolerance=0.0) -> bool:
    """Numbers (or numeric text) differ beyond tolerance; other values differ as trimmed text."""
    if not show(first) or not show(second):
        return False
    a, b = parse_number(first), parse_number(second)
    if a is not None and b is not None:
        return abs(a - b) > tolerance
    return show(first) != show(second)

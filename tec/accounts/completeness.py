"""How much of a descriptor is filled in: the share of its schema's leaf fields holding a value."""

from dataclasses import dataclass

from tec.schemas import layout

EMPTY = (None, "", [], {})


@dataclass(frozen=True)
class Completeness:
    filled: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.filled / self.total) if self.total else 0


def completeness(key, document) -> Completeness:
    """Counts the layout's data columns (scalar leaves and whole arrays) that the document fills."""
    columns = layout.stored_columns(key)
    if not document:
        return Completeness(0, len(columns))
    filled = sum(_value_at(document, column.path) not in EMPTY for column in columns)
    return Completeness(filled, len(columns))


def _value_at(document, path):
    for part in path:
        if not isinstance(document, dict):
            return None
        document = document.get(part)
    return document

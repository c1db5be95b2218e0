"""A document as (path, label, value) rows, one per leaf value: the shape of the CSV export."""

from tec.editor.labels import path_label
from tec.schemas.validation import json_path


def leaf_rows(document: dict) -> list[tuple[str, str, object]]:
    """Every leaf of the document in document order, labelled as the editor labels fields."""
    rows = []
    _collect(document, (), rows)
    return rows


def _collect(value, path, rows):
    if isinstance(value, dict) and value:
        for key, item in value.items():
            _collect(item, path + (key,), rows)
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            _collect(item, path + (index,), rows)
    else:
        # Empty lists and objects get a row too, so the spreadsheet shows the field exists.
        rows.append((json_path(path), path_label(path), "" if isinstance(value, (dict, list)) else value))

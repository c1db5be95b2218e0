"""Reads a project to evaluate from a file: a JSON bundle or a reference-format zip.

The importers do every check (size, encoding, JSON, schema, versions, zip safety);
here their refusal becomes one line that names the file and what is wrong.
"""

from pathlib import Path

from tec.exchange.importers import ImportRefused, read_project_file
from tec.schemas import registry


class BadInput(Exception):
    pass


SHOWN_DETAILS = 3


def one_line(refusal: ImportRefused) -> str:
    """The refusal with its first few details (which carry the JSON paths) on a single line."""
    details = [line.rstrip(".") for line in refusal.all_details]
    shown = "; ".join(details[:SHOWN_DETAILS])
    head = f"{refusal.message.rstrip('.')}:" if shown else refusal.message
    more = len(details) - SHOWN_DETAILS
    return " ".join(filter(None, [head, shown, f"(and {more} more)" if more > 0 else ""]))


def read_documents(path) -> dict:
    """Descriptor key -> 1.2 document or None, for every descriptor, from a bundle or zip file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None
    try:
        imported = read_project_file(path.name, data)
    except ImportRefused as refusal:
        raise BadInput(one_line(refusal)) from None
    found = {key: item.document for key, item in imported.documents.items()}
    return {key: found.get(key) for key in registry.KEYS}

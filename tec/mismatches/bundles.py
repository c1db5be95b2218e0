"""Reads a project to evaluate from a file: a JSON bundle or a reference-format zip.

Every problem becomes a BadInput with one line that names the file and what is wrong.
"""

import json
import zipfile
from pathlib import Path

from tec.schemas import registry
from tec.schemas.upgrades import InvalidDocument, UnknownVersion, upgrade
from tec.schemas.validation import document_errors


class BadInput(Exception):
    pass


def _documents_from_zip(path: Path) -> dict:
    from tec.exchange.importers import read_reference_zip  # the importer owns the zip rules

    return read_reference_zip(path.read_bytes(), filename=path.name)["descriptors"]


def _documents_from_json(path: Path) -> dict:
    try:
        bundle = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput(f"{path.name}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BadInput(f"{path.name}: invalid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None
    if not isinstance(bundle, dict) or not isinstance(bundle.get("descriptors"), dict):
        raise BadInput(f'{path.name}: not a project bundle (expected an object with "project" and "descriptors")')
    return bundle["descriptors"]


def _first(problems) -> str:
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def _checked(name: str, key: str, document):
    if document is None or document == {}:
        return None
    try:
        upgraded = upgrade(key, document).document
    except UnknownVersion as error:
        raise BadInput(f"{name}: {key}: {error}") from None
    except InvalidDocument as error:
        raise BadInput(f"{name}: {key}: {_first(error.errors)}") from None
    problems = document_errors(key, upgraded)
    if problems:
        raise BadInput(f"{name}: {key}: {_first(problems)}")
    return upgraded


def read_documents(path) -> dict:
    """Descriptor key -> 1.2 document or None, for every descriptor, from a bundle or zip file."""
    path = Path(path)
    try:
        if not path.is_file():
            raise BadInput(f"{path}: no such file")
        found = _documents_from_zip(path) if zipfile.is_zipfile(path) else _documents_from_json(path)
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None
    unknown = sorted(set(found) - set(registry.KEYS))
    if unknown:
        raise BadInput(f"{path.name}: unknown descriptor {unknown[0]!r} (known: {', '.join(registry.KEYS)})")
    return {key: _checked(path.name, key, found.get(key)) for key in registry.KEYS}

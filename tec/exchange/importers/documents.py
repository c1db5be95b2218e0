"""One descriptor document: checked against the schema of its own version, then upgraded to the latest."""

from tec.exchange.importers.base import INSIDE, ImportedDocument
from tec.exchange.importers.errors import ImportRefused, refuse
from tec.schemas import registry
from tec.schemas.upgrades import InvalidDocument, UnknownVersion, upgrade
from tec.schemas.validation import document_errors


def read_document(key: str, document, source: str) -> ImportedDocument:
    """The document at the latest version with what the upgrade changed; ImportRefused otherwise."""
    label = registry.get(key).label
    if not isinstance(document, dict):
        refuse(source, f"a {label} document must be a JSON object, not {json_kind(document)}.")
    try:
        result = upgrade(key, document)
    except UnknownVersion as error:
        refuse(source, f"{error}.")
    except InvalidDocument as error:
        refuse(source, f"the document does not match the {label} schema, version {error.version}"
                       f"{_other_descriptor_hint(key, document, error.version)}.", error.errors)
    problems = document_errors(key, result.document)
    if problems:
        refuse(source, f"after the upgrade to {registry.LATEST_VERSION} the {label} document cannot be stored.",
               problems)
    return ImportedDocument(key, result.document, result.from_version, result.changes, source)


def read_documents(file_name: str, candidates) -> dict:
    """{key: ImportedDocument} for (key, document, part of the file) triples; all problems are reported."""
    imported, problems = {}, []
    for key, document, part in candidates:
        try:
            imported[key] = read_document(key, document, f"{file_name}{INSIDE}{part}")
        except ImportRefused as refusal:
            problems += [f"{part}: {refusal.reason}", *(f"{part}: {line}" for line in refusal.all_details)]
    if problems:
        refuse(file_name, "some descriptors in the file cannot be imported.", problems)
    return imported


def _other_descriptor_hint(key: str, document: dict, version: str) -> str:
    """'; it looks like a Trained Model document instead' when the file went to the wrong descriptor."""
    for other in registry.DESCRIPTORS:
        if other.key != key and not document_errors(other.key, document, version):
            return f"; it looks like a {other.label} document instead"
    return ""


def json_kind(value) -> str:
    names = {dict: "an object", list: "a list", str: "a text", bool: "true or false", type(None): "null"}
    return names.get(type(value), "a number")

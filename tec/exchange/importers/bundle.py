"""A project bundle: {"project": {name, description, point_of_contact}, "descriptors": {key: document or null}}."""

from tec.exchange.importers.base import BUNDLE, ImportedFile, ProjectDetails
from tec.exchange.importers.documents import json_kind, read_documents
from tec.exchange.importers.errors import refuse
from tec.schemas import registry

BUNDLE_KEYS = ("project", "descriptors")
DETAIL_KEYS = ("name", "description", "point_of_contact")
# The Project model's limits.
MAX_NAME = 200
MAX_POINT_OF_CONTACT = 200


def looks_like_bundle(value) -> bool:
    return isinstance(value, dict) and bool(set(BUNDLE_KEYS) & set(value))


def read_bundle(file_name: str, value) -> ImportedFile:
    """The bundle's project details and its non-null descriptors, each checked and upgraded."""
    _expect_keys(file_name, "the bundle", value, BUNDLE_KEYS, "key")
    details = _details(file_name, value["project"])
    descriptors = value["descriptors"]
    _expect_keys(file_name, '"descriptors"', descriptors, registry.KEYS, "descriptor")
    candidates = [
        (key, descriptors[key], registry.get(key).label) for key in registry.KEYS if descriptors[key] is not None
    ]
    return ImportedFile(file_name, BUNDLE, read_documents(file_name, candidates), details)


def _details(file_name: str, project) -> ProjectDetails:
    _expect_keys(file_name, '"project"', project, DETAIL_KEYS, "key")
    for key in DETAIL_KEYS:
        if not isinstance(project[key], str):
            refuse(file_name, f'"project.{key}" must be a text, not {json_kind(project[key])}.')
        if "\x00" in project[key]:
            refuse(file_name, f'"project.{key}" contains a NUL character, which TEC cannot store.')
    name = project["name"].strip()
    if not name:
        refuse(file_name, '"project.name" is empty; a project needs a name.')
    if len(name) > MAX_NAME or len(project["point_of_contact"]) > MAX_POINT_OF_CONTACT:
        refuse(file_name, f'"project.name" and "project.point_of_contact" may have at most {MAX_NAME} characters.')
    return ProjectDetails(name, project["description"], project["point_of_contact"])


def _expect_keys(file_name: str, where: str, value, expected, what: str):
    """Refuses value unless it is an object with exactly the expected keys."""
    if not isinstance(value, dict):
        refuse(file_name, f"{where} must be a JSON object, not {json_kind(value)}.")
    missing = [key for key in expected if key not in value]
    extra = [key for key in value if key not in expected]
    problems = [f"missing {what} {key!r}" for key in missing] + [f"unknown {what} {key!r}" for key in extra]
    if problems:
        refuse(file_name, f"{where} must have exactly the keys {', '.join(expected)}.", problems)

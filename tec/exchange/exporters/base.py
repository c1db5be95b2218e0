"""The contract every exporter keeps: an identifier, a label and render() -> Export."""

import json
from dataclasses import dataclass

from tec.schemas import registry

JSON_TYPE = "application/json"
CSV_TYPE = "text/csv; charset=utf-8"
ZIP_TYPE = "application/zip"


@dataclass(frozen=True)
class Export:
    filename: str
    content_type: str
    content: bytes


class NothingToExport(LookupError):
    """The exporter has no data for this project (e.g. the descriptor was never saved)."""


class Exporter:
    """Turns one project into one downloadable file."""

    identifier = ""
    label = ""

    def render(self, project) -> Export:
        raise NotImplementedError


class DescriptorExporter(Exporter):
    """Turns one descriptor of a project into a file; bound to the descriptor's key."""

    def __init__(self, key: str):
        self.key = key

    def stored(self, project) -> dict:
        """The stored 1.2 document, or NothingToExport when the descriptor is empty."""
        instance = project.stored_document(self.key)
        if instance is None:
            raise NothingToExport(f"{project.name} has no saved {registry.get(self.key).label} yet")
        return instance.to_document()


class ProjectsExporter:
    """Turns a set of projects into one file (the summary and the backup)."""

    identifier = ""
    label = ""

    def render(self, projects) -> Export:
        raise NotImplementedError


def json_bytes(value) -> bytes:
    """Pretty-printed with 2-space indents like the reference's files, UTF-8, final newline."""
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

"""A whole project as one JSON bundle: the project's details and every descriptor (or null)."""

from tec.exchange.exporters.base import JSON_TYPE, Exporter, Export, json_bytes
from tec.exchange.filenames import project_file_name

PROJECT_FIELDS = ("name", "description", "point_of_contact")


def project_bundle(project, documents: dict | None = None) -> dict:
    """The bundle the importer and the mismatch command read; descriptors in registry order."""
    return {
        "project": {field: getattr(project, field) for field in PROJECT_FIELDS},
        "descriptors": project.documents() if documents is None else documents,
    }


class BundleExporter(Exporter):
    identifier = "bundle"
    label = "JSON bundle (TEC)"

    def render(self, project) -> Export:
        return Export(project_file_name(project.name, "json"), JSON_TYPE, json_bytes(project_bundle(project)))

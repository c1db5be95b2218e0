"""A whole project as the reference TEC's project export: a flat zip, one JSON file per filled descriptor."""

from tec.exchange.exporters.base import ZIP_TYPE, Exporter, Export, NothingToExport, json_bytes
from tec.exchange.filenames import descriptor_file_name, project_file_name
from tec.exchange.zipfiles import zip_bytes

# The order in which the reference writes the entries (training data before data pipeline).
ENTRY_ORDER = (
    "system_context", "raw_data", "training_data", "data_pipeline", "trained_model",
    "development_environment", "production_environment", "production_data",
)


def reference_entries(project_name: str, documents: dict):
    """(entry name, JSON bytes) for each filled descriptor, in the reference's order."""
    return [
        (descriptor_file_name(project_name, key, "json"), json_bytes(documents[key]))
        for key in ENTRY_ORDER if documents.get(key) is not None
    ]


class ReferenceZipExporter(Exporter):
    identifier = "zip"
    label = "Zip of JSON files (reference TEC layout)"

    def render(self, project) -> Export:
        entries = reference_entries(project.name, project.documents())
        if not entries:
            raise NothingToExport(f"{project.name} has no saved descriptors yet")
        content = zip_bytes(entries)
        return Export(project_file_name(project.name, "zip"), ZIP_TYPE, content)

"""Every project at once, as a zip holding one JSON bundle per project: the staff backup."""

from django.utils import timezone

from tec.exchange.exporters.base import ZIP_TYPE, Export, ProjectsExporter, json_bytes
from tec.exchange.exporters.bundle import project_bundle
from tec.documents.selectors import documents_by_project
from tec.exchange.zipfiles import zip_bytes


def backup_entries(projects):
    """(file name, bundle bytes) per project; slugs are unique, so the names are too."""
    projects = list(projects)
    documents = documents_by_project(projects)
    return [(f"{p.slug}.json", json_bytes(project_bundle(p, documents[p.pk]))) for p in projects]


class BackupExporter(ProjectsExporter):
    identifier = "backup"
    label = "Backup of projects (zip of JSON bundles)"

    def render(self, projects) -> Export:
        stamp = timezone.now().strftime("%Y-%m-%d-%H%M")
        return Export(f"tec-backup-{stamp}.zip", ZIP_TYPE, zip_bytes(backup_entries(projects)))

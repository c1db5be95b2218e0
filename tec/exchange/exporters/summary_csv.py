"""One spreadsheet row per project: descriptor statuses, completeness and mismatch counts."""

import datetime

from django.utils import timezone

from tec.accounts.completeness import completeness
from tec.accounts.models import Status
from tec.exchange.csvfile import csv_bytes
from tec.exchange.exporters.base import CSV_TYPE, Export, ProjectsExporter
from tec.documents.selectors import documents_by_project
from tec.exchange.selectors import statuses_by_project
from tec.mismatches.services import counts_for_projects
from tec.schemas import registry

HEADER = (
    "project", "main point of contact",
    *(f"{d.label} status" for d in registry.DESCRIPTORS),
    "descriptors filled", "descriptors approved", "completeness (%)",
    "open mismatches", "accepted mismatches", "missing fields", "last updated (UTC)",
)


def completeness_percent(documents: dict) -> int:
    """The share of all eight descriptors' fields that hold a value, as the dashboard counts them."""
    parts = [completeness(key, documents[key]) for key in registry.KEYS]
    total = sum(part.total for part in parts)
    return round(100 * sum(part.filled for part in parts) / total) if total else 0


def summary_row(project, documents: dict, statuses: dict, mismatches: dict) -> list:
    filled = sum(document is not None for document in documents.values())
    approved = sum(status == Status.APPROVED for status in statuses.values())
    return [
        project.name, project.point_of_contact,
        *(Status(statuses[key]).label for key in registry.KEYS),
        filled, approved, completeness_percent(documents),
        mismatches["open"], mismatches["accepted"], mismatches["missing"],
        project.updated_at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
    ]


class SummaryCsvExporter(ProjectsExporter):
    identifier = "summary"
    label = "Project summary (CSV)"

    def render(self, projects) -> Export:
        projects = list(projects)
        documents = documents_by_project(projects)
        statuses = statuses_by_project(projects, documents)
        mismatches = counts_for_projects({p: documents[p.pk] for p in projects})
        rows = [summary_row(p, documents[p.pk], statuses[p.pk], mismatches[p.pk]) for p in projects]
        stamp = timezone.now().strftime("%Y-%m-%d")
        return Export(f"tec-projects-{stamp}.csv", CSV_TYPE, csv_bytes(rows, header=HEADER))

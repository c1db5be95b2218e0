"""One spreadsheet row per project: descriptor statuses, completeness and mismatch counts."""

import datetime

from django.utils import timezone

from tec.accounts.completeness import completeness
from tec.accounts.models import Status
from tec.exchange.csvfile import csv_bytes
from tec.exchange.exporters.base import CSV_TYPE, Export, ProjectsExporter
from tec.exchange.selectors import documents_by_project, statuses_by_project
from tec.mismatches.engine import evaluate
from tec.schemas import registry

HEADER = (
    "project", "main point of contact",
    *(f"{d.label} status" for d in registry.DESCRIPTORS),
    "descriptors filled", "descriptors approved", "completeness (%)",
    "mismatches", "missing fields", "last updated (UTC)",
)


def mismatch_counts(documents: dict) -> tuple[int, int]:
    """(mismatches, missing fields) the engine finds in one project's documents."""
    report = evaluate(documents).as_dict()
    return len(report["mismatches"]), len(report["missing_fields"])


def completeness_percent(documents: dict) -> int:
    """The share of all eight descriptors' fields that hold a value, as the dashboard counts them."""
    parts = [completeness(key, documents[key]) for key in registry.KEYS]
    total = sum(part.total for part in parts)
    return round(100 * sum(part.filled for part in parts) / total) if total else 0


def summary_row(project, documents: dict, statuses: dict) -> list:
    filled = sum(document is not None for document in documents.values())
    approved = sum(status == Status.APPROVED for status in statuses.values())
    return [
        project.name, project.point_of_contact,
        *(Status(statuses[key]).label for key in registry.KEYS),
        filled, approved, completeness_percent(documents),
        *mismatch_counts(documents),
        project.updated_at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
    ]


class SummaryCsvExporter(ProjectsExporter):
    identifier = "summary"
    label = "Project summary (CSV)"

    def render(self, projects) -> Export:
        projects = list(projects)
        documents = documents_by_project(projects)
        statuses = statuses_by_project(projects, documents)
        rows = [summary_row(p, documents[p.pk], statuses[p.pk]) for p in projects]
        stamp = timezone.now().strftime("%Y-%m-%d")
        return Export(f"tec-projects-{stamp}.csv", CSV_TYPE, csv_bytes(rows, header=HEADER))

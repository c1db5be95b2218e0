"""Evaluates a project for scripts and CI pipelines.

Exit status: 0 when no mismatch is found, 1 when some are, 2 for bad input.
"""

import csv
import json
import sys

from django.core.management.base import BaseCommand

from tec.mismatches.bundles import BadInput, read_documents
from tec.exchange.csvfile import escape_cell
from tec.mismatches.engine import evaluate


def as_text(report) -> str:
    lines = [f"{len(report.mismatches)} mismatch(es), {len(report.missing_fields)} missing field(s)"]
    for mismatch in report.mismatches:
        lines.append(f"\n[{mismatch.rule}] {mismatch.title}")
        lines += [f"  - {c.text}" for c in mismatch.conditions]
        lines.append(f"  why: {mismatch.rationale}")
    if report.missing_fields:
        lines.append("\nMissing fields:")
        lines += [f"  - {m.descriptor}.{m.key}: {m.label}" for m in report.missing_fields]
    return "\n".join(lines) + "\n"


def as_csv(report, out):
    writer = csv.writer(out)
    writer.writerow(("kind", "rule", "title", "descriptor", "item", "rationale"))
    for mismatch in report.mismatches:
        for condition in mismatch.conditions:
            writer.writerow(map(escape_cell, ("mismatch", mismatch.rule, mismatch.title,
                                                   " ".join(mismatch.descriptors), condition.text, mismatch.rationale)))
    for missing in report.missing_fields:
        writer.writerow(map(escape_cell, ("missing field", "", missing.label, missing.descriptor,
                                               missing.key, missing.rationale)))


class Command(BaseCommand):
    help = ("Detect mismatches in a project bundle (JSON) or reference-format zip FILE, or in a stored "
            "project (--project SLUG). Exit 0: none found; 1: mismatches found; 2: bad input.")

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a JSON project bundle or a reference-format project zip")
        parser.add_argument("--project", metavar="SLUG", help="evaluate a stored project instead of a file")
        parser.add_argument("--format", choices=("json", "csv", "text"), default="text")
        parser.add_argument("--tolerance", type=float, default=None,
                            help="numeric tolerance (default: the project's setting, or exact)")

    def handle(self, *args, file=None, project=None, format="text", tolerance=None, **options):
        try:
            documents, stored_tolerance = self._load(file, project)
            report = evaluate(documents, tolerance=stored_tolerance if tolerance is None else tolerance)
        except (BadInput, ValueError) as error:
            self.stderr.write(f"error: {error}")
            sys.exit(2)
        if format == "json":
            self.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        elif format == "csv":
            as_csv(report, self.stdout)
        else:
            self.stdout.write(as_text(report), ending="")
        sys.exit(1 if report.mismatches else 0)

    def _load(self, file, slug):
        if bool(file) == bool(slug):
            raise BadInput("give either FILE or --project SLUG")
        if file:
            return read_documents(file), 0.0
        from tec.documents.models import Project
        from tec.mismatches.services import tolerance_for

        project = Project.objects.filter(slug=slug).first()
        if project is None:
            raise BadInput(f"no project with slug {slug!r}")
        return project.documents(), tolerance_for(project)

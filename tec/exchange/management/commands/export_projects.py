"""Writes every project at once: the summary spreadsheet or the backup zip of bundles."""

from django.core.management.base import BaseCommand

from tec.documents.models import Project
from tec.exchange.commandline import OUTPUT_HELP, write_export
from tec.exchange.exporters import PROJECTS_EXPORTERS


class Command(BaseCommand):
    help = ("Export all projects: --format backup (zip of JSON bundles, one per project) "
            "or --format summary (CSV of statuses, completeness and mismatch counts).")

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=sorted(PROJECTS_EXPORTERS), default="backup")
        parser.add_argument("--output", "-o", help=OUTPUT_HELP)

    def handle(self, *args, **options):
        export = PROJECTS_EXPORTERS[options["format"]].render(Project.objects.order_by("name"))
        write_export(self, export, options["output"])

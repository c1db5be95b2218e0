"""Writes one descriptor of a project as JSON (the stored document) or CSV (path, label, value rows)."""

from django.core.management.base import BaseCommand, CommandError

from tec.exchange.commandline import OUTPUT_HELP, project_by_slug, write_export
from tec.exchange.exporters import DESCRIPTOR_EXPORTERS, NothingToExport
from tec.schemas import registry


class Command(BaseCommand):
    help = "Export one descriptor of a project as JSON or CSV."

    def add_arguments(self, parser):
        parser.add_argument("project", help="the project's slug")
        parser.add_argument("descriptor", choices=registry.KEYS)
        parser.add_argument("--format", choices=sorted(DESCRIPTOR_EXPORTERS), default="json")
        parser.add_argument("--output", "-o", help=OUTPUT_HELP)

    def handle(self, *args, **options):
        exporter = DESCRIPTOR_EXPORTERS[options["format"]](options["descriptor"])
        try:
            export = exporter.render(project_by_slug(options["project"]))
        except NothingToExport as nothing:
            raise CommandError(str(nothing)) from None
        write_export(self, export, options["output"])

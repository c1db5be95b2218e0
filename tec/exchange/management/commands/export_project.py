"""Writes a whole project as a JSON bundle or as a zip in the reference TEC's layout."""

from django.core.management.base import BaseCommand, CommandError

from tec.exchange.commandline import OUTPUT_HELP, project_by_slug, write_export
from tec.exchange.exporters import PROJECT_EXPORTERS, NothingToExport


class Command(BaseCommand):
    help = "Export a project as a JSON bundle (--format bundle) or a reference-layout zip (--format zip)."

    def add_arguments(self, parser):
        parser.add_argument("project", help="the project's slug")
        parser.add_argument("--format", choices=sorted(PROJECT_EXPORTERS), default="bundle")
        parser.add_argument("--output", "-o", help=OUTPUT_HELP)

    def handle(self, *args, **options):
        try:
            export = PROJECT_EXPORTERS[options["format"]].render(project_by_slug(options["project"]))
        except NothingToExport as nothing:
            raise CommandError(str(nothing)) from None
        write_export(self, export, options["output"])

"""Reads one descriptor's JSON file into a project, upgrading 1.0 and 1.1 documents to 1.2."""

from django.core.management.base import BaseCommand, CommandError

from tec.exchange import services
from tec.exchange.commandline import apply_plan, describe_plan, project_by_slug, read_input, user_by_name
from tec.exchange.importers import ImportRefused
from tec.schemas import registry


class Command(BaseCommand):
    help = "Import a descriptor JSON file into a project (all or nothing; --dry-run only checks)."

    def add_arguments(self, parser):
        parser.add_argument("project", help="the project's slug")
        parser.add_argument("descriptor", choices=registry.KEYS)
        parser.add_argument("file")
        parser.add_argument("--user", help="the user the revision is recorded for")
        parser.add_argument("--dry-run", action="store_true", help="check the file and show the plan; write nothing")

    def handle(self, *args, **options):
        project = project_by_slug(options["project"])
        file_name, content = read_input(options["file"])
        try:
            imported = services.read_upload(file_name=file_name, content=content, key=options["descriptor"])
            plan = services.import_plan(imported=imported, project=project)
            self.stdout.write("\n".join(describe_plan(plan)))
            apply_plan(self, plan, user=user_by_name(options["user"]), dry_run=options["dry_run"])
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None

"""Reads a project bundle or a reference-layout zip as a new project, or into an existing one."""

from django.core.management.base import BaseCommand, CommandError

from tec.exchange import services
from tec.exchange.commandline import apply_plan, describe_plan, project_by_slug, read_input, user_by_name
from tec.exchange.importers import ImportRefused


class Command(BaseCommand):
    help = ("Import a project bundle (.json) or reference TEC zip as a new project (owned by --owner) or, "
            "with --into, into an existing project, replacing only the descriptors the file holds.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--into", metavar="SLUG", help="an existing project to import into")
        parser.add_argument("--owner", help="user name of the new project's owner (also the revision author)")
        parser.add_argument("--name", help="name of the new project (default: the name in the file)")
        parser.add_argument("--description", help="description of the new project (default: from the file)")
        parser.add_argument("--dry-run", action="store_true", help="check the file and show the plan; write nothing")

    def handle(self, *args, **options):
        project = project_by_slug(options["into"]) if options["into"] else None
        owner = user_by_name(options["owner"])
        if project is None and owner is None and not options["dry_run"]:
            raise CommandError("A new project needs an owner: add --owner USERNAME (or --into SLUG).")
        file_name, content = read_input(options["file"])
        given = {k: options[k] for k in ("name", "description") if options[k]}
        try:
            plan = services.import_plan(imported=services.read_upload(file_name=file_name, content=content),
                                        project=project, details=given)
            self.stdout.write("\n".join(describe_plan(plan)))
            apply_plan(self, plan, user=owner, dry_run=options["dry_run"])
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None

"""Regenerates the descriptor models from the 1.2 schemas."""

from django.core.management.base import BaseCommand

from tec.schemas import codegen


class Command(BaseCommand):
    requires_system_checks = []  # it must run even when the current models are broken
    help = "Write tec/documents/models/generated.py from the descriptor schemas (then run makemigrations)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Exit 1 if the committed module is stale.")

    def handle(self, *args, check=False, **options):
        source = codegen.generate()
        current = codegen.TARGET.read_text() if codegen.TARGET.exists() else ""
        if check:
            if source != current:
                self.stderr.write("generated.py is stale: run `python manage.py generate_models`.")
                raise SystemExit(1)
            self.stdout.write("generated.py matches the schemas.")
            return
        codegen.TARGET.write_text(source)
        self.stdout.write(f"wrote {codegen.TARGET}")

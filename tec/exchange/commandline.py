"""What the exchange management commands share: finding things, writing files, reporting plans."""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from tec.documents.models import Project
from tec.exchange import services
from tec.exchange.importers import ImportRefused
from tec.exchange.importers.reading import check_size

OUTPUT_HELP = "Where to write the file: a path, or - for standard output (default: its own name, here)."


def project_by_slug(slug: str) -> Project:
    project = Project.objects.filter(slug=slug).first()
    if project is None:
        raise CommandError(f"No project with the slug {slug!r}.")
    return project


def user_by_name(username: str | None):
    if not username:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"No user called {username!r}.")
    return user


def write_export(command, export, output: str | None):
    """Writes the export's bytes and says where, on stderr so stdout stays the file when output is -."""
    if output == "-":
        sys.stdout.buffer.write(export.content)
        sys.stdout.buffer.flush()
        return
    path = Path(output or export.filename)
    path.write_bytes(export.content)
    command.stderr.write(f"wrote {path} ({len(export.content)} bytes)")


def read_input(path: str) -> tuple[str, bytes]:
    """(file name, bytes), refusing empty and oversized files before reading them."""
    file = Path(path)
    if not file.is_file():
        raise CommandError(f"{path}: no such file.")
    try:
        check_size(file.name, file.stat().st_size)
    except ImportRefused as refusal:
        raise CommandError(str(refusal)) from None
    return file.name, file.read_bytes()


def describe_plan(plan) -> list[str]:
    """One line per descriptor the import touches, then the upgrade's changes."""
    lines = [f"{row.label}: {row.action}" for row in plan.rows if row.imported]
    for row in plan.upgraded:
        lines.append(f"{row.label} was version {row.imported.from_version}; the upgrade:")
        lines += [f"  {change.kind}: {' -> '.join(change.paths)}: {change.message}" for change in row.imported.changes]
    return lines


def apply_plan(command, plan, *, user, dry_run: bool):
    """Writes the plan and says what was imported, or says plainly that a dry run saved nothing."""
    if dry_run:
        command.stdout.write("Dry run: nothing was saved.")
        return
    services.import_apply(plan=plan, user=user)
    command.stdout.write(services.import_summary(plan))

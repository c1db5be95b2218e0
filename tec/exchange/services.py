"""Imports as state changes: what one would change (the plan) and applying it all or nothing."""

import datetime
import hashlib
import json
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from tec.accounts.projects import project_create
from tec.documents.models import Project
from tec.documents.services import document_save
from tec.documents.validators import DocumentInvalid
from tec.exchange.flatten import leaf_rows
from tec.exchange.importers import (
    ImportedDocument, ImportedFile, ImportRefused, ProjectDetails, read_descriptor_file, read_project_file,
)
from tec.exchange.importers.base import DESCRIPTOR
from tec.exchange.limits import PENDING_IMPORT_HOURS
from tec.exchange.models import PendingImport
from tec.schemas import registry
from tec.schemas.layout import canonical_number

CREATE, REPLACE, UNCHANGED, KEEP = "create", "replace", "unchanged", "keep"
ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True)
class FieldChange:
    kind: str  # ADDED, REMOVED or CHANGED
    path: str
    label: str


@dataclass(frozen=True)
class PlannedDescriptor:
    key: str
    action: str  # CREATE, REPLACE, UNCHANGED or KEEP
    imported: ImportedDocument | None
    field_changes: tuple = ()

    @property
    def label(self) -> str:
        return registry.get(self.key).label


@dataclass(frozen=True)
class ImportPlan:
    imported: ImportedFile
    project: Project | None  # None: the file becomes a new project
    details: ProjectDetails  # the new project's details, or the existing project's
    rows: tuple
    state: str  # fingerprint of what the plan was made against

    @property
    def writes(self) -> list:
        return [row for row in self.rows if row.action in (CREATE, REPLACE)]

    @property
    def listed(self) -> list:
        """The rows to show: a single descriptor's file leaves the other seven untouched, so only its row."""
        if self.imported.kind == DESCRIPTOR:
            return [row for row in self.rows if row.action != KEEP]
        return list(self.rows)

    @property
    def upgraded(self) -> list:
        return [row for row in self.rows if row.imported and row.imported.changes]


# --- planning ---------------------------------------------------------------------------

def import_plan(*, imported: ImportedFile, project: Project | None = None, details: dict | None = None) -> ImportPlan:
    """What importing the file would do; refuses a new project whose name is taken."""
    current = project.documents() if project else dict.fromkeys(registry.KEYS)
    rows = tuple(_planned(key, imported.documents.get(key), current[key]) for key in registry.KEYS)
    if project is None:
        chosen = new_project_details(imported, details or {})
        _check_name_free(imported.file_name, chosen.name)
    else:
        chosen = ProjectDetails(project.name, project.description, project.point_of_contact)
    return ImportPlan(imported, project, chosen, rows, _fingerprint(project, chosen, current, imported))


def new_project_details(imported: ImportedFile, given: dict) -> ProjectDetails:
    """Form input first, then what the file says, then defaults from the file name."""
    found = imported.details or ProjectDetails("")
    name = given.get("name") or found.name.strip() or imported.file_name.rsplit(".", 1)[0].strip()
    description = found.description if found.description is not None else f"Imported from {imported.file_name}."
    return ProjectDetails(
        name=name[:200],
        description=given.get("description") or description,
        point_of_contact=(given.get("point_of_contact") or found.point_of_contact or "")[:200],
    )


def _check_name_free(file_name: str, name: str):
    if Project.objects.filter(name__iexact=name).exists():
        raise ImportRefused(file_name, f"a project named {name!r} exists already; give the new project another name.")


def _planned(key: str, imported: ImportedDocument | None, current: dict | None) -> PlannedDescriptor:
    if imported is None:
        return PlannedDescriptor(key, KEEP, None)
    if current is None:
        return PlannedDescriptor(key, CREATE, imported)
    if _comparable(current) == _comparable(imported.document):
        return PlannedDescriptor(key, UNCHANGED, imported)
    return PlannedDescriptor(key, REPLACE, imported, field_changes(current, imported.document))


def field_changes(before: dict, after: dict) -> tuple:
    """The leaf values that differ, as the CSV export would show them, in document order."""
    old = {path: (label, _comparable(value)) for path, label, value in leaf_rows(before)}
    new = {path: (label, _comparable(value)) for path, label, value in leaf_rows(after)}
    changes = [FieldChange(CHANGED if path in old else ADDED, path, label)
               for path, (label, value) in new.items() if old.get(path, (None, None))[1] != value]
    changes += [FieldChange(REMOVED, path, label) for path, (label, _) in old.items() if path not in new]
    return tuple(changes)


def _comparable(value) -> str:
    """Equal for values stored alike: 2.0 and 2 are one number, but true and 1 differ."""
    return json.dumps(_canonical(value), sort_keys=True)


def _canonical(value):
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    return canonical_number(value)


def _fingerprint(project, details, current, imported) -> str:
    """Changes when the target changes between the confirmation page and the confirmation."""
    relevant = {key: current[key] for key in imported.documents}
    payload = [project.pk if project else None, details.name, relevant]
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


# --- applying -----------------------------------------------------------------------------

@transaction.atomic
def import_apply(*, plan: ImportPlan, user) -> Project:
    """Writes every descriptor the plan creates or replaces, or nothing at all."""
    project = plan.project or _project_from(plan, user)
    for row in plan.writes:
        try:
            document_save(project=project, key=row.key, document=row.imported.document, user=user,
                          message=plan.imported.file_name)
        except DocumentInvalid as invalid:
            raise ImportRefused(row.imported.source, "the document cannot be stored.", invalid.problems)
    return project


def _project_from(plan: ImportPlan, owner) -> Project:
    details = plan.details
    try:
        with transaction.atomic():
            return project_create(name=details.name, description=details.description,
                                  point_of_contact=details.point_of_contact, owner=owner)
    except IntegrityError:
        _check_name_free(plan.imported.file_name, details.name)
        raise


# --- uploads waiting for confirmation -------------------------------------------------------

def read_upload(*, file_name: str, content: bytes, key: str = "") -> ImportedFile:
    """The file checked in full: one descriptor's JSON when key is set, else a bundle or zip."""
    if key:
        return read_descriptor_file(key, file_name, content)
    return read_project_file(file_name, content)


def pending_import_create(*, user, file_name: str, content: bytes, project=None, key: str = "",
                          new_project: dict | None = None) -> PendingImport:
    """Checks the upload and keeps it for the confirmation page; ImportRefused if it is bad."""
    imported = read_upload(file_name=file_name, content=content, key=key)
    import_plan(imported=imported, project=project, details=new_project)
    pending_imports_expire()
    return PendingImport.objects.create(user=user, project=project, descriptor_key=key, file_name=file_name,
                                        content=content, new_project=new_project or {})


def pending_import_plan(pending: PendingImport) -> ImportPlan:
    """The plan for a waiting upload, from its bytes read and checked again."""
    imported = read_upload(file_name=pending.file_name, content=bytes(pending.content), key=pending.descriptor_key)
    return import_plan(imported=imported, project=pending.project, details=pending.new_project)


@transaction.atomic
def pending_import_confirm(*, pending: PendingImport, plan: ImportPlan, user) -> Project:
    project = import_apply(plan=plan, user=user)
    pending.delete()
    return project


def pending_import_cancel(*, pending: PendingImport):
    pending.delete()


def _expiry_cutoff():
    return timezone.now() - datetime.timedelta(hours=PENDING_IMPORT_HOURS)


def pending_imports_alive():
    """Waiting uploads that are not too old to confirm."""
    return PendingImport.objects.filter(created_at__gte=_expiry_cutoff())


def pending_imports_expire():
    PendingImport.objects.filter(created_at__lt=_expiry_cutoff()).delete()


def import_summary(plan: ImportPlan) -> str:
    """'Imported demo.zip into Demo: 2 descriptors created, 1 replaced, 1 unchanged.'"""
    counts = {action: sum(row.action == action for row in plan.rows) for action in (CREATE, REPLACE, UNCHANGED)}
    words = {CREATE: "created", REPLACE: "replaced", UNCHANGED: "unchanged"}
    parts = [f"{count} {words[action]}" for action, count in counts.items() if count]
    target = plan.project.name if plan.project else f"the new project {plan.details.name}"
    return f"Imported {plan.imported.file_name} into {target}: " + (", ".join(parts) or "no descriptors") + "."

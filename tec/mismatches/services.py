"""The mismatch report of a stored project, with acceptances applied, and changes to acceptances."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone

from tec.mismatches.engine import evaluate
from tec.mismatches.models import Acceptance, MismatchSettings
from tec.mismatches.results import Mismatch, Report
from tec.schemas import registry


@dataclass
class ProjectReport:
    report: Report
    open: list = field(default_factory=list)  # [Mismatch]
    accepted: list = field(default_factory=list)  # [(Mismatch, Acceptance)]
    lapsed: list = field(default_factory=list)  # [Acceptance] whose mismatch changed or went away

    @property
    def missing_fields(self):
        return self.report.missing_fields

    def missing_by_descriptor(self):
        grouped = {d.key: [] for d in registry.DESCRIPTORS}
        for missing in self.report.missing_fields:
            grouped[missing.descriptor].append(missing)
        return [(registry.get(key), items) for key, items in grouped.items() if items]


def tolerance_for(project) -> float:
    found = MismatchSettings.objects.filter(project=project).values_list("tolerance", flat=True).first()
    return found or 0.0


def _active_acceptances(projects):
    return Acceptance.objects.filter(project__in=projects, withdrawn_at=None).select_related("accepted_by")


def project_report(project, documents=None, *, tolerance=None, acceptances=None) -> ProjectReport:
    """Evaluates the project's current documents and sorts mismatches into open and accepted.

    tolerance and acceptances may be handed in by callers that load them for many projects at once.
    """
    documents = project.documents() if documents is None else documents
    tolerance = tolerance_for(project) if tolerance is None else tolerance
    acceptances = _active_acceptances([project]) if acceptances is None else acceptances
    report = evaluate(documents, tolerance=tolerance)
    active = {(a.rule, a.fingerprint): a for a in acceptances}
    result = ProjectReport(report)
    for mismatch in report.mismatches:
        acceptance = active.pop((mismatch.rule, mismatch.fingerprint), None)
        if acceptance:
            result.accepted.append((mismatch, acceptance))
        else:
            result.open.append(mismatch)
    result.lapsed = sorted(active.values(), key=lambda a: a.accepted_at, reverse=True)
    return result


def counts(project, documents=None, **preloaded) -> dict:
    """Open, accepted and missing counts, overall and per descriptor (for dashboards and forms)."""
    result = project_report(project, documents, **preloaded)
    by_descriptor = {key: {"open": 0, "missing": 0} for key in registry.KEYS}
    for mismatch in result.open:
        for key in mismatch.descriptors:
            by_descriptor[key]["open"] += 1
    for missing in result.missing_fields:
        by_descriptor[missing.descriptor]["missing"] += 1
    return {"open": len(result.open), "accepted": len(result.accepted),
            "missing": len(result.missing_fields), "by_descriptor": by_descriptor}


def counts_for_projects(documents_by_project: dict) -> dict:
    """counts() for many projects ({project: documents}) in two queries, not two per project."""
    projects = list(documents_by_project)
    tolerances = dict(MismatchSettings.objects.filter(project__in=projects).values_list("project_id", "tolerance"))
    acceptances = {}
    for acceptance in _active_acceptances(projects):
        acceptances.setdefault(acceptance.project_id, []).append(acceptance)
    return {
        project.pk: counts(project, documents, tolerance=tolerances.get(project.pk, 0.0),
                           acceptances=acceptances.get(project.pk, []))
        for project, documents in documents_by_project.items()
    }


def _current(project, rule: str, fingerprint: str) -> Mismatch:
    for mismatch in project_report(project).open:
        if (mismatch.rule, mismatch.fingerprint) == (rule, fingerprint):
            return mismatch
    raise ValidationError("This mismatch changed or was resolved since the page was loaded; look at it again.")


def mismatch_accept(*, project, rule: str, fingerprint: str, justification: str, user) -> Acceptance:
    justification = (justification or "").strip()
    if not justification:
        raise ValidationError("Say why the team can live with this mismatch.")
    mismatch = _current(project, rule, fingerprint)
    return Acceptance.objects.create(
        project=project, rule=rule, fingerprint=fingerprint, justification=justification, accepted_by=user,
        conditions=[c.text for c in mismatch.conditions],
    )


def acceptance_withdraw(*, acceptance: Acceptance, user) -> Acceptance:
    """Withdrawn acceptances stay on record; the mismatch is open again."""
    acceptance.withdrawn_by, acceptance.withdrawn_at = user, timezone.now()
    acceptance.save(update_fields=["withdrawn_by", "withdrawn_at"])
    return acceptance


def tolerance_set(*, project, tolerance: float) -> MismatchSettings:
    if tolerance is None or tolerance < 0:
        raise ValidationError("The tolerance must be a number of at least 0.")
    found, _ = MismatchSettings.objects.update_or_create(project=project, defaults={"tolerance": tolerance})
    return found

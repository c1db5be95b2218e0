"""The mismatch report as JSON, CSV and PDF files."""

import json

from django.utils import timezone
from django.utils.text import slugify

from tec.exchange.csvfile import csv_bytes



def _accepted_by_rule(result):
    return {mismatch.fingerprint: acceptance for mismatch, acceptance in result.accepted}


def report_dict(project, result) -> dict:
    """The command's JSON contract, plus the project, the time and each mismatch's state."""
    accepted = _accepted_by_rule(result)
    mismatches = []
    for mismatch in result.report.mismatches:
        entry = mismatch.as_dict()
        entry["condition_paths"] = [list(c.paths) for c in mismatch.conditions]
        acceptance = accepted.get(mismatch.fingerprint)
        entry["accepted"] = acceptance and {
            "by": acceptance.accepted_by.get_username(), "at": acceptance.accepted_at.isoformat(),
            "justification": acceptance.justification,
        }
        mismatches.append(entry)
    return {
        "project": {"name": project.name, "slug": project.slug},
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "mismatches": mismatches,
        "missing_fields": [m.as_dict() for m in result.missing_fields],
    }


def filename(project, extension: str) -> str:
    return f"{slugify(project.name) or 'project'}-mismatches.{extension}"


def as_json(project, result) -> bytes:
    return json.dumps(report_dict(project, result), indent=2, ensure_ascii=False).encode("utf-8")


CSV_HEADER = ("kind", "rule", "title", "descriptors", "item", "fields", "rationale", "state", "justification")


def csv_rows(result):
    accepted = _accepted_by_rule(result)
    for mismatch in result.report.mismatches:
        acceptance = accepted.get(mismatch.fingerprint)
        state = f"accepted by {acceptance.accepted_by.get_username()}" if acceptance else "open"
        for condition in mismatch.conditions:
            yield ("mismatch", mismatch.rule, mismatch.title, " ".join(mismatch.descriptors), condition.text,
                   " ".join(condition.paths), mismatch.rationale, state,
                   acceptance.justification if acceptance else "")
    for missing in result.missing_fields:
        yield ("missing field", "", missing.label, missing.descriptor, missing.label,
               f"{missing.descriptor}.{missing.key}", missing.rationale, "open", "")


def as_csv(project, result) -> bytes:
    """One row per condition or missing field, safe to open in a spreadsheet."""
    return csv_bytes(csv_rows(result), header=CSV_HEADER)


def as_pdf(project, result) -> bytes:
    from tec.mismatches.pdf import render

    return render(project, result)


FORMATS = {
    "json": ("application/json", as_json),
    "csv": ("text/csv; charset=utf-8", as_csv),
    "pdf": ("application/pdf", as_pdf),
}

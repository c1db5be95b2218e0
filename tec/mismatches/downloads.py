"""The mismatch report as JSON, CSV and PDF files."""

import csv
import io
import json

from django.utils import timezone
from django.utils.text import slugify



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


def spreadsheet_safe(value) -> str:
    """Cells a spreadsheet would run as a formula are prefixed with a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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
    """UTF-8 with a byte-order mark, so spreadsheets pick the encoding; one row per condition or gap."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in csv_rows(result))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_pdf(project, result) -> bytes:
    from tec.mismatches.pdf import render

    return render(project, result)


FORMATS = {
    "json": ("application/json", as_json),
    "csv": ("text/csv; charset=utf-8", as_csv),
    "pdf": ("application/pdf", as_pdf),
}

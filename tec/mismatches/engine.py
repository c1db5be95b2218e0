"""Evaluates a project's documents: every mismatch rule, then every missing-field check."""

import math
from collections.abc import Mapping

from tec.mismatches.missing import missing_fields
from tec.mismatches.registry import RULES
from tec.mismatches.results import Mismatch, Report
from tec.schemas.registry import KEYS


def evaluate(documents: Mapping, *, tolerance: float = 0.0) -> Report:
    """The report for one project: documents maps descriptor keys to documents (or None).

    tolerance is the absolute difference under which statistic values and label
    percentages still count as equal.
    """
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) \
            or not math.isfinite(tolerance) or tolerance < 0:
        raise ValueError(f"tolerance must be a finite number >= 0, not {tolerance!r}")
    docs = {key: documents.get(key) for key in KEYS}
    mismatches = []
    for rule in RULES:
        conditions = rule.check(docs, tolerance=tolerance)
        if conditions:
            mismatches.append(
                Mismatch(rule.id, rule.title, rule.rationale, rule.descriptors, tuple(conditions)))
    return Report(tuple(mismatches), tuple(missing_fields(docs)))

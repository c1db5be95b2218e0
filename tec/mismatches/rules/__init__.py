"""The rule modules, one per area; importing them registers their rules."""

from tec.mismatches.rules import data, environment, goals, interfaces, monitoring, resources  # noqa: F401

"""Every mismatch rule, recorded by @rule and kept in the order reports list them."""

import inspect
from dataclasses import dataclass, field
from typing import Callable

from tec.schemas.registry import KEYS

# The order of the reference report, which users compare against.
ORDER = (
    "1", "2", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
    "6", "7", "8", "9", "10", "11", "12", "13", "14A", "14B", "14C", "15", "16",
)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    descriptors: tuple[str, ...]
    fields: tuple[str, ...]
    rationale: str
    function: Callable = field(repr=False, compare=False)
    takes_tolerance: bool = False

    def check(self, docs, tolerance=0.0):
        """The rule's conditions; only the numeric rules are told the tolerance."""
        if self.takes_tolerance:
            return self.function(docs, tolerance=tolerance)
        return self.function(docs)


RULES: list[Rule] = []


def rule(*, id, title, descriptors, fields, rationale):
    """Record the decorated function as a rule; the function itself is returned unchanged."""

    def record(function):
        new = Rule(id, title, tuple(descriptors), tuple(fields), rationale, function,
                   "tolerance" in inspect.signature(function).parameters)
        _validate(new)
        RULES.append(new)
        RULES.sort(key=lambda r: ORDER.index(r.id))
        return function

    return record


def _validate(new: Rule):
    if new.id not in ORDER:
        raise ValueError(f"rule id {new.id!r} is not in ORDER")
    if any(r.id == new.id for r in RULES):
        raise ValueError(f"rule {new.id!r} is registered twice")
    if not set(new.descriptors) <= set(KEYS):
        raise ValueError(f"rule {new.id!r} names an unknown descriptor")
    if not all(f.split(".")[0] in new.descriptors for f in new.fields):
        raise ValueError(f"rule {new.id!r} reads a field of a descriptor it does not declare")


def rules_for(descriptor: str) -> tuple[Rule, ...]:
    """The rules that read the given descriptor, in report order."""
    return tuple(r for r in RULES if descriptor in r.descriptors)


# Importing the rule modules fills RULES; it sits last because they import rule() from here.
from tec.mismatches import rules  # noqa: E402,F401

"""What an evaluation produces: conditions, mismatches, missing fields and the report."""

import hashlib
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Condition:
    """One offending item: a readable line and the JSON paths of the fields involved."""

    text: str
    paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mismatch:
    rule: str
    title: str
    rationale: str
    descriptors: tuple[str, ...]
    conditions: tuple[Condition, ...]

    @property
    def fingerprint(self) -> str:
        """Changes when the rule or its set of condition lines changes, so an accepted mismatch lapses."""
        payload = json.dumps([self.rule, sorted(c.text for c in self.conditions)])
        return hashlib.sha256(payload.encode("ascii")).hexdigest()

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "title": self.title,
            "conditions": [c.text for c in self.conditions],
            "rationale": self.rationale,
        }


@dataclass(frozen=True)
class MissingField:
    descriptor: str
    key: str
    label: str
    rationale: str

    def as_dict(self) -> dict:
        return {"descriptor": self.descriptor, "key": self.key, "label": self.label,
                "rationale": self.rationale}


@dataclass(frozen=True)
class Report:
    mismatches: tuple[Mismatch, ...]
    missing_fields: tuple[MissingField, ...]

    def as_dict(self) -> dict:
        return {
            "mismatches": [m.as_dict() for m in self.mismatches],
            "missing_fields": [f.as_dict() for f in self.missing_fields],
        }

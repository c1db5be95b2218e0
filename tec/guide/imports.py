"""What importing an older document does: TEC's own upgrade run on a sample of each old version.

The sample fills every field of the old schema and has one entry in every list; the few values
below are chosen so that each transformation of the upgrade shows (1.0 goal ids, free-text item
types). The messages shown are the ones an import reports.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from tec.schemas import loader, registry
from tec.schemas.upgrades import NEXT_VERSION, run_step

SAMPLE_VALUES = {
    "id": "BG-01",
    "goal_mapping": "BG-01",
    "business_goal_mapping": "BG-01",
    "item_type": "number",
    "expected_values": "0 to 120",
    "success_criteria": "95 % of signs named correctly",
}
FORMAT_SAMPLES = {"date": "2024-05-01", "uri": "https://example.org/doc"}
SCALAR_SAMPLES = {"integer": 1, "number": 1, "boolean": False, "string": "text"}


@dataclass(frozen=True)
class Effect:
    kind: str  # added, renamed, dropped or changed (tec.schemas.upgrades)
    paths: tuple  # with [] for "every element"
    message: str


@dataclass(frozen=True)
class UpgradeStep:
    old: str
    new: str
    effects: dict  # descriptor key -> [Effect]


def sample(schema: dict, name: str = ""):
    """A value for the schema with every field present and one entry in every list."""
    if "const" in schema:
        return schema["const"]
    if name in SAMPLE_VALUES and schema.get("type") == "string" and "enum" not in schema:
        return SAMPLE_VALUES[name]
    if "enum" in schema:
        return next((choice for choice in schema["enum"] if choice), schema["enum"][0])
    kind = schema.get("type")
    if kind == "object":
        return {key: sample(sub, key) for key, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(schema.get("items", {}), name)]
    if kind == "string":
        return FORMAT_SAMPLES.get(schema.get("format"), SCALAR_SAMPLES["string"])
    return SCALAR_SAMPLES[kind]


def sample_document(key: str, version: str) -> dict:
    return sample(loader.schema_view(key, version))


@lru_cache(maxsize=None)
def upgrade_steps() -> tuple:
    """Each upgrade step with, per descriptor, what it does to the sample document."""
    return tuple(
        UpgradeStep(old, new, {d.key: _effects(d.key, old) for d in registry.DESCRIPTORS})
        for old, new in NEXT_VERSION.items()
    )


def _effects(key: str, version: str) -> list:
    _, changes = run_step(key, sample_document(key, version), version)
    found = []
    for change in changes:
        effect = Effect(change.kind, tuple(map(every_element, change.paths)), change.message)
        if effect not in found:
            found.append(effect)
    return found


def every_element(path: str) -> str:
    """goals[0].metric -> goals[].metric."""
    return re.sub(r"\[\d+\]", "[]", path)

"""What changed between two schema versions of a descriptor, computed from the schema files.

Renames are recognised when, under the same parent, a field disappears and another of the same
JSON type appears whose name is the old name with words dropped or added at either end
(`business_goals` -> `goals`, `business_goal_mapping` -> `goal_mapping`).
"""

from dataclasses import dataclass
from functools import lru_cache

from tec.guide.fields import type_label
from tec.schemas import loader, registry

ADDED, REMOVED, RENAMED = "added", "removed", "renamed"
TYPE_CHANGED, CHOICES_CHANGED = "type changed", "choices changed"
NOW_REQUIRED, NOW_OPTIONAL = "now required", "now optional"


@dataclass(frozen=True)
class SchemaChange:
    kind: str
    path: str  # the new path; for a removal the old one
    detail: str = ""
    old_path: str = ""  # renames only


@dataclass(frozen=True)
class Step:
    """The changes of every descriptor from one version to the next."""

    old: str
    new: str
    changes: dict  # descriptor key -> [SchemaChange]

    @property
    def changed_keys(self) -> list:
        return [key for key, changes in self.changes.items() if changes]


@lru_cache(maxsize=None)
def steps() -> tuple:
    """Each pair of consecutive versions with the changes of every descriptor, oldest first."""
    versions = registry.VERSIONS
    return tuple(Step(old, new, {d.key: schema_diff(d.key, old, new) for d in registry.DESCRIPTORS})
                 for old, new in zip(versions, versions[1:]))


def schema_diff(key: str, old: str, new: str) -> list:
    """The field-level changes of one descriptor from version `old` to version `new`."""
    return list(_compare_objects(loader.schema_view(key, old), loader.schema_view(key, new), ""))


def _compare_objects(old: dict, new: dict, prefix: str):
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    renames = _renames(old_props, new_props)
    renamed_to = set(renames.values())
    for name, sub in old_props.items():
        if name not in new_props and name not in renames:
            yield SchemaChange(REMOVED, prefix + name, type_label(sub))
    for name, sub in new_props.items():
        old_name = next((o for o, n in renames.items() if n == name), name)
        if name not in old_props and name not in renamed_to:
            yield SchemaChange(ADDED, prefix + name, _describe_new(sub, name in new.get("required", ())))
            continue
        if old_name != name:
            yield SchemaChange(RENAMED, prefix + name, type_label(sub), old_path=prefix + old_name)
        yield from _compare_field(old_props[old_name], sub, prefix + name,
                                  old_name in old.get("required", ()), name in new.get("required", ()))


def _compare_field(old: dict, new: dict, path: str, was_required: bool, is_required: bool):
    if "const" in old and "const" in new:
        return  # the version number, which every step changes
    if type_label(old) != type_label(new):
        yield SchemaChange(TYPE_CHANGED, path, f"{type_label(old)} → {type_label(new)}{_choice_list(new)}")
    elif "enum" in old and "enum" in new and old["enum"] != new["enum"]:
        yield SchemaChange(CHOICES_CHANGED, path, _choice_difference(old["enum"], new["enum"]))
    if was_required != is_required:
        yield SchemaChange(NOW_REQUIRED if is_required else NOW_OPTIONAL, path)
    yield from _compare_children(old, new, path)


def _compare_children(old: dict, new: dict, path: str):
    if old.get("type") == new.get("type") == "object":
        yield from _compare_objects(old, new, path + ".")
    elif old.get("type") == new.get("type") == "array":
        old_items, new_items = old.get("items", {}), new.get("items", {})
        if old_items.get("type") == new_items.get("type") == "object":
            yield from _compare_objects(old_items, new_items, path + "[].")


def _renames(old_props: dict, new_props: dict) -> dict:
    """Old name -> new name for fields that look renamed."""
    gone = [name for name in old_props if name not in new_props]
    fresh = [name for name in new_props if name not in old_props]
    found = {}
    for old_name in gone:
        for new_name in fresh:
            same_type = old_props[old_name].get("type") == new_props[new_name].get("type")
            if same_type and new_name not in found.values() and _related_names(old_name, new_name):
                found[old_name] = new_name
                break
    return found


def _related_names(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.endswith("_" + short) or long.startswith(short + "_")


def _describe_new(schema: dict, required: bool) -> str:
    text = type_label(schema) + (", required" if required else ", optional")
    members = list(schema.get("properties", {})) or list(schema.get("items", {}).get("properties", {}))
    if members:
        text += ": " + ", ".join(members)
    return text + _choice_list(schema)


def _choice_list(schema: dict) -> str:
    choices = schema.get("enum") or schema.get("items", {}).get("enum")
    return " (" + ", ".join(repr(c) if c == "" else str(c) for c in choices) + ")" if choices else ""


def _choice_difference(old: list, new: list) -> str:
    parts = []
    gained = [c for c in new if c not in old]
    lost = [c for c in old if c not in new]
    if gained:
        parts.append("new: " + ", ".join(gained))
    if lost:
        parts.append("no longer: " + ", ".join(lost))
    if not parts:
        parts.append("same choices in a new order")
    return "; ".join(parts)

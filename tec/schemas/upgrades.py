"""Upgrades descriptor documents of versions 1.0 and 1.1 to the latest version, 1.2.

STEPS holds, for each old version, one small function per descriptor that brings a
document to the next version (NEXT_VERSION). upgrade() checks the document against the
schema of its own version, runs the steps in turn on a copy and returns the 1.2 document
with the list of changes to show the user before an import.

Where the reference TEC implementation produced documents that 1.2 rejects, or lost
data, this module deliberately differs:

* free-text item types are mapped onto the 1.2 enum (ITEM_TYPES); anything else becomes
  "Other" and its text is kept in item_specification.other_value;
* enum fields that became required get a valid default (DEFAULT_OPERATOR,
  DEFAULT_ERROR_TYPE) instead of "", reported as "added" with a request to review it;
* the 1.1 trained-model `error_handling` list stays in the document as extra data;
* only goal ids starting with "BG-" are rewritten (to "G-"), other ids are kept as they are;
* the folded success criteria are joined by ", " without a trailing separator;
* a new key whose anchor is missing goes to the end instead of failing;
* a key that already existed as an extra property keeps its value when the new field
  accepts it; otherwise the replacement is reported.
"""

import copy
from dataclasses import dataclass

from tec.schemas import registry
from tec.schemas.validation import document_errors, json_path

ADDED, RENAMED, DROPPED, CHANGED = "added", "renamed", "dropped", "changed"

OPERATORS = (
    "greater than", "greater or equal than", "less than", "less or equal than",
    "equal to", "different than",
)
# A metric threshold is most often a level to reach, hence ">=" as the default.
DEFAULT_OPERATOR = "greater or equal than"
# The mildest of the four reactions: it neither changes the output nor needs an error code.
DEFAULT_ERROR_TYPE = "Log to console"

ITEM_TYPES = {
    **dict.fromkeys(("integer", "int"), "Integer"),
    **dict.fromkeys(("float", "double", "number", "real"), "Float"),
    **dict.fromkeys(("string", "str", "text", "char"), "String"),
    **dict.fromkeys(("image", "img"), "Image"),
    "other": "Other",
}
ITEM_SPECIFICATION_DEFAULTS = {
    "other_value": "", "min_value": 0, "max_value": 0, "resolution_x": 0, "resolution_y": 0,
    "channels": 0, "image_format": "", "min_length": 0, "max_length": 0,
    "empty": False, "numeric": False, "slashes": False, "spaces": False, "special": False,
}

_MISSING = object()


@dataclass(frozen=True)
class Change:
    kind: str  # ADDED, RENAMED, DROPPED or CHANGED
    paths: tuple  # JSON paths such as "goals[0].metric"; a rename names the old path first
    message: str


@dataclass(frozen=True)
class UpgradeResult:
    document: dict
    changes: tuple
    from_version: str

    @property
    def upgraded(self) -> bool:
        return self.from_version != registry.LATEST_VERSION


class UnknownVersion(ValueError):
    def __init__(self, version):
        self.version = version
        expected = ", ".join(registry.VERSIONS)
        if version is _MISSING:
            super().__init__(f"the document has no 'version' field (expected one of {expected})")
        else:
            super().__init__(f"unknown descriptor version {version!r} (expected one of {expected})")


class InvalidDocument(ValueError):
    def __init__(self, descriptor: str, version, errors: list):
        self.descriptor, self.version, self.errors = descriptor, version, list(errors)
        against = f" against its version {version}" if version else ""
        super().__init__(f"this {descriptor} document is not valid{against}: " + "; ".join(self.errors))


class _ChangeLog:
    def __init__(self):
        self.changes = []

    def add(self, kind: str, message: str, *paths: tuple):
        self.changes.append(Change(kind, tuple(json_path(path) for path in paths), message))


# --- entry point -------------------------------------------------------------------------

def upgrade(descriptor: str, document) -> UpgradeResult:
    """The document at the latest version and what changed; the input is never modified."""
    registry.get(descriptor)
    version = _version_of(descriptor, document)
    errors = document_errors(descriptor, document, version)
    if errors:
        raise InvalidDocument(descriptor, version, errors)
    upgraded, changes = copy.deepcopy(document), []
    while upgraded["version"] != registry.LATEST_VERSION:
        upgraded, step_changes = run_step(descriptor, upgraded, upgraded["version"])
        changes += step_changes
    if version != registry.LATEST_VERSION:
        changes.append(Change(CHANGED, ("version",),
                              f"Upgraded from version {version} to {registry.LATEST_VERSION}."))
    return UpgradeResult(upgraded, tuple(changes), version)


def run_step(descriptor: str, document: dict, source_version: str):
    """(copy of document one version further, its changes); no validation is done here."""
    if source_version not in NEXT_VERSION:
        raise UnknownVersion(source_version)
    upgraded, log = copy.deepcopy(document), _ChangeLog()
    STEPS[source_version][descriptor](upgraded, log)
    upgraded["version"] = NEXT_VERSION[source_version]
    return upgraded, log.changes


def _version_of(descriptor: str, document) -> str:
    if not isinstance(document, dict):
        raise InvalidDocument(descriptor, None, document_errors(descriptor, document))
    version = document.get("version", _MISSING)
    if version not in registry.VERSIONS:
        raise UnknownVersion(version)
    return version


# --- editing helpers ---------------------------------------------------------------------

def _set_items(obj: dict, items: list):
    obj.clear()
    obj.update(items)


def _insert_after(obj: dict, anchor: str, key: str, value):
    """Put key directly after anchor, or at the end when anchor is missing."""
    items = [(name, item) for name, item in obj.items() if name != key]
    names = [name for name, _ in items]
    position = names.index(anchor) + 1 if anchor in names else len(items)
    items.insert(position, (key, value))
    _set_items(obj, items)


def _rename_key(obj: dict, old: str, new: str):
    """Give old's value the name new at old's position; a key already called new goes."""
    _set_items(obj, [(new if name == old else name, item) for name, item in obj.items() if name != new])


def _quote(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_text(value) -> bool:
    return isinstance(value, str)


def _never(value) -> bool:
    return False


def _add_field(log, obj, path, key, value, after, message, keeps=_never):
    """Add a field new in this version after `after` and report it.

    The old version allowed any extra property, so the key may exist already: its value
    stays if keeps() accepts it for the new field, otherwise it is replaced and that is said.
    """
    old = obj.get(key, _MISSING)
    if old is not _MISSING and keeps(old):
        _insert_after(obj, after, key, old)
        return
    _insert_after(obj, after, key, value)
    if old is _MISSING:
        log.add(ADDED, message, path + (key,))
    else:
        log.add(CHANGED, f"Replaced the earlier value {_quote(old)}, which does not fit the new "
                         f"field. {message}", path + (key,))


def _add_empty_text(log, obj, path, key, after, what):
    _add_field(log, obj, path, key, "", after, f"Added an empty {what}.", keeps=_is_text)


def _rename_field(log, obj, path, old, new, message):
    if old not in obj:
        return
    overwritten = obj.get(new, _MISSING)
    _rename_key(obj, old, new)
    log.add(RENAMED, message, path + (old,), path + (new,))
    if overwritten is not _MISSING:
        log.add(DROPPED, f"The earlier extra value {_quote(overwritten)} under this name was "
                         "replaced by the renamed field.", path + (new,))


def _elements(obj: dict, key: str):
    """(path, element) for each object in the array obj[key]."""
    for index, element in enumerate(obj.get(key) or []):
        if isinstance(element, dict):
            yield (key, index), element


# --- goals (system context and trained model) ---------------------------------------------

def goal_id_for_1_1(old_id: str) -> str:
    """1.0 goal ids were BG-01, BG-02, ...; from 1.1 on they are G-01, G-02, ..."""
    return "G-" + old_id[len("BG-"):] if old_id.startswith("BG-") else old_id


def _rewrite_goal_id(log, obj, path, key):
    old = obj.get(key)
    if isinstance(old, str) and goal_id_for_1_1(old) != old:
        obj[key] = goal_id_for_1_1(old)
        log.add(CHANGED, f"Goal id {old} is now {obj[key]} (goal ids start with G- from 1.1 on).",
                path + (key,))


def _fold_success_criteria(log, document):
    """1.1 has no success criteria: they become the metric of the first goal."""
    criteria = document.get("success_criteria", _MISSING)
    if criteria is _MISSING:
        return
    goals = list(_elements(document, "goals"))
    if not goals:
        log.add(DROPPED, "There is no goal to take over the success criteria; they were dropped "
                         "from the schema and are kept as extra data.", ("success_criteria",))
        return
    del document["success_criteria"]
    if not criteria:
        log.add(DROPPED, "Removed the empty list of success criteria.", ("success_criteria",))
        return
    first_path, first_goal = goals[0]
    kept_metric = [first_goal["metric"]] if first_goal.get("metric") else []  # an old extra key
    first_goal["metric"] = ", ".join(kept_metric + list(criteria))
    log.add(RENAMED, f"The success criteria became the metric of the first goal: "
                     f"{_quote(first_goal['metric'])}.",
            ("success_criteria",), first_path + ("metric",))


# --- item specifications (data pipeline and trained model) --------------------------------

def item_type_for_1_2(legacy_type: str, expected_values: str):
    """(1.2 item type, item_specification.other_value) for a free-text 1.0/1.1 item."""
    mapped = ITEM_TYPES.get(legacy_type.strip().lower())
    if mapped:
        return mapped, expected_values
    return "Other", ": ".join(text for text in (legacy_type.strip(), expected_values) if text)


def _item_type_message(legacy_type: str, item_type: str) -> str:
    unmatched_text = legacy_type.strip() and legacy_type.strip().lower() not in ITEM_TYPES
    if not unmatched_text:
        return f"Item type {legacy_type!r} is now {item_type!r}."
    return (f"Item type {legacy_type!r} has no match among Integer, Float, String and Image: "
            "it is now 'Other' and the old text is kept in item_specification.other_value.")


def _specify_item(log, item, path):
    """Turn free-text item_type and expected_values into the 1.2 item_type and item_specification."""
    legacy_type = item.get("item_type", "")
    had_expected_values = "expected_values" in item
    item_type, other_value = item_type_for_1_2(legacy_type, item.pop("expected_values", ""))
    if item_type != legacy_type:
        item["item_type"] = item_type
        log.add(CHANGED, _item_type_message(legacy_type, item_type), path + ("item_type",))
    _add_field(log, item, path, "item_specification",
               dict(ITEM_SPECIFICATION_DEFAULTS, other_value=other_value), "item_type",
               "Added an item specification with no limits set (all 0 or off); please review it.")
    if had_expected_values:
        hidden = "" if item_type == "Other" else " (the form shows it only for item type Other)"
        log.add(RENAMED, f"The expected values moved to item_specification.other_value{hidden}.",
                path + ("expected_values",), path + ("item_specification", "other_value"))


# --- steps ---------------------------------------------------------------------------------

def _version_only(document, log):
    """Nothing but the version number changed for this descriptor."""


def _system_context_1_0_to_1_1(document, log):
    _rename_field(log, document, (), "business_goals", "goals",
                  "Business goals are called goals from 1.1 on.")
    for path, goal in _elements(document, "goals"):
        _rewrite_goal_id(log, goal, path, "id")
        _add_empty_text(log, goal, path, "metric", "goal", "metric")
        _add_empty_text(log, goal, path, "baseline", "metric", "baseline")
    _fold_success_criteria(log, document)


def _raw_data_1_0_to_1_1(document, log):
    _add_empty_text(log, document, (), "data_rights", "restrictions", "data rights field")
    _add_empty_text(log, document, (), "data_policies", "data_rights", "data policies field")


def _add_default_operator(log, metric, path):
    _add_field(log, metric, path, "operator", DEFAULT_OPERATOR, "metric",
               f"Added the comparison operator {DEFAULT_OPERATOR!r}, which 1.0 did not have; "
               "please check that it is the one you mean.", keeps=OPERATORS.__contains__)


def _trained_model_1_0_to_1_1(document, log):
    for path, metric in _elements(document, "algorithm_metrics"):
        _add_default_operator(log, metric, path)
        _add_empty_text(log, metric, path, "goal_mapping", "threshold", "goal mapping")
    for path, metric in _elements(document, "business_metrics"):
        _add_default_operator(log, metric, path)
        _rename_field(log, metric, path, "business_goal_mapping", "goal_mapping",
                      "Business goal mapping is called goal mapping from 1.1 on.")
        _rewrite_goal_id(log, metric, path, "goal_mapping")


def _production_environment_1_0_to_1_1(document, log):
    _add_empty_text(log, document, (), "deployment_platform", "computing_resources",
                    "deployment platform")
    _add_empty_text(log, document, (), "deployment_mechanism", "deployment_platform",
                    "deployment mechanism")


def _data_pipeline_1_1_to_1_2(document, log):
    for path, item in _elements(document, "input_spec"):
        _specify_item(log, item, path)
        _add_field(log, item, path, "error_handling",
                   {"error_type": DEFAULT_ERROR_TYPE, "error_code_value": 0}, "item_specification",
                   f"Added error handling {DEFAULT_ERROR_TYPE!r} (error code 0), which 1.1 did "
                   "not have; please check that it is the one you mean.")


def _trained_model_1_1_to_1_2(document, log):
    for spec in ("output_spec", "final_output_spec"):
        for path, item in _elements(document, spec):
            _specify_item(log, item, path)
    if "error_handling" in document:
        log.add(DROPPED, "Error handling was dropped from the schema in 1.2; its entries are kept "
                         "as extra data, which the forms do not show.", ("error_handling",))


NEXT_VERSION = {"1.0": "1.1", "1.1": "1.2"}

# For each version the step, per descriptor, to the next version.
STEPS = {
    "1.0": {
        "system_context": _system_context_1_0_to_1_1,
        "raw_data": _raw_data_1_0_to_1_1,
        "data_pipeline": _version_only,
        "training_data": _version_only,
        "trained_model": _trained_model_1_0_to_1_1,
        "development_environment": _version_only,
        "production_environment": _production_environment_1_0_to_1_1,
        "production_data": _version_only,
    },
    "1.1": {
        "system_context": _version_only,
        "raw_data": _version_only,
        "data_pipeline": _data_pipeline_1_1_to_1_2,
        "training_data": _version_only,
        "trained_model": _trained_model_1_1_to_1_2,
        "development_environment": _version_only,
        "production_environment": _version_only,
        "production_data": _version_only,
    },
}

"""Upgrading 1.0 and 1.1 descriptor documents to 1.2."""

import copy
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tec.schemas import loader, registry, strategies
from tec.schemas.upgrades import (
    ADDED, CHANGED, DEFAULT_ERROR_TYPE, DEFAULT_OPERATOR, DROPPED, ITEM_SPECIFICATION_DEFAULTS,
    NEXT_VERSION, RENAMED, STEPS, InvalidDocument, UnknownVersion, goal_id_for_1_1,
    item_type_for_1_2, run_step, upgrade,
)
from tec.schemas.validation import document_errors

OLD_VERSIONS = ("1.0", "1.1")
VERSION_ONLY = ("training_data", "development_environment", "production_data")


def simplest(schema):
    """The plainest value a schema accepts: first enum option, empty text, 0, shortest lists."""
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        required = schema.get("required", [])
        return {key: simplest(sub) for key, sub in schema["properties"].items() if key in required}
    if kind == "array":
        return [simplest(schema["items"]) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return {"date": "2024-05-01", "uri": "https://example.org/doc"}.get(schema.get("format"), "")
    return {"integer": 0, "number": 0, "boolean": False}[kind]


def document(descriptor, version, **fields):
    """A valid document of that version (checked), with some top-level fields replaced."""
    doc = simplest(loader.load_schema(descriptor, version))
    doc.update(fields)
    assert document_errors(descriptor, doc, version) == []
    return doc


def legacy_item(item_type="string", expected_values="", **fields):
    return {"item_name": "age", "item_description": "age in years", "item_type": item_type,
            "expected_values": expected_values,
            "component_mapping": {"component": "c1", "data_item": "age"}, **fields}


def metric(**fields):
    return {"metric": "accuracy", "threshold": 0.9, **fields}


def upgraded(descriptor, doc):
    """Upgrade, checking that the input stays as it was and the result is valid 1.2."""
    before = copy.deepcopy(doc)
    result = upgrade(descriptor, doc)
    assert doc == before
    assert document_errors(descriptor, result.document, registry.LATEST_VERSION) == []
    return result


def changes_at(result_or_changes, path):
    changes = getattr(result_or_changes, "changes", result_or_changes)
    return [change for change in changes if path in change.paths]


def only_change(result_or_changes, path, kind):
    """The one change reported at path, checked to be of that kind."""
    (change,) = changes_at(result_or_changes, path)
    assert change.kind == kind
    return change


# --- the step table -----------------------------------------------------------------------

def test_every_old_version_has_a_step_for_every_descriptor_and_the_chain_ends_at_the_latest():
    for version in OLD_VERSIONS:
        assert set(STEPS[version]) == set(registry.KEYS)
    version = registry.VERSIONS[0]
    while version in NEXT_VERSION:
        version = NEXT_VERSION[version]
    assert version == registry.LATEST_VERSION


# --- system context -----------------------------------------------------------------------

def goals_1_0(*ids):
    return [{"id": goal_id, "goal": f"goal {goal_id}"} for goal_id in ids]


def test_business_goals_become_goals_in_the_same_place_with_new_ids_and_folded_criteria():
    doc = document("system_context", "1.0", business_goals=goals_1_0("BG-01", "BG-02"),
                   success_criteria=["a", "b"])
    result = upgraded("system_context", doc)
    new = result.document
    old_keys = [key for key in doc if key != "success_criteria"]
    assert list(new) == ["goals" if key == "business_goals" else key for key in old_keys]
    assert new["goals"] == [
        {"id": "G-01", "goal": "goal BG-01", "metric": "a, b", "baseline": ""},
        {"id": "G-02", "goal": "goal BG-02", "metric": "", "baseline": ""},
    ]
    folded = only_change(result, "success_criteria", RENAMED)
    assert folded.paths == ("success_criteria", "goals[0].metric")
    assert changes_at(result, "business_goals")[0].paths == ("business_goals", "goals")
    only_change(result, "goals[1].id", CHANGED)


def test_a_single_success_criterion_is_the_metric_as_it_is():
    doc = document("system_context", "1.0", business_goals=goals_1_0("BG-01"), success_criteria=["fast"])
    assert upgraded("system_context", doc).document["goals"][0]["metric"] == "fast"


@pytest.mark.parametrize("old, new", [("BG-01", "G-01"), ("BG-", "G-"), ("G-07", "G-07"),
                                      ("Goal 1", "Goal 1"), ("", ""), ("bg-01", "bg-01")])
def test_only_ids_starting_with_bg_dash_are_rewritten(old, new):
    assert goal_id_for_1_1(old) == new


def test_an_unchanged_goal_id_is_not_reported():
    doc = document("system_context", "1.0", business_goals=goals_1_0("G-01"))
    assert changes_at(upgraded("system_context", doc), "goals[0].id") == []


def test_without_goals_the_success_criteria_are_kept_as_extra_data():
    doc = {"version": "1.0", "business_goals": [], "success_criteria": ["a", "b"]}
    new, changes = run_step("system_context", doc, "1.0")
    assert new == {"version": "1.1", "goals": [], "success_criteria": ["a", "b"]}
    assert "kept as extra data" in only_change(changes, "success_criteria", DROPPED).message


def test_without_any_goals_key_the_step_does_not_fail():
    new, _ = run_step("system_context", {"version": "1.0", "success_criteria": ["a"]}, "1.0")
    assert new["success_criteria"] == ["a"]


def test_an_empty_list_of_success_criteria_leaves_the_metric_empty_and_is_removed():
    doc = {"version": "1.0", "business_goals": goals_1_0("BG-01"), "success_criteria": []}
    new, changes = run_step("system_context", doc, "1.0")
    assert "success_criteria" not in new and new["goals"][0]["metric"] == ""
    only_change(changes, "success_criteria", DROPPED)


def test_a_metric_already_on_the_first_goal_is_kept_before_the_folded_criteria():
    doc = {"version": "1.0", "business_goals": [{"id": "BG-01", "goal": "g", "metric": "F1"}],
           "success_criteria": ["a"]}
    new, _ = run_step("system_context", doc, "1.0")
    assert new["goals"][0]["metric"] == "F1, a"


def test_goal_metric_and_baseline_follow_the_goal_text_even_with_extra_keys():
    doc = {"version": "1.0", "business_goals": [{"id": "BG-01", "note": "x", "goal": "g", "tag": 1}],
           "success_criteria": ["a"]}
    new, _ = run_step("system_context", doc, "1.0")
    assert list(new["goals"][0]) == ["id", "note", "goal", "metric", "baseline", "tag"]


# --- raw data and production environment -------------------------------------------------

def test_raw_data_gains_empty_rights_and_policies_right_after_restrictions():
    doc = document("raw_data", "1.0")
    result = upgraded("raw_data", doc)
    keys = list(result.document)
    at = keys.index("restrictions")
    assert keys[at + 1:at + 3] == ["data_rights", "data_policies"]
    assert result.document["data_rights"] == result.document["data_policies"] == ""
    assert {c.paths for c in result.changes if c.kind == ADDED} == {("data_rights",), ("data_policies",)}


def test_production_environment_gains_deployment_fields_after_computing_resources():
    result = upgraded("production_environment", document("production_environment", "1.0"))
    keys = list(result.document)
    at = keys.index("computing_resources")
    assert keys[at + 1:at + 3] == ["deployment_platform", "deployment_mechanism"]


def test_a_missing_anchor_puts_the_new_keys_at_the_end():
    new, _ = run_step("raw_data", {"version": "1.0", "dataset_name": "d"}, "1.0")
    assert list(new) == ["version", "dataset_name", "data_rights", "data_policies"]


def test_an_extra_key_that_fits_the_new_field_is_kept_and_moved_to_its_place():
    doc = document("raw_data", "1.0", data_rights="licensed to us")
    result = upgraded("raw_data", doc)
    keys = list(result.document)
    assert result.document["data_rights"] == "licensed to us"
    assert keys.index("data_rights") == keys.index("restrictions") + 1
    assert changes_at(result, "data_rights") == []


def test_an_extra_key_that_does_not_fit_the_new_field_is_replaced_and_reported():
    result = upgraded("raw_data", document("raw_data", "1.0", data_policies=[1, 2]))
    assert result.document["data_policies"] == ""
    assert "[1, 2]" in only_change(result, "data_policies", CHANGED).message


# --- trained model ------------------------------------------------------------------------

def trained_model_1_0(**fields):
    metrics = {"algorithm_metrics": [metric()],
               "business_metrics": [metric(business_goal_mapping="BG-02"), metric(business_goal_mapping="")]}
    return document("trained_model", "1.0", **{**metrics, **fields})


def test_algorithm_metrics_gain_a_default_operator_and_an_empty_goal_mapping():
    result = upgraded("trained_model", trained_model_1_0())
    (item,) = result.document["algorithm_metrics"]
    assert list(item.items()) == [("metric", "accuracy"), ("operator", DEFAULT_OPERATOR),
                                  ("threshold", 0.9), ("goal_mapping", "")]
    assert "check" in only_change(result, "algorithm_metrics[0].operator", ADDED).message


def test_business_goal_mapping_is_renamed_in_place_and_uses_the_new_goal_ids():
    result = upgraded("trained_model", trained_model_1_0())
    first, second = result.document["business_metrics"]
    assert list(first.items()) == [("metric", "accuracy"), ("operator", DEFAULT_OPERATOR),
                                   ("threshold", 0.9), ("goal_mapping", "G-02")]
    assert second["goal_mapping"] == ""
    assert [c.kind for c in changes_at(result, "business_metrics[0].goal_mapping")] == [RENAMED, CHANGED]
    only_change(result, "business_metrics[1].goal_mapping", RENAMED)


def test_an_operator_already_present_as_extra_data_is_kept_when_valid():
    doc = trained_model_1_0(algorithm_metrics=[metric(operator="less than")])
    result = upgraded("trained_model", doc)
    assert result.document["algorithm_metrics"][0]["operator"] == "less than"
    assert changes_at(result, "algorithm_metrics[0].operator") == []


def test_output_items_get_an_item_specification_after_their_type():
    doc = document("trained_model", "1.1",
                   output_spec=[legacy_item("Float", "0 to 1")],
                   final_output_spec=[legacy_item("label", "cat or dog")])
    result = upgraded("trained_model", doc)
    output, = result.document["output_spec"]
    final, = result.document["final_output_spec"]
    assert list(output) == ["item_name", "item_description", "item_type", "item_specification",
                            "component_mapping"]
    assert output["item_type"] == "Float" and output["item_specification"]["other_value"] == "0 to 1"
    assert final["item_type"] == "Other"
    assert final["item_specification"] == dict(ITEM_SPECIFICATION_DEFAULTS, other_value="label: cat or dog")
    assert "error_handling" not in output
    assert changes_at(result, "output_spec[0].item_type") == []
    only_change(result, "final_output_spec[0].item_type", CHANGED)


def test_the_1_1_error_handling_list_is_kept_as_extra_data_and_reported():
    handling = [{"error_condition": "timeout", "how_handled": "retry"}]
    doc = document("trained_model", "1.1", error_handling=handling)
    result = upgraded("trained_model", doc)
    assert result.document["error_handling"] == handling
    assert "kept as extra data" in only_change(result, "error_handling", DROPPED).message


def test_a_1_0_trained_model_goes_through_both_steps():
    result = upgraded("trained_model", trained_model_1_0())
    assert result.document["version"] == "1.2" and result.from_version == "1.0"
    assert changes_at(result, "output_spec[0].item_specification")
    assert changes_at(result, "algorithm_metrics[0].goal_mapping")
    assert changes_at(result, "error_handling")


# --- data pipeline ------------------------------------------------------------------------

def test_input_items_get_specification_and_error_handling_in_order():
    doc = document("data_pipeline", "1.1", input_spec=[legacy_item("int", "0-120"), legacy_item("date")])
    result = upgraded("data_pipeline", doc)
    first, second = result.document["input_spec"]
    assert list(first) == ["item_name", "item_description", "item_type", "item_specification",
                           "error_handling", "component_mapping"]
    assert first["item_type"] == "Integer" and first["item_specification"]["other_value"] == "0-120"
    assert first["error_handling"] == {"error_type": DEFAULT_ERROR_TYPE, "error_code_value": 0}
    assert second["item_type"] == "Other" and second["item_specification"]["other_value"] == "date"
    only_change(result, "input_spec[1].item_specification", ADDED)
    assert changes_at(result, "input_spec[1].expected_values")[0].paths == (
        "input_spec[1].expected_values", "input_spec[1].item_specification.other_value")
    assert "check" in only_change(result, "input_spec[0].error_handling", ADDED).message


def test_a_moved_expected_value_says_when_the_form_will_not_show_it():
    doc = document("data_pipeline", "1.1", input_spec=[legacy_item("text", "x")])
    result = upgraded("data_pipeline", doc)
    moved = only_change(result, "input_spec[0].expected_values", RENAMED)
    assert "only for item type Other" in moved.message


def test_an_existing_but_wrong_item_specification_is_replaced_and_reported():
    doc = document("data_pipeline", "1.1", input_spec=[legacy_item("string", item_specification="?")])
    result = upgraded("data_pipeline", doc)
    assert result.document["input_spec"][0]["item_specification"] == ITEM_SPECIFICATION_DEFAULTS
    only_change(result, "input_spec[0].item_specification", CHANGED)


@pytest.mark.parametrize("legacy, expected_values, item_type, other_value", [
    ("integer", "1-5", "Integer", "1-5"), ("INT", "", "Integer", ""),
    ("float", "", "Float", ""), ("Double", "", "Float", ""), ("number", "", "Float", ""),
    ("real", "", "Float", ""),
    ("string", "", "String", ""), ("str", "", "String", ""), ("Text", "", "String", ""),
    ("CHAR", "", "String", ""),
    ("image", "", "Image", ""), ("img", "png", "Image", "png"),
    (" integer ", "", "Integer", ""), ("Other", "free", "Other", "free"),
    ("boolean", "", "Other", "boolean"), ("boolean", "true or false", "Other", "boolean: true or false"),
    ("", "anything", "Other", "anything"), ("", "", "Other", ""), ("date", "", "Other", "date"),
])
def test_legacy_item_types_map_onto_the_1_2_enum(legacy, expected_values, item_type, other_value):
    assert item_type_for_1_2(legacy, expected_values) == (item_type, other_value)


LEGACY_TYPES = st.sampled_from(["integer", "Float", "str", "IMG", "other"]) | st.text(max_size=8)


@given(LEGACY_TYPES, st.text(max_size=8))
def test_every_legacy_item_type_becomes_a_valid_1_2_item_type(legacy, expected_values):
    item_type, other_value = item_type_for_1_2(legacy, expected_values)
    assert item_type in ("Integer", "Float", "String", "Image", "Other")
    assert expected_values in other_value


# --- descriptors whose content did not change ---------------------------------------------

@pytest.mark.parametrize("descriptor", VERSION_ONLY)
def test_unchanged_descriptors_only_change_their_version(descriptor):
    doc = document(descriptor, "1.0")
    result = upgraded(descriptor, doc)
    assert result.document == dict(doc, version="1.2")
    assert [(c.kind, c.paths) for c in result.changes] == [(CHANGED, ("version",))]


# --- entry point --------------------------------------------------------------------------

@pytest.mark.parametrize("descriptor", registry.KEYS)
def test_a_1_2_document_comes_back_unchanged(descriptor):
    doc = document(descriptor, "1.2")
    result = upgrade(descriptor, doc)
    assert result.document == doc and result.document is not doc
    assert result.changes == () and not result.upgraded


@pytest.mark.parametrize("version", ["2.0", "1.3", "", 1.1, None])
def test_an_unknown_version_is_refused_by_name(version):
    doc = dict(document("raw_data", "1.1"), version=version)
    with pytest.raises(UnknownVersion, match=repr(version).replace(".", r"\.")):
        upgrade("raw_data", doc)


def test_a_missing_version_is_refused():
    doc = document("raw_data", "1.1")
    del doc["version"]
    with pytest.raises(UnknownVersion, match="no 'version' field"):
        upgrade("raw_data", doc)


def test_unknown_version_is_a_value_error():
    assert issubclass(UnknownVersion, ValueError) and issubclass(InvalidDocument, ValueError)


def test_a_document_invalid_for_its_own_version_is_refused_with_the_paths():
    doc = document("system_context", "1.0")
    del doc["success_criteria"]
    with pytest.raises(InvalidDocument) as refused:
        upgrade("system_context", doc)
    assert any(error.startswith("success_criteria:") for error in refused.value.errors)


def test_a_1_1_shape_claiming_version_1_0_is_refused():
    doc = dict(document("system_context", "1.1"), version="1.0")
    with pytest.raises(InvalidDocument):
        upgrade("system_context", doc)


def test_a_document_that_is_not_an_object_is_refused():
    with pytest.raises(InvalidDocument):
        upgrade("raw_data", ["version", "1.0"])


# --- generated documents ------------------------------------------------------------------

@lru_cache(maxsize=None)
def valid_documents(descriptor, version):
    return strategies.for_schema(loader.load_schema(descriptor, version), extras=True)


@pytest.mark.parametrize("version", OLD_VERSIONS)
@pytest.mark.parametrize("descriptor", registry.KEYS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_valid_old_document_upgrades_to_a_valid_1_2_document(descriptor, version, data):
    doc = data.draw(valid_documents(descriptor, version), label="document")
    result = upgraded(descriptor, doc)
    assert result.document["version"] == registry.LATEST_VERSION and result.from_version == version
    assert {c.kind for c in result.changes} <= {ADDED, RENAMED, DROPPED, CHANGED}
    assert all(c.paths and c.message for c in result.changes)

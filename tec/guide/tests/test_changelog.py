"""Schema differences between versions, computed from the schema files."""

from tec.guide import changelog
from tec.guide.changelog import (
    ADDED, CHOICES_CHANGED, NOW_REQUIRED, REMOVED, RENAMED, TYPE_CHANGED, SchemaChange, schema_diff,
)
from tec.guide.fields import schema_fields
from tec.schemas import registry


def kinds(changes):
    return {(c.kind, c.old_path, c.path) for c in changes}


def test_the_steps_cover_each_pair_of_consecutive_versions_and_every_descriptor():
    steps = changelog.steps()
    assert [(s.old, s.new) for s in steps] == list(zip(registry.VERSIONS, registry.VERSIONS[1:]))
    assert all(set(s.changes) == set(registry.KEYS) for s in steps)


def test_system_context_1_1_renames_business_goals_and_drops_success_criteria():
    changes = kinds(schema_diff("system_context", "1.0", "1.1"))
    assert (RENAMED, "business_goals", "goals") in changes
    assert (REMOVED, "", "success_criteria") in changes
    assert (ADDED, "", "goals[].metric") in changes
    assert (CHOICES_CHANGED, "", "ml_problem_type.ml_problem") in changes


def test_a_renamed_list_is_compared_element_by_element():
    paths = {c.path for c in schema_diff("system_context", "1.0", "1.1")}
    assert "goals[].id" not in paths and "goals[].goal" not in paths


def test_trained_model_changes_of_both_steps():
    first = kinds(schema_diff("trained_model", "1.0", "1.1"))
    assert (RENAMED, "business_metrics[].business_goal_mapping", "business_metrics[].goal_mapping") in first
    assert (ADDED, "", "algorithm_metrics[].operator") in first
    second = kinds(schema_diff("trained_model", "1.1", "1.2"))
    assert (REMOVED, "", "error_handling") in second
    assert (TYPE_CHANGED, "", "output_spec[].item_type") in second
    assert (ADDED, "", "final_output_spec[].item_specification") in second


def test_the_version_number_itself_is_not_listed_as_a_change():
    for step in changelog.steps():
        assert not any(c.path == "version" for changes in step.changes.values() for c in changes)


def test_descriptors_without_field_changes_have_an_empty_list():
    assert schema_diff("training_data", "1.0", "1.1") == []


def test_every_added_or_renamed_field_exists_in_the_new_schema_and_every_removed_one_in_the_old():
    for step in changelog.steps():
        for key, changes in step.changes.items():
            new_paths = {f.path for f in schema_fields(key, step.new)}
            old_paths = {f.path for f in schema_fields(key, step.old)}
            for change in changes:
                if change.kind == REMOVED:
                    assert change.path in old_paths and change.path not in new_paths
                else:
                    assert change.path in new_paths
                if change.kind == RENAMED:
                    assert change.old_path in old_paths and change.old_path not in new_paths


def test_requiredness_changes_are_reported(monkeypatch):
    old = {"properties": {"a": {"type": "string"}}, "required": []}
    new = {"properties": {"a": {"type": "string"}}, "required": ["a"]}
    views = {"1.0": old, "1.1": new}
    monkeypatch.setattr(changelog.loader, "schema_view", lambda key, version: views[version])
    assert schema_diff("raw_data", "1.0", "1.1") == [SchemaChange(NOW_REQUIRED, "a")]


def test_unrelated_names_of_the_same_type_are_not_taken_for_a_rename(monkeypatch):
    old = {"properties": {"colour": {"type": "string"}}}
    new = {"properties": {"shape": {"type": "string"}}}
    views = {"1.0": old, "1.1": new}
    monkeypatch.setattr(changelog.loader, "schema_view", lambda key, version: views[version])
    assert kinds(schema_diff("raw_data", "1.0", "1.1")) == {(REMOVED, "", "colour"), (ADDED, "", "shape")}

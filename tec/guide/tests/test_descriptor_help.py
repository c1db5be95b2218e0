"""What a descriptor's help page says about its fields and rules."""

from tec.editor.links import LINKS
from tec.guide.descriptor_help import field_help, neighbours, rule_uses
from tec.mismatches.missing import CHECKS
from tec.mismatches.registry import rules_for
from tec.schemas import registry


def by_path(key):
    return {row.field.path: row for row in field_help(key)}


def test_a_field_knows_the_links_from_and_to_it_and_the_rules_reading_it():
    rows = by_path("trained_model")
    mapping = rows["algorithm_metrics[].goal_mapping"]
    assert [link.target for link in mapping.links_out] == ["system_context"]
    assert "1" in [rule.id for rule in mapping.rules]
    metric = rows["algorithm_metrics[].metric"]
    assert [link.source for link in metric.links_in] == ["production_environment"]


def test_a_list_of_values_is_matched_to_rules_that_read_its_entries():
    languages = by_path("development_environment")["programming_languages"]
    assert "2" in [rule.id for rule in languages.rules]


def test_fields_say_why_they_matter_when_a_missing_field_check_covers_them():
    rows = by_path("system_context")
    task_check = next(c for c in CHECKS if c.descriptor == "system_context" and c.key == "task")
    assert rows["task"].why == (task_check.rationale,)
    assert rows["task"].label == "Task"


def test_rule_uses_list_the_fields_read_and_the_descriptor_compared_with():
    uses = {use.rule.id: use for use in rule_uses("trained_model", LINKS)}
    assert set(uses) == {rule.id for rule in rules_for("trained_model")}
    assert [d.key for d in uses["3B"].others] == ["development_environment"]
    assert "output_spec[].component_mapping.component" in uses["3B"].fields


def test_help_pages_page_through_the_descriptors_in_registry_order():
    assert neighbours(registry.KEYS[0]) == (None, registry.DESCRIPTORS[1])
    assert neighbours(registry.KEYS[-1]) == (registry.DESCRIPTORS[-2], None)

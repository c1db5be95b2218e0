import pytest

from tec.mismatches.registry import ORDER, RULES, rule, rules_for


def test_it_holds_every_rule_once_in_report_order():
    assert [r.id for r in RULES] == list(ORDER)


def test_every_rule_has_a_title_rationale_and_fields_of_its_descriptors():
    for r in RULES:
        assert r.title and r.rationale and r.fields
        assert {f.split(".")[0] for f in r.fields} <= set(r.descriptors)


def test_only_the_statistics_and_distribution_rules_take_a_tolerance():
    assert [r.id for r in RULES if r.takes_tolerance] == ["15", "16"]


def test_it_lists_the_rules_that_read_a_descriptor():
    assert [r.id for r in rules_for("system_context")] == ["1"]
    assert [r.id for r in rules_for("production_data")] == ["14A", "14C", "15", "16"]
    assert rules_for("raw_data") == ()


@pytest.mark.parametrize("id, descriptors, fields", [
    ("99", ("trained_model",), ()),
    ("1", ("trained_model",), ()),
    ("3A", ("no_such_descriptor",), ()),
    ("3A", ("trained_model",), ("production_data.schema",)),
])
def test_it_rejects_unknown_ids_repeats_and_undeclared_descriptors(id, descriptors, fields):
    count = len(RULES)
    with pytest.raises(ValueError):
        rule(id=id, title="t", descriptors=descriptors, fields=fields, rationale="r")(lambda docs: [])
    assert len(RULES) == count

import pytest

from tec.mismatches.rules.data import (
    field_type_differs, field_unmapped, label_share_differs, production_field_unused, statistic_differs,
)
from tec.mismatches.tests.factory import project, texts

RULES = (field_type_differs, field_unmapped, production_field_unused, statistic_differs, label_share_differs)


@pytest.mark.parametrize("check", RULES)
def test_it_is_quiet_on_consistent_documents(check):
    assert check(project()) == []


@pytest.mark.parametrize("check", [field_type_differs, statistic_differs, label_share_differs])
@pytest.mark.parametrize("absent", ["training_data", "production_data"])
def test_comparisons_need_both_descriptors(check, absent):
    docs = project()
    docs["production_data"]["schema"][0]["field_type"] = "String"
    docs["production_data"]["statistics"][0]["value"] = "9"
    docs["production_data"]["distribution"][0]["percentage"] = 1
    docs[absent] = {}
    assert check(docs) == []


# 14A

def test_it_flags_training_field_type_differing_from_production():
    docs = project()
    docs["production_data"]["schema"][1]["field_type"] = "String"
    [condition] = field_type_differs(docs)
    assert condition.text == "Training field 'feature-1' is Float but production field 'feature-1' is String"
    assert condition.paths == ("training_data.schema[1].field_type", "production_data.schema[1].field_type")


def test_it_follows_the_mapping_rather_than_the_name():
    docs = project()
    docs["training_data"]["schema"][0]["mapping_production_data"] = "feature-1"
    docs["production_data"]["schema"][1]["field_type"] = "Integer"
    assert [c.paths[0] for c in field_type_differs(docs)] == [
        "training_data.schema[0].field_type", "training_data.schema[1].field_type"]


def test_it_skips_label_fields_blank_types_and_unknown_mappings():
    docs = project()
    schema = docs["training_data"]["schema"]
    schema[0]["field_type"] = " "
    schema[1]["mapping_production_data"] = "nowhere"
    schema[2].update(mapping_production_data="feature-0", field_type="String")
    assert field_type_differs(docs) == []


# 14B

@pytest.mark.parametrize("mapping", ["", "   "])
def test_it_flags_training_field_mapped_to_no_production_field(mapping):
    docs = project(production_data=None)
    docs["training_data"]["schema"][0]["mapping_production_data"] = mapping
    [condition] = field_unmapped(docs)
    assert condition.text == "Training field 'feature-0' is not mapped to any production field"
    assert condition.paths == ("training_data.schema[0].mapping_production_data",)


def test_it_does_not_expect_label_fields_or_unnamed_rows_to_be_mapped():
    docs = project()
    docs["training_data"]["schema"].append({"field_name": " ", "label_field": False, "mapping_production_data": ""})
    assert field_unmapped(docs) == []
    assert field_unmapped(project(training_data=None)) == []


# 14C

def test_it_flags_production_field_no_training_field_maps():
    docs = project()
    docs["training_data"]["schema"][1]["mapping_production_data"] = "feature-0"
    [condition] = production_field_unused(docs)
    assert condition.text == "Production field 'feature-1' is not mapped from any training field"
    assert condition.paths == ("production_data.schema[1].field_name", "training_data.schema")


def test_it_skips_unnamed_production_fields_and_ignores_label_mappings():
    docs = project()
    docs["production_data"]["schema"].append({"field_name": "  "})
    docs["production_data"]["schema"].append({"field_name": "label"})
    docs["training_data"]["schema"][2]["mapping_production_data"] = "label"
    assert texts(production_field_unused(docs)) == ["Production field 'label' is not mapped from any training field"]


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_production_field_when_training_data_is_absent(absent):
    assert len(production_field_unused(project(training_data=absent))) == 2
    assert production_field_unused(project(production_data=absent)) == []


# 15

def test_it_flags_a_statistic_that_differs():
    docs = project()
    docs["production_data"]["statistics"][1]["value"] = "0.7"
    [condition] = statistic_differs(docs)
    assert condition.text == "Mean of 'feature-1' is 0.5 in training but 0.7 for 'feature-1' in production"
    assert condition.paths == ("training_data.statistics[1].value", "production_data.statistics[1].value")


@pytest.mark.parametrize("value", ["0.50", " .5", "5e-1", 0.5])
def test_it_compares_statistic_values_as_numbers(value):
    docs = project()
    docs["production_data"]["statistics"][0]["value"] = value
    assert statistic_differs(docs) == []


def test_it_compares_text_statistics_after_trimming():
    docs = project()
    for side in ("training_data", "production_data"):
        docs[side]["statistics"][0].update(property="Distribution Type", value="normal")
    docs["production_data"]["statistics"][0]["value"] = " normal "
    assert statistic_differs(docs) == []
    docs["production_data"]["statistics"][0]["value"] = "Normal"
    assert len(statistic_differs(docs)) == 1


def test_it_allows_statistics_to_differ_within_the_tolerance():
    docs = project()
    docs["production_data"]["statistics"][0]["value"] = "0.504"
    assert statistic_differs(docs, tolerance=0.01) == []
    assert len(statistic_differs(docs)) == 1


def test_it_pairs_statistics_by_property_and_mapped_field():
    docs = project()
    docs["training_data"]["schema"][0]["mapping_production_data"] = "feature-1"
    docs["training_data"]["schema"][1]["mapping_production_data"] = "feature-0"
    pd_stats = docs["production_data"]["statistics"]
    pd_stats[0]["value"], pd_stats[1]["value"] = "0.1", "0.5"
    assert texts(statistic_differs(docs)) == ["Mean of 'feature-1' is 0.5 in training but 0.1 for 'feature-0' in production"]


def test_it_matches_statistic_properties_ignoring_case():
    docs = project()
    docs["production_data"]["statistics"][0].update(property="mean ", value="0.9")
    assert len(statistic_differs(docs)) == 1


def test_it_skips_blank_statistic_values_and_unmapped_fields():
    docs = project()
    docs["production_data"]["statistics"][0]["value"] = " "
    docs["training_data"]["statistics"][1]["field"] = "label"
    docs["production_data"]["statistics"][1]["value"] = "0.9"
    assert statistic_differs(docs) == []


# 16

def test_it_flags_a_label_share_that_differs():
    docs = project()
    docs["production_data"]["distribution"][0]["percentage"] = 80
    docs["production_data"]["distribution"][1]["percentage"] = 20.0
    conditions = label_share_differs(docs)
    assert texts(conditions) == [
        "Label 'class-0' makes up 50% of the training data but 'class-0' makes up 80% in production",
        "Label 'class-1' makes up 50% of the training data but 'class-1' makes up 20% in production",
    ]
    assert conditions[0].paths == ("training_data.distribution[0].percentage", "production_data.distribution[0].percentage")


def test_it_allows_label_shares_to_differ_within_the_tolerance():
    docs = project()
    docs["production_data"]["distribution"][0]["percentage"] = 50.4
    assert label_share_differs(docs, tolerance=0.5) == []
    assert len(label_share_differs(docs)) == 1


def test_it_skips_distribution_rows_without_mapping_or_counterpart():
    docs = project()
    docs["training_data"]["distribution"][0]["mapping_production_data"] = " "
    docs["training_data"]["distribution"][1]["mapping_production_data"] = "class-9"
    docs["production_data"]["distribution"][0]["percentage"] = 1
    assert label_share_differs(docs) == []

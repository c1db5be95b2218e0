import json
from pathlib import Path

import pytest
from django.conf import settings

from tec.mismatches.missing import CHECKS, missing_fields
from tec.mismatches.tests.factory import item_spec, post_processed, project, trained_model

# The reference spec sits beside the checkout (as ../shared on developer machines and in CI).
SPEC = Path(settings.BASE_DIR).parent / "shared" / "spec" / "missing-fields.json"


def reported(docs, descriptor=None):
    return [f.key for f in missing_fields(docs) if descriptor in (None, f.descriptor)]


def spec_entries():
    assert SPEC.exists(), f"the reference spec is expected at {SPEC}"
    return json.loads(SPEC.read_text())


def test_the_table_holds_the_141_checks_of_the_spec_in_order():
    assert [(c.descriptor, c.key) for c in CHECKS] == [(e["descriptor"], e["key"]) for e in spec_entries()]


def test_labels_are_the_reference_labels_except_its_typo():
    differing = [(c.label, e["reference_label"]) for c, e in zip(CHECKS, spec_entries()) if c.label != e["reference_label"]]
    assert differing == [("Integration Test Dataset.File", "IntegrationTest Dataset.File")]


def test_exactly_the_checks_without_a_parent_fire_for_an_absent_descriptor():
    assert [c.parent is None for c in CHECKS] == [e["fires_when_descriptor_absent"] for e in spec_entries()]


def test_every_check_has_its_own_key_and_a_rationale():
    assert len(CHECKS) == 141
    assert len({(c.descriptor, c.key) for c in CHECKS}) == 141
    assert all(c.rationale.strip() and c.label.strip() for c in CHECKS)


def test_it_reports_nothing_for_a_complete_project():
    assert missing_fields(project()) == []


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_group_and_top_level_check_of_an_absent_descriptor(absent):
    keys = reported(project(trained_model=absent))
    assert len(keys) == 26 and "model_composition_details" in keys and "output_spec[].item_name" not in keys
    assert len(missing_fields({})) == 70


@pytest.mark.parametrize("value", ["", "   ", None, 5, ["a list"]])
def test_it_treats_blank_missing_or_wrongly_typed_text_as_missing(value):
    docs = project()
    docs["system_context"]["task"] = value
    assert reported(docs) == ["task"]


def test_it_reports_a_missing_key_as_missing():
    docs = project()
    del docs["system_context"]["risks"]["risk_fn"]
    assert reported(docs) == ["risks.risk_fn"]


def test_it_reports_raw_data_name_and_description_only_when_blank():
    docs = project()
    docs["raw_data"]["dataset_description"] = " "
    assert reported(docs) == ["dataset_description"]


@pytest.mark.parametrize("value, missing", [(0, True), (0.0, True), (None, True), (-1, False), (7, False)])
def test_it_treats_zero_or_no_number_as_unset(value, missing):
    docs = project()
    docs["raw_data"]["number_of_instances"] = value
    assert reported(docs) == (["number_of_instances"] if missing else [])


@pytest.mark.parametrize("problem, other, missing", [
    ("", "", True), ("Other", " ", True), ("Other", "Ranking", False), ("Trend", "", False),
])
def test_it_wants_a_text_when_other_is_picked(problem, other, missing):
    docs = project()
    docs["system_context"]["ml_problem_type"] = {"ml_problem": problem, "other_problem": other}
    assert reported(docs) == (["ml_problem_type"] if missing else [])


def test_it_reports_a_blank_row_but_not_an_empty_list_for_row_checks():
    docs = project()
    docs["system_context"]["goals"][1]["goal"] = ""
    docs["trained_model"]["decisions_assumptions"] = []
    assert reported(docs) == ["goals[].goal"]
    docs["trained_model"]["decisions_assumptions"] = ["ok", " "]
    assert reported(docs, "trained_model") == ["decisions_assumptions[]"]


@pytest.mark.parametrize("rows", [[], [{"field_name": " ", "field_type": ""}, {}]])
def test_a_group_check_fires_on_empty_rows_and_silences_its_sub_checks(rows):
    docs = project()
    docs["raw_data"]["schema"] = rows
    assert reported(docs) == ["schema"]


def test_sub_checks_report_each_column_that_some_row_leaves_blank():
    docs = project()
    docs["raw_data"]["schema"][1].update(field_description="", interpret_special=" ")
    assert reported(docs) == ["schema[].field_description", "schema[].interpret_special"]


def test_component_checks_gate_in_two_levels():
    docs = project()
    components = docs["development_environment"]["downstream_components"]
    components[0]["input_spec"] = []
    components[1]["input_spec"] = [{"item_name": "", "item_type": "Float"}]
    assert reported(docs) == ["downstream_components[].input_spec[].item_name",
                              "downstream_components[].input_spec[].item_description",
                              "downstream_components[].input_spec[].expected_values"]
    components[1]["input_spec"] = []
    assert reported(docs) == ["downstream_components[].input_spec"]
    components[0]["component_name"] = components[1]["component_name"] = ""
    assert reported(docs) == ["downstream_components"]


def test_it_asks_for_composition_details_of_ensembles_only():
    docs = project()
    docs["trained_model"]["model_composition_details"] = ""
    assert reported(docs) == []
    docs["trained_model"]["ensemble"] = True
    assert reported(docs) == ["model_composition_details"]


def test_without_post_processing_it_checks_outputs_and_not_final_outputs():
    docs = project()
    docs["trained_model"]["output_spec"][0]["component_mapping"]["component"] = ""
    docs["trained_model"]["integration_test_dataset"] = {"name": "", "test_results": "", "file": ""}
    assert reported(docs) == ["output_spec[].component_mapping.component"]


def test_with_post_processing_it_checks_final_outputs_and_not_outputs():
    tm = post_processed(trained_model())
    tm["output_spec"] = []
    tm["final_output_spec"][1]["item_description"] = ""
    tm["integration_test_dataset"]["file"] = ""
    assert reported(project(trained_model=tm)) == [
        "final_output_spec[].item_description", "integration_test_dataset.file"]
    tm["final_output_spec"], tm["post_processing_process"] = [], [""]
    assert reported(project(trained_model=tm)) == [
        "post_processing_process[]", "final_output_spec", "integration_test_dataset.file"]


@pytest.mark.parametrize("item_type, spec, missing", [
    ("Integer", item_spec(min_value=1, max_value=9), False),
    ("Float", item_spec(other_value="anything"), True),
    ("String", item_spec(numeric=True), False),
    ("String", item_spec(), True),
    ("Image", item_spec(resolution_x=64, resolution_y=64), False),
    ("Image", item_spec(min_value=3), True),
    ("Other", item_spec(other_value="JSON blob"), False),
    ("", item_spec(max_length=3), False),
    ("Float", None, True),
])
def test_item_specifications_are_judged_by_item_type(item_type, spec, missing):
    docs = project()
    item = docs["data_pipeline"]["input_spec"][0]
    item["item_type"] = item_type
    item["item_specification"] = spec
    expected = ["input_spec[].item_specification"] if missing else []
    assert [k for k in reported(docs) if k != "input_spec[].item_type"] == expected


def test_it_reports_a_half_filled_pipeline_mapping():
    docs = project()
    docs["data_pipeline"]["input_spec"][1]["component_mapping"]["data_item"] = ""
    assert reported(docs) == ["input_spec[].component_mapping"]


def test_it_checks_every_model_component_not_just_the_last():
    docs = project()
    component = docs["trained_model"]["model_components"][0]
    component["programming_languages"] = []
    component["learning_algorithm"] = {"algorithm": "Other", "other_algorithm": ""}
    assert reported(docs) == ["model_components[].learning_algorithm", "model_components[].programming_languages"]


def test_it_does_not_ask_label_fields_for_a_production_mapping():
    docs = project()
    docs["training_data"]["schema"][0]["mapping_production_data"] = " "
    assert reported(docs) == ["schema[].mapping_production_data"]


def test_it_treats_other_without_text_as_missing_for_evaluation_metrics_too():
    docs = project()
    docs["trained_model"]["evaluation_metrics"][0]["metric"] = "Other"
    assert reported(docs) == ["evaluation_metrics[].metric"]


def test_a_whitespace_algorithm_counts_as_blank_in_the_evaluation_dataset_group():
    docs = project()
    docs["trained_model"]["evaluation_dataset"] = {"name": "", "holdout_percentage": 0, "seed": 0,
                                                   "algorithm": "  ", "file": ""}
    assert reported(docs) == ["evaluation_dataset"]


def test_a_log_row_without_its_format_key_is_reported_not_fatal():
    docs = project()
    docs["trained_model"]["log_data"][0] = {"log": "audit", "format": "", "history": "1 day"}
    assert reported(docs) == ["log_data[].log_data_format"]


@pytest.mark.parametrize("resources, missing", [
    ({"gpu": 2, "cpu": 0, "memory": 0, "storage": 0}, True),
    ({"gpu": 0, "cpu": 0, "memory": 0, "storage": 1}, False),
    ({}, True),
])
def test_computing_resources_ignore_the_gpu(resources, missing):
    docs = project()
    docs["production_environment"]["computing_resources"] = resources
    assert reported(docs) == (["computing_resources"] if missing else [])


@pytest.mark.parametrize("time, unit, missing", [(0, "", True), (0, "Seconds", False), (3, "", False)])
def test_an_inference_time_is_missing_only_without_time_and_unit(time, unit, missing):
    docs = project()
    docs["trained_model"]["inference_time"] = {"time": time, "unit": unit}
    assert reported(docs) == (["inference_time"] if missing else [])


@pytest.mark.parametrize("sources, missing", [
    ([], True), ([{"data_source": "Other", "other_source": ""}], True),
    ([{"data_source": "Other", "other_source": "Partner bank"}], False),
])
def test_data_sources_need_one_specified_source(sources, missing):
    docs = project()
    docs["raw_data"]["data_sources"] = sources
    assert reported(docs) == (["data_sources"] if missing else [])


def test_missing_fields_carry_descriptor_key_label_and_rationale():
    docs = project()
    docs["production_data"]["data_rates"] = ""
    [found] = missing_fields(docs)
    assert (found.descriptor, found.key, found.label) == ("production_data", "data_rates", "Data Rates")
    assert found.rationale

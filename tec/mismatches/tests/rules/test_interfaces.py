import pytest

from tec.mismatches.rules.interfaces import (
    final_output_type_differs, final_output_unmapped, input_not_fed, input_not_fed_by_final_output,
    output_type_differs, output_unmapped, pipeline_input_type_differs, pipeline_input_unmapped,
    upstream_output_unused,
)
from tec.mismatches.tests.factory import de_item, post_processed, project, texts, trained_model

MODEL_RULES = (output_type_differs, output_unmapped, input_not_fed)
FINAL_RULES = (final_output_type_differs, final_output_unmapped, input_not_fed_by_final_output)
PIPELINE_RULES = (pipeline_input_type_differs, pipeline_input_unmapped, upstream_output_unused)
ALL_RULES = MODEL_RULES + FINAL_RULES + PIPELINE_RULES


def post_processed_project():
    return project(trained_model=post_processed(trained_model()))


def downstream_input(docs, i):
    return docs["development_environment"]["downstream_components"][i]["input_spec"][0]


def upstream_output(docs, i):
    return docs["development_environment"]["upstream_components"][i]["output_spec"][0]


@pytest.mark.parametrize("check", ALL_RULES)
def test_it_is_quiet_on_consistent_documents(check):
    assert check(project()) == [] and check(post_processed_project()) == []


# 3A / 4A / 5A: types of mapped items

def test_it_flags_model_output_type_differing_from_downstream_input():
    docs = project()
    downstream_input(docs, 1)["item_type"] = "String"
    [condition] = output_type_differs(docs)
    assert condition.text == "Model output 'score-1' is Float but downstream input 'consumer-1'/'score-1' is String"
    assert condition.paths == ("trained_model.output_spec[1].item_type",
                               "development_environment.downstream_components[1].input_spec[0].item_type")


def test_it_compares_item_types_ignoring_case():
    docs = project()
    downstream_input(docs, 1)["item_type"] = " float"
    assert output_type_differs(docs) == []


def blank_type(docs, check, side):
    """Blanks the item type of item 0 on one side of the pair that check compares."""
    if check is pipeline_input_type_differs:
        item = docs["data_pipeline"]["input_spec"][0] if side == "ml" else upstream_output(docs, 0)
    else:
        spec = "output_spec" if check is output_type_differs else "final_output_spec"
        item = docs["trained_model"][spec][0] if side == "ml" else downstream_input(docs, 0)
    item["item_type"] = " "


@pytest.mark.parametrize("check", [output_type_differs, final_output_type_differs, pipeline_input_type_differs])
@pytest.mark.parametrize("side", ["ml", "environment"])
def test_it_skips_a_blank_item_type_on_either_side(check, side):
    docs = post_processed_project() if check is final_output_type_differs else project()
    downstream_input(docs, 0)["item_type"] = upstream_output(docs, 0)["item_type"] = "Image"
    assert check(docs) != []
    blank_type(docs, check, side)
    assert check(docs) == []


def test_it_checks_every_downstream_component_of_a_repeated_name():
    docs = project()
    components = docs["development_environment"]["downstream_components"]
    components.append({"component_name": "consumer-0", "input_spec": [dict(de_item("score-0"), item_type="Image")]})
    assert [c.paths[1] for c in output_type_differs(docs)] == [
        "development_environment.downstream_components[2].input_spec[0].item_type"]


def test_it_flags_final_output_type_differing_from_downstream_input():
    docs = post_processed_project()
    docs["trained_model"]["final_output_spec"][0]["item_type"] = "Integer"
    assert texts(final_output_type_differs(docs)) == [
        "Final model output 'score-0' is Integer but downstream input 'consumer-0'/'score-0' is Float"]
    assert output_type_differs(docs) == []


def test_it_flags_pipeline_input_type_differing_from_upstream_output():
    docs = project()
    upstream_output(docs, 0)["item_type"] = "Text"
    assert texts(pipeline_input_type_differs(docs)) == [
        "Pipeline input 'feature-0' is Float but upstream output 'source-0'/'feature-0' is Text"]


@pytest.mark.parametrize("check, absent", [
    (output_type_differs, "trained_model"), (output_type_differs, "development_environment"),
    (final_output_type_differs, "trained_model"), (final_output_type_differs, "development_environment"),
    (pipeline_input_type_differs, "data_pipeline"), (pipeline_input_type_differs, "development_environment"),
])
def test_type_checks_need_both_descriptors(check, absent):
    docs = post_processed_project() if check is final_output_type_differs else project()
    downstream_input(docs, 0)["item_type"] = upstream_output(docs, 0)["item_type"] = "Image"
    docs[absent] = {}
    assert check(docs) == []


# 3B / 4B / 5B: items without a mapping

def test_it_flags_model_output_mapped_to_no_downstream_input():
    docs = project()
    docs["trained_model"]["output_spec"][1]["component_mapping"]["data_item"] = "  "
    [condition] = output_unmapped(docs)
    assert condition.text == "Model output 'score-1' is not mapped to any downstream input"
    assert condition.paths == ("trained_model.output_spec[1].component_mapping.data_item",)


def test_it_skips_unnamed_outputs_even_when_the_whole_row_is_empty():
    docs = post_processed_project()
    docs["trained_model"]["final_output_spec"].append(
        {"item_name": "", "component_mapping": {"component": "", "data_item": ""}})
    assert final_output_unmapped(docs) == []


def test_it_flags_final_output_without_component():
    docs = post_processed_project()
    docs["trained_model"]["final_output_spec"][0]["component_mapping"] = {}
    assert texts(final_output_unmapped(docs)) == [
        "Final model output 'score-0' is not mapped to any downstream input"]


def test_it_flags_unmapped_outputs_without_a_development_environment():
    docs = project(development_environment=None)
    docs["trained_model"]["output_spec"][0].pop("component_mapping")
    docs["data_pipeline"]["input_spec"][0]["component_mapping"]["component"] = ""
    assert len(output_unmapped(docs)) == 1 and len(pipeline_input_unmapped(docs)) == 1


@pytest.mark.parametrize("check, own", [
    (output_unmapped, "trained_model"), (final_output_unmapped, "trained_model"),
    (pipeline_input_unmapped, "data_pipeline"),
])
def test_mapping_checks_need_their_own_descriptor(check, own):
    assert check(project(**{own: None})) == []


def test_it_flags_pipeline_input_mapped_to_no_upstream_output():
    docs = project()
    docs["data_pipeline"]["input_spec"][0]["component_mapping"]["component"] = ""
    assert texts(pipeline_input_unmapped(docs)) == ["Pipeline input 'feature-0' is not mapped to any upstream output"]


def test_it_leaves_unmapped_outputs_alone_when_post_processing_decides():
    docs = post_processed_project()
    docs["trained_model"]["output_spec"][0]["component_mapping"] = {}
    assert output_unmapped(docs) == []


# 3C / 4C / 5C: counterparts nobody feeds

def test_it_flags_downstream_input_no_model_output_feeds():
    docs = project()
    docs["development_environment"]["downstream_components"][1]["input_spec"].append(de_item("reason"))
    [condition] = input_not_fed(docs)
    assert condition.text == "Downstream input 'consumer-1'/'reason' is fed by no model output"
    assert condition.paths == ("development_environment.downstream_components[1].input_spec[1].item_name",
                               "trained_model.output_spec")


def test_it_does_not_count_outputs_without_a_name_as_feeding():
    docs = project()
    docs["trained_model"]["output_spec"][0]["item_name"] = ""
    assert texts(input_not_fed(docs)) == ["Downstream input 'consumer-0'/'score-0' is fed by no model output"]


def test_it_skips_downstream_inputs_without_names():
    docs = project()
    components = docs["development_environment"]["downstream_components"]
    components.append({"component_name": " ", "input_spec": [de_item("orphan")]})
    components[0]["input_spec"].append(de_item(""))
    assert input_not_fed(docs) == []


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_downstream_input_once_when_the_trained_model_is_absent(absent):
    docs = project(trained_model=absent)
    assert texts(input_not_fed(docs)) == [
        "Downstream input 'consumer-0'/'score-0' is fed by nothing: no trained model is described",
        "Downstream input 'consumer-1'/'score-1' is fed by nothing: no trained model is described",
    ]
    assert input_not_fed_by_final_output(docs) == []


def test_it_flags_downstream_input_no_final_output_feeds():
    docs = post_processed_project()
    docs["trained_model"]["final_output_spec"].pop()
    assert texts(input_not_fed_by_final_output(docs)) == [
        "Downstream input 'consumer-1'/'score-1' is fed by no final model output"]
    assert input_not_fed(docs) == []


def test_it_flags_upstream_output_the_pipeline_does_not_take_in():
    docs = project()
    docs["data_pipeline"]["input_spec"][1]["component_mapping"]["data_item"] = "other"
    assert texts(upstream_output_unused(docs)) == [
        "Upstream output 'source-1'/'feature-1' is taken in by no pipeline input"]


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_upstream_output_when_the_pipeline_is_absent(absent):
    assert len(upstream_output_unused(project(data_pipeline=absent))) == 2


@pytest.mark.parametrize("check", [input_not_fed, input_not_fed_by_final_output, upstream_output_unused])
def test_feeding_checks_need_a_development_environment(check):
    assert check(project(development_environment=None, trained_model=None, data_pipeline=None)) == []

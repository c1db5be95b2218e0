from tec.editor.linkcheck import check, follow_renames
from tec.editor.tests.helpers import demo_document

TM, DE, SC = "trained_model", "development_environment", "system_context"


def documents(*keys):
    return {key: demo_document(key) for key in keys}


def test_a_mapping_to_a_component_that_does_not_exist_is_shown_at_its_field():
    stored = documents(TM, DE)
    tm = stored[TM]
    tm["output_spec"][0]["component_mapping"] = {"component": "Nowhere", "data_item": "x"}
    report = check(TM, tm, stored)
    assert [p.tokens for p in report.problems] == [("output_spec", 0, "component_mapping", "component")]
    assert "no downstream component “Nowhere”" in report.problems[0].message


def test_a_data_item_must_belong_to_the_chosen_component():
    stored = documents(TM, DE)
    tm = stored[TM]
    tm["output_spec"][0]["component_mapping"] = {"component": "Driver Alert HMI", "data_item": "sign_event"}
    [problem] = check(TM, tm, stored).problems
    assert problem.tokens == ("output_spec", 0, "component_mapping", "data_item")
    assert "Downstream component “Driver Alert HMI” of the Development Environment has no input “sign_event”" \
        in problem.message


def test_removing_a_goal_that_a_metric_maps_to_is_refused_naming_both_ends():
    stored = documents(TM, SC)
    used = stored[TM]["algorithm_metrics"][0]["goal_mapping"]
    sc = demo_document(SC)
    sc["goals"] = [goal for goal in sc["goals"] if goal["id"] != used]
    problems = check(SC, sc, stored).problems
    assert [p.message.split(", so")[0] for p in problems] == [
        f"Goal “{used}” of the System Context is used by the Trained Model (Algorithm metric 1 › Goal mapping)",
        f"Goal “{used}” of the System Context is used by the Trained Model (Business metric 1 › Goal mapping)",
    ]
    assert {p.tokens for p in problems} == {("goals",)}


def test_a_renamed_component_is_offered_as_a_rename_and_followed_everywhere():
    stored = documents(TM, DE)
    de = demo_document(DE)
    de["downstream_components"][0]["component_name"] = "Driver HMI"
    originals = {("downstream_components", 0, "component_name"): "Driver Alert HMI",
                 **{("downstream_components", 0, "input_spec", i, "item_name"): item["item_name"]
                    for i, item in enumerate(de["downstream_components"][0]["input_spec"])}}
    report = check(DE, de, stored, originals)
    assert not report.problems
    assert {(r.link.code, r.old, r.new) for r in report.renames} >= {("L3", ("Driver Alert HMI",), ("Driver HMI",))}
    followed = follow_renames({**stored, DE: de}, report.renames)
    components = [row["component_mapping"]["component"] for row in followed[TM]["output_spec"]]
    assert "Driver Alert HMI" not in components and "Driver HMI" in components
    assert set(followed) == {TM}


def test_a_renamed_item_within_a_component_is_followed_with_its_component():
    stored = documents(TM, DE)
    de = demo_document(DE)
    de["downstream_components"][0]["input_spec"][1]["item_name"] = "confidence"
    originals = {("downstream_components", 0, "component_name"): "Driver Alert HMI",
                 ("downstream_components", 0, "input_spec", 1, "item_name"): "sign_confidence"}
    report = check(DE, de, stored, originals)
    followed = follow_renames({**stored, DE: de}, report.renames)
    mappings = [row["component_mapping"] for row in followed[TM]["output_spec"] + followed[TM]["final_output_spec"]]
    assert {"component": "Driver Alert HMI", "data_item": "confidence"} in mappings
    assert {"component": "Driver Alert HMI", "data_item": "sign_confidence"} not in mappings


def test_removing_a_component_without_a_rename_is_refused():
    stored = documents(TM, DE)
    de = demo_document(DE)
    del de["downstream_components"][1]
    report = check(DE, de, stored, {})
    assert report.problems and not report.renames
    assert all("Trip Event Recorder" in p.message for p in report.problems)


def test_links_that_were_already_broken_do_not_block_other_edits():
    stored = documents(TM, DE)
    stored[TM]["output_spec"][0]["component_mapping"]["component"] = "Long gone"
    de = demo_document(DE)
    de["milestones"] = []
    assert check(DE, de, stored).ok


def test_a_statistic_must_name_a_field_of_the_same_schema_and_follows_its_rename():
    td = demo_document("training_data")
    field = td["statistics"][0]["field"]
    index = next(i for i, row in enumerate(td["schema"]) if row["field_name"] == field)
    td["schema"][index]["field_name"] = "renamed"
    report = check("training_data", td, {}, {("schema", index, "field_name"): field})
    assert [(r.old, r.new) for r in report.renames] == [((field,), ("renamed",))]
    td["statistics"][0]["field"] = "nonsense"
    problems = check("training_data", td, {}, {}).problems
    assert any(p.tokens == ("statistics", 0, "field") for p in problems)

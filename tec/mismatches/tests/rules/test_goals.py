import pytest

from tec.mismatches.rules.goals import goal_without_metric
from tec.mismatches.tests.factory import project, texts


def test_it_is_quiet_when_every_goal_is_measured():
    assert goal_without_metric(project()) == []


def test_it_flags_goal_that_no_metric_maps():
    docs = project()
    tm = docs["trained_model"]
    tm["algorithm_metrics"][1]["goal_mapping"] = "goal-0"
    tm["business_metrics"][1]["goal_mapping"] = ""
    [condition] = goal_without_metric(docs)
    assert condition.text == "Goal 'goal-1' (Reduce fraud loss 1) is not mapped by any model metric"
    assert condition.paths[0] == "system_context.goals[1].id"


def test_it_accepts_a_goal_measured_by_a_business_metric_only():
    docs = project()
    docs["trained_model"]["algorithm_metrics"][1]["goal_mapping"] = "goal-0"
    assert goal_without_metric(docs) == []


def test_it_matches_goal_ids_after_trimming():
    docs = project()
    docs["trained_model"]["algorithm_metrics"][1]["goal_mapping"] = " goal-1 "
    docs["trained_model"]["business_metrics"][1]["goal_mapping"] = ""
    assert goal_without_metric(docs) == []


def test_it_skips_an_entirely_blank_goal_row():
    docs = project()
    docs["system_context"]["goals"].append({"id": " ", "goal": "", "metric": "", "baseline": ""})
    assert goal_without_metric(docs) == []


def test_it_reports_a_goal_without_id_because_nothing_can_map_it():
    docs = project()
    docs["system_context"]["goals"][0]["id"] = ""
    docs["trained_model"]["algorithm_metrics"][0]["goal_mapping"] = ""
    assert texts(goal_without_metric(docs)) == ["Goal '' (Reduce fraud loss 0) is not mapped by any model metric"]


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_goal_when_the_trained_model_is_absent(absent):
    assert len(goal_without_metric(project(trained_model=absent))) == 2


@pytest.mark.parametrize("absent", [None, {}])
def test_it_does_nothing_without_a_system_context(absent):
    assert goal_without_metric(project(system_context=absent)) == []

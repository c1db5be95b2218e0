import pytest

from tec.mismatches.rules.monitoring import (
    algorithm_metric_not_collected, business_metric_not_collected, feedback_not_captured, log_not_captured,
)
from tec.mismatches.tests.factory import project, texts

# (rule, model rows, model field, production rows, production field, noun)
RULES = [
    (business_metric_not_collected, "business_metrics", "metric", "business_metrics", "metric", "Business metric"),
    (algorithm_metric_not_collected, "algorithm_metrics", "metric", "algorithm_metrics", "metric", "Algorithm metric"),
    (log_not_captured, "log_data", "log", "model_logs", "log", "Model log"),
    (feedback_not_captured, "user_system_feedback", "short_name", "user_system_feedback", "feedback", "Feedback"),
]


@pytest.mark.parametrize("check, rows, field, pe_rows, pe_field, noun", RULES)
def test_it_is_quiet_when_production_collects_everything(check, rows, field, pe_rows, pe_field, noun):
    assert check(project()) == []


@pytest.mark.parametrize("check, rows, field, pe_rows, pe_field, noun", RULES)
def test_it_flags_a_value_production_does_not_collect(check, rows, field, pe_rows, pe_field, noun):
    docs = project()
    docs["production_environment"][pe_rows][1][pe_field] = "something else"
    [condition] = check(docs)
    name = docs["trained_model"][rows][1][field]
    assert condition.text == f"{noun} '{name}' is not collected in production"
    assert condition.paths == (f"trained_model.{rows}[1].{field}", f"production_environment.{pe_rows}")


@pytest.mark.parametrize("check, rows, field, pe_rows, pe_field, noun", RULES)
def test_it_skips_blank_names_on_either_side(check, rows, field, pe_rows, pe_field, noun):
    docs = project()
    docs["trained_model"][rows][0][field] = "  "
    docs["production_environment"][pe_rows][0][pe_field] = ""
    assert check(docs) == []


@pytest.mark.parametrize("check, rows, field, pe_rows, pe_field, noun", RULES)
def test_it_matches_names_after_trimming_and_reports_repeats_once(check, rows, field, pe_rows, pe_field, noun):
    docs = project()
    docs["production_environment"][pe_rows][0][pe_field] += " "
    docs["trained_model"][rows][1][field] = docs["trained_model"][rows][0][field] = "new"
    assert len(check(docs)) == 1


@pytest.mark.parametrize("check, rows, field, pe_rows, pe_field, noun", RULES)
@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_every_value_when_production_is_absent(check, rows, field, pe_rows, pe_field, noun, absent):
    assert len(check(project(production_environment=absent))) == 2


@pytest.mark.parametrize("check", [rule[0] for rule in RULES])
def test_it_does_nothing_without_a_trained_model(check):
    assert check(project(trained_model=None)) == []


def test_it_treats_a_wrongly_typed_name_as_blank():
    docs = project()
    docs["trained_model"]["log_data"][0]["log"] = 42
    docs["production_environment"]["model_logs"] = "not a list"
    assert texts(log_not_captured(docs)) == ["Model log 'log-1' is not collected in production"]

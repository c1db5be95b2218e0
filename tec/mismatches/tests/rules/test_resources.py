import pytest

from tec.mismatches.rules.resources import development_resources_short, inference_too_slow, production_resources_short
from tec.mismatches.tests.factory import project, texts

ENVIRONMENTS = [
    (development_resources_short, "development_environment", "development environment"),
    (production_resources_short, "production_environment", "production environment"),
]


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
def test_it_is_quiet_when_the_environment_is_big_enough(check, key, name):
    assert check(project()) == []


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
def test_it_flags_a_resource_the_environment_lacks(check, key, name):
    docs = project()
    docs[key]["computing_resources"].update(cpu=2, memory=8.5)
    conditions = check(docs)
    assert texts(conditions) == [f"The model needs 4 CPU but the {name} has 2 CPU",
                                 f"The model needs 16 GB memory but the {name} has 8.5 GB memory"]
    assert conditions[0].paths == ("trained_model.computing_resource_reqs.cpu", f"{key}.computing_resources.cpu")


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
def test_it_flags_a_needed_gpu_when_the_environment_has_none(check, key, name):
    docs = project()
    docs[key]["computing_resources"]["gpu"] = 0
    assert texts(check(docs)) == [f"The model needs 1 GPU but the {name} has 0 GPU"]


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
def test_it_ignores_resources_the_model_does_not_need(check, key, name):
    docs = project()
    docs["trained_model"]["computing_resource_reqs"] = {"gpu": 0, "cpu": 0, "memory": 0, "storage": 0}
    docs[key]["computing_resources"] = {"gpu": 0, "cpu": 0, "memory": 0, "storage": 0}
    assert check(docs) == []
    assert check(project(**{key: None, "trained_model": docs["trained_model"]})) == []


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
@pytest.mark.parametrize("environment", [None, {}, "unstated"])
def test_it_reports_an_environment_without_resources_once(check, key, name, environment):
    docs = project()
    docs["trained_model"]["computing_resource_reqs"]["gpu"] = 0
    if environment == "unstated":
        docs[key]["computing_resources"] = {"gpu": 4, "cpu": 0, "memory": 0, "storage": 0}
    else:
        docs[key] = environment
    [condition] = check(docs)
    assert condition.text == f"The model needs 4 CPU, 16 GB memory, 100 GB storage, but the {name} states no computing resources"
    assert condition.paths[-1] == f"{key}.computing_resources"


@pytest.mark.parametrize("check, key, name", ENVIRONMENTS)
def test_it_does_nothing_without_a_trained_model(check, key, name):
    assert check(project(trained_model=None)) == []


def timed(docs, model, required):
    docs["trained_model"]["inference_time"] = dict(zip(("time", "unit"), model))
    docs["production_environment"]["required_inference_time"] = dict(zip(("time", "unit"), required))
    return inference_too_slow(docs)


def test_it_flags_a_model_slower_than_required():
    [condition] = timed(project(), (2, "Seconds"), (1, "Seconds"))
    assert condition.text == "The model takes 2 Seconds per inference but production allows 1 Seconds"
    assert condition.paths == ("trained_model.inference_time.time", "production_environment.required_inference_time.time")


@pytest.mark.parametrize("model, required, slow", [
    ((900, "Milliseconds"), (1, "Seconds"), False),
    ((1000, "Milliseconds"), (1, "Seconds"), False),
    ((1001, "Milliseconds"), (1, "Seconds"), True),
    ((2, "Minutes"), (1, "Hours"), False),
    ((1, "Hours"), (59, "Minutes"), True),
    ((61, "seconds"), (1, "Minutes"), True),
])
def test_it_compares_inference_times_after_converting_units(model, required, slow):
    assert bool(timed(project(), model, required)) is slow


@pytest.mark.parametrize("model, required", [
    ((5, "Seconds"), (0, "Seconds")),
    ((5, "Seconds"), (1, "")),
    ((5, "Seconds"), (1, "Fortnights")),
    ((5, "  "), (1, "Seconds")),
    ((None, "Seconds"), (1, "Seconds")),
])
def test_it_skips_inference_times_with_no_time_or_no_known_unit(model, required):
    assert timed(project(), model, required) == []


@pytest.mark.parametrize("absent", ["trained_model", "production_environment"])
def test_inference_times_need_both_descriptors(absent):
    docs = project()
    docs["trained_model"]["inference_time"] = {"time": 9, "unit": "Hours"}
    docs[absent] = None
    assert inference_too_slow(docs) == []

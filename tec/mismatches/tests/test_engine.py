import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tec.mismatches.engine import evaluate
from tec.mismatches.registry import ORDER
from tec.mismatches.tests.factory import project
from tec.schemas.registry import KEYS


def drifted():
    """A project where rules 1, 3A, 5B, 5C, 7, 12, 14C and 16 fire."""
    docs = project()
    docs["trained_model"]["algorithm_metrics"][0]["goal_mapping"] = "goal-1"
    docs["trained_model"]["business_metrics"][0]["goal_mapping"] = "goal-1"
    docs["development_environment"]["downstream_components"][0]["input_spec"][0]["item_type"] = "Image"
    docs["data_pipeline"]["input_spec"][1]["component_mapping"]["component"] = ""
    docs["data_pipeline"]["input_spec"][1]["component_mapping"]["data_item"] = "feature-1"
    docs["production_environment"]["computing_resources"]["cpu"] = 1
    docs["production_environment"]["required_inference_time"] = {"time": 10, "unit": "Milliseconds"}
    docs["production_data"]["schema"].append({"field_name": "country", "field_description": "Where",
                                              "field_type": "String", "expected_values": "ISO codes"})
    docs["production_data"]["distribution"][1]["percentage"] = 5
    return docs


def test_it_reports_mismatches_in_the_order_of_the_spec():
    assert [m.rule for m in evaluate(drifted()).mismatches] == ["1", "3A", "5B", "5C", "7", "12", "14C", "16"]
    assert list(ORDER) == sorted(ORDER, key=ORDER.index)


def test_it_serialises_to_the_agreed_shape():
    docs = project()
    docs["trained_model"]["algorithm_metrics"][0]["goal_mapping"] = "goal-1"
    docs["trained_model"]["business_metrics"][0]["goal_mapping"] = "goal-1"
    docs["raw_data"]["dataset_name"] = ""
    result = evaluate(docs).as_dict()
    assert set(result) == {"mismatches", "missing_fields"}
    assert result["mismatches"][0] == {
        "rule": "1",
        "title": "Goal not measured by any model metric",
        "conditions": ["Goal 'goal-0' (Reduce fraud loss 0) is not mapped by any model metric"],
        "rationale": result["mismatches"][0]["rationale"],
    }
    assert result["missing_fields"] == [{"descriptor": "raw_data", "key": "dataset_name", "label": "Dataset Name",
                                         "rationale": result["missing_fields"][0]["rationale"]}]
    json.dumps(result)


def test_mismatches_keep_descriptors_and_condition_paths():
    mismatch = evaluate(drifted()).mismatches[1]
    assert mismatch.descriptors == ("trained_model", "development_environment")
    assert mismatch.conditions[0].paths == (
        "trained_model.output_spec[0].item_type",
        "development_environment.downstream_components[0].input_spec[0].item_type")


def test_a_fingerprint_ignores_condition_order_but_not_condition_text():
    docs = project(trained_model=None)
    first = evaluate(docs).mismatches[0]
    docs["system_context"]["goals"].reverse()
    assert evaluate(docs).mismatches[0].fingerprint == first.fingerprint
    docs["system_context"]["goals"][0]["goal"] = "Something new"
    assert evaluate(docs).mismatches[0].fingerprint != first.fingerprint


def test_fingerprints_differ_between_rules_and_are_stable_hex():
    fingerprints = [m.fingerprint for m in evaluate(drifted()).mismatches]
    assert len(set(fingerprints)) == len(fingerprints)
    assert all(len(f) == 64 and int(f, 16) >= 0 for f in fingerprints)
    assert fingerprints == [m.fingerprint for m in evaluate(drifted()).mismatches]


def test_it_passes_the_tolerance_to_the_numeric_rules():
    docs = project()
    docs["production_data"]["statistics"][0]["value"] = "0.52"
    docs["production_data"]["distribution"][0]["percentage"] = 50.01
    assert [m.rule for m in evaluate(docs).mismatches] == ["15", "16"]
    assert evaluate(docs, tolerance=0.05).mismatches == ()


@pytest.mark.parametrize("tolerance", [-0.1, float("nan"), float("inf"), "0.1", True])
def test_it_rejects_a_meaningless_tolerance(tolerance):
    with pytest.raises(ValueError):
        evaluate(project(), tolerance=tolerance)


@pytest.mark.parametrize("absent", [None, {}, [], "text", 3])
def test_it_treats_null_empty_and_non_object_documents_as_absent(absent):
    docs = project()
    docs["production_environment"] = absent
    without = project()
    del without["production_environment"]
    assert evaluate(docs).as_dict() == evaluate(without).as_dict()


def test_an_empty_project_has_only_missing_fields():
    report = evaluate({})
    assert report.mismatches == () and len(report.missing_fields) == 70


# Robustness: arbitrary JSON, and a real project with random parts replaced by it.

def keys_of(value):
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_of(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_of(v)}
    return set()


KNOWN_KEYS = sorted(keys_of(project()))
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)
           | st.sampled_from(["", "  ", "Other", "Seconds", "Hours", "0.5", "Float", "goal-0", "feature-1"]))
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=4), inner, max_size=6),
    max_leaves=25,
)
DOCUMENTS = st.dictionaries(st.sampled_from(KEYS), JSON)


def assert_deterministic_and_harmless(docs, tolerance=0.0):
    before = repr(docs)
    first = evaluate(docs, tolerance=tolerance)
    second = evaluate(copy.deepcopy(docs), tolerance=tolerance)
    assert repr(docs) == before
    assert first.as_dict() == second.as_dict()
    assert [m.fingerprint for m in first.mismatches] == [m.fingerprint for m in second.mismatches]
    json.dumps(first.as_dict())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.floats(min_value=0, max_value=10))
def test_it_never_raises_on_arbitrary_json(docs, tolerance):
    assert_deterministic_and_harmless(docs, tolerance)


def paths_in(value, path=()):
    yield path
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield from paths_in(child, path + (key,))


def replace(value, path, new):
    for key in path[:-1]:
        try:
            value = value[key]
        except (KeyError, IndexError, TypeError):
            return
    try:
        value[path[-1]] = new
    except (KeyError, IndexError, TypeError):
        pass


PROJECT_PATHS = [p for p in paths_in(project()) if p]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PROJECT_PATHS), JSON), max_size=8))
def test_it_never_raises_on_a_project_with_damaged_parts(damage):
    docs = project()
    for path, new in damage:
        replace(docs, path, new)
    assert_deterministic_and_harmless(docs)

"""A complete, schema-valid and consistent 1.2 project, for tests to perturb.

`project(n)` gives every list that describes items (goals, metrics, fields, components…)
n entries, so the same builders also serve the benchmark. Item i of one descriptor always
lines up with item i of the others: goal-i, feature-i, score-i, consumer-i and so on.
"""

import copy

URL = "https://example.org/tec"


def item_spec(**values):
    spec = {"other_value": "", "min_value": 0, "max_value": 0, "resolution_x": 0, "resolution_y": 0,
            "channels": 0, "image_format": "", "min_length": 0, "max_length": 0,
            "empty": False, "numeric": False, "slashes": False, "spaces": False, "special": False}
    return {**spec, **values}


def spec_item(name, component, data_item):
    return {"item_name": name, "item_description": f"The {name} value", "item_type": "Float",
            "item_specification": item_spec(max_value=1), "component_mapping":
            {"component": component, "data_item": data_item}}


def de_item(name):
    return {"item_name": name, "item_description": f"The {name} value", "item_type": "Float",
            "expected_values": "0 to 1"}


def steps(what):
    return [{"data_processing_step": f"Clean {what}", "data_processing_detail": "Drop duplicate rows"}]


def system_context(n=2):
    return {
        "version": "1.2",
        "task": "Flag fraudulent card payments",
        "ml_problem_type": {"ml_problem": "Classification", "other_problem": ""},
        "goals": [{"id": f"goal-{i}", "goal": f"Reduce fraud loss {i}", "metric": "Recall",
                   "baseline": "Manual review"} for i in range(n)],
        "available_data": "Two years of labelled card payments",
        "usage_context": "Analysts review flagged payments within the hour",
        "data_rights_policies": "Card data stays inside the bank",
        "risks": {"risk_fp": "Customers are annoyed", "risk_fn": "Money is lost", "risk_other": ""},
        "documentation": [],
    }


def raw_data(n=2):
    return {
        "version": "1.2",
        "dataset_identifier": "rd-1",
        "dataset_version": "1.0",
        "dataset_name": "Card payments",
        "dataset_description": "All card payments of 2022 and 2023",
        "data_sources": [{"data_source": "Enterprise Data", "other_source": ""}],
        "instance_type": "Payment",
        "number_of_instances": 100_000,
        "labels_distribution": [{"label": f"class-{i}", "percentage": 100 / n} for i in range(n)],
        "schema": [{"field_name": f"feature-{i}", "field_description": "A payment attribute",
                    "field_type": "Float", "expected_values": "0 to 1", "interpret_missing": "Unknown",
                    "interpret_special": "None"} for i in range(n)],
        "metadata": {"collection_date": "2024-01-15", "geographic_location": "Europe",
                     "timeframe": "2022-2023", "known_issues": "None"},
        "restrictions": "Internal use",
        "data_rights": "Owned by the bank",
        "data_policies": "GDPR",
        "anonymization": "Card numbers hashed",
        "proxy_data": "None",
        "documentation": [],
    }


def data_pipeline(n=2):
    return {
        "version": "1.2",
        "pipeline_identifier": "dp-1",
        "pipeline_version": "1.0",
        "pipeline_description": "Scales payment attributes",
        "input_spec": [dict(spec_item(f"feature-{i}", f"source-{i}", f"feature-{i}"),
                            error_handling={"error_type": "Log to file", "error_code_value": 0})
                       for i in range(n)],
        "test_cases": [],
        "pipeline_steps": steps("inputs"),
        "pipeline_code": f"{URL}/pipeline.py",
        "documentation": [],
    }


def training_data(n=2):
    label = {"field_name": "label", "label_field": True, "field_description": "Fraud or not",
             "field_type": "String", "expected_values": "class-0 to class-n", "missing_values": "None",
             "mapping_production_data": ""}
    return {
        "version": "1.2",
        "dataset_identifier": "td-1",
        "dataset_name": "Card payments, prepared",
        "dataset_version": "1.0",
        "dataset_description": "Scaled payments with fraud labels",
        "raw_data_identifier": "rd-1",
        "schema": [{"field_name": f"feature-{i}", "label_field": False, "field_description": "Scaled",
                    "field_type": "Float", "expected_values": "0 to 1", "missing_values": "Dropped",
                    "mapping_production_data": f"feature-{i}"} for i in range(n)] + [label],
        "statistics": [{"property": "Mean", "field": f"feature-{i}", "value": "0.5"} for i in range(n)],
        "distribution": [{"label": f"class-{i}", "percentage": 100 / n, "mapping_production_data": f"class-{i}"}
                         for i in range(n)],
        "preparation_process": steps("training data"),
        "preparation_code": f"{URL}/prepare.py",
        "documentation": [],
    }


def trained_model(n=2):
    metric = {"operator": "greater than", "threshold": 0.9}
    dataset = {"name": "Hold-out payments", "test_results": "Recall 0.91", "file": f"{URL}/test.csv"}
    return {
        "version": "1.2",
        "model_name": "Fraud detector",
        "model_version": "1.0",
        "model_description": "Scores payments for fraud",
        "training_date": "2024-02-01",
        "ensemble": False,
        "model_components": [{"learning_algorithm": {"algorithm": "Random Forest", "other_algorithm": ""},
                              "hyper_parameters": [{"parameter_name": "trees", "parameter_value": "100"}],
                              "programming_languages": [f"language-{i}"]} for i in range(n)],
        "model_composition_details": "A single forest",
        "ml_frameworks": [f"framework-{i}" for i in range(n)],
        "data_pipeline_identifier": "dp-1",
        "training_data_identifier": "td-1",
        "output_spec": [spec_item(f"score-{i}", f"consumer-{i}", f"score-{i}") for i in range(n)],
        "post_processing": False,
        "post_processing_process": [],
        "final_output_spec": [],
        "evaluation_dataset": {"name": "Validation payments", "holdout_percentage": 20, "seed": 42,
                               "algorithm": "Random split", "file": f"{URL}/validation.csv"},
        "evaluation_metrics": [{"metric": "Accuracy", "other_metric": "", "result": 0.95}],
        "test_dataset": dict(dataset),
        "integration_test_dataset": dict(dataset),
        "test_metrics": [{"metric": "F1 Score", "other_metric": "", "result": 0.9}],
        "model_output_interpretation": "Higher scores mean more likely fraud",
        "default_model_output": "0",
        "algorithm_metrics": [dict(metric, metric=f"metric-{i}", goal_mapping=f"goal-{i}") for i in range(n)],
        "business_metrics": [dict(metric, metric=f"kpi-{i}", goal_mapping=f"goal-{i}") for i in range(n)],
        "user_system_feedback": [{"short_name": f"feedback-{i}", "details": "Analyst verdict"}
                                 for i in range(n)],
        "log_data": [{"log": f"log-{i}", "log_data_format": "JSON", "history": "30 days"} for i in range(n)],
        "data_buffering_reqs": "None",
        "decisions_assumptions": ["Payments arrive one at a time"],
        "computing_resource_reqs": {"gpu": 1, "cpu": 4, "memory": 16, "storage": 100},
        "inference_time": {"time": 200, "unit": "Milliseconds"},
        "system_dependencies": ["Linux"],
        "model_training_code": f"{URL}/train.py",
        "trained_model_code": f"{URL}/model.bin",
        "documentation": [],
    }


def development_environment(n=2):
    return {
        "version": "1.2",
        "programming_languages": [f"language-{i}" for i in range(n)],
        "ml_frameworks": [f"framework-{i}" for i in range(n)],
        "upstream_components": [{"component_name": f"source-{i}", "output_spec": [de_item(f"feature-{i}")],
                                 "ml_component": False} for i in range(n)],
        "downstream_components": [{"component_name": f"consumer-{i}", "input_spec": [de_item(f"score-{i}")],
                                   "ml_component": False} for i in range(n)],
        "milestones": [{"milestone": "Integration test", "milestone_date": "2024-03-01"}],
        "computing_resources": {"gpu": 2, "cpu": 8, "memory": 32, "storage": 500},
        "documentation": [],
    }


def production_environment(n=2):
    def implemented(key, names):
        return [{key: name, "implementation": "Prometheus"} for name in names]

    return {
        "version": "1.2",
        "required_inference_time": {"time": 1, "unit": "Seconds"},
        "computing_resources": {"gpu": 2, "cpu": 16, "memory": 64, "storage": 1000},
        "deployment_platform": "Cloud",
        "deployment_mechanism": "API",
        "algorithm_metrics": implemented("metric", [f"metric-{i}" for i in range(n)]),
        "business_metrics": implemented("metric", [f"kpi-{i}" for i in range(n)]),
        "other_metrics": [],
        "user_system_feedback": implemented("feedback", [f"feedback-{i}" for i in range(n)]),
        "model_logs": implemented("log", [f"log-{i}" for i in range(n)]),
        "other_logs": [],
        "documentation": [],
    }


def production_data(n=2):
    return {
        "version": "1.2",
        "data_sources": "Card terminals",
        "data_rates": "2,000 payments a minute",
        "schema": [{"field_name": f"feature-{i}", "field_description": "A payment attribute",
                    "field_type": "Float", "expected_values": "0 to 1"} for i in range(n)],
        "statistics": [{"property": "Mean", "field": f"feature-{i}", "value": "0.5"} for i in range(n)],
        "distribution": [{"label": f"class-{i}", "percentage": 100 / n} for i in range(n)],
        "documentation": [],
    }


BUILDERS = {
    "system_context": system_context,
    "raw_data": raw_data,
    "data_pipeline": data_pipeline,
    "training_data": training_data,
    "trained_model": trained_model,
    "development_environment": development_environment,
    "production_environment": production_environment,
    "production_data": production_data,
}


def project(n=2, **overrides):
    """All eight documents; an override replaces one (None makes it absent)."""
    docs = {key: build(n) for key, build in BUILDERS.items()}
    docs.update(overrides)
    return docs


def post_processed(tm):
    """The model with post-processing on: its outputs become the final outputs."""
    tm = copy.deepcopy(tm)
    tm["post_processing"] = True
    tm["post_processing_process"] = ["Calibrate the scores"]
    tm["final_output_spec"] = copy.deepcopy(tm["output_spec"])
    for item in tm["output_spec"]:
        item["component_mapping"] = {"component": "calibrator", "data_item": item["item_name"]}
    return tm


def texts(conditions):
    return [condition.text for condition in conditions]

"""Missing-field checks, as a table.

Each check names a descriptor, a key in the spec's dotted-with-[] style, the label users see,
why the field matters, and a test built from tec.mismatches.predicates (True = missing). A
check without a test fires when the value at its key is blank; a key with '[]' then means
"some row". Gating follows the spec:

* `when`: the check only applies to some documents (ensembles, post-processing);
* `parent`: a sub-check runs only when its group check ran and found the group filled in.

For an absent descriptor every check without a parent fires, as in the reference.
"""

from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Optional

from tec.mismatches.nodes import document
from tec.mismatches.predicates import (
    UNSTATED_RESOURCES, UNSTATED_TIME, all_of, any_row, blank, blank_entry, blanks, either,
    every_row, flag, inside, no_entries, other_blank, unflagged, unset_item_spec, zero,
)
from tec.mismatches.results import MissingField
from tec.schemas.registry import KEYS


def default_test(key: str):
    if "[]." in key:
        rows, leaf = key.rsplit("[].", 1)
        return any_row(rows, blank(leaf))
    return blank(key)


@dataclass(frozen=True)
class Check:
    descriptor: str
    key: str
    label: str
    rationale: str
    test: Optional[Callable] = field(default=None, compare=False)
    when: Optional[Callable] = field(default=None, compare=False)
    parent: Optional[str] = None

    def __post_init__(self):
        if self.test is None:
            object.__setattr__(self, "test", default_test(self.key))

    def as_missing(self) -> MissingField:
        return MissingField(self.descriptor, self.key, self.label, self.rationale)


# Columns whose emptiness makes a whole specification row empty.
SPEC_COLUMNS = blanks("item_name", "item_description", "item_type",
                      "component_mapping.component", "component_mapping.data_item")
DE_COLUMNS = blanks("item_name", "item_description", "item_type", "expected_values")
ALGORITHM = other_blank("learning_algorithm.algorithm", "learning_algorithm.other_algorithm")
HYPER_PARAMETER = blanks("parameter_name", "parameter_value")


def output_checks(descriptor, key, label, noun):
    """The six sub-checks of a model output specification (plain or final)."""
    check = partial(Check, descriptor, parent=key)
    return (
        check(f"{key}[].item_name", f"{label}.Item Name",
              f"Each {noun} needs a name that downstream components can refer to."),
        check(f"{key}[].item_description", f"{label}.Item Description",
              f"A description says what downstream components receive in each {noun}."),
        check(f"{key}[].item_type", f"{label}.Item Type",
              f"The type of each {noun} must match what the receiving input accepts."),
        check(f"{key}[].item_specification", f"{label}.Item Specification",
              f"The range, length or format of each {noun} tells its consumers what to expect.",
              any_row(key, unset_item_spec)),
        check(f"{key}[].component_mapping.component", f"{label}.Component Mapping.Component",
              f"Each {noun} must name the downstream component that receives it."),
        check(f"{key}[].component_mapping.data_item", f"{label}.Component Mapping.Data Item",
              f"Each {noun} must name the input of that component it fills."),
    )


def dataset_checks(descriptor, key, label, purpose, *, when=None):
    """A test data set: the group check and its name, results and file."""
    check = partial(Check, descriptor, parent=key)
    return (
        Check(descriptor, key, label, f"Without its data and results nobody can verify {purpose}.",
              inside(key, all_of(*blanks("name", "test_results", "file"))), when=when),
        check(f"{key}.name", f"{label}.Name", "Naming the data set lets others find and reuse it."),
        check(f"{key}.test_results", f"{label}.Test Results",
              "The recorded results are the baseline others compare their own measurements with."),
        check(f"{key}.file", f"{label}.File", "A link to the data lets others rerun the test."),
    )


def scored_metric_checks(descriptor, key, label, result_label, purpose):
    """Evaluation or test metrics: metric with optional 'Other' text, and its result."""
    check = partial(Check, descriptor, parent=key)
    metric = other_blank("metric", "other_metric")
    return (
        Check(descriptor, key, label, f"These metrics are the evidence {purpose}.",
              every_row(key, metric, zero("result"))),
        check(f"{key}[].metric", f"{label}.Metric", "A result means nothing without the metric it measures.",
              any_row(key, metric)),
        check(f"{key}[].result", result_label, "A metric without its result is no evidence at all.",
              any_row(key, zero("result"))),
    )


def monitored_metric_checks(descriptor, key, label, watched):
    """Algorithm or business metrics with an operator and threshold, mapped to goals."""
    check = partial(Check, descriptor, parent=key)
    return (
        Check(descriptor, key, label, f"These metrics tell production how to watch {watched}.",
              every_row(key, *blanks("metric", "operator", "goal_mapping"), zero("threshold"))),
        check(f"{key}[].metric", f"{label}.Metric", "Production can only compute a metric it knows the "
              "name of."),
        check(f"{key}[].operator", f"{label}.Operator", "The operator says on which side of the threshold "
              "the metric must stay."),
        check(f"{key}[].threshold", f"{label}.Threshold", "Without a threshold nobody can tell when the "
              "metric signals trouble.", any_row(key, zero("threshold"))),
        check(f"{key}[].goal_mapping", f"{label}.Goal Mapping", "Mapping a metric to a goal shows which "
              "goal it gives evidence for."),
    )


def component_checks(descriptor, key, label, items, items_label, role):
    """Upstream or downstream components: names, their item lists and each item column."""
    rows = f"{key}[].{items}"
    check = partial(Check, descriptor, parent=rows)
    return (
        Check(descriptor, key, label, f"These components {role}, so the interface to them must be known.",
              every_row(key, blank("component_name"), every_row(items, *DE_COLUMNS))),
        Check(descriptor, f"{key}[].component_name", f"{label}.Component Name",
              "Mappings refer to components by name.", parent=key),
        Check(descriptor, rows, f"{label}.{items_label}", "The items of these components are what "
              "mappings point at.", every_row(rows, *DE_COLUMNS), parent=key),
        check(f"{rows}[].item_name", f"{label}.{items_label}.Item Name", "Mappings refer to items by name."),
        check(f"{rows}[].item_description", f"{label}.{items_label}.Item Description",
              "A description says what data the item carries."),
        check(f"{rows}[].item_type", f"{label}.{items_label}.Item Type",
              "Item types are compared with the types on the ML side."),
        check(f"{rows}[].expected_values", f"{label}.{items_label}.Expected Values",
              "Expected values tell the other side which values are valid."),
    )


sc = partial(Check, "system_context")
SYSTEM_CONTEXT = (
    sc("task", "Task", "Without a stated task nobody can tell what problem the model is meant to solve."),
    sc("ml_problem_type", "ML Problem Type", "The kind of ML problem shapes the choice of data, "
       "metrics and evaluation.", other_blank("ml_problem_type.ml_problem", "ml_problem_type.other_problem")),
    sc("goals[].goal", "Goals", "A goal without a description leaves its metrics measuring something "
       "nobody wrote down."),
    sc("available_data", "Available Data", "Knowing which data exists tells the data team what they can "
       "build on."),
    sc("usage_context", "Usage Context", "Who uses the results, and how, decides what the model's "
       "outputs must look like."),
    sc("data_rights_policies", "Data Rights and Policies", "Legal, privacy or rights limits found late "
       "can stop a finished model from being used."),
    sc("risks.risk_fp", "Risk False Positive", "The cost of a false alarm guides the choice of "
       "thresholds and metrics."),
    sc("risks.risk_fn", "Risk False Negative", "Without the harm a missed case causes, nobody can weigh "
       "recall against precision."),
)

rd = partial(Check, "raw_data")
rd_schema = partial(Check, "raw_data", parent="schema")
RAW_DATA = (
    rd("dataset_identifier", "Dataset Identifier", "The training data refers to its raw data by this "
       "identifier."),
    rd("dataset_version", "Dataset Version", "Without a version nobody can tell which snapshot the "
       "model was built from."),
    rd("dataset_name", "Dataset Name", "A name lets people recognise the data set in discussion."),
    rd("dataset_description", "Dataset Description", "A description says what the data set holds and "
       "why it was gathered."),
    rd("data_sources", "Data sources", "Where data comes from affects how far it can be trusted and "
       "whether production data will resemble it.",
       every_row("data_sources", other_blank("data_source", "other_source"))),
    rd("instance_type", "Instance Type", "The kind of thing one record describes must be known to read "
       "the data."),
    rd("number_of_instances", "Number of Instances", "The size of the data set limits which models can "
       "sensibly be trained on it.", zero("number_of_instances")),
    rd("labels_distribution[].label", "Labels Distribution.Label", "A share of the label distribution "
       "means nothing without its label."),
    rd("labels_distribution[].percentage", "Labels Distribution.Percentage", "Label shares show whether "
       "the data is balanced enough to learn from.", any_row("labels_distribution", zero("percentage"))),
    rd("schema", "Schema", "The raw data cannot be understood or prepared without its schema.",
       every_row("schema", *blanks("field_name", "field_description", "field_type", "expected_values",
                                   "interpret_missing", "interpret_special"))),
    rd_schema("schema[].field_name", "Schema.Field Name", "Fields are referred to by name."),
    rd_schema("schema[].field_description", "Schema.Field Description", "A description says what a "
              "field means."),
    rd_schema("schema[].field_type", "Schema.Field Type", "The type says how a field's values are parsed "
              "and checked."),
    rd_schema("schema[].expected_values", "Schema.Expected Values", "Expected values make bad records "
              "stand out."),
    rd_schema("schema[].interpret_missing", "Schema.Interpret Missing", "Unless it is known how gaps are "
              "recorded, they may be taken for real values."),
    rd_schema("schema[].interpret_special", "Schema.Special Values", "Undocumented special values get "
              "read as ordinary data."),
    rd("metadata.collection_date", "Metadata.Collection Date", "The collection date shows how current "
       "the data is and how much it may have drifted."),
)

dp = partial(Check, "data_pipeline")
dp_input = partial(Check, "data_pipeline", parent="input_spec")
DATA_PIPELINE = (
    dp("pipeline_version", "Pipeline Version", "Model and pipeline have to be matched by version at "
       "deployment."),
    dp("pipeline_description", "Pipeline Description", "A description tells integrators what the "
       "pipeline does to the data."),
    dp("input_spec", "Input Specification", "Integrators must know which inputs the pipeline expects "
       "before they can connect it.", every_row("input_spec", *SPEC_COLUMNS)),
    dp_input("input_spec[].item_name", "Input Specification.Item Name", "Each input needs a name to be "
             "matched with an upstream output."),
    dp_input("input_spec[].item_description", "Input Specification.Item Description", "A description "
             "tells upstream owners what each input should carry."),
    dp_input("input_spec[].item_type", "Input Specification.Item Type", "Input types decide what "
             "upstream components must deliver."),
    dp_input("input_spec[].item_specification", "Input Specification.Item Specification", "The range, "
             "length or format of an input says what a valid value looks like.",
             any_row("input_spec", unset_item_spec)),
    dp_input("input_spec[].component_mapping", "Input Specification.Component Mapping", "Each input "
             "must name both the upstream component and the data item it comes from.",
             any_row("input_spec", either(*blanks("component_mapping.component",
                                                  "component_mapping.data_item")))),
    dp("pipeline_steps", "Pipeline Steps", "The processing steps must be known to run the same pipeline "
       "in production.",
       every_row("pipeline_steps", *blanks("data_processing_step", "data_processing_detail"))),
    dp("pipeline_code", "Pipeline Code", "A link to the code lets integrators run the very pipeline the "
       "model was trained with."),
)

td = partial(Check, "training_data")
td_schema = partial(Check, "training_data", parent="schema")
TRAINING_DATA = (
    td("dataset_version", "Dataset Version", "The version ties the model to the exact data it learnt from."),
    td("dataset_name", "Dataset Name", "A name lets people identify the training data set."),
    td("dataset_description", "Dataset Description", "A description explains how the training data "
       "was derived and what it holds."),
    td("schema", "Schema", "The training schema is what production data gets compared with.",
       every_row("schema", *blanks("field_name", "field_description", "field_type", "expected_values",
                                   "missing_values", "mapping_production_data"))),
    td_schema("schema[].field_name", "Schema.Field Name", "Training fields are matched with production "
              "fields by name."),
    td_schema("schema[].field_description", "Schema.Field Description", "A description says what a "
              "training field means."),
    td_schema("schema[].field_type", "Schema.Field Type", "Training field types are compared with "
              "production field types."),
    td_schema("schema[].expected_values", "Schema.Expected Values", "Expected values describe the range "
              "the model has learnt from."),
    td_schema("schema[].missing_values", "Schema.Missing Values", "Production must treat missing values "
              "the way training did."),
    td_schema("schema[].mapping_production_data", "Schema.Mapping Production Data", "Every feature must "
              "name the production field that supplies it (label fields have none).",
              any_row("schema", all_of(unflagged("label_field"), blank("mapping_production_data")))),
    td("preparation_process", "Data Preparation Process", "Production data can only be treated like "
       "training data if the preparation steps are known.",
       every_row("preparation_process", *blanks("data_processing_step", "data_processing_detail"))),
    td("preparation_code", "Data Preparation Code", "A link to the preparation code lets others rebuild "
       "the training data."),
)

TM = "trained_model"
tm = partial(Check, TM)
tm_components = partial(Check, TM, parent="model_components")
tm_evaluation = partial(Check, TM, parent="evaluation_dataset")
tm_logs = partial(Check, TM, parent="log_data")
TRAINED_MODEL = (
    tm("model_version", "Model Version", "A version pins down which model is integrated and deployed."),
    tm("model_name", "Model Name", "A name lets every team refer to the same model."),
    tm("model_description", "Model Description", "A description tells integrators and operators what "
       "the model does."),
    tm("training_date", "Training Date", "The training date shows how old the model's knowledge is."),
    tm("model_components", "Model Components", "The components say how the model was built and what it "
       "needs to run.", every_row("model_components", ALGORITHM, no_entries("programming_languages"),
                                   every_row("hyper_parameters", *HYPER_PARAMETER))),
    tm_components("model_components[].learning_algorithm", "Model Components.Learning Algorithm",
                  "The algorithm of each component says how the model behaves and can be retrained.",
                  any_row("model_components", ALGORITHM)),
    tm_components("model_components[].programming_languages", "Model Components.Programming Languages",
                  "The languages of each component decide what the environments must run.",
                  any_row("model_components", no_entries("programming_languages"))),
    tm("model_composition_details", "Model Composition Details", "An ensemble must say how its members "
       "are combined.", when=flag("ensemble")),
    tm("ml_frameworks", "ML Frameworks", "The frameworks must be present wherever the model is loaded.",
       no_entries("ml_frameworks")),
    tm("output_spec", "Output Specification", "Downstream components can only be connected once the "
       "model's outputs are described.", every_row("output_spec", *SPEC_COLUMNS),
       when=unflagged("post_processing")),
    *output_checks(TM, "output_spec", "Output Specification", "output"),
    tm("post_processing_process[]", "Post-Processing Steps", "Post-processing changes the results, so its "
       "steps must be known to reproduce them.", blank_entry("post_processing_process"),
       when=flag("post_processing")),
    tm("final_output_spec", "Final Output Specification", "After post-processing the final outputs are "
       "what downstream components receive, so they must be described.",
       every_row("final_output_spec", *SPEC_COLUMNS), when=flag("post_processing")),
    *output_checks(TM, "final_output_spec", "Final Output Specification", "final output"),
    tm("evaluation_dataset", "Evaluation Dataset", "Evaluation results mean little without the data "
       "they were measured on.", inside("evaluation_dataset", all_of(
           *blanks("name", "algorithm", "file"), zero("holdout_percentage"), zero("seed")))),
    tm_evaluation("evaluation_dataset.name", "Evaluation Dataset.Name", "Naming the evaluation data lets "
                  "others find it."),
    tm_evaluation("evaluation_dataset.holdout_percentage", "Evaluation Dataset.Holdout Percentage",
                  "The share held out shows how far the evaluation can be trusted.",
                  zero("evaluation_dataset.holdout_percentage")),
    tm_evaluation("evaluation_dataset.algorithm", "Evaluation Dataset.Algorithm", "How the data was "
                  "split decides whether the evaluation can be repeated."),
    *scored_metric_checks(TM, "evaluation_metrics", "Evaluation Metrics", "Evaluation Metrics.Result",
                          "that the model is good enough to integrate"),
    *dataset_checks(TM, "test_dataset", "Test Dataset", "how the model does on unseen data"),
    *dataset_checks(TM, "integration_test_dataset", "Integration Test Dataset",
                    "the post-processed model as a whole", when=flag("post_processing")),
    *scored_metric_checks(TM, "test_metrics", "Test Metrics", "Test Metrics.Results",
                          "of how the model does on unseen data"),
    tm("model_output_interpretation", "Model Output Interpretation", "Consumers have to know how to read "
       "the model's outputs."),
    tm("default_model_output", "Default Model Output", "The system needs to know what it gets when the "
       "model cannot answer."),
    *monitored_metric_checks(TM, "algorithm_metrics", "Algorithm Metrics", "the model's predictions"),
    *monitored_metric_checks(TM, "business_metrics", "Business Metrics", "the model's business value"),
    tm("log_data", "Log Data", "Production must know which logs to keep for troubleshooting and "
       "retraining.", every_row("log_data", *blanks("log", "log_data_format", "history"))),
    tm_logs("log_data[].log", "Log Data.Log", "Production refers to each log by its name."),
    tm_logs("log_data[].log_data_format", "Log Data.Log Data Format", "The format tells production how "
            "to store and parse a log."),
    tm_logs("log_data[].history", "Log Data.History", "How much history to keep sizes the storage in "
            "production."),
    tm("decisions_assumptions[]", "Decisions Assumptions", "Decisions and assumptions that are not "
       "written down get broken by people who never knew them.", blank_entry("decisions_assumptions")),
    tm("computing_resource_reqs", "Computing Resource Requirements", "Both environments have to be "
       "sized to what the model needs.", inside("computing_resource_reqs", UNSTATED_RESOURCES)),
    tm("inference_time", "Observed Inference Time", "The measured inference time is checked against the "
       "time production allows.", inside("inference_time", UNSTATED_TIME)),
    tm("system_dependencies[]", "System Dependencies", "Every dependency must be installed wherever the "
       "model runs.", blank_entry("system_dependencies")),
    tm("model_training_code", "Model Training Code", "A link to the training code makes the model "
       "reproducible."),
    tm("trained_model_code", "Trained Model Code", "Integrators need a link to the trained model itself."),
)

DE = "development_environment"
de = partial(Check, DE)
DEVELOPMENT_ENVIRONMENT = (
    de("programming_languages", "Programming Languages", "The languages on offer decide which models "
       "can be integrated.", no_entries("programming_languages")),
    de("ml_frameworks", "ML Frameworks", "The frameworks on offer decide which models can be loaded.",
       no_entries("ml_frameworks")),
    *component_checks(DE, "upstream_components", "Upstream Components", "output_spec", "Output Spec",
                      "feed the pipeline"),
    *component_checks(DE, "downstream_components", "Downstream Components", "input_spec", "Input Spec",
                      "consume the model's outputs"),
    de("milestones", "Milestones", "Milestones let the other teams plan around the integration.",
       every_row("milestones", *blanks("milestone", "milestone_date"))),
    de("computing_resources", "Available Computing Resources", "The model's needs are checked against "
       "what the integration machines offer.", inside("computing_resources", UNSTATED_RESOURCES)),
)

pe = partial(Check, "production_environment")
PRODUCTION_ENVIRONMENT = (
    pe("required_inference_time", "Required Inference Time", "The required time is the budget the "
       "model's inference must fit in.", inside("required_inference_time", UNSTATED_TIME)),
    pe("computing_resources", "Available Computing Resources", "The model's needs are checked against the "
       "production machines.", inside("computing_resources", UNSTATED_RESOURCES)),
    pe("algorithm_metrics", "Implemented Algorithm Metrics", "Shows which algorithm metrics production "
       "really computes.", every_row("algorithm_metrics", *blanks("metric", "implementation"))),
    pe("business_metrics", "Implemented Business Metrics", "Shows which business metrics production "
       "really collects.", every_row("business_metrics", *blanks("metric", "implementation"))),
    pe("model_logs", "Model Logs", "Shows which model logs production really keeps.",
       every_row("model_logs", *blanks("log", "implementation"))),
)

pd = partial(Check, "production_data")
pd_schema = partial(Check, "production_data", parent="schema")
PRODUCTION_DATA = (
    pd("data_sources", "Data Sources", "Where production data comes from helps judge whether it matches "
       "the training data."),
    pd("data_rates", "Data Rates", "Data rates set the throughput the pipeline and model must sustain."),
    pd("schema", "Schema", "The production schema is what the training schema is compared with.",
       every_row("schema", *blanks("field_name", "field_description", "field_type", "expected_values"))),
    pd_schema("schema[].field_name", "Schema.Field Name", "Training fields are mapped to production "
              "fields by name."),
    pd_schema("schema[].field_description", "Schema.Field Description", "A description says what a "
              "production field carries."),
    pd_schema("schema[].field_type", "Schema.Field Type", "Production field types are compared with "
              "training field types."),
    pd_schema("schema[].expected_values", "Schema.Expected Values", "Expected values show whether "
              "production stays within what the model has seen."),
)

SECTIONS = {
    "system_context": SYSTEM_CONTEXT,
    "raw_data": RAW_DATA,
    "data_pipeline": DATA_PIPELINE,
    "training_data": TRAINING_DATA,
    "trained_model": TRAINED_MODEL,
    "development_environment": DEVELOPMENT_ENVIRONMENT,
    "production_environment": PRODUCTION_ENVIRONMENT,
    "production_data": PRODUCTION_DATA,
}
CHECKS = tuple(check for key in KEYS for check in SECTIONS[key])


def fired(checks, node):
    """The checks of one descriptor that find something missing, in table order."""
    if node is None:
        return [check for check in checks if check.parent is None]
    passed, found = set(), []
    for check in checks:
        if (check.parent and check.parent not in passed) or (check.when and not check.when(node)):
            continue
        if check.test(node):
            found.append(check)
        else:
            passed.add(check.key)
    return found


def missing_fields(docs) -> list[MissingField]:
    return [check.as_missing() for key in KEYS for check in fired(SECTIONS[key], document(docs, key))]

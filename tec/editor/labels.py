"""Readable names for schema fields, derived from the field names with a few words spelt out."""

from tec.editor.names import Slot

# Abbreviations in field names, written out.
WORDS = {
    "ml": "ML", "id": "ID", "gpu": "GPU", "cpu": "CPU", "uri": "URI", "x": "X", "y": "Y",
    "reqs": "requirements", "spec": "specification", "fp": "false positive", "fn": "false negative",
}
# Whole names that read badly word by word.
NAMES = {
    "risk_fp": "Risk of a false positive",
    "risk_fn": "Risk of a false negative",
    "risk_other": "Other risks",
    "user_system_feedback": "User and system feedback",
    "decisions_assumptions": "Decisions and assumptions",
    "data_rights_policies": "Data rights and policies",
    "labels_distribution": "Labels and their distribution",
    "hyper_parameters": "Hyper-parameters",
    "post_processing": "Post-processing of the model output",
    "post_processing_process": "Post-processing steps",
    "ml_component": "ML component?",
    "label_field": "Label field?",
    "interpret_missing": "How to interpret missing values",
    "interpret_special": "How to interpret special values",
    "mapping_production_data": "Mapping to production data",
    "holdout_percentage": "Hold-out percentage",
    "error_code_value": "Error code",
}
# Slips in the schema's descriptions, which the form shows as help text.
HELP_FIXES = {"Mappping": "Mapping", "whether the there is": "whether there is"}
# What one row of an array is called: "Goal 2", "Hyper-parameter 1".
ROW_NOUNS = {
    "goals": "Goal", "documentation": "Document", "data_sources": "Data source",
    "labels_distribution": "Label", "schema": "Field", "input_spec": "Input", "output_spec": "Output",
    "final_output_spec": "Final output", "test_cases": "Test case", "pipeline_steps": "Step",
    "preparation_process": "Step", "statistics": "Statistic", "distribution": "Label",
    "model_components": "Model component", "hyper_parameters": "Hyper-parameter",
    "programming_languages": "Language", "ml_frameworks": "Framework", "post_processing_process": "Step",
    "evaluation_metrics": "Metric", "test_metrics": "Metric", "algorithm_metrics": "Algorithm metric",
    "business_metrics": "Business metric", "user_system_feedback": "Feedback", "log_data": "Log",
    "decisions_assumptions": "Decision or assumption", "system_dependencies": "Dependency",
    "upstream_components": "Upstream component", "downstream_components": "Downstream component",
    "milestones": "Milestone", "other_metrics": "Metric", "model_logs": "Log", "other_logs": "Log",
}
# Free-text fields that usually hold a sentence or more: shown as text areas.
LONG_TEXT = frozenset({
    "anonymization", "available_data", "data_buffering_reqs", "data_policies", "data_processing_detail",
    "data_rights", "data_rights_policies", "data_sources", "dataset_description", "decisions_assumptions",
    "default_model_output", "details", "field_description", "goal", "implementation", "item_description",
    "known_issues", "model_composition_details", "model_description", "model_output_interpretation",
    "pipeline_description", "post_processing_process", "proxy_data", "restrictions", "risk_fn", "risk_fp",
    "risk_other", "task", "test_results", "usage_context",
})


def label_for(key: str) -> str:
    if key in NAMES:
        return NAMES[key]
    words = [WORDS.get(word, word) for word in key.split("_") if word]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def help_for(description: str) -> str:
    """A schema description as help text: its slips mended, its spacing even."""
    for wrong, right in HELP_FIXES.items():
        description = description.replace(wrong, right)
    return " ".join(description.split())


def row_noun(key: str) -> str:
    if key in ROW_NOUNS:
        return ROW_NOUNS[key]
    label = label_for(key)
    return label[:-1] if label.endswith("s") and not label.endswith("ss") else label


def path_label(tokens) -> str:
    """('goals', 1, 'metric') -> 'Goal 2 › Metric'; used in summaries, diffs and link messages."""
    parts, previous = [], None
    for token in tokens:
        if isinstance(token, int):
            parts[-1] = f"{row_noun(previous)} {token + 1}"
        elif isinstance(token, Slot):
            parts[-1] = f"New {row_noun(previous).lower()}"
        else:
            parts.append(label_for(token))
        previous = token
    return " › ".join(parts) or "The whole descriptor"

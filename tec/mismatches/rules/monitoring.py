"""Rules 9, 10, 11 and 13: does production collect what the model's owners need to watch it?

The four rules differ only in which lists they compare, so each is made by collection_rule.
"""

from tec.mismatches.nodes import document
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.rules.common import unmatched
from tec.mismatches.values import quote

TM, PE = "trained_model", "production_environment"


def not_collected(docs, model_side: str, production_side: str, noun: str):
    """Conditions for model values ('rows[].field') that no production row ('rows[].field') collects."""
    tm = document(docs, TM)
    if tm is None:
        return []
    rows, field = model_side.split("[].")
    pe_rows, pe_field = production_side.split("[].")
    pe = document(docs, PE)
    collected = {row.name(pe_field) for row in pe.rows(pe_rows)} if pe else set()
    used = [(row.at(field), row.text(field)) for row in tm.rows(rows)]
    return [
        Condition(f"{noun} {quote(text)} is not collected in production", (*paths, f"{PE}.{pe_rows}"))
        for text, paths in unmatched(used, collected, str.strip)
    ]


def collection_rule(id, title, model_side, production_side, noun, rationale):
    """Registers and returns the rule comparing one model list with one production list."""
    def check(docs):
        return not_collected(docs, model_side, production_side, noun)

    fields = (f"{TM}.{model_side}", f"{PE}.{production_side}")
    return rule(id=id, title=title, descriptors=(TM, PE), fields=fields, rationale=rationale)(check)


business_metric_not_collected = collection_rule(
    "9", "Business metric not collected in production",
    "business_metrics[].metric", "business_metrics[].metric", "Business metric",
    "Business metrics that production does not collect cannot show whether the model still meets "
    "its business goals.",
)
algorithm_metric_not_collected = collection_rule(
    "10", "Algorithm metric not collected in production",
    "algorithm_metrics[].metric", "algorithm_metrics[].metric", "Algorithm metric",
    "Without runtime algorithm metrics, drift and worsening predictions go unnoticed.",
)
log_not_captured = collection_rule(
    "11", "Model log not captured in production",
    "log_data[].log", "model_logs[].log", "Model log",
    "Logs the model developers rely on for troubleshooting and retraining will not exist unless "
    "production captures them.",
)
feedback_not_captured = collection_rule(
    "13", "User or system feedback not captured in production",
    "user_system_feedback[].short_name", "user_system_feedback[].feedback", "Feedback",
    "Feedback the model depends on for troubleshooting or retraining is lost if production does "
    "not implement a way to capture it.",
)

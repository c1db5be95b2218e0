"""Rule 1: every system goal should be measured by some metric of the trained model."""

from tec.mismatches.nodes import document
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.values import quote

METRIC_LISTS = ("algorithm_metrics", "business_metrics")


def goal_mappings(tm) -> set[str]:
    if tm is None:
        return set()
    return {m.name("goal_mapping") for key in METRIC_LISTS for m in tm.rows(key)} - {""}


def describe(goal) -> str:
    text = goal.name("goal")
    return f"Goal {quote(goal.text('id'))}" + (f" ({text})" if text else "")


@rule(
    id="1",
    title="Goal not measured by any model metric",
    descriptors=("system_context", "trained_model"),
    fields=(
        "system_context.goals[].id",
        "trained_model.algorithm_metrics[].goal_mapping",
        "trained_model.business_metrics[].goal_mapping",
    ),
    rationale="If no algorithm or business metric is tied to a goal, nobody can tell after "
              "deployment whether the model actually serves that goal.",
)
def goal_without_metric(docs):
    sc = document(docs, "system_context")
    if sc is None:
        return []
    mapped = goal_mappings(document(docs, "trained_model"))
    targets = tuple(f"trained_model.{key}" for key in METRIC_LISTS)
    return [
        Condition(f"{describe(goal)} is not mapped by any model metric", (goal.at("id"), *targets))
        for goal in sc.rows("goals")
        # An entirely empty goal row is a missing field, not a goal.
        if (goal.name("id") or goal.name("goal")) and goal.name("id") not in mapped
    ]

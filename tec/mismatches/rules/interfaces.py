"""Rules 3A–5C: do model outputs and pipeline inputs line up with the neighbouring components?

Model outputs (3x; 4x once post-processed) are mapped to inputs of downstream components,
pipeline inputs (5x) to outputs of upstream components, both described in the
development environment. Each side is checked three ways: the types of mapped items agree
(A), every item names its counterpart (B), and every counterpart is fed (C).
"""

from tec.mismatches.nodes import document
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.rules.common import index
from tec.mismatches.values import quote, show, types_differ

TM, DE, DP = "trained_model", "development_environment", "data_pipeline"
MAPPING = ("component_mapping.component", "component_mapping.data_item")


def mapping(item) -> tuple[str, str]:
    return item.name(MAPPING[0]), item.name(MAPPING[1])


def slot_name(pair) -> str:
    return f"{quote(pair[0])}/{quote(pair[1])}"


def slots(de, components, items):
    """((component name, item name), item) for each named item of each named DE component."""
    if de is None:
        return []
    return [
        ((c.name("component_name"), i.name("item_name")), i)
        for c in de.rows(components) for i in c.rows(items)
        if c.name("component_name") and i.name("item_name")
    ]


def downstream_inputs(de):
    return slots(de, "downstream_components", "input_spec")


def upstream_outputs(de):
    return slots(de, "upstream_components", "output_spec")


def type_conflicts(items, targets, subject, counterpart):
    by_slot = index(targets, key=lambda target: target[0])
    conditions = []
    for item in items:
        pair = mapping(item)
        if not (item.name("item_name") and all(pair)):
            continue
        for _, target in by_slot.get(pair, ()):
            if types_differ(item.text("item_type"), target.text("item_type")):
                conditions.append(Condition(
                    f"{subject} {quote(item.text('item_name'))} is {show(item.text('item_type'))} but "
                    f"{counterpart} {slot_name(pair)} is {show(target.text('item_type'))}",
                    (item.at("item_type"), target.at("item_type")),
                ))
    return conditions


def unmapped(items, subject, counterpart):
    return [
        Condition(f"{subject} {quote(item.text('item_name'))} is not mapped to any {counterpart}",
                  tuple(item.at(key) for key in MAPPING if not item.name(key)))
        for item in items
        if item.name("item_name") and not all(mapping(item))
    ]


def unfed(targets, feeders, subject, problem, feeder_path):
    fed = {mapping(item) for item in feeders if item.name("item_name")}
    return [
        Condition(f"{subject} {slot_name(pair)} {problem}", (target.at("item_name"), feeder_path))
        for pair, target in targets
        if pair not in fed
    ]


def output_key(final: bool) -> str:
    return "final_output_spec" if final else "output_spec"


def model_outputs(docs, final: bool):
    """The outputs leaving the model (final ones after post-processing), or None if the rule is off."""
    tm = document(docs, TM)
    if tm is None or tm.flag("post_processing") != final:
        return None
    return tm.rows(output_key(final))


def outputs_type_differ(docs, final: bool, subject: str):
    outputs, de = model_outputs(docs, final), document(docs, DE)
    if outputs is None or de is None:
        return []
    return type_conflicts(outputs, downstream_inputs(de), subject, "downstream input")


def outputs_unmapped(docs, final: bool, subject: str):
    outputs = model_outputs(docs, final)
    return [] if outputs is None else unmapped(outputs, subject, "downstream input")


def inputs_unfed(docs, final: bool, problem: str):
    outputs, de = model_outputs(docs, final), document(docs, DE)
    if outputs is None or de is None:
        return []
    return unfed(downstream_inputs(de), outputs, "Downstream input", problem, f"{TM}.{output_key(final)}")


def output_fields(key):
    return (f"{TM}.{key}[].item_name", f"{TM}.{key}[].item_type",
            f"{TM}.{key}[].component_mapping.component", f"{TM}.{key}[].component_mapping.data_item")


DOWNSTREAM_FIELDS = (
    f"{DE}.downstream_components[].component_name",
    f"{DE}.downstream_components[].input_spec[].item_name",
    f"{DE}.downstream_components[].input_spec[].item_type",
)
UPSTREAM_FIELDS = (
    f"{DE}.upstream_components[].component_name",
    f"{DE}.upstream_components[].output_spec[].item_name",
    f"{DE}.upstream_components[].output_spec[].item_type",
)
PIPELINE_FIELDS = (
    f"{DP}.input_spec[].item_name", f"{DP}.input_spec[].item_type",
    f"{DP}.input_spec[].component_mapping.component", f"{DP}.input_spec[].component_mapping.data_item",
)

WHY_TYPES = ("When the model hands over a type the receiving component does not accept, "
             "an adapter has to be written between them.")
WHY_UNMAPPED = ("An output that is mapped to no downstream input shows that the hand-over from "
                "model to system has not been designed yet.")
WHY_UNFED = "A downstream input that no model output feeds will have to be filled by extra glue code."


@rule(id="3A", title="Model output type differs from the downstream input type",
      descriptors=(TM, DE), fields=output_fields("output_spec") + DOWNSTREAM_FIELDS, rationale=WHY_TYPES)
def output_type_differs(docs):
    return outputs_type_differ(docs, final=False, subject="Model output")


@rule(id="3B", title="Model output not mapped to a downstream input",
      descriptors=(TM,), fields=output_fields("output_spec"), rationale=WHY_UNMAPPED)
def output_unmapped(docs):
    return outputs_unmapped(docs, final=False, subject="Model output")


@rule(id="3C", title="Downstream input not fed by the model",
      descriptors=(DE, TM), fields=output_fields("output_spec") + DOWNSTREAM_FIELDS, rationale=WHY_UNFED)
def input_not_fed(docs):
    de = document(docs, DE)
    if de is not None and document(docs, TM) is None:
        # Without a trained model nothing feeds the inputs; 4C stays quiet so they are listed once.
        return unfed(downstream_inputs(de), [], "Downstream input",
                     "is fed by nothing: no trained model is described", TM)
    return inputs_unfed(docs, final=False, problem="is fed by no model output")


@rule(id="4A", title="Final model output type differs from the downstream input type", descriptors=(TM, DE),
      fields=output_fields("final_output_spec") + DOWNSTREAM_FIELDS, rationale=WHY_TYPES)
def final_output_type_differs(docs):
    return outputs_type_differ(docs, final=True, subject="Final model output")


@rule(id="4B", title="Final model output not mapped to a downstream input",
      descriptors=(TM,), fields=output_fields("final_output_spec"), rationale=WHY_UNMAPPED)
def final_output_unmapped(docs):
    return outputs_unmapped(docs, final=True, subject="Final model output")


@rule(id="4C", title="Downstream input not fed by any final model output", descriptors=(DE, TM),
      fields=output_fields("final_output_spec") + DOWNSTREAM_FIELDS, rationale=WHY_UNFED)
def input_not_fed_by_final_output(docs):
    return inputs_unfed(docs, final=True, problem="is fed by no final model output")


@rule(id="5A", title="Pipeline input type differs from the upstream output type",
      descriptors=(DP, DE), fields=PIPELINE_FIELDS + UPSTREAM_FIELDS,
      rationale="Data that reaches the ML component in a type the pipeline does not expect "
                "needs a conversion step in between.")
def pipeline_input_type_differs(docs):
    dp, de = document(docs, DP), document(docs, DE)
    if dp is None or de is None:
        return []
    return type_conflicts(dp.rows("input_spec"), upstream_outputs(de), "Pipeline input", "upstream output")


@rule(id="5B", title="Pipeline input not mapped to an upstream output",
      descriptors=(DP,), fields=PIPELINE_FIELDS,
      rationale="A pipeline input whose source in the system is unknown leaves the upstream "
                "interface undefined.")
def pipeline_input_unmapped(docs):
    dp = document(docs, DP)
    return [] if dp is None else unmapped(dp.rows("input_spec"), "Pipeline input", "upstream output")


@rule(id="5C", title="Upstream output not taken in by the pipeline",
      descriptors=(DE, DP), fields=PIPELINE_FIELDS + UPSTREAM_FIELDS,
      rationale="Upstream data that the pipeline never consumes points to an interface gap that "
                "someone will have to bridge with glue code.")
def upstream_output_unused(docs):
    de, dp = document(docs, DE), document(docs, DP)
    if de is None:
        return []
    inputs = dp.rows("input_spec") if dp else []
    return unfed(upstream_outputs(de), inputs, "Upstream output", "is taken in by no pipeline input",
                 f"{DP}.input_spec")

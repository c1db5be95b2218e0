"""Rules 6, 7 and 12: is the model's appetite for hardware and time met where it will run?"""

from tec.mismatches.nodes import document
from tec.mismatches.predicates import UNSTATED_RESOURCES
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.values import show, vocab_key

TM, DE, PE = "trained_model", "development_environment", "production_environment"
# (key, label, unit): memory and storage are stated in GB throughout the descriptors.
RESOURCES = (("gpu", "GPU", ""), ("cpu", "CPU", ""), ("memory", "memory", " GB"), ("storage", "storage", " GB"))
MS_PER_UNIT = {"milliseconds": 1, "seconds": 1_000, "minutes": 60_000, "hours": 3_600_000}


def amount(value, label, unit) -> str:
    return f"{show(value)}{unit} {label}"


def resource_fields(env_key: str) -> tuple[str, ...]:
    return tuple(f"{TM}.computing_resource_reqs.{k}" for k, *_ in RESOURCES) + tuple(
        f"{env_key}.computing_resources.{k}" for k, *_ in RESOURCES)


def shortfalls(docs, env_key: str, env_name: str):
    tm = document(docs, TM)
    if tm is None:
        return []
    needs = tm.child("computing_resource_reqs")
    # A requirement of 0 means "none" (or "not filled in"): it cannot exceed anything.
    wanted = [(key, label, unit, need) for key, label, unit in RESOURCES if (need := needs.number(key) or 0) > 0]
    if not wanted:
        return []
    env = document(docs, env_key)
    has = env.child("computing_resources") if env else None
    if has is None or UNSTATED_RESOURCES(has):
        return [unstated(needs, wanted, env_key, env_name)]
    return [
        Condition(f"The model needs {amount(need, label, unit)} but the {env_name} has "
                  f"{amount(have, label, unit)}", (needs.at(key), has.at(key)))
        for key, label, unit, need in wanted
        if need > (have := has.number(key) or 0)
    ]


def unstated(needs, wanted, env_key: str, env_name: str) -> Condition:
    """One line for an environment that gives no resources at all, rather than one per resource."""
    listed = ", ".join(amount(need, label, unit) for _, label, unit, need in wanted)
    return Condition(f"The model needs {listed}, but the {env_name} states no computing resources",
                     (*(needs.at(key) for key, *_ in wanted), f"{env_key}.computing_resources"))


@rule(
    id="6",
    title="Model needs more computing resources than the development environment has",
    descriptors=(TM, DE),
    fields=resource_fields(DE),
    rationale="On a machine smaller than the model needs, integrators cannot test it properly "
              "and the inference times they measure are misleading.",
)
def development_resources_short(docs):
    return shortfalls(docs, DE, "development environment")


@rule(
    id="7",
    title="Model needs more computing resources than the production environment has",
    descriptors=(TM, PE),
    fields=resource_fields(PE),
    rationale="A production machine smaller than the model needs will run it slowly or not at all.",
)
def production_resources_short(docs):
    return shortfalls(docs, PE, "production environment")


def milliseconds(node):
    """The duration in ms; None when its time is unset or not positive, or its unit is blank or unknown."""
    time, factor = node.number("time"), MS_PER_UNIT.get(vocab_key(node.text("unit")))
    if not time or time < 0 or factor is None:
        return None
    return time * factor


def duration(node) -> str:
    return f"{show(node.raw('time'))} {node.name('unit')}"


@rule(
    id="12",
    title="Model slower than the required inference time",
    descriptors=(TM, PE),
    fields=(f"{TM}.inference_time.time", f"{TM}.inference_time.unit",
            f"{PE}.required_inference_time.time", f"{PE}.required_inference_time.unit"),
    rationale="A model that answers more slowly than production allows makes the system miss its "
              "response-time or throughput goals.",
)
def inference_too_slow(docs):
    tm, pe = document(docs, TM), document(docs, PE)
    if tm is None or pe is None:
        return []
    observed, required = tm.child("inference_time"), pe.child("required_inference_time")
    took, allowed = milliseconds(observed), milliseconds(required)
    if took is None or allowed is None or took <= allowed:
        return []
    return [Condition(f"The model takes {duration(observed)} per inference but production allows "
                      f"{duration(required)}", (observed.at("time"), required.at("time")))]

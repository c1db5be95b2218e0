"""Rules 2 and 8: can the development environment run what the model is built with?"""

from tec.mismatches.nodes import document
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.rules.common import unmatched
from tec.mismatches.values import quote, vocab_key


def not_offered(docs, used, key, noun):
    """Conditions for each value the model uses that the development environment lacks."""
    de = document(docs, "development_environment")
    offered = {vocab_key(text) for _, text in de.strings(key)} if de else set()
    where = f"development_environment.{key}"
    return [
        Condition(f"The model uses {noun} {quote(text)}, which the development environment does not offer",
                  (*paths, where))
        for text, paths in unmatched(used, offered, vocab_key)
    ]


@rule(
    id="2",
    title="Model language not available in the development environment",
    descriptors=("trained_model", "development_environment"),
    fields=(
        "trained_model.model_components[].programming_languages[]",
        "development_environment.programming_languages[]",
    ),
    rationale="An integration environment that cannot run the model's language forces a rewrite "
              "or a wrapper before the model can be built into the system.",
)
def language_unsupported(docs):
    tm = document(docs, "trained_model")
    if tm is None:
        return []
    used = [entry for c in tm.rows("model_components") for entry in c.strings("programming_languages")]
    return not_offered(docs, used, "programming_languages", "language")


@rule(
    id="8",
    title="Model framework not available in the development environment",
    descriptors=("trained_model", "development_environment"),
    fields=("trained_model.ml_frameworks[]", "development_environment.ml_frameworks[]"),
    rationale="Without the frameworks the model was built with, integrators can neither load "
              "nor test it.",
)
def framework_unsupported(docs):
    tm = document(docs, "trained_model")
    if tm is None:
        return []
    return not_offered(docs, tm.strings("ml_frameworks"), "ml_frameworks", "framework")

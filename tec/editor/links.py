"""Every link between descriptor fields, as one table; plain data and functions, no Django.

The editor turns these into pick-lists and refuses saves that would break them; the guide
draws them as a diagram. Codes L1-L19 follow the reference inventory (spec/linked-fields.md).
Paths use `[]` for "every row": `goals[].id`.
"""

from dataclasses import dataclass

from tec.editor.names import Slot

CHOICE = "choice"  # the source holds one of the target's values
COPY = "copy"  # the source holds the target's identifier


@dataclass(frozen=True)
class Link:
    code: str
    source: str
    source_path: str
    target: str
    target_path: str
    kind: str = CHOICE
    within: str = ""  # code of the link whose value, in the same row, scopes this one
    shown_with: str = ""  # a field next to the target value that pick-lists show too
    topic: str = ""  # what the link carries, for diagrams

    @property
    def same_document(self) -> bool:
        return self.source == self.target


TM, DE, DP, TD, RD, PE, PD, SC = (
    "trained_model", "development_environment", "data_pipeline", "training_data", "raw_data",
    "production_environment", "production_data", "system_context",
)
DOWNSTREAM = "downstream_components[].component_name"
DOWNSTREAM_ITEM = "downstream_components[].input_spec[].item_name"

LINKS = (
    Link("L1", TM, "algorithm_metrics[].goal_mapping", SC, "goals[].id", shown_with="goal", topic="Goals"),
    Link("L2", TM, "business_metrics[].goal_mapping", SC, "goals[].id", shown_with="goal", topic="Goals"),
    Link("L3", TM, "output_spec[].component_mapping.component", DE, DOWNSTREAM, topic="Downstream component API"),
    Link("L4", TM, "output_spec[].component_mapping.data_item", DE, DOWNSTREAM_ITEM, within="L3",
         topic="Downstream component API"),
    Link("L5", TM, "final_output_spec[].component_mapping.component", DE, DOWNSTREAM,
         topic="Downstream component API"),
    Link("L6", TM, "final_output_spec[].component_mapping.data_item", DE, DOWNSTREAM_ITEM, within="L5",
         topic="Downstream component API"),
    Link("L7", DP, "input_spec[].component_mapping.component", DE, "upstream_components[].component_name",
         topic="Upstream component API"),
    Link("L8", DP, "input_spec[].component_mapping.data_item", DE, "upstream_components[].output_spec[].item_name",
         within="L7", topic="Upstream component API"),
    Link("L9", TD, "raw_data_identifier", RD, "dataset_identifier", kind=COPY, topic="Raw dataset"),
    Link("L10", TM, "data_pipeline_identifier", DP, "pipeline_identifier", kind=COPY, topic="Data pipeline"),
    Link("L11", TM, "training_data_identifier", TD, "dataset_identifier", kind=COPY, topic="Training dataset"),
    Link("L12", PE, "algorithm_metrics[].metric", TM, "algorithm_metrics[].metric", topic="Algorithm metrics"),
    Link("L13", PE, "business_metrics[].metric", TM, "business_metrics[].metric", topic="Business metrics"),
    Link("L14", PE, "model_logs[].log", TM, "log_data[].log", topic="Logs"),
    Link("L15", PE, "user_system_feedback[].feedback", TM, "user_system_feedback[].short_name",
         topic="User and system feedback"),
    Link("L16", TD, "schema[].mapping_production_data", PD, "schema[].field_name", topic="Data schema"),
    Link("L17", TD, "distribution[].mapping_production_data", PD, "distribution[].label", topic="Data distribution"),
    Link("L18", TD, "statistics[].field", TD, "schema[].field_name", topic="Data statistics"),
    Link("L19", PD, "statistics[].field", PD, "schema[].field_name", topic="Data statistics"),
)
BY_CODE = {link.code: link for link in LINKS}


def links_from(key):
    """The links whose source field lies in this descriptor."""
    return [link for link in LINKS if link.source == key]


def links_to(key):
    """The links whose target field lies in this descriptor."""
    return [link for link in LINKS if link.target == key]


def source_link(key, field_pattern):
    """The link whose source is this field of this descriptor, or None."""
    return next((link for link in LINKS if link.source == key and link.source_path == field_pattern), None)


def neighbours(key):
    """The other descriptors this one links to or is linked from."""
    found = {link.target for link in links_from(key)} | {link.source for link in links_to(key)}
    return sorted(found - {key})


def tracked_patterns(key):
    """Fields of this descriptor other fields point at: the editor remembers their opening value."""
    return frozenset(link.target_path for link in links_to(key))


def split(path):
    """'goals[].id' -> ('goals', None, 'id'); None stands for every row."""
    tokens = []
    for part in path.split("."):
        while part:
            name, bracket, part = part.partition("[]")
            if name:
                tokens.append(name)
            if bracket:
                tokens.append(None)
    return tuple(tokens)


def values_at(document, path):
    """Every (tokens, value) found at a path such as 'goals[].id', rows in order."""
    found = [((), document)]
    for token in split(path):
        step = []
        for tokens, value in found:
            if token is None and isinstance(value, list):
                step += [(tokens + (index,), item) for index, item in enumerate(value)]
            elif token is not None and isinstance(value, dict) and token in value:
                step.append((tokens + (token,), value[token]))
        found = step
    return [(tokens, value) for tokens, value in found if isinstance(value, str)]


def fill_rows(path, tokens):
    """The concrete tokens of `path` using the row indices of `tokens`, as far as they reach."""
    indices = [t for t in tokens if isinstance(t, (int, Slot))]
    out = []
    for token in split(path):
        out.append(indices.pop(0) if token is None and indices else token)
    return tuple(out)


def lookup(document, tokens):
    for token in tokens:
        try:
            document = document[token]
        except (KeyError, IndexError, TypeError):
            return None
    return document


def keyed(document, link, side):
    """[(tokens, key)] of one side of a link: key is (value,) or, for scoped links, (scope value, value)."""
    if document is None:
        return []
    path = link.source_path if side == "source" else link.target_path
    pairs = values_at(document, path)
    if not link.within:
        return [(tokens, (value,)) for tokens, value in pairs]
    parent = BY_CODE[link.within]
    parent_path = parent.source_path if side == "source" else parent.target_path
    return [(tokens, (lookup(document, fill_rows(parent_path, tokens)) or "", value)) for tokens, value in pairs]


def scope_tokens(link, side, tokens):
    """For a scoped link, where the scoping value of the row at tokens sits."""
    parent = BY_CODE[link.within]
    return fill_rows(parent.source_path if side == "source" else parent.target_path, tokens)

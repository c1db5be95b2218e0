"""Fields that only matter for some answers to another field, and how the page shows that.

The page marks such a field with the name of the field it depends on and the answers that
make it apply; a little JavaScript hides (or disables) it otherwise. Hidden fields keep
their values and are saved, so switching back and forth never loses anything, and without
JavaScript every field simply stays visible.
"""

import json
from dataclasses import dataclass

from tec.editor.links import fill_rows
from tec.editor.names import format_name

TICKED = ("on",)
# Members of a testable item's specification, by the item types they describe.
ITEM_SPECIFICATION = {
    "other_value": ("Other",),
    "min_value": ("Integer", "Float"), "max_value": ("Integer", "Float"),
    "resolution_x": ("Image",), "resolution_y": ("Image",), "channels": ("Image",), "image_format": ("Image",),
    "min_length": ("String",), "max_length": ("String",),
    "empty": ("String",), "numeric": ("String",), "slashes": ("String",), "spaces": ("String",),
    "special": ("String",),
}
# (descriptor, field pattern) -> (controlling field pattern, answers that show it)
SHOWN_WHEN = {
    ("trained_model", "model_composition_details"): ("ensemble", TICKED),
    ("trained_model", "post_processing_process"): ("post_processing", TICKED),
    ("trained_model", "final_output_spec"): ("post_processing", TICKED),
    ("data_pipeline", "input_spec[].error_handling.error_code_value"):
        ("input_spec[].error_handling.error_type", ("Return error code",)),
}
# Fields switched off (and so not sent) while another is ticked: a label field maps to nothing.
DISABLED_WHEN = {
    ("training_data", "schema[].mapping_production_data"): ("schema[].label_field", TICKED),
}
# Arrays that take more than one row only while a box is ticked.
MORE_ROWS_WHEN = {
    ("trained_model", "model_components"): ("ensemble", TICKED),
}


@dataclass(frozen=True)
class Condition:
    controller: tuple  # tokens of the controlling field, rows filled in
    answers: tuple
    effect: str = "show"  # or "disable", or "add" (for an array's Add button)

    def attrs(self) -> dict:
        return {
            f"data-{self.effect}-if": format_name(self.controller),
            f"data-{self.effect}-values": json.dumps(list(self.answers)),
        }


def condition_for(key, node, parent_schema) -> Condition | None:
    """When the field at node applies; None when it always does."""
    for table, effect in ((SHOWN_WHEN, "show"), (DISABLED_WHEN, "disable")):
        if (key, node.pattern) in table:
            controller, answers = table[(key, node.pattern)]
            return Condition(fill_rows(controller, node.tokens), answers, effect)
    parent = node.tokens[:-1]
    if parent and parent[-1] == "item_specification" and node.key in ITEM_SPECIFICATION:
        return Condition(parent[:-1] + ("item_type",), ITEM_SPECIFICATION[node.key])
    if node.key.startswith("other_"):
        chooser = _other_chooser(parent_schema)
        if chooser:
            return Condition(parent + (chooser,), ("Other",))
    return None


def add_condition(key, node) -> Condition | None:
    if (key, node.pattern) in MORE_ROWS_WHEN:
        controller, answers = MORE_ROWS_WHEN[(key, node.pattern)]
        return Condition(fill_rows(controller, node.tokens), answers, "add")
    return None


def _other_chooser(object_schema):
    """The enum with an 'Other' answer next to an other_* text field, if there is one."""
    for name, sub in (object_schema or {}).get("properties", {}).items():
        if "Other" in sub.get("enum", ()):
            return name
    return None

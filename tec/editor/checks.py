"""Rules the editor keeps beyond the schema (links aside, see linkcheck)."""

from tec.editor.goals import duplicate_goal_ids
from tec.editor.linkcheck import Problem


def editor_problems(key, document) -> list:
    if key == "trained_model":
        return _ensemble(document)
    if key == "system_context":
        return [Problem(f"Goal id {goal_id} is used by another goal too; ids must be unique.", ("goals", index, "id"))
                for index, goal_id in duplicate_goal_ids(document)]
    return []


def _ensemble(document):
    components = document.get("model_components") or []
    if len(components) > 1 and not document.get("ensemble"):
        return [Problem(f"{len(components)} model components make an ensemble: tick Ensemble, "
                        "or keep a single component.", ("ensemble",))]
    return []

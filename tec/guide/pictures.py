"""The relationship diagram, plain or coloured with one project's state."""

from django.urls import reverse

from tec.accounts.teams import TEAMS
from tec.guide import diagram, relations
from tec.guide.selectors import descriptor_states
from tec.mismatches.services import project_report
from tec.schemas import registry

OPEN, CLEAR, UNCHECKED = "open", "clear", "unchecked"
# Arrowheads are markers, which cannot take the colour of their line: one per line colour.
MARKER_STATES = (relations.REFERENCE, relations.ALIGNMENT, OPEN, CLEAR, UNCHECKED)


def plain_diagram(producers: dict) -> diagram.Diagram:
    """Boxes labelled and coloured by their producing team (producers: key -> team code)."""
    picture = diagram.layout(registry.DESCRIPTORS, relations.edges())
    for box in picture.boxes():
        box.note, box.css = TEAMS[producers[box.key]], f"team-{producers[box.key]}"
        box.href = reverse("guide_descriptor", args=[box.key])
    return picture


def project_diagram(project) -> diagram.Diagram:
    """Boxes coloured by workflow status, lines by the open mismatches of the rules they carry."""
    picture = diagram.layout(registry.DESCRIPTORS, relations.edges())
    documents = project.documents()
    states = descriptor_states(project, documents)
    open_mismatches = project_report(project, documents).open
    for box in picture.boxes():
        state = states[box.key]
        box.note, box.css = state.get_status_display(), f"status-{state.status}"
        box.href = reverse("guide_descriptor", args=[box.key])
    for line in picture.all_lines():
        _colour(line, documents, open_mismatches)
    return picture


def _colour(line, documents, open_mismatches):
    """Alignment lines by their open mismatches; arrows stay neutral unless one end is still empty.

    Every rule sits on exactly one alignment line, so the counts on the picture add up to the report.
    """
    incomplete = any(documents.get(key) is None for key in line.edge.pair)
    if line.edge.kind == relations.REFERENCE:
        line.css = UNCHECKED if incomplete else ""
        return
    line.open_count = open_count(line.edge, open_mismatches)
    line.css = OPEN if line.open_count else (UNCHECKED if incomplete else CLEAR)


def open_count(edge, mismatches) -> int:
    """Open mismatches found by the edge's rules."""
    return sum(m.rule in edge.rule_ids for m in mismatches)

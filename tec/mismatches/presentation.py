"""Turns engine output into what pages show: links from conditions to the fields involved."""

from django.urls import reverse

from tec.editor.labels import path_label
from tec.editor.names import parse_name
from tec.schemas import registry


def field_link(project, path: str):
    """(label, url) for 'trained_model.output_spec[1].item_type' -> the field in the descriptor form."""
    key, _, inner = path.partition(".")
    tokens = parse_name(inner) if inner else ()
    label = f"{registry.get(key).label} › {path_label(tokens)}" if tokens is not None else path
    url = reverse("descriptor_edit", kwargs={"slug": project.slug, "key": key})
    return label, f"{url}#block-{inner}" if inner else url


def condition_links(project, mismatch):
    """[(condition, [(label, url), ...]), ...] for one mismatch."""
    return [(c, [field_link(project, p) for p in c.paths]) for c in mismatch.conditions]


def missing_field_url(project, missing) -> str:
    """The form block of a missing field; 'labels_distribution[].label' goes to the whole list."""
    block = missing.key.split("[]", 1)[0]
    url = reverse("descriptor_edit", kwargs={"slug": project.slug, "key": missing.descriptor})
    return f"{url}#block-{block}"


def missing_links(project, result):
    """[(descriptor, [(missing field, url), ...]), ...] in descriptor order, for the report page."""
    return [(descriptor, [(item, missing_field_url(project, item)) for item in items])
            for descriptor, items in result.missing_by_descriptor()]

"""Turns engine output into what pages show: links from conditions to the fields involved."""

from django.urls import NoReverseMatch, reverse

from tec.schemas import registry


def field_link(project, path: str):
    """(label, url) for 'trained_model.output_spec[1].item_type' -> the field in the descriptor form."""
    key, _, inner = path.partition(".")
    label = f"{registry.get(key).label}: {inner or 'document'}" if key in registry.BY_KEY else path
    try:
        url = reverse("descriptor_edit", kwargs={"slug": project.slug, "key": key})
    except NoReverseMatch:  # before the editor is installed, fall back to the project page
        url = project.get_absolute_url()
    return label, f"{url}#f-{inner}" if inner else url


def condition_links(project, mismatch):
    """[(condition, [(label, url), ...]), ...] for one mismatch."""
    return [(c, [field_link(project, p) for p in c.paths]) for c in mismatch.conditions]

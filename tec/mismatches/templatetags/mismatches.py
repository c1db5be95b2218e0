from django import template

from tec.mismatches.services import counts

register = template.Library()


@register.simple_tag
def descriptor_mismatch_counts(project, key):
    """{"open": n, "missing": n} for one descriptor of a project, computed now."""
    return counts(project)["by_descriptor"][key]

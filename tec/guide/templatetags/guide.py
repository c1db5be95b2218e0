"""Small template helpers for the guide pages."""

from django import template

from tec.guide import fields, relations
from tec.schemas import registry

register = template.Library()


@register.filter
def descriptor_label(key: str) -> str:
    """'trained_model' -> 'Trained Model'."""
    return registry.get(key).label


@register.filter
def field_anchor(path: str) -> str:
    """The id of a field's row on its descriptor's help page."""
    return fields.field_anchor(path)


@register.filter
def link_label(link) -> str:
    return relations.link_label(link)

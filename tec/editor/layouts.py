"""crispy-forms layout objects for the parts of a descriptor form: cells, fieldsets, lists of rows.

The layout mirrors the schema tree: a leaf is a crispy field in a grid cell, an object a
fieldset, an array a block of rows with buttons to add, remove and move rows. The buttons
are ordinary submit buttons (they work without JavaScript); editor.js handles them in the
page when it can, copying the block's <template> for a new row.
"""

from crispy_forms.layout import LayoutObject
from crispy_forms.utils import TEMPLATE_PACK, render_field
from django.forms.utils import flatatt
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString

from tec.editor.field_html import field_html


class _LeanFields(LayoutObject):
    """Draws the form's own fields in Python (see field_html.py) instead of one template each;
    other layout objects, and the new-row templates' fields, still go through crispy."""

    def get_rendered_fields(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        if not getattr(form, "lean_fields", False):
            return super().get_rendered_fields(form, context, template_pack, **kwargs)
        return SafeString("".join(
            field_html(form[field]) if isinstance(field, str)
            else render_field(field, form, context, template_pack=template_pack, **kwargs)
            for field in self.fields
        ))


class Cell(_LeanFields):
    """One field in a grid column, with its hidden companions (e.g. the value it opened with)."""

    def __init__(self, name, css_class, attrs=None, hidden=()):
        self.fields = [name, *hidden]
        self.css_class, self.attrs = css_class, attrs or {}

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        inner = self.get_rendered_fields(form, context, template_pack, **kwargs)
        notes = _comment_notes(form, self.fields[0])
        return format_html('<div class="{}"{}>{}{}</div>', self.css_class, flatatt(self.attrs), inner, notes)


def _comment_notes(form, path):
    """Reviewers' comments on this field, read-only (a form cannot hold the comment forms)."""
    threads = getattr(form, "comment_threads", None)
    comments = threads.at(path) if threads else []
    if not comments:
        return ""
    return render_to_string("editor/_field_comment_notes.html",
                            {"comments": comments, "path": path, "project": threads.project, "key": threads.key})


class _Templated(_LeanFields):
    template = ""

    def __init__(self, info, fields):
        self.info, self.fields = info, list(fields)

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        inner = self.get_rendered_fields(form, context, template_pack, **kwargs)
        errors = getattr(form, "block_errors", {}).get(self.info["name"], [])
        return render_to_string(self.template, {**self.info, "inner": inner, "errors": errors,
                                                "readonly": getattr(form, "readonly", False)})


class Group(_Templated):
    """A nested object: a fieldset with a legend and its own grid."""

    template = "editor/layout/group.html"


class Row(_Templated):
    """One row of an array, with its up, down and remove buttons."""

    template = "editor/layout/row.html"


class ArrayBlock(_Templated):
    """An array: its rows, an Add button and the template of a new row."""

    template = "editor/layout/array.html"

    def __init__(self, info, rows, prototype):
        super().__init__(info, rows)
        self.prototype = prototype

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        self.info["prototype"] = SafeString(
            "" if getattr(form, "readonly", False)
            else render_field(self.prototype, form.prototypes, context, template_pack=template_pack)
        )
        return super().render(form, context, template_pack, **kwargs)

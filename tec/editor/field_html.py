"""A leaf field's Bootstrap markup built in Python, the same as templates/editor/layout/field.html.

A big descriptor form has hundreds of leaves; rendering each through a template (a fresh
context, many variable lookups) took most of the page's time. The template stays as the
reference and still draws the few fields outside cells; tests keep the two in step.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


def field_html(field):
    """The markup of a bound field: the widget alone when hidden, else its wrapper, label, errors and help."""
    if field.is_hidden:
        return format_html("{}\n", field)
    auto_id = field.auto_id
    checkbox = getattr(field.field.widget, "input_type", None) == "checkbox"
    return format_html(
        '<div id="div_{}" class="mb-3{}">\n{}\n{}\n{}\n</div>\n',
        auto_id, " form-check" if checkbox else "", _label_and_widget(field, checkbox),
        _errors(field, auto_id), _help(field, auto_id),
    )


def _label_and_widget(field, checkbox):
    if checkbox:
        return format_html('{} <label for="{}" class="form-check-label">{}</label>',
                           field, field.id_for_label, field.label)
    if not field.label:
        return format_html("{}", field)
    required = field.field.required
    return format_html(
        '<label for="{}" class="form-label{}">{}{}</label>\n{}',
        field.id_for_label, " requiredField" if required else "", field.label,
        mark_safe('<span class="asteriskField">*</span>') if required else "", field,
    )


def _errors(field, auto_id):
    errors = field.errors
    if not errors:
        return ""
    items = format_html_join("", '<p id="error_{}_{}"><strong>{}</strong></p>',
                             ((number, auto_id, error) for number, error in enumerate(errors, 1)))
    return format_html('<div id="{}_error" class="invalid-feedback">{}</div>', auto_id, items)


def _help(field, auto_id):
    if not field.help_text:
        return ""
    return format_html('<div id="{}_helptext" class="form-text">{}</div>', auto_id, mark_safe(field.help_text))



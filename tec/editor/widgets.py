"""Widgets rendered in Python, with the same markup as Django's templates.

A descriptor form holds hundreds of inputs and options; drawing each through Django's widget
templates made the larger forms slow. These subclasses only change how the HTML is built.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class _QuickInput:
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        shown = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html('<input type="{}" name="{}"{}{}>', widget["type"], name, shown, flatatt(widget["attrs"]))


class QuickText(_QuickInput, forms.TextInput):
    pass


class QuickNumber(_QuickInput, forms.NumberInput):
    pass


class QuickDate(_QuickInput, forms.DateInput):
    pass


class QuickAddress(_QuickInput, forms.URLInput):
    pass


class QuickHidden(_QuickInput, forms.HiddenInput):
    pass


class QuickTick(_QuickInput, forms.CheckboxInput):
    pass


class QuickTextarea(forms.Textarea):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        # The newline after the tag is dropped by browsers, so text that starts with one survives.
        return format_html('<textarea name="{}"{}>\n{}</textarea>', name, flatatt(widget["attrs"]), widget["value"] or "")


class QuickSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        chosen = "" if value is None else str(value)
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(final), self._options(chosen))

    def _options(self, chosen):
        parts = []
        for value, label in self.choices:
            if isinstance(label, (list, tuple)):
                parts.append(format_html('<optgroup label="{}">{}</optgroup>', value, _options(label, chosen)))
            else:
                parts.append(_options([(value, label)], chosen))
        return format_html_join("", "{}", ((part,) for part in parts))


def _options(pairs, chosen):
    return format_html_join(
        "", '<option value="{}"{}>{}</option>',
        ((value, " selected" if str(value) == chosen else "", label) for value, label in pairs),
    )

"""The descriptor form: one Django form per page, its fields and crispy layout built from the schema.

The form is always bound to a form state (see tree.py), so what it shows is exactly what the
user typed; `validate=False` shows a state without judging it (a freshly opened form, or
after a row button). Cleaning turns the state into a document and checks it against the
schema, the links and the editor's own rules; every problem lands next to its field.
"""

import json

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.forms.utils import ErrorDict
from django.template import Context
from django.utils.safestring import mark_safe

from tec.editor import linkcheck
from tec.editor.builder import FormBuilder
from tec.editor.checks import editor_problems
from tec.editor.labels import path_label
from tec.editor.names import EXTRA, WAS, format_name, parse_name
from tec.editor.tree import build_tree, row_index
from tec.schemas import loader
from tec.schemas.validation import document_errors

FRIENDLY = {"should be non-empty": "Add at least one row.", "this field is required": "This field is required."}


class DescriptorForm(forms.Form):
    lean_fields = True  # see layouts._LeanFields

    def __init__(self, context, state, *, validate=True, readonly=False):
        super().__init__(data={format_name(tokens): text for tokens, text in state.items()})
        self.context, self.state, self.key = context, state, context.key
        self.schema = loader.schema_view(self.key)
        self.validate, self.readonly = validate, readonly
        self.block_errors, self.document, self.originals = {}, None, {}
        self.tree = build_tree(self.schema, row_index(state))
        self.prototypes = forms.Form()  # unbound: the fields of new rows, copied by JavaScript
        self.prototypes.prototypes = self.prototypes
        self.prototypes.crispy_field_template = None
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.field_template = "editor/layout/field.html"
        self.helper.layout = Layout(*FormBuilder(self).children(self.tree, self, state))

    def as_html(self):
        """The form's fields as crispy renders them (without the whitespace squeezing of {% crispy %})."""
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()
        return self.helper.render_layout(self, Context({**self.helper.get_attributes(), "form": self}))

    def is_valid(self):
        # Problems shown beside a list or fieldset live outside Django's field errors.
        return super().is_valid() and not self.block_errors

    def full_clean(self):
        if self.validate:
            return super().full_clean()
        self._errors, self.cleaned_data = ErrorDict(), {}

    def clean(self):
        self.document = assemble(self.tree, self.cleaned_data, self.state)
        self.originals = {tokens[:-1]: text for tokens, text in self.state.items() if tokens[-1] == WAS}
        for message in document_errors(self.key, self.document):
            path, _, text = message.partition(": ")
            tokens = parse_name(path)
            if tokens is None or format_name(tokens) not in self.errors:
                self.add_problem(tokens, FRIENDLY.get(text, text))
        # Links are checked again when saving (under a lock); here they join the other problems.
        report = linkcheck.check(self.key, self.document, self.context.stored, self.originals)
        for problem in editor_problems(self.key, self.document) + report.problems:
            self.add_problem(problem.tokens, problem.message)
        return self.cleaned_data

    def add_problem(self, tokens, message):
        """Shows a problem next to its field, else next to the closest list or fieldset, else on top."""
        while tokens:
            name = format_name(tokens)
            if name in self.fields:
                self.add_error(name, message)
                return
            if name in self.blocks:
                self.block_errors.setdefault(name, []).append(message)
                return
            tokens = tokens[:-1]
        self.add_error(None, message)

    @property
    def blocks(self):
        return {node.name for node in _blocks(self.tree)}

    def summary(self):
        """(label, message, anchor) of every problem, in page order, for the list at the top."""
        found = [(None, message, "") for message in self.non_field_errors()]
        for name in self.fields:
            for message in self.errors.get(name, ()):
                found.append((path_label(parse_name(name)), message, f"id_{name}"))
        for name, messages in self.block_errors.items():
            found += [(path_label(parse_name(name)), message, f"block-{name}") for message in messages]
        return found

    def note(self, name, html):
        """Adds a remark under a field (e.g. what somebody else changed meanwhile)."""
        if name in self.fields:
            bound = self[name]  # bound fields copy their help text when first made
            bound.help_text = mark_safe(f"{bound.help_text}{html}")


def _blocks(node):
    for child in node.children:
        if child.kind in ("object", "array"):
            yield child
            yield from _blocks(child)


def assemble(tree, cleaned, state):
    """The document a cleaned form holds: schema key order, empty optional values left out."""
    return _assemble(tree, cleaned, state)


def _assemble(node, cleaned, state):
    if node.kind == "array":
        return [_assemble(row, cleaned, state) for row in node.children]
    if node.kind != "object":
        return cleaned.get(node.name)
    children = {child.tokens[-1]: child for child in node.children}
    out = {}
    for key, sub in node.schema.get("properties", {}).items():
        if "const" in sub:
            out[key] = sub["const"]
        elif key in children:
            value = _assemble(children[key], cleaned, state)
            if value is not None:
                out[key] = value
    return {**out, **_extras(state.get(node.tokens + (EXTRA,)), out, node.schema)}


def _extras(text, known, schema):
    try:
        extra = json.loads(text) if text else {}
    except ValueError:
        return {}
    properties = schema.get("properties", {})
    return {k: v for k, v in extra.items() if k not in properties} if isinstance(extra, dict) else {}

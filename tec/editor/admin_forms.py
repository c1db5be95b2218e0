"""The admin's descriptor form: arrays in a readable JSON editor, saves through the editor's checks."""

import json

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from tec.documents import revisions
from tec.editor import services
from tec.editor.labels import LONG_TEXT


class JSONEditor(forms.Textarea):
    """A text area for one JSON array: pretty-printed, monospaced, checked as you type (json-editor.js)."""

    class Media:
        js = ("js/json-editor.js",)

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "vLargeTextField json-editor", "spellcheck": "false", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        lines = (context["widget"]["value"] or "").count("\n") + 2
        context["widget"]["attrs"]["rows"] = max(4, min(lines, 30))
        return context


class ArrayJSONField(forms.JSONField):
    """A JSON array typed by hand; syntax errors name their line and column."""

    widget = JSONEditor

    def prepare_value(self, value):
        if isinstance(value, str):
            return value  # what was typed, shown again as it was after an error
        return json.dumps(value, indent=2, ensure_ascii=False)

    def to_python(self, value):
        if self.disabled or value in (None, ""):
            return None if value in (None, "") else value
        try:
            return json.loads(value)
        except json.JSONDecodeError as error:
            raise ValidationError(f"This is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno}).",
                                  code="invalid") from None

    def bound_data(self, data, initial):
        return data  # keep the typed text, valid or not


class DescriptorAdminForm(forms.ModelForm):
    """Every admin save is checked and stored like an editor save: links, goal ids, a new revision."""

    base_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["base_revision"].initial = revisions.latest_number(self.instance.project, self.key)
        self._one_line_for_short_texts()

    def _one_line_for_short_texts(self):
        """Names, versions and the like get a one-line box, as in the editor; only prose gets a text area."""
        for column in self._meta.model.columns():
            field = self.fields.get(column.name)
            prose = column.path[-1] in LONG_TEXT or isinstance(getattr(field, "widget", None), JSONEditor) \
                or "\n" in str(self.initial.get(column.name) or "")  # a one-line box would drop line breaks
            if field is not None and isinstance(field.widget, forms.Textarea) and not prose:
                field.widget = forms.TextInput(attrs={"class": "vTextField"})

    @property
    def key(self):
        return self._meta.model.descriptor_key

    def clean(self):
        cleaned = super().clean()
        project = cleaned.get("project") or getattr(self.instance, "project", None)
        base = cleaned.get("base_revision")
        if project is not None and self.instance.pk and base is not None:
            latest = revisions.latest_revision(project, self.key)
            if latest and latest.number != base:
                raise ValidationError(
                    f"Somebody saved this descriptor meanwhile (revision {latest.number}). Open it again to see "
                    "their version; your input is still here to copy from.")
        return cleaned

    def _post_clean(self):
        super()._post_clean()  # the model's own check of the whole document
        if self.is_bound and not self._errors:
            self._check_links()
        self._drop_repeated_problems()

    def _check_links(self):
        project = self.cleaned_data.get("project") or self.instance.project
        try:
            services.descriptor_check(project=project, key=self.key, document=self.instance.to_document())
        except services.SaveRefused as refused:
            self.add_error(None, [problem.message for problem in refused.problems])

    def _drop_repeated_problems(self):
        """The model reports array problems twice: at the field and for the whole document."""
        shown = {str(message) for name, errors in self._errors.items() if name != NON_FIELD_ERRORS
                 for message in errors}
        general = self._errors.get(NON_FIELD_ERRORS)
        if general:
            remaining = [message for message in general if message not in shown]
            general[:] = remaining
            if not remaining:
                del self._errors[NON_FIELD_ERRORS]


def admin_fieldsets(model):
    """Fieldsets in schema order: top-level fields together, one per nested object, one per array."""
    from tec.editor.labels import label_for
    from tec.schemas import loader

    schema = loader.schema_view(model.descriptor_key)
    groups = [[None, ["project"], ""]]
    for column in model.columns():
        if column.kind == "array":
            description = _description(schema, column.path)
            groups.append([label_for(column.path[-1]), [column.name], description])
            continue
        title = " › ".join(label_for(part) for part in column.path[:-1]) or None
        if groups[-1][0] == title and not groups[-1][2]:
            groups[-1][1].append(column.name)
        else:
            groups.append([title, [column.name], ""])
    return [(title, {"fields": fields, "description": description}) for title, fields, description in groups]


def _description(schema, path):
    for part in path:
        schema = schema.get("properties", {}).get(part, {})
    item = schema.get("items", {})
    keys = ", ".join(item.get("properties", {})) if item.get("type") == "object" else "text"
    description = schema.get("description", "").rstrip()
    if description and not description.endswith((".", "?", "!")):
        description += "."
    return f"{description} A JSON list; each row holds: {keys}."

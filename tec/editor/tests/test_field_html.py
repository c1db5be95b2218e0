import pytest
from django import forms
from django.template.loader import get_template

from tec.editor.field_html import field_html
from tec.editor.widgets import QuickHidden, QuickSelect, QuickText, QuickTextarea, QuickTick


class SampleForm(forms.Form):
    title = forms.CharField(label="Title", help_text="The <em>short</em> name", widget=QuickText)
    notes = forms.CharField(label="Notes & remarks", required=False, widget=QuickTextarea)
    unlabelled = forms.CharField(label="", required=False, widget=QuickText(attrs={"aria-label": "Row 1"}))
    ticked = forms.BooleanField(label="Is it <safe>?", required=False, help_text="Tick it", widget=QuickTick)
    colour = forms.ChoiceField(label="Colour", choices=[("", "— choose —"), ("red", "Red")], widget=QuickSelect)
    marker = forms.CharField(required=False, widget=QuickHidden)

    def clean(self):
        self.add_error("title", "Second <problem>")
        return self.cleaned_data


FORMS = {
    "unbound": SampleForm(),
    "valid-looking": SampleForm(data={"title": "A", "notes": "x\ny", "ticked": "on", "colour": "red", "marker": "1"}),
    "with errors": SampleForm(data={"title": "", "colour": "blue"}),
}


@pytest.mark.parametrize("state", FORMS)
@pytest.mark.parametrize("name", list(SampleForm.base_fields))
def test_python_markup_is_the_same_as_the_field_template(state, name):
    bound = FORMS[state][name]
    expected = get_template("editor/layout/field.html").render({"field": bound})
    assert field_html(bound) == expected

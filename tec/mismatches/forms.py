from django import forms


class AcceptForm(forms.Form):
    rule = forms.CharField(widget=forms.HiddenInput, max_length=8)
    fingerprint = forms.CharField(widget=forms.HiddenInput, max_length=64)
    justification = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=4000,
        help_text="Why the teams can live with this mismatch as it stands.",
    )


class ToleranceForm(forms.Form):
    tolerance = forms.FloatField(
        min_value=0, help_text="Statistics and label percentages that differ by at most this much count as equal."
    )

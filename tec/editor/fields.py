"""Django form fields for the leaves of a descriptor schema.

Each turns the text of one input into the JSON value the schema wants and never guesses: a
number box holding "abc" is an error next to that box, not a silent 0. Empty values that
the schema allows become "" (text) or are left out (optional numbers); empty values it does
not allow (no choice made, no date, no address) are refused with a plain message.
"""

import datetime
import math
import re

from django import forms
from django.core.exceptions import ValidationError

from tec.schemas.validation import FORMAT_CHECKER, INT64

WHOLE = re.compile(r"^[+-]?\d+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECIMAL = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
REQUIRED_MESSAGES = {
    "enum": "Choose a value.",
    "integer": "Enter a whole number (0 if not known yet).",
    "number": "Enter a number (0 if not known yet).",
    "date": "Enter a date.",
    "uri": "Enter an address, such as https://example.org/file.",
}


class TextField(forms.CharField):
    """Free text, kept exactly as typed (spaces included); empty is ""."""

    def __init__(self, **kwargs):
        kwargs["required"] = False
        super().__init__(strip=False, empty_value="", **kwargs)


class _Bounded(forms.Field):
    """A number typed as text: empty is None, anything else must parse and lie within the bounds."""

    def __init__(self, *, minimum=None, maximum=None, **kwargs):
        self.minimum, self.maximum = minimum, maximum
        super().__init__(**kwargs)

    def to_python(self, value):
        text = (value or "").strip()
        return self.check_bounds(self.parse(text)) if text else None

    def check_bounds(self, value):
        if self.minimum is not None and value < self.minimum:
            raise ValidationError(f"Must be at least {self.minimum}.", code="minimum")
        if self.maximum is not None and value > self.maximum:
            raise ValidationError(f"Must be at most {self.maximum}.", code="maximum")
        return value


class WholeNumberField(_Bounded):
    def parse(self, text):
        if not WHOLE.match(text):
            raise ValidationError("Enter a whole number, such as 4.", code="invalid")
        if abs(int(text)) > INT64:
            raise ValidationError("This number is too large.", code="invalid")
        return int(text)


class NumberField(_Bounded):
    def parse(self, text):
        if not DECIMAL.match(text):
            raise ValidationError("Enter a number, such as 0.75 or 12.", code="invalid")
        number = int(text) if WHOLE.match(text) else float(text)
        if isinstance(number, float) and not math.isfinite(number):
            raise ValidationError("This number is too large.", code="invalid")
        return number


class DateTextField(forms.Field):
    """A date typed or picked as YYYY-MM-DD, kept as that text."""

    def to_python(self, value):
        text = (value or "").strip()
        if not text:
            return None
        try:
            if ISO_DATE.match(text):
                return datetime.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        raise ValidationError("Enter a date as YYYY-MM-DD, such as 2024-03-31.", code="invalid")


class AddressField(forms.CharField):
    """A URI with its scheme (the schema's `uri` format)."""

    def __init__(self, **kwargs):
        super().__init__(strip=False, empty_value=None, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not FORMAT_CHECKER.conforms(value, "uri"):
            raise ValidationError("Enter a full address with its scheme, such as https://example.org/file.",
                                  code="invalid")


class EnumField(forms.Field):
    """One of the schema's values; "" only where the schema lists it."""

    def __init__(self, *, values, **kwargs):
        self.values = list(values)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in (None, "") and "" not in self.values:
            return None
        if value not in self.values:
            raise ValidationError("Choose one of the listed values.", code="invalid_choice")
        return value


class TickField(forms.BooleanField):
    def __init__(self, **kwargs):
        kwargs["required"] = False
        super().__init__(**kwargs)


def field_class(kind):
    return {
        "integer": WholeNumberField, "number": NumberField, "date": DateTextField, "uri": AddressField,
        "enum": EnumField, "boolean": TickField,
    }.get(kind, TextField)


def must_fill(kind, schema, required) -> bool:
    """Whether an empty input is refused: the schema requires the key and has no empty value for it."""
    if not required or kind not in REQUIRED_MESSAGES:
        return False
    return not (kind == "enum" and "" in schema.get("enum", ()))

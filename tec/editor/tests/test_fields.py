import pytest
from django.core.exceptions import ValidationError

from tec.editor.fields import AddressField, DateTextField, EnumField, NumberField, WholeNumberField, must_fill


def refused(field, text):
    with pytest.raises(ValidationError) as raised:
        field.clean(text)
    return raised.value.messages[0]


def test_whole_numbers_are_exact_and_bounded():
    field = WholeNumberField(required=False, minimum=0)
    assert field.clean(" 42 ") == 42 and field.clean("") is None
    assert refused(field, "4.0") == "Enter a whole number, such as 4."
    assert refused(field, "-1") == "Must be at least 0."
    assert refused(field, "9" * 30) == "This number is too large."


def test_numbers_keep_integers_as_integers():
    field = NumberField(required=False, minimum=0, maximum=100)
    assert field.clean("12") == 12 and isinstance(field.clean("12"), int)
    assert field.clean("0.5") == 0.5 and field.clean("1e-3") == 0.001
    assert refused(field, "half") == "Enter a number, such as 0.75 or 12."
    assert refused(field, "100.5") == "Must be at most 100."
    assert refused(NumberField(required=False), "1e999") == "This number is too large."


def test_dates_are_iso_days():
    field = DateTextField(required=False)
    assert field.clean("2024-02-29") == "2024-02-29"
    for text in ("2023-02-29", "20240229", "2024-W09-4", "29/02/2024"):
        assert refused(field, text).startswith("Enter a date as YYYY-MM-DD")


def test_addresses_need_a_scheme():
    field = AddressField(required=True, error_messages={"required": "Enter an address."})
    assert field.clean("https://example.org/x") == "https://example.org/x"
    assert refused(field, "example.org/x").startswith("Enter a full address")
    assert refused(field, "") == "Enter an address."


def test_a_choice_is_one_of_the_schema_values_and_empty_only_where_allowed():
    units = EnumField(values=["Seconds", "Hours"], required=True)
    assert units.clean("Hours") == "Hours"
    assert refused(units, "") == "This field is required."
    assert refused(units, "Days") == "Choose one of the listed values."
    assert EnumField(values=["", "JPG"], required=False).clean("") == ""


def test_only_values_without_an_empty_form_must_be_filled():
    assert must_fill("enum", {"enum": ["a"]}, True) and not must_fill("enum", {"enum": ["", "a"]}, True)
    assert must_fill("integer", {}, True) and not must_fill("integer", {}, False)
    assert not must_fill("string", {}, True)

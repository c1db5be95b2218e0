import pytest

from tec.mismatches.values import number, parse_number, show, types_differ, values_differ


@pytest.mark.parametrize("value, expected", [
    (3, 3), (2.5, 2.5), (True, None), ("3", None), (None, None), (float("nan"), None),
    (float("inf"), None), (2**70, None),
])
def test_number_accepts_only_finite_json_numbers(value, expected):
    assert number(value) == expected


@pytest.mark.parametrize("value, expected", [
    (" 0.50 ", 0.5), ("-.5", -0.5), ("1e3", 1000.0), ("1_000", None), ("nan", None), ("1e999", None),
    ("five", None), (7, 7),
])
def test_parse_number_also_reads_plain_numeric_text(value, expected):
    assert parse_number(value) == expected


@pytest.mark.parametrize("value, expected", [
    (" text ", "text"), (16.0, "16"), (8.5, "8.5"), (3, "3"), (None, ""), ([1], ""), (False, ""),
])
def test_show_prints_values_the_way_conditions_quote_them(value, expected):
    assert show(value) == expected


def test_types_differ_only_when_both_are_stated_and_unequal():
    assert types_differ("Float", "String")
    assert not types_differ("Float", " float ")
    assert not types_differ("Float", "  ")


@pytest.mark.parametrize("first, second, tolerance, differ", [
    ("0.5", "0.50", 0, False), ("5", 5.0, 0, False), ("0.5", "0.6", 0, True), ("0.5", "0.6", 0.2, False),
    ("normal", " normal", 0, False), ("normal", "Normal", 0, True), ("", "0.6", 0, False), (None, 1, 0, False),
])
def test_values_differ_as_numbers_when_both_are_numeric(first, second, tolerance, differ):
    assert values_differ(first, second, tolerance) is differ

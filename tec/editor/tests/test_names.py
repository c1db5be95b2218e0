from tec.editor.names import Slot, format_name, parse_name, pattern


def test_a_name_and_its_tokens_convert_both_ways():
    tokens = ("model_components", 2, "hyper_parameters", 0, "parameter_name")
    assert format_name(tokens) == "model_components[2].hyper_parameters[0].parameter_name"
    assert parse_name(format_name(tokens)) == tokens


def test_a_row_template_slot_survives_the_round_trip():
    tokens = ("goals", Slot(0), "metric")
    assert format_name(tokens) == "goals[__ROW0__].metric"
    assert parse_name("goals[__ROW0__].metric") == tokens


def test_things_that_are_not_field_names_are_recognised():
    for name in ("csrfmiddlewaretoken", "_action", "goals"):
        assert parse_name(name) == (name,)
    for name in ("", "[1]", "goals[x]", "goals..metric", "goals[1]metric]", "a b"):
        assert parse_name(name) is None, name


def test_a_pattern_leaves_out_the_row_numbers():
    assert pattern(("output_spec", 3, "component_mapping", "component")) == "output_spec[].component_mapping.component"

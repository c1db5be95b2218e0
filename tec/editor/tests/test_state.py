from django.http import QueryDict

from tec.editor.state import Action, apply_action, from_post
from tec.schemas import loader


def schema():
    return loader.schema_view("system_context")


def post(pairs):
    query = QueryDict(mutable=True)
    for name, value in pairs:
        query.appendlist(name, value)
    return query


def test_rows_are_numbered_in_the_order_the_browser_sent_them():
    state, _ = from_post(post([
        ("goals[7]._row", "1"), ("goals[7].goal", "third typed, first shown"),
        ("goals[2]._row", "1"), ("goals[2].goal", "second"),
        ("task", "t"), ("csrfmiddlewaretoken", "x"),
    ]))
    assert state[("goals", 0, "goal")] == "third typed, first shown"
    assert state[("goals", 1, "goal")] == "second"
    assert ("csrfmiddlewaretoken",) in state  # harmless: the schema walk never reads it


def test_rows_inside_rows_are_numbered_within_their_own_row():
    state, _ = from_post(post([
        ("model_components[5].hyper_parameters[9].parameter_name", "a"),
        ("model_components[5].hyper_parameters[3].parameter_name", "b"),
        ("model_components[1].hyper_parameters[9].parameter_name", "c"),
    ]))
    assert state == {
        ("model_components", 0, "hyper_parameters", 0, "parameter_name"): "a",
        ("model_components", 0, "hyper_parameters", 1, "parameter_name"): "b",
        ("model_components", 1, "hyper_parameters", 0, "parameter_name"): "c",
    }


def test_text_area_line_breaks_are_stored_as_plain_newlines():
    state, _ = from_post(post([("task", "one\r\ntwo\rthree")]))
    assert state[("task",)] == "one\ntwo\nthree"


def test_row_buttons_name_rows_as_the_browser_numbered_them():
    _, action = from_post(post([("goals[4]._row", "1"), ("goals[9]._row", "1"), ("_action", "remove:goals[9]")]))
    assert action == Action("remove", ("goals", 1))


def test_a_button_for_a_row_that_is_gone_never_saves():
    _, action = from_post(post([("goals[4]._row", "1"), ("_action", "remove:goals[8]")]))
    assert action.verb == "refresh" and not action.saves


def test_adding_a_row_appends_an_empty_one():
    state = {("goals", 0, "_row"): "1", ("goals", 0, "goal"): "g"}
    after = apply_action(state, Action("add", ("goals",)), schema())
    assert after[("goals", 1, "_row")] == "1" and after[("goals", 1, "goal")] == ""
    assert after[("goals", 0, "goal")] == "g"


def test_adding_a_row_to_an_empty_list_inside_a_row_works():
    state = {("model_components", 0, "_row"): "1"}
    tm = loader.schema_view("trained_model")
    after = apply_action(state, Action("add", ("model_components", 0, "hyper_parameters")), tm)
    assert after[("model_components", 0, "hyper_parameters", 0, "parameter_name")] == ""


def test_removing_a_row_closes_the_gap_and_moving_swaps():
    state = {("goals", i, "goal"): name for i, name in enumerate("abc")}
    removed = apply_action(state, Action("remove", ("goals", 0)), schema())
    assert removed == {("goals", 0, "goal"): "b", ("goals", 1, "goal"): "c"}
    moved = apply_action(state, Action("down", ("goals", 0)), schema())
    assert [moved[("goals", i, "goal")] for i in range(3)] == ["b", "a", "c"]
    assert apply_action(state, Action("up", ("goals", 0)), schema()) == state

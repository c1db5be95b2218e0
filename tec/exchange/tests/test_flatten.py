from tec.exchange.flatten import leaf_rows


def test_every_leaf_is_one_row_and_array_items_are_numbered():
    document = {
        "version": "1.2",
        "ml_problem_type": {"ml_problem": "Other", "other_problem": "x"},
        "goals": [{"id": "G-1", "metric": "m1"}, {"id": "G-2", "metric": "m2"}],
        "programming_languages": ["Python", "C"],
    }
    assert leaf_rows(document) == [
        ("version", "Version", "1.2"),
        ("ml_problem_type.ml_problem", "ML problem type › ML problem", "Other"),
        ("ml_problem_type.other_problem", "ML problem type › Other problem", "x"),
        ("goals[0].id", "Goal 1 › ID", "G-1"),
        ("goals[0].metric", "Goal 1 › Metric", "m1"),
        ("goals[1].id", "Goal 2 › ID", "G-2"),
        ("goals[1].metric", "Goal 2 › Metric", "m2"),
        ("programming_languages[0]", "Language 1", "Python"),
        ("programming_languages[1]", "Language 2", "C"),
    ]


def test_an_empty_list_still_gets_a_row_so_the_field_shows():
    assert leaf_rows({"documentation": []}) == [("documentation", "Documentation", "")]


def test_keys_the_schema_does_not_define_are_exported_too():
    assert leaf_rows({"my_note": {"deep": True}}) == [("my_note.deep", "My note › Deep", True)]

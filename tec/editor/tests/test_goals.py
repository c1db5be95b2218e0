from tec.editor.goals import assign_goal_ids, duplicate_goal_ids


def test_new_goals_get_the_next_numbers_after_everything_issued():
    document = {"goals": [{"id": "G-02"}, {"id": ""}, {"id": "  "}, {"id": "custom"}]}
    document, highest = assign_goal_ids(document, highest_issued=7)
    assert [g["id"] for g in document["goals"]] == ["G-02", "G-08", "G-09", "custom"]
    assert highest == 9


def test_numbers_go_past_two_digits():
    document, _ = assign_goal_ids({"goals": [{"id": ""}]}, highest_issued=99)
    assert document["goals"][0]["id"] == "G-100"


def test_duplicates_are_found():
    assert duplicate_goal_ids({"goals": [{"id": "G-01"}, {"id": "G-02"}, {"id": "G-01"}]}) == [(2, "G-01")]

from tec.editor.diff import ADDED, CHANGED, REMOVED, document_diff


def goals(*names):
    return {"version": "1.2", "goals": [{"id": f"G-{n}", "goal": n} for n in names]}


def test_removing_a_middle_row_shows_one_removed_row():
    [change] = document_diff(goals("a", "b", "c", "d"), goals("a", "c", "d"))
    assert (change.kind, change.tokens, change.label) == (REMOVED, ("goals", 1), "Goal 2")
    assert change.before_text == "ID: G-b; Goal: b"


def test_a_changed_value_reads_as_before_and_after():
    [change] = document_diff({"task": "old", "risks": {"risk_fp": "x"}}, {"task": "old", "risks": {"risk_fp": "y"}})
    assert (change.kind, change.label, change.before_text, change.after_text) == (
        CHANGED, "Risks › Risk of a false positive", "x", "y")


def test_added_keys_and_numbers_written_differently():
    changes = document_diff({"a": 1, "b": True}, {"a": 1.0, "b": False, "c": ""})
    assert [(c.kind, c.tokens) for c in changes] == [(CHANGED, ("b",)), (ADDED, ("c",))]
    assert changes[1].after_text == "(empty)"


def test_nothing_before_means_everything_was_added():
    changes = document_diff(None, {"version": "1.2", "task": "t"})
    assert [(c.kind, c.tokens) for c in changes] == [(ADDED, ("task",))]

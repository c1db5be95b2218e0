from tec.mismatches.nodes import Node, document


def test_it_reads_dotted_keys_and_stops_short_without_raising():
    node = Node("trained_model", {"inference_time": {"time": 5}, "text": "x"})
    assert node.raw("inference_time.time") == 5
    assert node.raw("inference_time.unit") is None
    assert node.raw("text.deeper") is None


def test_it_reads_wrong_types_as_blank():
    node = Node("d", {"name": 5, "flag": "yes", "rows": "not a list", "count": True})
    assert node.text("name") == "" and not node.flag("flag") and node.rows("rows") == []
    assert node.number("count") is None


def test_rows_and_strings_carry_their_concrete_paths():
    node = Node("d", {"rows": [{"a": 1}, "junk"], "tags": ["x", 3]})
    assert [(row.path, row.data) for row in node.rows("rows")] == [("d.rows[0]", {"a": 1}), ("d.rows[1]", {})]
    assert node.strings("tags") == [("d.tags[0]", "x"), ("d.tags[1]", "")]
    assert node.child("rows").path == "d.rows" and node.child("rows").data == {}


def test_a_document_is_absent_when_null_empty_or_not_an_object():
    assert document({"a": None}, "a") is None
    assert document({"a": {}}, "a") is None
    assert document({"a": [1]}, "a") is None
    assert document({}, "a") is None
    assert document({"a": {"k": 1}}, "a").path == "a"

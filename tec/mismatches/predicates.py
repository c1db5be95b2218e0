"""Building blocks for the missing-field tests.

Each factory returns a predicate Node -> bool that is True when the information is missing.
Paths given to any_row/every_row may step through nested arrays: 'upstream_components[].output_spec'.
"""

from tec.mismatches.values import vocab_key


def blank(key):
    return lambda node: not node.name(key)


def zero(key):
    """Unset number: 0, or no number at all. A real 0 cannot be told apart (no null in the forms)."""
    return lambda node: not node.number(key)


def no_entries(key):
    return lambda node: not any(text.strip() for _, text in node.strings(key))


def blank_entry(key):
    return lambda node: any(not text.strip() for _, text in node.strings(key))


def other_blank(choice, other):
    """Nothing picked, or 'Other' picked without saying what the other thing is."""
    def test(node):
        picked = node.name(choice)
        return not picked or (picked == "Other" and not node.name(other))
    return test


def flag(key):
    return lambda node: node.flag(key)


def unflagged(key):
    return lambda node: not node.flag(key)


def all_of(*tests):
    return lambda node: all(test(node) for test in tests)


def either(*tests):
    return lambda node: any(test(node) for test in tests)


def inside(key, test):
    return lambda node: test(node.child(key))


def rows_at(node, path):
    rows = [node]
    for key in path.split("[]."):
        rows = [row for parent in rows for row in parent.rows(key)]
    return rows


def any_row(path, test):
    """Some row fails the test; an empty array never does."""
    return lambda node: any(test(row) for row in rows_at(node, path))


def every_row(path, *tests):
    """Every row is empty by all tests; an empty array counts as empty."""
    test = all_of(*tests)
    return lambda node: all(test(row) for row in rows_at(node, path))


def blanks(*keys):
    return tuple(blank(key) for key in keys)


UNSTATED_RESOURCES = all_of(zero("cpu"), zero("memory"), zero("storage"))  # gpu 0 is a real answer
UNSTATED_TIME = all_of(zero("time"), blank("unit"))

# Which members of item_specification describe an item of each type.
NUMERIC_SPEC = (zero("min_value"), zero("max_value"))
ITEM_SPEC_MEMBERS = {
    "integer": NUMERIC_SPEC,
    "float": NUMERIC_SPEC,
    "string": (zero("min_length"), zero("max_length"),
               *map(unflagged, ("empty", "numeric", "slashes", "spaces", "special"))),
    "image": (zero("resolution_x"), zero("resolution_y"), zero("channels"), blank("image_format")),
    "other": (blank("other_value"),),
}
ALL_SPEC_MEMBERS = tuple(test for members in ITEM_SPEC_MEMBERS.values() for test in members)


def unset_item_spec(row) -> bool:
    """The row's item_specification says nothing relevant to its item type (any type if unknown)."""
    members = ITEM_SPEC_MEMBERS.get(vocab_key(row.text("item_type")), ALL_SPEC_MEMBERS)
    return all_of(*members)(row.child("item_specification"))

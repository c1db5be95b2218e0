"""Reading descriptor documents without trusting their shape.

Stored documents may be older, hand-edited or half-filled, so every accessor treats a
missing key, a null or a value of the wrong type as blank instead of raising.
"""

from tec.mismatches.values import number


class Node:
    """A JSON object with its concrete path, e.g. 'trained_model.output_spec[1]'."""

    # A plain slotted class: evaluations create one per array row, thousands of times.
    __slots__ = ("path", "data", "_rows")

    def __init__(self, path: str, data: dict):
        self.path = path
        self.data = data
        self._rows = None

    def __repr__(self):
        return f"Node({self.path!r})"

    def raw(self, key: str):
        """The value at a dotted key, or None where the document stops short."""
        if "." not in key:
            return self.data.get(key)
        value = self.data
        for part in key.split("."):
            if not isinstance(value, dict):
                return None
            value = value.get(part)
        return value

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def text(self, key: str) -> str:
        value = self.raw(key)
        return value if isinstance(value, str) else ""

    def name(self, key: str) -> str:
        """The trimmed text, the form in which names are matched across descriptors."""
        return self.text(key).strip()

    def flag(self, key: str) -> bool:
        return self.raw(key) is True

    def number(self, key: str):
        return number(self.raw(key))

    def child(self, key: str) -> "Node":
        value = self.raw(key)
        return Node(self.at(key), value if isinstance(value, dict) else {})

    def rows(self, key: str) -> list["Node"]:
        """The objects of the array at key; an entry that is not an object reads as {}.

        Kept per node, since the missing-field checks walk the same arrays many times; the
        list is shared, so callers must not change it.
        """
        if self._rows is None:
            self._rows = {}
        if key not in self._rows:
            self._rows[key] = self._read_rows(key)
        return self._rows[key]

    def _read_rows(self, key: str) -> list["Node"]:
        values = self.raw(key)
        if not isinstance(values, list):
            return []
        base = self.at(key)
        return [Node(f"{base}[{i}]", v if isinstance(v, dict) else {}) for i, v in enumerate(values)]

    def strings(self, key: str) -> list[tuple[str, str]]:
        """(path, text) for each entry of an array of strings; other entries read as ''."""
        values = self.raw(key)
        if not isinstance(values, list):
            return []
        base = self.at(key)
        return [(f"{base}[{i}]", v if isinstance(v, str) else "") for i, v in enumerate(values)]


def document(docs, key: str):
    """The descriptor's document as a Node, or None when absent (missing, null, {} or not an object)."""
    doc = docs.get(key)
    return Node(key, doc) if isinstance(doc, dict) and doc else None

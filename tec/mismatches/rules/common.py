"""Small helpers the rule modules share."""


def index(items, key):
    """The items grouped by key(item), leaving out blank keys, so each lookup is O(1)."""
    groups = {}
    for item in items:
        value = key(item)
        if value:
            groups.setdefault(value, []).append(item)
    return groups


def unmatched(entries, available, key):
    """The distinct values among (path, text) entries whose key is not in available.

    Returns (text, paths) pairs in first-seen order; a value repeated in the document is
    reported once with all its paths, and blank values are skipped.
    """
    found = {}
    for path, text in entries:
        value = key(text)
        if value and value not in available:
            found.setdefault(value, (text.strip(), []))[1].append(path)
    return [(text, tuple(paths)) for text, paths in found.values()]

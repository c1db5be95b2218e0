"""Field-by-field differences between two versions of a descriptor document, for people to read.

Rows of arrays are matched like lines of text (difflib), so removing the second of five goals
shows one removed goal rather than four changed ones.
"""

import json
from dataclasses import dataclass
from difflib import SequenceMatcher

from tec.editor.labels import label_for, path_label

CHANGED, ADDED, REMOVED = "changed", "added", "removed"


@dataclass(frozen=True)
class Change:
    tokens: tuple
    kind: str
    before: object = None
    after: object = None

    @property
    def label(self) -> str:
        return path_label(self.tokens)

    @property
    def before_text(self) -> str:
        return as_text(self.before) if self.kind != ADDED else ""

    @property
    def after_text(self) -> str:
        return as_text(self.after) if self.kind != REMOVED else ""


def as_text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dict):
        return "; ".join(f"{label_for(key)}: {as_text(item)}" for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(as_text(item) for item in value) if all(not isinstance(i, (dict, list)) for i in value) \
            else " | ".join(as_text(item) for item in value)
    if value == "":
        return "(empty)"
    return str(value)


def document_diff(before, after) -> list:
    """The changes that turn `before` into `after` (either may be None), in document order."""
    changes = []
    _diff(before or {}, after or {}, (), changes)
    return changes


def _diff(before, after, tokens, changes):
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            if key == "version" and not tokens:
                continue
            if key not in after:
                changes.append(Change(tokens + (key,), REMOVED, before=before[key]))
            elif key not in before:
                changes.append(Change(tokens + (key,), ADDED, after=after[key]))
            else:
                _diff(before[key], after[key], tokens + (key,), changes)
    elif isinstance(before, list) and isinstance(after, list):
        _diff_rows(before, after, tokens, changes)
    elif not _same(before, after):
        changes.append(Change(tokens, CHANGED, before, after))


def _same(a, b):
    return type(a) is type(b) and a == b or (_number(a) and _number(b) and a == b)


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _diff_rows(before, after, tokens, changes):
    matcher = SequenceMatcher(a=[_fingerprint(i) for i in before], b=[_fingerprint(i) for i in after], autojunk=False)
    for op, b1, b2, a1, a2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(b2 - b1, a2 - a1)
        for offset in range(paired):
            _diff(before[b1 + offset], after[a1 + offset], tokens + (a1 + offset,), changes)
        for index in range(b1 + paired, b2):
            changes.append(Change(tokens + (index,), REMOVED, before=before[index]))
        for index in range(a1 + paired, a2):
            changes.append(Change(tokens + (index,), ADDED, after=after[index]))


def _fingerprint(value):
    return json.dumps(value, sort_keys=True, default=str)

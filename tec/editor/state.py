"""Reading a posted form back into a form state, and the row buttons that work without JavaScript.

Row indices in posted names only tell rows apart: JavaScript moves rows around and gives new
ones fresh numbers, so rows are numbered again in the order the browser sent them.
"""

from dataclasses import dataclass

from tec.editor.names import Slot, parse_name
from tec.editor.tree import new_row, row_index, schema_at

ROW_VERBS = ("add", "remove", "up", "down")


@dataclass(frozen=True)
class Action:
    verb: str  # "save", "follow" (save and follow renames), "refresh", or a row verb
    target: tuple = ()

    @property
    def saves(self) -> bool:
        return self.verb in ("save", "follow")


def from_post(post):
    """(state, action) from request.POST; names that are not field names are left out."""
    state, positions = {}, {}
    for name in post:
        tokens = parse_name(name)
        if tokens is None or any(isinstance(t, Slot) for t in tokens):
            continue
        state[_renumber(tokens, positions, grow=True)] = _one_line_ending(post.get(name, ""))
    return state, _action(post.get("_action", "save"), positions)


def _one_line_ending(text):
    # Browsers send text-area line breaks as CRLF; documents keep plain newlines.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _renumber(tokens, positions, grow):
    out = ()
    for token in tokens:
        if isinstance(token, int):
            rows = positions.setdefault(out, {})
            if token not in rows:
                if not grow:
                    return None
                rows[token] = len(rows)
            token = rows[token]
        out += (token,)
    return out


def _action(text, positions):
    verb, _, name = text.partition(":")
    if verb not in ROW_VERBS:
        return Action(verb if verb in ("follow", "refresh") else "save")
    tokens = parse_name(name)
    target = _renumber(tokens, positions, grow=False) if tokens else None
    if target is None or (verb != "add" and not isinstance(target[-1], int)):
        return Action("refresh")  # a row that is gone: show the form again, never save by surprise
    return Action(verb, target)


def apply_action(state, action, schema):
    """The state after pressing a row button: a row added at the end, removed or moved."""
    if action.verb == "refresh":
        return state
    if action.verb == "add":
        array = action.target
        try:
            array_schema = schema_at(schema, array)
        except KeyError:
            return state
        if array_schema.get("type") != "array":
            return state
        count = len(row_index(state).get(array, ()))
        return {**state, **new_row(array_schema.get("items", {}), array + (count,))}
    array, index = action.target[:-1], action.target[-1]
    count = len(row_index(state).get(array, ()))
    if action.verb == "remove":
        moves = {i: i - 1 for i in range(index + 1, count)}
        moves[index] = None
    else:
        other = index - 1 if action.verb == "up" else index + 1
        if not 0 <= other < count:
            return state
        moves = {index: other, other: index}
    return _move_rows(state, array, moves)


def _move_rows(state, array, moves):
    out = {}
    size = len(array)
    for tokens, value in state.items():
        if tokens[:size] == array and len(tokens) > size and tokens[size] in moves:
            target = moves[tokens[size]]
            if target is None:
                continue
            tokens = array + (target,) + tokens[size + 1:]
        out[tokens] = value
    return out

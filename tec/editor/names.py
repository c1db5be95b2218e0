"""Form field names are JSON-path-like: `goals[2].metric`, `model_components[0].hyper_parameters[1].parameter_name`.

Internally a name is a tuple of tokens: property names (str), row indices (int) and, in the
row templates that JavaScript copies, a `Slot` standing for an index not chosen yet.
"""

import re
from dataclasses import dataclass

# Bookkeeping entries that travel with the form but are not part of the document.
ROW = "_row"  # marks that a row exists (a row of unchecked boxes would otherwise vanish)
EXTRA = "_extra"  # keys the schema does not define, kept as JSON so saving never drops them
WAS = "_was"  # the value a linked field had when the form was opened, to recognise renames
BOOKKEEPING = (ROW, EXTRA, WAS)

_TOKEN = re.compile(r"\[(\d+|__ROW\d+__)\]|\.?([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Slot:
    """The index of a row that does not exist yet; JavaScript replaces it when it adds the row."""

    depth: int

    def __str__(self):
        return f"__ROW{self.depth}__"


def format_name(tokens) -> str:
    """('goals', 2, 'metric') -> 'goals[2].metric'."""
    out = ""
    for token in tokens:
        if isinstance(token, (int, Slot)):
            out += f"[{token}]"
        else:
            out += f".{token}" if out else token
    return out


def parse_name(name: str):
    """'goals[2].metric' -> ('goals', 2, 'metric'); None for anything that is not such a name."""
    tokens, position = [], 0
    while position < len(name):
        match = _TOKEN.match(name, position)
        if match is None or (position == 0 and match.group(0).startswith((".", "["))):
            return None
        index, key = match.groups()
        if index is None:
            tokens.append(key)
        elif index.startswith("__"):
            tokens.append(Slot(int(index[5:-2])))
        else:
            tokens.append(int(index))
        position = match.end()
    return tuple(tokens) or None


def pattern(tokens) -> str:
    """The name with every row index left out: ('goals', 2, 'metric') -> 'goals[].metric'."""
    out = ""
    for token in tokens:
        if isinstance(token, (int, Slot)):
            out += "[]"
        else:
            out += f".{token}" if out else token
    return out


def depth(tokens) -> int:
    """How many arrays enclose this name."""
    return sum(isinstance(token, (int, Slot)) for token in tokens)

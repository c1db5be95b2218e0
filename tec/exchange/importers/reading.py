"""From uploaded bytes to JSON values, refusing anything that is not plain, well-formed JSON."""

import json

from tec.exchange.importers.errors import refuse
from tec.exchange.limits import MAX_NESTING, MAX_UPLOAD_BYTES, megabytes


def check_size(file_name: str, size: int):
    if size == 0:
        refuse(file_name, "the file is empty.")
    if size > MAX_UPLOAD_BYTES:
        refuse(file_name, f"the file is {megabytes(size)}; uploads may be at most {megabytes(MAX_UPLOAD_BYTES)}.")


def decode_text(file_name: str, data: bytes) -> str:
    """UTF-8 text; a leading byte-order mark, which some editors write, is dropped."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        refuse(file_name, f"the file is not UTF-8 text (byte {error.start + 1} cannot be read); "
                          "save it as UTF-8 and try again.")
    if not text.strip():
        refuse(file_name, "the file is empty.")
    return text


def _refuse_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def _object_without_duplicates(pairs):
    # A repeated key would silently lose one of the values.
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def parse_json(file_name: str, data: bytes):
    """The JSON value in data, or a refusal saying where the text stops being JSON."""
    text = decode_text(file_name, data)
    try:
        value = json.loads(text, object_pairs_hook=_object_without_duplicates, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        refuse(file_name, f"the file is not JSON: {error.msg} at line {error.lineno}, column {error.colno}.")
    except ValueError as error:
        refuse(file_name, f"the file is not JSON that TEC can keep: {error}.")
    except RecursionError:
        _refuse_nesting(file_name)
    if _depth(value) > MAX_NESTING:
        _refuse_nesting(file_name)
    return value


def _refuse_nesting(file_name: str):
    refuse(file_name, f"the file is not JSON that TEC can keep: it nests more than {MAX_NESTING} levels deep.")


def _depth(value) -> int:
    """How deeply lists and objects nest in value (iterative, so any depth can be measured)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, level = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is not None:
            deepest = max(deepest, level)
            pending.extend((child, level + 1) for child in children)
    return deepest

"""Whole-document validation with jsonschema (Draft 7, date and uri formats checked)."""

from functools import lru_cache

from jsonschema import Draft7Validator

from tec.schemas import loader, registry

# jsonschema's own date checker; the uri checker needs rfc3986-validator installed.
FORMAT_CHECKER = Draft7Validator.FORMAT_CHECKER
INT64 = 2**63 - 1


def json_path(path) -> str:
    """['goals', 2, 'id'] -> 'goals[2].id'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


@lru_cache(maxsize=None)
def validator(descriptor: str, version: str = registry.LATEST_VERSION) -> Draft7Validator:
    return Draft7Validator(loader.schema_view(descriptor, version), format_checker=FORMAT_CHECKER)


def _unstorable(value, path=()):
    """Values JSON allows but no database column holds: huge integers, NUL characters."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and abs(value) > INT64:
        yield path, f"integer is too large (at most {INT64})"
    elif isinstance(value, str) and "\x00" in value:
        yield path, "text contains a NUL character"
    elif isinstance(value, dict):
        for key, item in value.items():
            if "\x00" in key:
                yield path, "a key contains a NUL character"
            yield from _unstorable(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unstorable(item, path + (index,))


def _message(error):
    """'goals[2].id: ...'; a missing required key is reported at its own path."""
    path = tuple(error.absolute_path)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        return f"{json_path(path + (missing,))}: this field is required"
    return f"{json_path(path)}: {error.message}"


def document_errors(descriptor: str, document, version: str = registry.LATEST_VERSION):
    """Each problem of the document as 'json.path: message', in document order."""
    if not isinstance(document, dict):
        return ["(document): a descriptor document must be a JSON object"]
    errors = sorted(validator(descriptor, version).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    messages = [_message(e) for e in errors]
    messages += [f"{json_path(p)}: {why}" for p, why in _unstorable(document)]
    return messages

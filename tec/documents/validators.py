"""Model-field validators that check JSON content against the descriptor schemas."""

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from jsonschema import Draft7Validator

from tec.schemas import loader
from tec.schemas.validation import FORMAT_CHECKER, json_path


class DocumentInvalid(ValidationError):
    """A descriptor document failed its schema; .problems lists 'json.path: message'."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(self.problems)


def array_schema(descriptor: str, dotted: str) -> dict:
    schema = loader.schema_view(descriptor)
    for key in dotted.split("."):
        schema = schema["properties"][key]
    return schema


@deconstructible
class ArrayItemsValidator:
    """Checks a JSON column holding one of the schema's arrays against that array's schema."""

    def __init__(self, descriptor, dotted):
        self.descriptor = descriptor
        self.dotted = dotted

    def __call__(self, value):
        checker = Draft7Validator(array_schema(self.descriptor, self.dotted), format_checker=FORMAT_CHECKER)
        problems = [
            f"{json_path((self.dotted,) + tuple(e.absolute_path))}: {e.message}"
            for e in checker.iter_errors(value)
        ]
        if problems:
            raise ValidationError(problems)

    def __eq__(self, other):
        return isinstance(other, ArrayItemsValidator) and (self.descriptor, self.dotted) == (
            other.descriptor,
            other.dotted,
        )

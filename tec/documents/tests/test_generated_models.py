from io import StringIO

import pytest
from django.core.management import call_command

from tec.schemas import codegen, layout, registry


def test_the_committed_models_match_the_schemas():
    assert codegen.TARGET.read_text() == codegen.generate(), "run `python manage.py generate_models`"


@pytest.mark.django_db
def test_the_migrations_match_the_models():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize("key", registry.KEYS)
def test_every_scalar_leaf_has_a_typed_column(key):
    from tec.documents.models import model_for

    model = model_for(key)
    expected = {
        "string": "TextField", "uri": "TextField", "date": "DateField", "integer": "BigIntegerField",
        "number": "FloatField", "boolean": "BooleanField", "enum": "CharField", "array": "JSONField",
    }
    for column in layout.stored_columns(key):
        field = model._meta.get_field(column.name)
        assert field.get_internal_type() == expected[column.kind], column.name
        if column.kind == "enum":
            assert [value for value, _ in field.choices] == column.schema["enum"]


def test_nested_objects_are_flattened_into_prefixed_columns():
    names = [c.name for c in layout.stored_columns("system_context")]
    assert "ml_problem_type_ml_problem" in names and "risks_risk_fp" in names
    assert "ml_problem_type" not in names

"""Flattening schemas into the field lists of the help pages."""

import pytest

from tec.guide.fields import bare, field_anchor, schema_fields, type_label
from tec.schemas import loader, registry


def leaf_paths(schema, prefix=""):
    """Every property path of a schema, written independently of the code under test."""
    for name, sub in schema.get("properties", {}).items():
        yield prefix + name
        if sub.get("type") == "object":
            yield from leaf_paths(sub, f"{prefix}{name}.")
        if sub.get("type") == "array" and sub["items"].get("type") == "object":
            yield from leaf_paths(sub["items"], f"{prefix}{name}[].")


@pytest.mark.parametrize("key", registry.KEYS)
def test_every_property_of_the_latest_schema_becomes_exactly_one_field(key):
    paths = [f.path for f in schema_fields(key)]
    assert paths == list(leaf_paths(loader.schema_view(key)))
    assert len(set(paths)) == len(paths)


def test_fields_carry_type_help_text_requiredness_and_choices():
    fields = {f.path: f for f in schema_fields("system_context")}
    problem = fields["ml_problem_type.ml_problem"]
    assert problem.type == "choice" and problem.required and "Classification" in problem.choices
    assert fields["goals"].type == "list of groups of fields"
    assert fields["goals[].id"].depth == 1
    assert fields["goals[].goal"].description == loader.schema_view("system_context")["properties"]["goals"][
        "items"]["properties"]["goal"]["description"]
    assert fields["version"].fixed == registry.LATEST_VERSION


def test_older_versions_can_be_listed_too():
    assert "business_goals[].id" in [f.path for f in schema_fields("system_context", "1.0")]


def test_type_labels_read_as_plain_words():
    assert type_label({"type": "string", "format": "uri"}) == "web address (URI)"
    assert type_label({"type": "array", "items": {"type": "string"}}) == "list of texts"
    assert type_label({"type": "integer"}) == "whole number"
    assert type_label({"const": "1.2"}) == "fixed value 1.2"


def test_paths_name_their_list_and_their_row_anchor():
    assert bare("programming_languages[]") == "programming_languages"
    assert field_anchor("output_spec[].component_mapping.component") == "field-output_spec-component_mapping-component"

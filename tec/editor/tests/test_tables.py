"""The editor's tables name real fields of the 1.2 schemas."""

import pytest

from tec.editor import conditions, links, vocabularies
from tec.editor.labels import LONG_TEXT, label_for
from tec.editor.tree import kind_of
from tec.schemas import loader, registry


def field_schema(key, path):
    schema = loader.schema_view(key)
    for token in links.split(path):
        schema = schema["items"] if token is None else schema["properties"][token]
    return schema


@pytest.mark.parametrize("link", links.LINKS, ids=lambda link: link.code)
def test_every_link_joins_two_text_fields_of_the_schemas(link):
    assert kind_of(field_schema(link.source, link.source_path)) == "string"
    assert kind_of(field_schema(link.target, link.target_path)) == "string"
    if link.within:
        parent = links.BY_CODE[link.within]
        assert (parent.source, parent.target) == (link.source, link.target)


def test_every_vocabulary_field_is_a_text_field_and_every_vocabulary_is_offered():
    for (key, path), vocabulary in vocabularies.FIELDS.items():
        assert kind_of(field_schema(key, path)) == "string", (key, path)
    assert set(vocabularies.FIELDS.values()) == set(vocabularies.SEEDS)


def test_every_condition_names_real_fields():
    for table in (conditions.SHOWN_WHEN, conditions.DISABLED_WHEN, conditions.MORE_ROWS_WHEN):
        for (key, path), (controller, _answers) in table.items():
            field_schema(key, path)
            field_schema(key, controller)
    spec = field_schema("data_pipeline", "input_spec[].item_specification")
    assert set(conditions.ITEM_SPECIFICATION) == set(spec["properties"])


def test_long_text_names_are_fields_somewhere():
    names = set()

    def collect(schema):
        for name, sub in schema.get("properties", {}).items():
            names.add(name)
            collect(sub.get("items", sub))

    for key in registry.KEYS:
        collect(loader.schema_view(key))
    assert LONG_TEXT <= names


def test_labels_read_like_words():
    assert label_for("computing_resource_reqs") == "Computing resource requirements"
    assert label_for("ml_problem_type") == "ML problem type"
    assert label_for("risk_fp") == "Risk of a false positive"
    assert label_for("gpu") == "GPU"

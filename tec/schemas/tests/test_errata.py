import json

from tec.schemas import errata, loader


def test_errata_drop_the_undefined_error_handling_requirement_of_the_1_2_trained_model():
    raw = json.loads((loader.schemas_dir() / "1.2" / "trained_model_schema.json").read_text())
    assert "error_handling" in raw["required"] and "error_handling" not in raw["properties"]
    fixed = loader.load_schema("trained_model", "1.2")
    assert "error_handling" not in fixed["required"]
    assert set(fixed["required"]) == set(raw["required"]) - {"error_handling"}


def test_errata_leave_the_1_1_trained_model_as_published():
    raw = json.loads((loader.schemas_dir() / "1.1" / "trained_model_schema.json").read_text())
    assert loader.load_schema("trained_model", "1.1") == raw


def test_every_erratum_names_a_known_descriptor_and_version():
    from tec.schemas import registry

    for version, descriptor, why, fix in errata.ERRATA:
        assert version in registry.VERSIONS and descriptor in registry.KEYS and why and callable(fix)

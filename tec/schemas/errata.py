"""Known defects of the published schemas, corrected when a schema is loaded.

Each entry is (version, descriptor, description, fix). A fix receives the parsed
schema and changes it in place. Every entry has a test in tests/test_errata.py.
"""


def _drop_required(key):
    def fix(schema):
        schema["required"] = [name for name in schema.get("required", []) if name != key]
    return fix


ERRATA = (
    (
        "1.2",
        "trained_model",
        "'error_handling' is listed as required but the property is not defined "
        "(it was removed in 1.2), so no document could validate.",
        _drop_required("error_handling"),
    ),
)


def apply(version, descriptor, schema):
    for erratum_version, erratum_descriptor, _why, fix in ERRATA:
        if (erratum_version, erratum_descriptor) == (version, descriptor):
            fix(schema)
    return schema

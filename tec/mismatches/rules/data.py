"""Rules 14A–16: does the training data look like the data the model will meet in production?"""

from tec.mismatches.nodes import document
from tec.mismatches.registry import rule
from tec.mismatches.results import Condition
from tec.mismatches.rules.common import index
from tec.mismatches.values import quote, show, types_differ, values_differ, vocab_key

TD, PD = "training_data", "production_data"


def mapped_fields(td):
    """Training schema rows that feed the model and name the production field they come from."""
    if td is None:
        return []
    return [
        row for row in td.rows("schema")
        if row.name("field_name") and not row.flag("label_field") and row.name("mapping_production_data")
    ]


def both(docs):
    td, pd = document(docs, TD), document(docs, PD)
    return (td, pd) if td is not None and pd is not None else (None, None)


@rule(
    id="14A",
    title="Training field type differs from the production field type",
    descriptors=(TD, PD),
    fields=(f"{TD}.schema[].field_name", f"{TD}.schema[].field_type", f"{TD}.schema[].label_field",
            f"{TD}.schema[].mapping_production_data",
            f"{PD}.schema[].field_name", f"{PD}.schema[].field_type"),
    rationale="A model trained on one data type may fail when production delivers another: either "
              "the types are aligned or a component has to convert them.",
)
def field_type_differs(docs):
    td, pd = both(docs)
    if td is None:
        return []
    production = index(pd.rows("schema"), key=lambda row: row.name("field_name"))
    return [
        Condition(f"Training field {quote(field.text('field_name'))} is {show(field.text('field_type'))} but "
                  f"production field {quote(twin.text('field_name'))} is {show(twin.text('field_type'))}",
                  (field.at("field_type"), twin.at("field_type")))
        for field in mapped_fields(td)
        for twin in production.get(field.name("mapping_production_data"), ())
        if types_differ(field.text("field_type"), twin.text("field_type"))
    ]


@rule(
    id="14B",
    title="Training field not mapped to a production field",
    descriptors=(TD,),
    fields=(f"{TD}.schema[].field_name", f"{TD}.schema[].label_field",
            f"{TD}.schema[].mapping_production_data"),
    rationale="A feature the model needs but production data does not provide makes the model fail, "
              "or forces someone to add the data elsewhere.",
)
def field_unmapped(docs):
    td = document(docs, TD)
    if td is None:
        return []
    return [
        Condition(f"Training field {quote(row.text('field_name'))} is not mapped to any production field",
                  (row.at("mapping_production_data"),))
        for row in td.rows("schema")
        if row.name("field_name") and not row.flag("label_field") and not row.name("mapping_production_data")
    ]


@rule(
    id="14C",
    title="Production field not used by the training data",
    descriptors=(PD, TD),
    fields=(f"{PD}.schema[].field_name", f"{TD}.schema[].mapping_production_data"),
    rationale="Production data that the model was never trained on suggests that the two schemas "
              "have drifted apart.",
)
def production_field_unused(docs):
    pd = document(docs, PD)
    if pd is None:
        return []
    used = {row.name("mapping_production_data") for row in mapped_fields(document(docs, TD))}
    return [
        Condition(f"Production field {quote(row.text('field_name'))} is not mapped from any training field",
                  (row.at("field_name"), f"{TD}.schema"))
        for row in pd.rows("schema")
        if row.name("field_name") and row.name("field_name") not in used
    ]


def statistic_key(row):
    prop, field = vocab_key(row.text("property")), row.name("field")
    return (prop, field) if prop and field else None


def statistic_pairs(td, pd):
    """(training statistic, production statistic) for the same property of mapped fields."""
    renamed = index(mapped_fields(td), key=lambda row: row.name("field_name"))
    production = index(pd.rows("statistics"), key=statistic_key)
    for stat in td.rows("statistics"):
        prop = vocab_key(stat.text("property"))
        for field in renamed.get(stat.name("field"), ()):
            for twin in production.get((prop, field.name("mapping_production_data")), ()):
                yield stat, twin


@rule(
    id="15",
    title="Training statistic differs from the production statistic",
    descriptors=(TD, PD),
    fields=(f"{TD}.statistics[].property", f"{TD}.statistics[].field", f"{TD}.statistics[].value",
            f"{TD}.schema[].field_name", f"{TD}.schema[].mapping_production_data",
            f"{PD}.statistics[].property", f"{PD}.statistics[].field", f"{PD}.statistics[].value"),
    rationale="Statistics that differ between training and production indicate that the training "
              "data does not represent what the model will see in operation.",
)
def statistic_differs(docs, *, tolerance=0.0):
    td, pd = both(docs)
    if td is None:
        return []
    return [
        Condition(f"{show(stat.text('property'))} of {quote(stat.text('field'))} is "
                  f"{show(stat.raw('value'))} in training but {show(twin.raw('value'))} for "
                  f"{quote(twin.text('field'))} in production",
                  (stat.at("value"), twin.at("value")))
        for stat, twin in statistic_pairs(td, pd)
        if values_differ(stat.raw("value"), twin.raw("value"), tolerance)
    ]


@rule(
    id="16",
    title="Training label distribution differs from production",
    descriptors=(TD, PD),
    fields=(f"{TD}.distribution[].label", f"{TD}.distribution[].percentage",
            f"{TD}.distribution[].mapping_production_data",
            f"{PD}.distribution[].label", f"{PD}.distribution[].percentage"),
    rationale="When the balance of classes in training differs from production, the model will "
              "behave differently from how it was evaluated.",
)
def label_share_differs(docs, *, tolerance=0.0):
    td, pd = both(docs)
    if td is None:
        return []
    production = index(pd.rows("distribution"), key=lambda row: row.name("label"))
    return [
        Condition(f"Label {quote(row.text('label'))} makes up {show(row.raw('percentage'))}% of the "
                  f"training data but {quote(twin.text('label'))} makes up "
                  f"{show(twin.raw('percentage'))}% in production",
                  (row.at("percentage"), twin.at("percentage")))
        for row in td.rows("distribution")
        for twin in production.get(row.name("mapping_production_data"), ())
        if values_differ(row.raw("percentage"), twin.raw("percentage"), tolerance)
    ]

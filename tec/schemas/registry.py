"""The eight descriptors: one explicit table that forms, URLs, exports and rules read from."""

from dataclasses import dataclass

LATEST_VERSION = "1.2"
VERSIONS = ("1.0", "1.1", "1.2")


@dataclass(frozen=True)
class Descriptor:
    key: str
    label: str
    model_name: str
    default_team: str  # producing team by default; see tec.accounts
    purpose: str

    @property
    def schema_file(self) -> str:
        return f"{self.key}_schema.json"


DESCRIPTORS = (
    Descriptor("system_context", "System Context", "SystemContext", "integration",
               "Why the system exists: its task, goals, success measures and risks."),
    Descriptor("raw_data", "Raw Data", "RawData", "development",
               "The data set the training data is derived from: sources, schema, labels, rights."),
    Descriptor("data_pipeline", "Data Pipeline", "DataPipeline", "development",
               "How raw inputs are turned into model inputs, in development and in production."),
    Descriptor("training_data", "Training Data", "TrainingData", "development",
               "The prepared data the model was trained on: schema, statistics, label distribution."),
    Descriptor("trained_model", "Trained Model", "TrainedModel", "development",
               "The model itself: algorithms, inputs and outputs, metrics, resources, timing."),
    Descriptor("development_environment", "Development Environment", "DevelopmentEnvironment",
               "integration",
               "Where the model is integrated: languages, frameworks, neighbouring components."),
    Descriptor("production_environment", "Production Environment", "ProductionEnvironment",
               "operation",
               "Where the model runs: resources, required speed, what is monitored and logged."),
    Descriptor("production_data", "Production Data", "ProductionData", "operation",
               "The data the model will see in operation: sources, rates, schema, statistics."),
)

BY_KEY = {d.key: d for d in DESCRIPTORS}
KEYS = tuple(d.key for d in DESCRIPTORS)


def get(key: str) -> Descriptor:
    """The descriptor with this key; KeyError names the unknown key."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown descriptor {key!r}") from None

"""The six open vocabularies: their seeds (spec/vocabularies.md) and the fields that offer them.

Plain data. Every field listed here offers its vocabulary as suggestions and adds the new
values users type to it; the reference only grew some of them (its gaps are closed here).
"""

SEEDS = {
    "ml_frameworks": (
        "Caffe", "Huggingface", "Keras", "MLflow", "PyTorch", "scikit-learn", "Spark ML", "TensorFlow", "Torch",
        "Weka", "DataRobot", "BayesiaLab", "Statistica", "KNIME", "RapidMiner", "DataBricks", "H2O", "Dataiku",
        "Tibco Data Science", "IBM Watson Studio", "Azure ML", "Amazon SageMaker",
    ),
    "programming_languages": (
        "C", "C++", "C#", "Java", "Javascript", "Julia", "Matlab", "PHP", "Python", "R", "Ruby", "Scala", "Perl",
        "Mathematica", "SPSS", "SQL", "SAS",
    ),
    "statistics": (
        "Mean", "Distribution Type", "Median", "Trimean", "Standard Deviation", "First Quartile", "Third Quartile",
        "IQR", "Skew", "Kurtosis", "Gini Coefficient", "Entropy",
    ),
    "item_types": ("Integer", "Float", "String", "Image", "Text", "Character"),
    "deployment_platforms": ("Local Server", "Cloud", "Embedded Platform"),
    "deployment_mechanisms": ("API", "User-Facing", "Output to System Component"),
}
LABELS = {
    "ml_frameworks": "ML frameworks",
    "programming_languages": "Programming languages",
    "statistics": "Statistics",
    "item_types": "Item types",
    "deployment_platforms": "Deployment platforms",
    "deployment_mechanisms": "Deployment mechanisms",
}
# (descriptor key, field pattern) -> vocabulary
FIELDS = {
    ("trained_model", "ml_frameworks[]"): "ml_frameworks",
    ("development_environment", "ml_frameworks[]"): "ml_frameworks",
    ("trained_model", "model_components[].programming_languages[]"): "programming_languages",
    ("development_environment", "programming_languages[]"): "programming_languages",
    ("training_data", "statistics[].property"): "statistics",
    ("production_data", "statistics[].property"): "statistics",
    ("development_environment", "upstream_components[].output_spec[].item_type"): "item_types",
    ("development_environment", "downstream_components[].input_spec[].item_type"): "item_types",
    ("raw_data", "schema[].field_type"): "item_types",
    ("training_data", "schema[].field_type"): "item_types",
    ("production_data", "schema[].field_type"): "item_types",
    ("production_environment", "deployment_platform"): "deployment_platforms",
    ("production_environment", "deployment_mechanism"): "deployment_mechanisms",
}
CHOICES = [(name, LABELS[name]) for name in SEEDS]


def vocabulary_of(key, field_pattern):
    return FIELDS.get((key, field_pattern))


def fields_of(key):
    """(pattern, vocabulary) of the vocabulary fields of one descriptor."""
    return [(pattern, vocabulary) for (owner, pattern), vocabulary in FIELDS.items() if owner == key]

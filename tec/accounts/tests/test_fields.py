from tec.accounts.comments import path_problem
from tec.accounts.fields import field_choices, field_label


def test_a_path_reads_as_the_form_labels_it():
    assert field_label("output_spec[0].item_type") == "Output 1 › Item type"
    assert field_label("computing_resources.gpu") == "Computing resources › GPU"


def test_without_a_document_every_field_outside_lists_is_offered(db):
    paths = dict(field_choices("production_environment", None))
    assert "computing_resources.gpu" in paths and "version" not in paths
    assert "algorithm_metrics" in paths and not any(path.startswith("algorithm_metrics[") for path in paths)


def test_each_row_of_the_document_adds_its_fields(valid_document):
    paths = dict(field_choices("trained_model", valid_document("trained_model")))
    rows = len(valid_document("trained_model")["output_spec"])
    assert all(f"output_spec[{n}].item_type" in paths for n in range(rows))
    assert f"output_spec[{rows}].item_type" not in paths
    assert "model_components[0].hyper_parameters[0].parameter_name" in paths


def test_every_offered_path_is_one_a_comment_may_use(valid_document):
    for path, _ in field_choices("trained_model", valid_document("trained_model")):
        assert path_problem("trained_model", path) is None, path

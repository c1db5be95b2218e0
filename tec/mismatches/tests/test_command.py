import json

import pytest
from django.core.management import call_command

from tec.documents.services import project_create_from_bundle
from tec.mismatches.tests.factory import project as consistent_project


def run(capsys, *args):
    with pytest.raises(SystemExit) as exited:
        call_command("detect_mismatches", *args)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def write_bundle(tmp_path, documents, name="bundle.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"project": {"name": "p", "description": "", "point_of_contact": ""},
                                "descriptors": documents}))
    return path


def with_gpu_gap():
    documents = consistent_project()
    documents["production_environment"]["computing_resources"]["gpu"] = 0
    documents["trained_model"]["computing_resource_reqs"]["gpu"] = 2
    return documents


def test_a_consistent_bundle_exits_0(tmp_path, capsys):
    code, out, _ = run(capsys, str(write_bundle(tmp_path, consistent_project())), "--format", "json")
    assert code == 0 and json.loads(out)["mismatches"] == []


def test_mismatches_exit_1_and_print_exactly_the_contract(tmp_path, capsys):
    code, out, _ = run(capsys, str(write_bundle(tmp_path, with_gpu_gap())), "--format", "json")
    data = json.loads(out)
    assert code == 1 and list(data) == ["mismatches", "missing_fields"]
    assert list(data["mismatches"][0]) == ["rule", "title", "conditions", "rationale"]
    assert data["mismatches"][0]["rule"] == "7"


def test_missing_fields_follow_the_contract(tmp_path, capsys):
    documents = consistent_project(raw_data=None)
    _, out, _ = run(capsys, str(write_bundle(tmp_path, documents)), "--format", "json")
    missing = json.loads(out)["missing_fields"]
    assert missing and list(missing[0]) == ["descriptor", "key", "label", "rationale"]
    assert any(m["descriptor"] == "raw_data" for m in missing)


def test_text_and_csv_formats_list_the_rule(tmp_path, capsys):
    path = str(write_bundle(tmp_path, with_gpu_gap()))
    assert "[7]" in run(capsys, path, "--format", "text")[1]
    assert "mismatch,7," in run(capsys, path, "--format", "csv")[1]


@pytest.mark.django_db
def test_a_stored_project_is_evaluated_by_slug(capsys):
    project = project_create_from_bundle(bundle={"project": {"name": "Stored"}, "descriptors": with_gpu_gap()})
    code, out, _ = run(capsys, "--project", project.slug, "--format", "json")
    assert code == 1 and json.loads(out)["mismatches"][0]["rule"] == "7"


def bundle_bytes(**descriptors):
    documents = {**consistent_project(), **descriptors}
    return json.dumps({"project": {"name": "p", "description": "", "point_of_contact": ""},
                       "descriptors": documents}).encode()


@pytest.mark.parametrize("content, expected", [
    (b"{not json", "not JSON"),
    (b"\xff\xfe\x00", "UTF-8"),
    (b"[1, 2]", "must be a JSON object"),
    (bundle_bytes(weights={}), "weights"),
    (bundle_bytes(raw_data={**consistent_project()["raw_data"], "version": "9.9"}), "9.9"),
    (bundle_bytes(system_context={**consistent_project()["system_context"], "task": 5}), "task"),
])
def test_bad_input_exits_2_with_one_clear_line(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert expected in err and "bad.json" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_refusal_with_details_reads_as_one_sentence(tmp_path, capsys):
    documents = consistent_project()
    documents["system_context"] = {**documents["system_context"], "task": 5, "available_data": 6}
    path = tmp_path / "bad.json"
    path.write_bytes(bundle_bytes(**documents))
    err = run(capsys, str(path))[2].strip()
    assert err.startswith("error: bad.json: some descriptors in the file cannot be imported: System Context: ")
    assert ".;" not in err and "..." not in err and err.count("; ") == 2


def test_a_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "nope.json"))
    assert code == 2 and "no such file" in err


def test_an_old_version_document_is_upgraded_before_evaluation(tmp_path, capsys):
    documents = consistent_project()
    raw = documents["raw_data"]
    raw["version"] = "1.1"
    code, out, err = run(capsys, str(write_bundle(tmp_path, documents)), "--format", "json")
    assert code == 0, err


def test_a_reference_format_zip_is_evaluated_like_its_bundle(tmp_path, capsys):
    from tec.exchange.exporters.reference_zip import reference_entries
    from tec.exchange.zipfiles import zip_bytes

    path = tmp_path / "project.zip"
    path.write_bytes(zip_bytes(reference_entries("Signs", with_gpu_gap())))
    code, out, err = run(capsys, str(path), "--format", "json")
    assert code == 1, err
    assert json.loads(out)["mismatches"][0]["rule"] == "7"


def test_a_corrupt_zip_exits_2(tmp_path, capsys):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    code, out, err = run(capsys, str(path))
    assert code == 2 and "broken.zip" in err and len(err.strip().splitlines()) == 1

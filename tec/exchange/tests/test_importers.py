"""Every kind of bad file is refused with the file's name and the problem; good ones come back at 1.2."""

import copy
import zipfile

import pytest

from tec.exchange.importers import ImportRefused, read_descriptor_file, read_project_file
from tec.exchange.limits import MAX_UPLOAD_BYTES, megabytes
from tec.exchange.tests.helpers import json_file, zip_of
from tec.schemas import registry


def refusal(read, *args) -> ImportRefused:
    with pytest.raises(ImportRefused) as raised:
        read(*args)
    return raised.value


def descriptor_refusal(content: bytes, key="raw_data", name="raw.json"):
    return refusal(read_descriptor_file, key, name, content)


def project_refusal(content: bytes, name="project.json"):
    return refusal(read_project_file, name, content)


@pytest.fixture
def raw_data(demo_bundle):
    return demo_bundle["descriptors"]["raw_data"]


def reference_zip(demo_bundle, project="Demo"):
    return zip_of([(f"{project} - {registry.get(key).label}.json", json_file(document))
                   for key, document in demo_bundle["descriptors"].items()])


# --- descriptor files ---------------------------------------------------------------------

def test_a_valid_descriptor_file_is_read(raw_data):
    imported = read_descriptor_file("raw_data", "raw.json", json_file(raw_data))
    assert imported.documents["raw_data"].document == raw_data
    assert imported.documents["raw_data"].from_version == "1.2"
    assert imported.documents["raw_data"].changes == ()


def test_an_empty_file_is_refused():
    assert descriptor_refusal(b"").message == "raw.json: the file is empty."
    assert descriptor_refusal(b"  \n").message == "raw.json: the file is empty."


def test_a_file_over_five_megabytes_is_refused():
    problem = descriptor_refusal(b" " * (MAX_UPLOAD_BYTES + 1)).message
    assert problem.startswith("raw.json: the file is 5.01 MB;") and "at most 5 MB" in problem


def test_sizes_in_messages_are_rounded_up_to_hundredths_of_a_megabyte():
    assert megabytes(MAX_UPLOAD_BYTES) == "5 MB"
    assert megabytes(5_272_401) == "5.03 MB"
    assert megabytes(MAX_UPLOAD_BYTES + 1) == "5.01 MB"


def test_a_file_that_is_not_utf8_is_refused():
    problem = descriptor_refusal('{"x": "caf\u00e9"}'.encode("latin-1")).message
    assert problem.startswith("raw.json: the file is not UTF-8 text")


def test_a_byte_order_mark_is_accepted(raw_data):
    assert read_descriptor_file("raw_data", "raw.json", b"\xef\xbb\xbf" + json_file(raw_data)).documents


def test_a_file_that_is_not_json_is_refused_with_where_it_breaks():
    problem = descriptor_refusal(b'{"version": "1.2",\n  oops}').message
    assert problem == "raw.json: the file is not JSON: Expecting property name enclosed in double quotes at line 2, column 3."


def test_json_that_would_lose_data_is_refused():
    assert "appears twice" in descriptor_refusal(b'{"version": "1.2", "version": "1.1"}').message
    assert "NaN is not a JSON number" in descriptor_refusal(b'{"x": NaN}').message
    assert "nests more than" in descriptor_refusal(b"[" * 70 + b"]" * 70).message


def test_a_document_that_is_not_an_object_is_refused():
    assert descriptor_refusal(b"[1, 2]").message == "raw.json: a Raw Data document must be a JSON object, not a list."


def test_a_document_failing_its_schema_lists_each_error_with_its_json_path(raw_data):
    broken = dict(raw_data, dataset_name=5)
    del broken["data_sources"]
    broken["schema"][1]["field_name"] = None
    found = descriptor_refusal(json_file(broken))
    assert found.message == "raw.json: the document does not match the Raw Data schema, version 1.2."
    assert "dataset_name: 5 is not of type 'string'" in found.details
    assert "data_sources: this field is required" in found.details
    assert "schema[1].field_name: None is not of type 'string'" in found.details


def test_at_most_twenty_schema_errors_are_listed(demo_bundle):
    model = demo_bundle["descriptors"]["trained_model"]
    broken = {"version": "1.2", **{key: 12345 for key in model if key != "version"}}
    found = descriptor_refusal(json_file(broken), key="trained_model")
    assert len(found.all_details) > 20
    assert len(found.details) == 21 and found.details[-1] == f"… and {len(found.all_details) - 20} more"


def test_an_unknown_or_missing_version_is_refused(raw_data):
    problem = descriptor_refusal(json_file(dict(raw_data, version="2.0"))).message
    assert problem == "raw.json: unknown descriptor version '2.0' (expected one of 1.0, 1.1, 1.2)."
    without = {k: v for k, v in raw_data.items() if k != "version"}
    assert "has no 'version' field" in descriptor_refusal(json_file(without)).message


def test_a_document_of_another_descriptor_is_named_as_such(demo_bundle):
    problem = descriptor_refusal(json_file(demo_bundle["descriptors"]["trained_model"])).message
    assert "it looks like a Trained Model document instead" in problem


def test_a_bundle_or_zip_given_as_one_descriptor_is_refused(demo_bundle):
    assert "this is a project bundle" in descriptor_refusal(json_file(demo_bundle)).message
    assert "this is a zip archive" in descriptor_refusal(reference_zip(demo_bundle), name="x.zip").message


def test_a_document_storage_cannot_hold_is_refused(raw_data):
    problem = descriptor_refusal(json_file(dict(raw_data, dataset_name="nul\u0000"))).details
    assert problem == ["dataset_name: text contains a NUL character"]


# --- version upgrades --------------------------------------------------------------------

def test_a_1_0_document_is_upgraded_and_the_changes_are_listed(demo_bundle):
    old = copy.deepcopy(demo_bundle["descriptors"]["production_environment"])
    old["version"] = "1.0"
    del old["deployment_platform"], old["deployment_mechanism"]
    imported = read_descriptor_file("production_environment", "pe.json", json_file(old)).documents
    result = imported["production_environment"]
    assert result.from_version == "1.0" and result.document["version"] == "1.2"
    assert [c.paths for c in result.changes if c.kind == "added"] == [("deployment_platform",),
                                                                    ("deployment_mechanism",)]
    keys = list(result.document)
    assert keys.index("deployment_platform") == keys.index("computing_resources") + 1


# --- bundles -------------------------------------------------------------------------------

def test_a_bundle_is_read_with_its_project_details(demo_bundle):
    imported = read_project_file("demo.json", json_file(demo_bundle))
    assert imported.kind == "bundle" and imported.details.name == "Road Sign Classifier"
    assert set(imported.documents) == set(registry.KEYS)


def test_null_descriptors_in_a_bundle_are_not_imported(demo_bundle):
    demo_bundle["descriptors"]["raw_data"] = None
    assert "raw_data" not in read_project_file("demo.json", json_file(demo_bundle)).documents


def test_a_bundle_with_missing_or_extra_keys_is_refused(demo_bundle):
    found = project_refusal(json_file({"project": demo_bundle["project"], "extra": 1}))
    assert found.message == "project.json: the bundle must have exactly the keys project, descriptors."
    assert found.details == ["missing key 'descriptors'", "unknown key 'extra'"]
    del demo_bundle["project"]["point_of_contact"]
    assert project_refusal(json_file(demo_bundle)).details == ["missing key 'point_of_contact'"]


def test_a_bundle_with_an_unknown_or_missing_descriptor_is_refused(demo_bundle):
    demo_bundle["descriptors"]["deployment_plan"] = {}
    del demo_bundle["descriptors"]["raw_data"]
    found = project_refusal(json_file(demo_bundle))
    assert found.details == ["missing descriptor 'raw_data'", "unknown descriptor 'deployment_plan'"]


def test_a_bundle_names_each_bad_descriptor(demo_bundle):
    demo_bundle["descriptors"]["raw_data"]["dataset_name"] = 5
    demo_bundle["descriptors"]["trained_model"]["version"] = "0.9"
    found = project_refusal(json_file(demo_bundle))
    assert found.message == "project.json: some descriptors in the file cannot be imported."
    assert "Raw Data: dataset_name: 5 is not of type 'string'" in found.details
    assert "Trained Model: unknown descriptor version '0.9' (expected one of 1.0, 1.1, 1.2)." in found.details


def test_a_bundle_without_a_project_name_is_refused(demo_bundle):
    demo_bundle["project"]["name"] = "  "
    assert "a project needs a name" in project_refusal(json_file(demo_bundle)).message


def test_a_single_descriptor_given_as_a_project_is_refused(raw_data):
    assert "this is a single descriptor document" in project_refusal(json_file(raw_data)).message


# --- reference zips ------------------------------------------------------------------------

def test_a_reference_zip_is_read_and_names_the_project(demo_bundle):
    imported = read_project_file("Demo.zip", reference_zip(demo_bundle))
    assert imported.kind == "zip" and imported.details.name == "Demo"
    assert imported.documents["trained_model"].document == demo_bundle["descriptors"]["trained_model"]


def test_a_corrupt_zip_is_refused():
    assert project_refusal(b"PK\x03\x04 this is not really a zip", "demo.zip").message == (
        "demo.zip: the file is not a readable zip archive (it may be damaged or cut short).")
    assert "not a readable zip" in project_refusal(b"plain text", "demo.zip").message


def test_a_zip_whose_data_is_damaged_is_refused(demo_bundle):
    data = bytearray(reference_zip(demo_bundle))
    data[60:80] = b"\x00" * 20  # inside the first entry's compressed bytes
    assert "not a readable zip" in project_refusal(bytes(data), "demo.zip").message


def test_a_zip_with_unexpected_names_is_refused(demo_bundle):
    found = project_refusal(zip_of([("notes.txt", b"hi"), ("Demo - Raw Data.json", b"{}")]), "demo.zip")
    assert found.message == "demo.zip: the zip archive holds files TEC does not expect."
    assert found.details[0].startswith("unexpected name 'notes.txt'")


def test_a_zip_with_path_traversal_is_refused():
    for name in ("../Demo - Raw Data.json", "/etc/Demo - Raw Data.json", "C:\\Demo - Raw Data.json",
                 "a/../../Demo - Raw Data.json"):
        found = project_refusal(zip_of([(name, b"{}")]), "evil.zip")
        assert found.details == [f"{name!r} points outside the archive (path traversal)"]


def test_a_zip_with_folders_is_refused():
    found = project_refusal(zip_of([("Demo/Demo - Raw Data.json", b"{}")]), "demo.zip")
    assert "inside a folder" in found.details[0]


def test_a_zip_with_more_than_fifty_files_is_refused():
    entries = [(f"x{n}.json", b"{}") for n in range(51)]
    assert project_refusal(zip_of(entries), "many.zip").message == (
        "many.zip: the zip archive holds 51 files; at most 50 are accepted.")


def test_a_zip_expanding_beyond_twenty_megabytes_is_refused():
    bomb = zip_of([("Demo - Raw Data.json", b" " * (21 * 1024 * 1024))])
    assert len(bomb) < 100_000
    assert project_refusal(bomb, "bomb.zip").message == "bomb.zip: the zip archive expands to more than 20 MB."


def test_a_zip_that_lies_about_its_sizes_is_stopped_at_twenty_megabytes():
    data = bytearray(zip_of([("Demo - Raw Data.json", b" " * (21 * 1024 * 1024))]))
    # Rewrite the uncompressed size the central directory declares to 10 bytes.
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    local = data.index(b"PK\x03\x04")
    data[local + 22:local + 26] = (10).to_bytes(4, "little")
    found = project_refusal(bytes(data), "liar.zip").message
    assert found.startswith("liar.zip: ") and ("expands to more than 20 MB" in found or "not a readable zip" in found)


def test_an_empty_zip_is_refused():
    assert project_refusal(zip_of([]), "empty.zip").message == "empty.zip: the zip archive holds no files."


def test_a_zip_with_one_descriptor_twice_is_refused(demo_bundle):
    raw = json_file(demo_bundle["descriptors"]["raw_data"])
    found = project_refusal(zip_of([("A - Raw Data.json", raw), ("B - Raw Data.json", raw)]), "twice.zip")
    assert "hold the same descriptor" in found.details[0]


def test_a_zip_naming_two_projects_is_refused(demo_bundle):
    entries = [("A - Raw Data.json", json_file(demo_bundle["descriptors"]["raw_data"])),
               ("B - Trained Model.json", json_file(demo_bundle["descriptors"]["trained_model"]))]
    assert "name different projects" in project_refusal(zip_of(entries), "two.zip").message


def test_a_bad_file_inside_a_zip_is_named_with_the_zip(demo_bundle):
    found = project_refusal(zip_of([("Demo - Raw Data.json", b"not json")]), "demo.zip")
    assert found.message.startswith("demo.zip › Demo - Raw Data.json: the file is not JSON")
    entries = [("Demo - Raw Data.json", json_file({"version": "1.2"}))]
    found = project_refusal(zip_of(entries), "demo.zip")
    assert "Demo - Raw Data.json: dataset_identifier: this field is required" in found.details


def test_an_encrypted_entry_is_refused(demo_bundle):
    data = bytearray(zip_of([("Demo - Raw Data.json", b"{}")], compression=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x1
    assert project_refusal(bytes(data), "locked.zip").details == ["'Demo - Raw Data.json' is encrypted"]


def test_project_details_that_cannot_be_stored_are_refused(demo_bundle):
    demo_bundle["project"]["description"] = "a\u0000b"
    assert "contains a NUL character" in project_refusal(json_file(demo_bundle)).message

import csv
import io
import json
import zipfile

import pytest

from tec.accounts import workflow
from tec.exchange.exporters import DESCRIPTOR_EXPORTERS, PROJECT_EXPORTERS, PROJECTS_EXPORTERS, NothingToExport
from tec.exchange.tests.helpers import entries_of
from tec.mismatches.engine import evaluate
from tec.schemas import registry
from tec.schemas.validation import document_errors
from tec.test import make_project


def rows_of(content: bytes):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def test_a_descriptor_exports_as_exactly_its_stored_document(filled):
    export = DESCRIPTOR_EXPORTERS["json"]("trained_model").render(filled)
    document = json.loads(export.content)
    assert document == filled.trained_model.to_document()
    assert document["version"] == "1.2" and document_errors("trained_model", document) == []
    assert export.filename == "Alpha - Trained Model.json" and export.content_type == "application/json"
    assert export.content.decode().startswith('{\n  "version": "1.2",')


def test_an_empty_descriptor_has_nothing_to_export(project):
    with pytest.raises(NothingToExport, match="Raw Data"):
        DESCRIPTOR_EXPORTERS["json"]("raw_data").render(project)


def test_a_descriptor_exports_as_csv_rows_of_path_label_and_value(filled):
    export = DESCRIPTOR_EXPORTERS["csv"]("system_context").render(filled)
    rows = rows_of(export.content)
    assert export.filename == "Alpha - System Context.csv" and export.content.startswith(b"\xef\xbb\xbf")
    assert rows[0] == ["path", "label", "value"]
    assert rows[1] == ["version", "Version", "1.2"]
    goals = filled.system_context.to_document()["goals"]
    assert ["goals[1].metric", "Goal 2 › Metric", goals[1]["metric"]] in rows


def test_the_bundle_holds_the_project_details_and_all_eight_descriptors(filled, demo_bundle):
    filled.system_context.delete()
    bundle = json.loads(PROJECT_EXPORTERS["bundle"].render(filled).content)
    assert bundle["project"] == {"name": "Alpha", "description": "The Alpha project.", "point_of_contact": ""}
    assert list(bundle["descriptors"]) == list(registry.KEYS)
    assert bundle["descriptors"]["system_context"] is None
    assert bundle["descriptors"]["raw_data"] == demo_bundle["descriptors"]["raw_data"]


def test_the_zip_follows_the_reference_layout(filled):
    filled.raw_data.delete()
    export = PROJECT_EXPORTERS["zip"].render(filled)
    assert export.filename == "Alpha.zip" and export.content_type == "application/zip"
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        infos = archive.infolist()
    assert [info.filename for info in infos] == [
        "Alpha - System Context.json", "Alpha - Training Data.json", "Alpha - Data Pipeline.json",
        "Alpha - Trained Model.json", "Alpha - Development Environment.json",
        "Alpha - Production Environment.json", "Alpha - Production Data.json",
    ]
    assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in infos)
    entries = entries_of(export.content)
    assert json.loads(entries["Alpha - Trained Model.json"]) == filled.trained_model.to_document()


def test_the_same_project_always_gives_the_same_zip_bytes(filled):
    assert PROJECT_EXPORTERS["zip"].render(filled).content == PROJECT_EXPORTERS["zip"].render(filled).content


def test_a_project_name_cannot_put_files_outside_the_zip(db, demo_bundle):
    project = make_project('../../etc/pass:wd "x"')
    from tec.documents.services import document_save

    document_save(project=project, key="raw_data", document=demo_bundle["descriptors"]["raw_data"])
    names = list(entries_of(PROJECT_EXPORTERS["zip"].render(project).content))
    assert names == ["_.._etc_pass_wd _x_ - Raw Data.json"]


def test_an_empty_project_has_no_zip_to_export(project):
    with pytest.raises(NothingToExport):
        PROJECT_EXPORTERS["zip"].render(project)


def test_the_summary_has_a_row_per_project_with_statuses_completeness_and_mismatches(filled, cast):
    workflow.descriptor_transition(project=filled, key="raw_data", user=cast.developer, name="submit")
    empty = make_project("Beta")
    export = PROJECTS_EXPORTERS["summary"].render([filled, empty])
    header, alpha, beta = rows_of(export.content)
    row = dict(zip(header, alpha))
    assert row["project"] == "Alpha" and row["Raw Data status"] == "In review"
    assert row["System Context status"] == "Draft"
    assert row["descriptors filled"] == "8" and row["descriptors approved"] == "0"
    report = evaluate(filled.documents()).as_dict()
    assert row["open mismatches"] == str(len(report["mismatches"])) and int(row["open mismatches"]) > 0
    assert row["accepted mismatches"] == "0"
    assert row["missing fields"] == str(len(report["missing_fields"]))
    assert 0 < int(row["completeness (%)"]) <= 100
    beta_row = dict(zip(header, beta))
    assert beta_row["Trained Model status"] == "Not started" and beta_row["completeness (%)"] == "0"


def test_the_backup_is_a_zip_with_one_bundle_per_project(filled):
    make_project("Beta")
    export = PROJECTS_EXPORTERS["backup"].render([filled, *filled.__class__.objects.filter(name="Beta")])
    entries = entries_of(export.content)
    assert list(entries) == ["alpha.json", "beta.json"]
    assert json.loads(entries["alpha.json"]) == json.loads(PROJECT_EXPORTERS["bundle"].render(filled).content)
    assert export.filename.startswith("tec-backup-") and export.filename.endswith(".zip")


def test_the_summary_counts_an_accepted_mismatch_apart(filled, cast):
    from tec.mismatches.services import mismatch_accept, project_report

    mismatch = project_report(filled).open[0]
    mismatch_accept(project=filled, rule=mismatch.rule, fingerprint=mismatch.fingerprint,
                    justification="known", user=cast.owner)
    header, alpha = rows_of(PROJECTS_EXPORTERS["summary"].render([filled]).content)
    row = dict(zip(header, alpha))
    report = evaluate(filled.documents()).as_dict()
    assert row["accepted mismatches"] == "1"
    assert row["open mismatches"] == str(len(report["mismatches"]) - 1)

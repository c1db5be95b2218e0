import io
import json

import pytest
from django.core.management import CommandError, call_command

from tec.documents.models import Project
from tec.exchange.tests.helpers import entries_of, json_file


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_export_descriptor_writes_json_or_csv(filled, tmp_path):
    target = tmp_path / "tm.json"
    run("export_descriptor", "alpha", "trained_model", "--output", str(target))
    assert json.loads(target.read_bytes()) == filled.trained_model.to_document()
    run("export_descriptor", "alpha", "trained_model", "--format", "csv", "--output", str(tmp_path / "tm.csv"))
    assert (tmp_path / "tm.csv").read_bytes().startswith(b"\xef\xbb\xbfpath,label,value")


def test_export_uses_the_download_name_by_default(filled, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run("export_project", "alpha", "--format", "zip")
    assert len(entries_of((tmp_path / "Alpha.zip").read_bytes())) == 8


def test_export_refuses_an_unknown_project_or_an_empty_descriptor(project):
    with pytest.raises(CommandError, match="No project with the slug 'nope'"):
        run("export_project", "nope")
    with pytest.raises(CommandError, match="Alpha has no saved Raw Data yet"):
        run("export_descriptor", "alpha", "raw_data")


def test_export_projects_writes_the_backup_and_the_summary(filled, tmp_path):
    run("export_projects", "--output", str(tmp_path / "backup.zip"))
    assert list(entries_of((tmp_path / "backup.zip").read_bytes())) == ["alpha.json"]
    run("export_projects", "--format", "summary", "--output", str(tmp_path / "summary.csv"))
    assert (tmp_path / "summary.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("Alpha,")


def test_import_descriptor_checks_with_dry_run_and_then_imports(project, cast, demo_bundle, tmp_path):
    source = tmp_path / "raw.json"
    source.write_bytes(json_file(demo_bundle["descriptors"]["raw_data"]))
    checked = run("import_descriptor", "alpha", "raw_data", str(source), "--dry-run")
    assert "Raw Data: create" in checked and "Dry run: nothing was saved." in checked
    assert project.stored_document("raw_data") is None
    assert "1 created" in run("import_descriptor", "alpha", "raw_data", str(source), "--user", "owner")
    assert project.stored_document("raw_data").to_document() == demo_bundle["descriptors"]["raw_data"]


def test_import_refuses_a_bad_file_with_its_name(project, tmp_path):
    source = tmp_path / "bad.json"
    source.write_bytes(b"{")
    with pytest.raises(CommandError, match="bad.json: the file is not JSON"):
        run("import_descriptor", "alpha", "raw_data", str(source))


def test_import_project_creates_a_project_for_an_owner(cast, demo_bundle, tmp_path):
    source = tmp_path / "demo.json"
    source.write_bytes(json_file(demo_bundle))
    with pytest.raises(CommandError, match="needs an owner"):
        run("import_project", str(source))
    checked = run("import_project", str(source), "--name", "Copy", "--dry-run")
    assert "Dry run: nothing was saved." in checked and not Project.objects.filter(name="Copy").exists()
    run("import_project", str(source), "--owner", "owner", "--name", "Copy")
    assert Project.objects.get(name="Copy").documents() == demo_bundle["descriptors"]


def test_import_project_into_an_existing_project(project, cast, demo_bundle, tmp_path):
    source = tmp_path / "demo.json"
    source.write_bytes(json_file(demo_bundle))
    run("import_project", str(source), "--into", "alpha")
    assert project.documents() == demo_bundle["descriptors"]

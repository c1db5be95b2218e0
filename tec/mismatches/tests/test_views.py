import base64
import csv
import io
import json
import re
import zlib

import pytest
from django.urls import reverse

from tec.accounts.models import Membership
from tec.accounts.teams import team_group
from tec.documents.services import project_create_from_bundle
from tec.mismatches.models import Acceptance
from tec.mismatches.presentation import missing_field_url
from tec.mismatches.results import MissingField
from tec.mismatches.services import project_report
from tec.mismatches.tests.factory import project as consistent_project


@pytest.fixture
def project(db):
    documents = consistent_project()
    documents["production_environment"]["computing_resources"]["gpu"] = 0
    documents["trained_model"]["computing_resource_reqs"]["gpu"] = 2
    return project_create_from_bundle(bundle={"project": {"name": "Signs", "description": "d"}, "descriptors": documents})


def member(django_user_model, project, name, team="development", owner=False):
    user = django_user_model.objects.create_user(name, password="pw-x-12345")
    Membership.objects.create(project=project, user=user, team=team_group(team), is_owner=owner)
    return user


@pytest.fixture
def dev(django_user_model, project):
    return member(django_user_model, project, "dev")


def test_the_report_shows_counts_rules_and_links_to_fields(client, project, dev):
    client.force_login(dev)
    page = client.get(reverse("mismatch_report", args=[project.slug])).content.decode()
    assert 'data-count="open">1<' in page
    assert 'data-rule="7"' in page
    assert "/descriptors/trained_model/#block-computing_resource_reqs.gpu" in page


def test_a_non_member_gets_404_for_the_report_and_its_downloads(client, project, django_user_model):
    client.force_login(django_user_model.objects.create_user("stranger"))
    for name, args in (("mismatch_report", []), ("mismatch_download", ["pdf"]), ("mismatch_download", ["json"])):
        assert client.get(reverse(name, args=[project.slug, *args])).status_code == 404


def test_each_missing_field_links_to_its_block_in_the_form(client, project, dev):
    client.force_login(dev)
    raw = project.raw_data
    raw.dataset_version = ""
    raw.save()
    page = client.get(reverse("mismatch_report", args=[project.slug])).content.decode()
    assert f'href="/projects/{project.slug}/descriptors/raw_data/#block-dataset_version"' in page


def test_a_missing_field_inside_a_list_links_to_the_whole_list(project):
    item = MissingField("raw_data", "labels_distribution[].label", "Label", "why")
    assert missing_field_url(project, item).endswith("/descriptors/raw_data/#block-labels_distribution")


def test_accepting_needs_a_justification_and_is_listed_apart(client, project, dev):
    client.force_login(dev)
    mismatch = project_report(project).open[0]
    url = reverse("mismatch_accept", args=[project.slug])
    client.post(url, {"rule": mismatch.rule, "fingerprint": mismatch.fingerprint, "justification": "  "})
    assert not Acceptance.objects.exists()
    client.post(url, {"rule": mismatch.rule, "fingerprint": mismatch.fingerprint, "justification": "GPU ordered"})
    result = project_report(project)
    assert result.open == [] and result.accepted[0][1].justification == "GPU ordered"
    page = client.get(reverse("mismatch_report", args=[project.slug])).content.decode()
    assert "Accepted mismatches" in page and "GPU ordered" in page


def test_an_acceptance_lapses_when_the_conditions_change(client, project, dev):
    mismatch = project_report(project).open[0]
    Acceptance.objects.create(project=project, rule=mismatch.rule, fingerprint=mismatch.fingerprint,
                              conditions=[], justification="ok", accepted_by=dev)
    assert project_report(project).open == []
    environment = project.production_environment
    environment.computing_resources_gpu = 1
    environment.save()
    result = project_report(project)
    assert [m.rule for m in result.open] == ["7"] and len(result.lapsed) == 1


def test_a_lapsed_acceptance_shows_the_conditions_that_were_accepted(client, project, dev):
    mismatch = project_report(project).open[0]
    Acceptance.objects.create(project=project, rule=mismatch.rule, fingerprint="f" * 64,
                              conditions=["The model needs 5 GPU but production has 0 GPU"],
                              justification="ok", accepted_by=dev)
    client.force_login(dev)
    page = client.get(reverse("mismatch_report", args=[project.slug])).content.decode()
    assert 'data-lapsed="7"' in page and "<li>The model needs 5 GPU but production has 0 GPU</li>" in page


def test_accepting_and_withdrawing_return_to_the_mismatch_on_the_report(client, project, dev):
    client.force_login(dev)
    mismatch = project_report(project).open[0]
    report_url = reverse("mismatch_report", args=[project.slug])
    accepted = client.post(reverse("mismatch_accept", args=[project.slug]),
                           {"rule": mismatch.rule, "fingerprint": mismatch.fingerprint, "justification": "GPU ordered"})
    assert accepted["Location"] == f"{report_url}#rule-{mismatch.rule}"
    assert f'id="rule-{mismatch.rule}"' in client.get(report_url).content.decode()
    withdrawn = client.post(reverse("mismatch_withdraw", args=[project.slug, Acceptance.objects.get().pk]))
    assert withdrawn["Location"] == f"{report_url}#rule-{mismatch.rule}"
    refused = client.post(reverse("mismatch_accept", args=[project.slug]),
                          {"rule": mismatch.rule, "fingerprint": "0" * 64, "justification": "stale page"})
    assert refused["Location"] == report_url


def test_a_withdrawn_acceptance_stays_on_record(client, project, dev):
    mismatch = project_report(project).open[0]
    acceptance = Acceptance.objects.create(project=project, rule=mismatch.rule, fingerprint=mismatch.fingerprint,
                                           conditions=[], justification="ok", accepted_by=dev)
    client.force_login(dev)
    client.post(reverse("mismatch_withdraw", args=[project.slug, acceptance.pk]))
    acceptance.refresh_from_db()
    assert acceptance.withdrawn_by == dev and project_report(project).open


def test_only_owners_change_the_tolerance(client, project, dev, django_user_model):
    client.force_login(dev)
    assert client.post(reverse("mismatch_tolerance", args=[project.slug]), {"tolerance": "0.5"}).status_code == 403
    client.force_login(member(django_user_model, project, "lead", owner=True))
    client.post(reverse("mismatch_tolerance", args=[project.slug]), {"tolerance": "0.5"})
    assert project.mismatch_settings.tolerance == 0.5


def test_the_json_download_follows_the_command_contract(client, project, dev):
    client.force_login(dev)
    response = client.get(reverse("mismatch_download", args=[project.slug, "json"]))
    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert data["mismatches"][0]["rule"] == "7" and data["mismatches"][0]["conditions"]
    assert {"rule", "title", "conditions", "rationale"} <= set(data["mismatches"][0])


def test_the_csv_download_has_one_row_per_condition_and_missing_field(client, project, dev):
    client.force_login(dev)
    content = client.get(reverse("mismatch_download", args=[project.slug, "csv"])).content
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    result = project_report(project)
    expected = sum(len(m.conditions) for m in result.report.mismatches) + len(result.missing_fields)
    assert rows[0][0] == "kind" and len(rows) == 1 + expected


def test_the_pdf_download_is_a_pdf_naming_the_project(client, project, dev):
    client.force_login(dev)
    response = client.get(reverse("mismatch_download", args=[project.slug, "pdf"]))
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    assert len(response.content) > 1000


def pdf_page_texts(content: bytes) -> str:
    """The text drawn on the PDF's pages: reportlab's ASCII85 + Flate content streams decoded and joined."""
    streams = re.findall(rb"/ASCII85Decode /FlateDecode \] /Length \d+\s*>>\s*stream\r?\n(.*?)endstream", content, re.S)
    return "\n".join(zlib.decompress(base64.a85decode(b"".join(s.split()).removesuffix(b"~>"))).decode("latin-1")
                     for s in streams)


def test_every_pdf_page_is_numbered(client, project, dev):
    client.force_login(dev)
    content = client.get(reverse("mismatch_download", args=[project.slug, "pdf"])).content
    pages = content.count(b"/Type /Page\n")
    texts = pdf_page_texts(content)
    assert pages >= 1 and all(f"(Page {n}) Tj" in texts for n in range(1, pages + 1))


def test_an_unknown_format_is_404(client, project, dev):
    client.force_login(dev)
    assert client.get(reverse("mismatch_download", args=[project.slug, "xls"])).status_code == 404


def test_the_report_page_takes_a_bounded_number_of_queries(client, project, dev, django_assert_max_num_queries):
    client.force_login(dev)
    with django_assert_max_num_queries(20):
        client.get(reverse("mismatch_report", args=[project.slug]))


def test_changes_need_a_post_from_members(client, project, dev):
    client.force_login(dev)
    assert client.get(reverse("mismatch_accept", args=[project.slug])).status_code == 405
    assert client.get(reverse("mismatch_tolerance", args=[project.slug])).status_code == 403  # owners only

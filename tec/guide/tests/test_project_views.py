"""The guide pages inside a project: its ownership map, its statuses and its open mismatches."""

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from tec.accounts.ownership import producer_set
from tec.accounts.teams import TEAMS, team_group
from tec.accounts.workflow import status_set
from tec.documents.services import document_save
from tec.mismatches.services import project_report

DEMO = Path(__file__).resolve().parents[2] / "documents" / "demo" / "road_sign_classifier.json"
PROJECT_PAGES = ("guide_project_producers", "guide_project_relationships")


def fill_with_demo(cast):
    """The cast's project with every descriptor of the demo project, as drafts."""
    for key, document in json.loads(DEMO.read_text())["descriptors"].items():
        document_save(project=cast.project, key=key, document=document, user=cast.developer)
    return cast


@pytest.fixture
def filled(cast):
    return fill_with_demo(cast)


def url(name, project):
    return reverse(name, args=[project.slug])


@pytest.mark.django_db
@pytest.mark.parametrize("name", PROJECT_PAGES)
def test_project_pages_are_for_members_only(client, cast, name):
    assert client.get(url(name, cast.project)).status_code == 302
    client.force_login(cast.outsider)
    assert client.get(url(name, cast.project)).status_code == 404
    client.force_login(cast.operator)
    assert client.get(url(name, cast.project)).status_code == 200


@pytest.mark.django_db
def test_the_project_producer_table_follows_its_ownership_map(client, cast):
    producer_set(project=cast.project, key="production_data", team=team_group("development"), user=cast.owner)
    client.force_login(cast.developer)
    page = client.get(url("guide_project_producers", cast.project)).content.decode()
    row = re.search(r'<tr data-descriptor="production_data">(.*?)</tr>', page, re.S).group(1)
    assert TEAMS["development"] in re.search(r'class="producer">(.*?)</td>', row, re.S).group(1)
    assert "changed in this project" in row
    assert "1 descriptor is produced by another team than usual" in page


@pytest.mark.django_db
def test_the_project_diagram_colours_boxes_by_status_and_lines_by_open_mismatches(client, filled):
    project = filled.project
    status_set(project=project, key="system_context", user=filled.owner, status="approved")
    client.force_login(filled.integrator)
    page = client.get(url("guide_project_relationships", project)).content.decode()
    assert re.search(r'class="gd-box status-approved" href="[^"]*" data-descriptor="system_context"', page)
    assert re.search(r'class="gd-box status-draft" href="[^"]*" data-descriptor="trained_model"', page)
    open_rules = [m.rule for m in project_report(project).open]
    assert open_rules
    shown = {}
    for rules, count in re.findall(r'data-kind="alignment" data-rules="([^"]*)" data-open="(\d+)"', page):
        shown[rules] = int(count)
        assert int(count) == sum(rule in rules.split() for rule in open_rules)
    assert sum(shown.values()) == len(open_rules)
    assert 'class="gd-edge gd-alignment gd-open"' in page and 'class="gd-edge gd-alignment gd-clear"' in page


@pytest.mark.django_db
def test_lines_to_an_empty_descriptor_are_grey_in_the_project_diagram(client, cast):
    client.force_login(cast.developer)
    page = client.get(url("guide_project_relationships", cast.project)).content.decode()
    assert 'gd-alignment gd-open"' not in page
    assert re.search(r'class="gd-box status-not_started"', page)
    assert len(re.findall(r'<g class="gd-edge gd-alignment gd-unchecked"', page)) > 0


@pytest.mark.django_db
def test_the_project_diagram_runs_a_fixed_number_of_queries(client, filled, django_assert_max_num_queries):
    client.force_login(filled.developer)
    with django_assert_max_num_queries(16):
        assert client.get(url("guide_project_relationships", filled.project)).status_code == 200

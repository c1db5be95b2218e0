"""The public guide pages, checked against the registries they are generated from."""

import re

import pytest
from django.urls import reverse

from tec.accounts.teams import TEAMS
from tec.editor.links import LINKS
from tec.guide import changelog
from tec.guide.fields import schema_fields
from tec.guide.imports import upgrade_steps
from tec.guide.relations import edges
from tec.mismatches.registry import RULES, rules_for
from tec.schemas import registry

PUBLIC = ("guide_intro", "guide_producers", "guide_relationships", "guide_changelog")


def get(client, name, *args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC)
def test_public_pages_need_no_login_and_link_to_every_guide_page(client, name):
    page = get(client, name)
    for other in PUBLIC:
        assert f'href="{reverse(other)}"' in page
    assert 'href="{}"'.format(reverse("guide_descriptor", args=["system_context"])) in page


@pytest.mark.django_db
def test_the_main_navigation_offers_the_guide_logged_in_or_not(client, cast):
    guide_link = f'href="{reverse("guide_intro")}"'
    assert guide_link in get(client, "guide_changelog")
    client.force_login(cast.developer)
    assert guide_link in get(client, "dashboard")


@pytest.mark.django_db
def test_a_first_visit_to_home_shows_the_introduction(client):
    page = get(client, "home")
    assert "What is ML mismatch?" in page
    assert f'href="{reverse("login")}?next=' in page


@pytest.mark.django_db
def test_the_introduction_names_every_team_and_every_descriptor_with_its_purpose(client):
    page = get(client, "guide_intro")
    for name in TEAMS.values():
        assert name in page
    for descriptor in registry.DESCRIPTORS:
        assert f'data-descriptor="{descriptor.key}"' in page
        assert descriptor.purpose in page
    assert f"runs\n{len(RULES)} comparison rules" in page


@pytest.mark.django_db
def test_a_member_learns_on_the_introduction_which_descriptors_are_theirs(client, cast):
    client.force_login(cast.operator)
    page = get(client, "guide_intro")
    mine = re.search(r'data-project="alpha">(.*?)</li>', page, re.S).group(1)
    for descriptor in registry.DESCRIPTORS:
        produced = descriptor.default_team == "operation"
        assert (reverse("guide_descriptor", args=[descriptor.key]) in mine) == produced


@pytest.mark.django_db
def test_someone_without_projects_is_told_to_ask_an_owner(client, cast):
    client.force_login(cast.outsider)
    assert "Ask a project's owner to add you" in get(client, "guide_intro")


@pytest.mark.django_db
def test_the_producer_table_follows_the_registry_defaults(client):
    page = get(client, "guide_producers")
    for descriptor in registry.DESCRIPTORS:
        row = re.search(rf'<tr data-descriptor="{descriptor.key}">(.*?)</tr>', page, re.S).group(1)
        producer = re.search(r'class="producer">(.*?)</td>', row, re.S).group(1)
        consumers = re.search(r'class="consumers">(.*?)</td>', row, re.S).group(1)
        assert TEAMS[descriptor.default_team] in producer
        for code, name in TEAMS.items():
            assert (name in consumers) == (code != descriptor.default_team)


@pytest.mark.django_db
def test_the_diagram_has_a_box_per_descriptor_and_a_line_per_edge_in_both_arrangements(client):
    page = get(client, "guide_relationships")
    svgs = re.findall(r"<svg class=\"relationship-diagram\".*?</svg>", page, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        assert "<title" in svg and "<desc" in svg
        for descriptor in registry.DESCRIPTORS:
            href = reverse("guide_descriptor", args=[descriptor.key])
            assert re.search(rf'<a class="gd-box[^"]*" href="{href}" data-descriptor="{descriptor.key}"', svg)
        assert len(re.findall(r'<g class="gd-edge ', svg)) == len(edges()) + 2  # two samples in the key
        assert len(re.findall(r"marker-end=", svg)) == sum(e.kind == "reference" for e in edges()) + 1


@pytest.mark.django_db
def test_every_rule_appears_on_some_edge_of_the_picture_and_of_the_text_table(client):
    page = get(client, "guide_relationships")
    on_lines = set(" ".join(re.findall(r'<g class="gd-edge[^"]*" data-edge="\d+" data-kind="alignment" '
                                       r'data-rules="([^"]*)"', page)).split())
    in_table = set(" ".join(re.findall(r'data-kind="alignment" data-rules="([^"]*)"', page)).split())
    assert on_lines == in_table == {rule.id for rule in RULES}
    for rule in RULES:
        assert rule.title in page


@pytest.mark.django_db
def test_every_link_between_descriptors_is_listed_under_the_picture(client):
    page = get(client, "guide_relationships")
    for link in LINKS:
        assert f"<code>{link.source_path}</code>" in page and f"<code>{link.target_path}</code>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("key", registry.KEYS)
def test_every_descriptor_has_a_help_page_listing_all_its_schema_fields_and_rules(client, key):
    page = get(client, "guide_descriptor", key)
    for field in schema_fields(key):
        assert f'id="{field.anchor}" class="depth-{field.depth}" data-path="{field.path}"' in page
        if field.description:
            assert field.description.replace("'", "&#x27;").replace('"', "&quot;") in page
    for rule in rules_for(key):
        assert f'id="rule-{rule.id}"' in page
    assert TEAMS[registry.get(key).default_team] in page


@pytest.mark.django_db
def test_a_help_page_shows_which_fields_link_to_a_field_and_which_rules_read_it(client):
    page = get(client, "guide_descriptor", "system_context")
    goal_id = re.search(r'data-path="goals\[\]\.id">(.*?)</tr>', page, re.S).group(1)
    assert goal_id.count("linked from") == sum(1 for link in LINKS if link.target_path == "goals[].id")
    assert 'href="#rule-1"' in goal_id


@pytest.mark.django_db
def test_an_unknown_descriptor_has_no_help_page(client):
    assert client.get(reverse("guide_descriptor", args=["nonsense"])).status_code == 404


@pytest.mark.django_db
def test_the_changelog_lists_every_computed_change_and_import_effect(client):
    page = get(client, "guide_changelog")
    for step in changelog.steps():
        assert f"{step.old} → {step.new}" in page
        for changes in step.changes.values():
            for change in changes:
                assert f'data-kind="{change.kind}" data-path="{change.path}"' in page
    for step in upgrade_steps():
        for effects in step.effects.values():
            for effect in effects:
                assert effect.message.replace("'", "&#x27;") in page
    assert 'data-unchanged="training_data"' in page

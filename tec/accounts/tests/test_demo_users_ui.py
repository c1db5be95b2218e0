"""Logged in as each demo user, the pages offer exactly what that user's team may do."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from tec.documents.models import Project
from tec.schemas import registry

# What the seeded demo story leaves each user able to do (see tec/accounts/demo.py).
STEPS = {
    "developer": {"trained_model": {"withdraw"}, "production_data": {"approve", "request_changes"},
                  "production_environment": set()},
    "integrator": {"trained_model": {"approve", "request_changes"}, "production_data": {"approve", "request_changes"},
                   "development_environment": {"submit"}, "system_context": set()},
    "operator": {"trained_model": {"approve", "request_changes"}, "production_data": {"withdraw"},
                 "production_environment": {"submit"}},
    "admin": {key: set() for key in registry.KEYS} | {"data_pipeline": {"submit"}, "trained_model": {"withdraw"},
                                                     "development_environment": {"submit"},
                                                     "production_data": {"withdraw"},
                                                     "production_environment": {"submit"}},
}
USERS = tuple(STEPS)


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    return Project.objects.get(name="Road Sign Classifier")


def as_user(client, username):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))


def offered_steps(client, demo, key):
    page = client.get(reverse("descriptor_review", args=[demo.slug, key])).content.decode()
    return set(re.findall(r'data-step="(\w+)"', page))


@pytest.mark.parametrize("username", USERS)
def test_each_demo_user_is_offered_exactly_their_review_steps(client, demo, username):
    as_user(client, username)
    for key in registry.KEYS:
        expected = STEPS[username].get(key, set())
        if key in STEPS[username] or username == "admin":
            assert offered_steps(client, demo, key) == expected, key


@pytest.mark.parametrize("username", USERS)
def test_only_the_owner_is_offered_member_producer_and_project_management(client, demo, username):
    as_user(client, username)
    is_owner = username == "admin"
    members = client.get(reverse("project_members", args=[demo.slug])).content.decode()
    producers = client.get(reverse("project_producers", args=[demo.slug])).content.decode()
    detail = client.get(demo.get_absolute_url()).content.decode()
    assert ('id="add-member"' in members) is is_owner
    assert ("Remove</button>" in members) is is_owner
    assert ("<select" in producers) is is_owner
    assert (reverse("project_settings", args=[demo.slug]) in detail) is is_owner


@pytest.mark.parametrize("username", USERS)
def test_the_server_refuses_what_the_pages_do_not_offer(client, demo, username):
    as_user(client, username)
    for key in registry.KEYS:
        offered = offered_steps(client, demo, key)
        for step in {"submit", "withdraw", "approve", "request_changes"} - offered:
            before = client.get(reverse("descriptor_review", args=[demo.slug, key])).context["state"].status
            client.post(reverse("descriptor_step", args=[demo.slug, key, step]), {"comment": "try"})
            after = client.get(reverse("descriptor_review", args=[demo.slug, key])).context["state"].status
            assert before == after, (username, key, step)
    if username != "admin":
        assert client.post(reverse("project_settings", args=[demo.slug]), {"name": "x"}).status_code == 403

"""Walks every URL pattern, so pages other helpers add later are covered without touching this file."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

PUBLIC = {"login", "password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete",
          "healthz", "logout", "admin:login", "admin:logout"}
# Plausible values for URL parameters, by name first, then by converter.
BY_NAME = {"key": "system_context", "descriptor_key": "system_context", "descriptor": "system_context",
           "step": "submit", "uidb64": "MQ", "token": "set-password"}
BY_CONVERTER = {"int": "1", "slug": "something", "str": "something", "path": "something/else",
                "uuid": str(uuid.uuid4())}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def routes(resolver=None, prefix=""):
    """(name, route) for every named pattern reachable through RoutePatterns (the admin uses regexes)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if not isinstance(entry.pattern, RoutePattern):
            continue
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            namespace = f"{entry.namespace}:" if entry.namespace else ""
            yield from ((namespace + name, path) for name, path in routes(entry, route))
        elif isinstance(entry, URLPattern) and entry.name:
            yield entry.name, route


def fill(route, slug):
    def value(match):
        if match["name"] == "slug":
            return slug
        converter = match["converter"] or "str"
        if converter in ("int", "uuid"):
            return BY_CONVERTER[converter]
        return BY_NAME.get(match["name"], BY_CONVERTER.get(converter, "something"))

    return "/" + PARAMETER.sub(value, route)


def project_routes():
    return sorted({(name, route) for name, route in routes() if "<slug:slug>" in route})


def is_public(name, route):
    # The guide explains TEC itself and is open (home shows its intro to visitors); its
    # project-specific pages are not.
    general_guide = name.startswith("guide_") and "<slug:slug>" not in route
    return name in PUBLIC or general_guide or name == "home"


def page_routes():
    return sorted({(name, route) for name, route in routes() if not is_public(name, route)})


def test_public_pages_show_no_project_data(client, cast):
    for name, route in routes():
        if is_public(name, route) and "<" not in route:
            page = client.get("/" + route, follow=True).content.decode()
            assert cast.project.name not in page and cast.project.slug not in page, name


def test_the_walk_finds_the_project_pages():
    names = {name for name, _ in project_routes()}
    assert {"project_detail", "project_members", "descriptor_review", "comment_resolve"} <= names


@pytest.mark.parametrize("name,route", project_routes())
def test_every_project_url_is_404_for_a_logged_in_non_member(client, cast, name, route):
    client.force_login(cast.outsider)
    url = fill(route, cast.project.slug)
    assert client.get(url).status_code == 404, url
    assert client.post(url).status_code == 404, url


@pytest.mark.parametrize("name,route", project_routes())
def test_every_project_url_answers_a_non_member_as_if_the_project_did_not_exist(client, cast, name, route):
    client.force_login(cast.outsider)
    real = client.get(fill(route, cast.project.slug))
    made_up = client.get(fill(route, "no-such-project"))
    assert (real.status_code, real.content) == (made_up.status_code, made_up.content)


@pytest.mark.parametrize("name,route", page_routes())
def test_every_page_sends_anonymous_users_to_login(client, cast, name, route):
    url = fill(route, cast.project.slug)
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302, url
        assert response["Location"].startswith(("/accounts/login/", "/admin/login/")), url


@pytest.mark.parametrize("name,route", project_routes())
def test_every_project_page_a_member_sees_has_csrf_protected_forms(client, cast, name, route):
    client.force_login(cast.owner)
    response = client.get(fill(route, cast.project.slug))
    if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
        return
    page = response.content.decode()
    for form in re.findall(r"<form[^>]*method=\"post\".*?</form>", page, flags=re.S | re.I):
        assert "csrfmiddlewaretoken" in form, (route, form[:200])

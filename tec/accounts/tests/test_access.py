import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from tec.accounts.access import project_for, visible_projects
from tec.test import make_cast


def request_by(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_a_user_sees_only_the_projects_they_are_a_member_of(cast):
    other = make_cast("Beta", prefix="b-")
    assert list(visible_projects(cast.developer)) == [cast.project]
    assert list(visible_projects(other.developer)) == [other.project]
    assert list(visible_projects(cast.outsider)) == []
    assert list(visible_projects(AnonymousUser())) == []


def test_project_for_hides_a_project_from_non_members_behind_a_404(cast):
    with pytest.raises(Http404):
        project_for(request_by(cast.outsider), cast.project.slug)


def test_project_for_refuses_a_member_without_the_right_with_a_403(cast):
    with pytest.raises(PermissionDenied):
        project_for(request_by(cast.developer), cast.project.slug, "edit", "system_context")


def test_project_for_returns_the_project_when_the_policy_allows(cast):
    assert project_for(request_by(cast.integrator), cast.project.slug, "edit", "system_context") == cast.project


def test_an_unknown_descriptor_in_a_url_is_a_404_not_a_crash(cast):
    with pytest.raises(Http404):
        project_for(request_by(cast.owner), cast.project.slug, "view", "not_a_descriptor")

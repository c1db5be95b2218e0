"""Shared test fixtures: a project with an owner, one member per team, and an outsider.

tec/conftest.py makes them available to every test under tec/. Users' passwords are PASSWORD.
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from tec.accounts.members import member_add
from tec.accounts.teams import team_group
from tec.documents.models import Project

PASSWORD = "correct horse battery staple"


def make_user(username, **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD,
        first_name=username.capitalize(), **extra,
    )
    return user


def make_project(name="Alpha", **extra):
    return Project.objects.create(name=name, description=extra.pop("description", f"The {name} project."), **extra)


def add_member(project, user, team_code=None, is_owner=False):
    team = team_group(team_code) if team_code else None
    return member_add(project=project, user=user, team=team, is_owner=is_owner)


@dataclass
class Cast:
    """A project and the people around it, like healthchecks' BaseTestCase."""

    project: Project
    owner: object  # leads the project, belongs to no team
    developer: object  # Model Development
    integrator: object  # Model Integration
    operator: object  # Model Operation
    outsider: object  # logged in, member of nothing

    @property
    def members(self):
        return {"owner": self.owner, "developer": self.developer, "integrator": self.integrator,
                "operator": self.operator}

    @property
    def by_team(self):
        return {"development": self.developer, "integration": self.integrator, "operation": self.operator}


def make_cast(name="Alpha", prefix="") -> Cast:
    project = make_project(name)
    users = {role: make_user(prefix + role) for role in ("owner", "developer", "integrator", "operator", "outsider")}
    add_member(project, users["owner"], is_owner=True)
    add_member(project, users["developer"], "development")
    add_member(project, users["integrator"], "integration")
    add_member(project, users["operator"], "operation")
    return Cast(project=project, **users)


@pytest.fixture
def cast(db) -> Cast:
    return make_cast()


def _part_of_cast(name):
    @pytest.fixture(name=name)
    def part(cast):
        return getattr(cast, name)

    part.__doc__ = f"The cast's {name}."
    return part


project, owner, developer, integrator, operator, outsider = (
    _part_of_cast(name) for name in ("project", "owner", "developer", "integrator", "operator", "outsider")
)

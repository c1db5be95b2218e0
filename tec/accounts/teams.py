"""The three teams. Each is a Django group; descriptors name their producing team by code."""

from django.contrib.auth.models import Group

# code (as in tec.schemas.registry default_team) -> group name
TEAMS = {
    "development": "Model Development",
    "integration": "Model Integration",
    "operation": "Model Operation",
}
CODE_BY_NAME = {name: code for code, name in TEAMS.items()}


def team_group(code: str) -> Group:
    """The group of a team code, created on first use."""
    return Group.objects.get_or_create(name=TEAMS[code])[0]


def team_groups():
    """The three team groups, in the order of TEAMS."""
    return [team_group(code) for code in TEAMS]


def is_team(group) -> bool:
    return group is not None and group.name in CODE_BY_NAME

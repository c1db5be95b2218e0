"""Who produces and who consumes each descriptor, by default or in one project."""

from dataclasses import dataclass

from django.contrib.auth.models import Group

from tec.accounts.roles import producing_team_ids
from tec.accounts.teams import CODE_BY_NAME, TEAMS
from tec.guide.content import TEAM_WORK, TYPICAL_WRITERS
from tec.schemas import registry


@dataclass(frozen=True)
class Team:
    code: str
    name: str
    work: str
    roles: tuple


@dataclass(frozen=True)
class Duty:
    """One descriptor with its producing team and the teams that consume it."""

    descriptor: registry.Descriptor
    producer: Team
    consumers: tuple  # (Team, ...)
    writers: tuple  # typical roles that write it
    is_default: bool = True  # False when a project gave it to another team


def teams() -> tuple:
    """The three teams with what they do and their typical roles."""
    return tuple(Team(code, name, *TEAM_WORK[code]) for code, name in TEAMS.items())


def team(code: str) -> Team:
    return next(t for t in teams() if t.code == code)


def default_producers() -> dict:
    """Descriptor key -> producing team code, as every new project starts."""
    return {d.key: d.default_team for d in registry.DESCRIPTORS}


def project_producers(project) -> dict:
    """Descriptor key -> producing team code in this project (its ownership map, defaults filled in)."""
    by_id = producing_team_ids(project)
    codes = {pk: CODE_BY_NAME[name] for pk, name in
             Group.objects.filter(pk__in=set(by_id.values())).values_list("pk", "name")}
    return {key: codes[pk] for key, pk in by_id.items()}


def duties(producers: dict) -> list:
    """A Duty per descriptor, in registry order, from a key -> team code map."""
    all_teams = teams()
    return [
        Duty(
            descriptor=d,
            producer=team(producers[d.key]),
            consumers=tuple(t for t in all_teams if t.code != producers[d.key]),
            writers=TYPICAL_WRITERS[d.key],
            is_default=producers[d.key] == d.default_team,
        )
        for d in registry.DESCRIPTORS
    ]


def produced_by(producers: dict, code: str) -> list:
    """The descriptors a team produces under this map."""
    return [registry.get(key) for key, producer in producers.items() if producer == code]

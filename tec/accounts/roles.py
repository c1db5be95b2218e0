"""A user's role in one project, read once and cached on the user object for the request."""

from dataclasses import dataclass

from tec.accounts.models import DescriptorOwnership, Membership
from tec.accounts.teams import TEAMS, team_group
from tec.schemas import registry

_CACHE = "_tec_roles"


@dataclass(frozen=True)
class Role:
    """What the policy needs to know about one user in one project."""

    is_member: bool = False
    is_owner: bool = False
    team_id: int | None = None


NOBODY = Role()


def role_in(user, project) -> Role:
    if not getattr(user, "is_authenticated", False) or project is None or project.pk is None:
        return NOBODY
    cache = user.__dict__.setdefault(_CACHE, {})
    if project.pk not in cache:
        cache[project.pk] = _load_role(user, project)
    return cache[project.pk]


def forget_roles(user):
    """Drops cached roles, e.g. after a membership of this user changed."""
    user.__dict__.pop(_CACHE, None)


def _load_role(user, project) -> Role:
    membership = Membership.objects.filter(project=project, user=user).only("is_owner", "team_id").first()
    if membership is None:
        return NOBODY
    return Role(is_member=True, is_owner=membership.is_owner, team_id=membership.team_id)


def producing_team_ids(project) -> dict:
    """Descriptor key -> id of the producing team's group, defaults filled in; cached on the project."""
    cached = project.__dict__.get("_tec_producers")
    if cached is None:
        stored = dict(DescriptorOwnership.objects.filter(project=project).values_list("descriptor_key", "team_id"))
        cached = {d.key: stored.get(d.key) or default_team_id(d.key) for d in registry.DESCRIPTORS}
        project.__dict__["_tec_producers"] = cached
    return cached


def default_team_id(key) -> int:
    return team_group(registry.get(key).default_team).pk


def default_team_name(key) -> str:
    return TEAMS[registry.get(key).default_team]


def remember(user, membership, producer_ids: dict):
    """Primes the caches from rows a list page loaded anyway, so `can` runs no queries for them."""
    project = membership.project
    role = Role(is_member=True, is_owner=membership.is_owner, team_id=membership.team_id)
    user.__dict__.setdefault(_CACHE, {})[project.pk] = role
    defaults = {key: default_team_id(key) for key in registry.KEYS if key not in producer_ids}
    project.__dict__["_tec_producers"] = {**defaults, **producer_ids}

"""Adding, changing and removing the members of a project; every change lands in the audit trail."""

from django.db import transaction

from tec.accounts.models import Event, Membership
from tec.accounts.roles import forget_roles


class MembershipError(Exception):
    """A membership change that would leave the project in a bad state."""


def _describe(membership) -> str:
    team = membership.team.name if membership.team else "no team"
    return f"{membership.user.username}: {team}{', owner' if membership.is_owner else ''}"


@transaction.atomic
def member_add(*, project, user, team, is_owner=False, by=None) -> Membership:
    if Membership.objects.filter(project=project, user=user).exists():
        raise MembershipError(f"{user.username} is a member already.")
    _check_role(team, is_owner)
    membership = Membership.objects.create(project=project, user=user, team=team, is_owner=is_owner)
    Event.objects.create(project=project, actor=by, verb=Event.Verb.MEMBER_ADDED, detail=_describe(membership))
    forget_roles(user)
    return membership


@transaction.atomic
def member_change(*, membership, team, is_owner, by=None) -> Membership:
    _check_role(team, is_owner)
    if membership.is_owner and not is_owner:
        _keep_an_owner(membership)
    before = _describe(membership)
    membership.team, membership.is_owner = team, is_owner
    membership.save()
    if before != _describe(membership):
        Event.objects.create(project=membership.project, actor=by, verb=Event.Verb.MEMBER_CHANGED,
                             detail=f"{before} → {_describe(membership)}"[:300])
    forget_roles(membership.user)
    return membership


@transaction.atomic
def member_remove(*, membership, by=None):
    if membership.is_owner:
        _keep_an_owner(membership)
    Event.objects.create(project=membership.project, actor=by, verb=Event.Verb.MEMBER_REMOVED,
                         detail=_describe(membership))
    membership.delete()
    forget_roles(membership.user)


def _check_role(team, is_owner):
    if team is None and not is_owner:
        raise MembershipError("A member who is not an owner needs a team.")


def is_last_owner(membership, lock=False) -> bool:
    owners = Membership.objects.filter(project=membership.project_id, is_owner=True)
    if lock:
        owners = owners.select_for_update()
    return not owners.exclude(pk=membership.pk).exists()


def _keep_an_owner(membership):
    if is_last_owner(membership, lock=True):
        raise MembershipError("A project needs at least one owner: make somebody else an owner first.")

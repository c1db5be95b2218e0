"""The producer map: which team produces each descriptor of a project."""

from django.db import transaction

from tec.accounts.models import DescriptorOwnership, Event
from tec.accounts.teams import TEAMS, team_group
from tec.schemas import registry


def ownership_defaults_create(*, project):
    """Stores the default producing team of every descriptor that has none yet."""
    groups = {code: team_group(code) for code in TEAMS}
    existing = set(DescriptorOwnership.objects.filter(project=project).values_list("descriptor_key", flat=True))
    DescriptorOwnership.objects.bulk_create(
        DescriptorOwnership(project=project, descriptor_key=d.key, team=groups[d.default_team])
        for d in registry.DESCRIPTORS if d.key not in existing
    )


@transaction.atomic
def producer_set(*, project, key, team, user):
    """Makes `team` (a team group) the producer of one descriptor, recorded in the audit trail."""
    ownership = DescriptorOwnership.objects.select_for_update().filter(project=project, descriptor_key=key).first()
    before = ownership.team.name if ownership else "default"
    if ownership is not None and ownership.team_id == team.pk:
        return ownership
    ownership = ownership or DescriptorOwnership(project=project, descriptor_key=key)
    ownership.team = team
    ownership.save()
    Event.objects.create(project=project, descriptor_key=key, actor=user, verb=Event.Verb.PRODUCER_CHANGED,
                         detail=f"{before} → {team.name}")
    project.__dict__.pop("_tec_producers", None)
    return ownership

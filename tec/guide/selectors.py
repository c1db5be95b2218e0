"""Reads for the guide pages: the user's own duties, and a project's state for the diagram."""

from dataclasses import dataclass

from tec.accounts.models import DescriptorOwnership, DescriptorState, Membership
from tec.accounts.teams import CODE_BY_NAME
from tec.accounts.workflow import implied_state
from tec.schemas import registry


@dataclass(frozen=True)
class MyDuty:
    """One project of the user: their team there and the descriptors that team produces."""

    membership: Membership
    produces: tuple  # (registry.Descriptor, ...)

    @property
    def project(self):
        return self.membership.project


def my_duties(user) -> list:
    """The user's projects with what their team produces in each; two queries however many projects."""
    memberships = list(Membership.objects.filter(user=user).select_related("project", "team")
                       .order_by("project__name"))
    stored = {}
    rows = DescriptorOwnership.objects.filter(project__in=[m.project_id for m in memberships])
    for row in rows.select_related("team"):
        stored[(row.project_id, row.descriptor_key)] = CODE_BY_NAME.get(row.team.name)
    return [MyDuty(m, _produced(m, stored)) for m in memberships]


def _produced(membership, stored) -> tuple:
    if membership.team is None:
        return ()
    code = CODE_BY_NAME.get(membership.team.name)
    return tuple(d for d in registry.DESCRIPTORS
                 if stored.get((membership.project_id, d.key), d.default_team) == code)


def descriptor_states(project, documents: dict) -> dict:
    """Descriptor key -> DescriptorState (stored, or implied from whether a document exists)."""
    stored = {s.descriptor_key: s for s in DescriptorState.objects.filter(project=project)}
    return {key: stored.get(key) or implied_state(project, key, documents.get(key) is not None)
            for key in registry.KEYS}

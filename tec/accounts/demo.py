"""Team memberships and a believable review history for the demo project (run by seed_demo)."""

from django.db import transaction

from tec.accounts import workflow
from tec.accounts.members import member_add
from tec.accounts.models import Event, Membership
from tec.accounts.teams import CODE_BY_NAME, team_group

# (descriptor, producer, reviewer or None, final step, comment, field path)
STORY = (
    ("system_context", "integrator", "developer", "approve", "Goals and success measures match what we evaluate.", ""),
    ("raw_data", "developer", "operator", "approve", "", ""),
    ("training_data", "developer", "integrator", "approve", "", ""),
    ("trained_model", "developer", None, "submit", "", ""),
    ("production_data", "operator", None, "submit", "", ""),
    ("production_environment", "operator", "developer", "request_changes",
     "The model needs one GPU (Trained Model, computing_resource_reqs.gpu) but this board has none. "
     "Can production get one, or should we plan for a CPU-only model?", "computing_resources.gpu"),
    ("data_pipeline", "developer", None, None, "", ""),
    ("development_environment", "integrator", None, None, "", ""),
)


@transaction.atomic
def demo_teams_create(project, users):
    """Adds the demo users in their teams (admin as owner); plays the review story once."""
    admin = users["admin"]
    if not Membership.objects.filter(project=project, user=admin).exists():
        member_add(project=project, user=admin, team=None, is_owner=True, by=admin)
    for name, user in users.items():
        team = user.groups.filter(name__in=CODE_BY_NAME).first()
        if team and not Membership.objects.filter(project=project, user=user).exists():
            member_add(project=project, user=user, team=team_group(CODE_BY_NAME[team.name]), by=admin)
    if not Event.objects.filter(project=project, verb=Event.Verb.SUBMITTED).exists():
        _play(project, users)


def _play(project, users):
    for key, producer, reviewer, last_step, comment, path in STORY:
        workflow.document_saved(project, key, users[producer])
        if last_step is None:
            continue
        workflow.descriptor_transition(project=project, key=key, user=users[producer], name="submit")
        if reviewer:
            workflow.descriptor_transition(project=project, key=key, user=users[reviewer], name=last_step,
                                           comment=comment, path=path)

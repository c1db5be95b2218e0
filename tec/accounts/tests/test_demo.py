import pytest
from django.core.management import call_command

from tec.accounts.models import Comment, Event, Membership
from tec.accounts.workflow import state_of
from tec.documents.models import Project


def seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    return Project.objects.get(name="Road Sign Classifier")


@pytest.fixture
def demo(db):
    return seed()


def test_the_demo_users_are_members_in_their_teams_and_admin_owns_the_project(demo):
    roles = {m.user.username: (m.team.name if m.team else None, m.is_owner) for m in Membership.objects.all()}
    assert roles == {"admin": (None, True), "developer": ("Model Development", False),
                     "integrator": ("Model Integration", False), "operator": ("Model Operation", False)}


def test_the_demo_has_approved_in_review_and_changes_requested_descriptors(demo):
    statuses = {key: state_of(demo, key).status for key in ("system_context", "trained_model",
                                                              "production_environment", "data_pipeline")}
    assert statuses == {"system_context": "approved", "trained_model": "in_review",
                        "production_environment": "changes_requested", "data_pipeline": "draft"}
    comment = Comment.objects.get(descriptor_key="production_environment")
    assert comment.author.username == "developer" and comment.path == "computing_resources.gpu"


def test_seeding_again_adds_nothing(demo):
    counts = (Membership.objects.count(), Event.objects.count(), Comment.objects.count())
    seed()
    assert (Membership.objects.count(), Event.objects.count(), Comment.objects.count()) == counts

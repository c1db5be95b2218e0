"""The permission matrix: every role x descriptor x action, written out by hand."""

import pytest

from tec.accounts.ownership import producer_set
from tec.accounts.policy import ACTIONS, can
from tec.accounts.roles import forget_roles
from tec.accounts.teams import team_group
from tec.schemas import registry

PRODUCER = {
    "system_context": "integration",
    "raw_data": "development",
    "data_pipeline": "development",
    "training_data": "development",
    "trained_model": "development",
    "development_environment": "integration",
    "production_environment": "operation",
    "production_data": "operation",
}
EVERY_MEMBER = {"view", "comment", "export"}
OWNER_ONLY = {"manage_members", "manage_project"}


def expected(role, key, action) -> bool:
    if role == "outsider":
        return False
    if action in EVERY_MEMBER:
        return True
    if action in OWNER_ONLY or (action == "import" and key is None):
        return role == "owner"
    if action in ("edit", "submit", "import"):
        return role == "owner" or PRODUCER[key] == role
    if action == "review":
        return role != "owner" and PRODUCER[key] != role
    raise AssertionError(action)


ROLES = ("owner", "development", "integration", "operation", "outsider")


def user_for(cast, role):
    return {"owner": cast.owner, "outsider": cast.outsider, **cast.by_team}[role]


def test_the_matrix_covers_every_descriptor_in_the_registry():
    assert set(PRODUCER) == set(registry.KEYS)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("key", registry.KEYS)
def test_each_role_may_do_exactly_what_its_team_may_for_each_descriptor(cast, role, key):
    user = user_for(cast, role)
    for action in ACTIONS:
        assert can(user, action, cast.project, key) is expected(role, key, action), (role, key, action)


@pytest.mark.parametrize("role", ROLES)
def test_project_level_questions_need_no_descriptor(cast, role):
    user = user_for(cast, role)
    for action in ("view", "comment", "export", "import", "manage_members", "manage_project"):
        assert can(user, action, cast.project) is expected(role, None, action), (role, action)
    assert can(user, "edit", cast.project) is (role == "owner")


def test_submit_and_review_need_a_descriptor(cast):
    for action in ("submit", "review"):
        with pytest.raises(ValueError):
            can(cast.owner, action, cast.project)


def test_an_unknown_action_or_descriptor_is_a_programming_error(cast):
    with pytest.raises(ValueError):
        can(cast.owner, "delete_everything", cast.project)
    with pytest.raises(KeyError):
        can(cast.owner, "view", cast.project, "nonsense")


def test_anonymous_users_may_do_nothing(cast):
    from django.contrib.auth.models import AnonymousUser

    assert not any(can(AnonymousUser(), action, cast.project, "raw_data") for action in ACTIONS)


def test_superusers_get_no_project_rights_without_a_membership(cast, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    assert not can(root, "view", cast.project)


def test_changing_the_producer_moves_editing_and_reviewing_rights(cast):
    producer_set(project=cast.project, key="trained_model", team=team_group("integration"), user=cast.owner)
    assert can(cast.integrator, "edit", cast.project, "trained_model")
    assert not can(cast.developer, "edit", cast.project, "trained_model")
    assert can(cast.developer, "review", cast.project, "trained_model")
    assert not can(cast.integrator, "review", cast.project, "trained_model")


def test_a_project_without_stored_producers_falls_back_to_the_defaults(cast):
    cast.project.ownerships.all().delete()
    cast.project.__dict__.pop("_tec_producers", None)
    assert can(cast.developer, "edit", cast.project, "raw_data")
    assert can(cast.operator, "edit", cast.project, "production_data")


def test_a_removed_member_loses_every_right(cast):
    from tec.accounts.members import member_remove

    assert can(cast.operator, "view", cast.project)
    member_remove(membership=cast.project.memberships.get(user=cast.operator))
    forget_roles(cast.operator)
    assert not can(cast.operator, "view", cast.project)


def test_the_policy_reads_a_users_role_and_the_producer_map_once_per_project(cast, django_assert_num_queries):
    with django_assert_num_queries(2):
        can(cast.developer, "edit", cast.project, "raw_data")
    with django_assert_num_queries(0):
        for key in registry.KEYS:
            can(cast.developer, "edit", cast.project, key)

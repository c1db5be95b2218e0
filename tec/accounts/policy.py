"""The one place that decides who may do what in a project.

`can(user, action, project, descriptor_key=None)` answers every question; views, downloads
and the admin ask it and never decide on their own.

- Every member may view, comment on and export everything in the project.
- Producers (members of the team producing a descriptor) and owners may edit and submit it.
- Members of every other team consume it and may review it (approve or request changes);
  who may review a particular submission also depends on its state, see tec.accounts.workflow.
- Owners (leads) manage members, the producer map, the project itself, and import project files;
  a single descriptor's file may also be imported by its producers.
- Without a descriptor, "edit" means editing the project's own details (owners only).
"""

from tec.accounts.roles import producing_team_ids, role_in
from tec.schemas import registry

ACTIONS = ("view", "edit", "submit", "review", "comment", "export", "import", "manage_members", "manage_project")
DESCRIPTOR_ACTIONS = ("submit", "review")


def can(user, action, project, descriptor_key=None) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if descriptor_key is not None:
        registry.get(descriptor_key)
    elif action in DESCRIPTOR_ACTIONS:
        raise ValueError(f"{action!r} needs a descriptor")
    role = role_in(user, project)
    if not role.is_member:
        return False
    return RULES[action](role, project, descriptor_key)


def is_producer(role, project, key) -> bool:
    return role.team_id is not None and producing_team_ids(project)[key] == role.team_id


def is_consumer(role, project, key) -> bool:
    return role.team_id is not None and producing_team_ids(project)[key] != role.team_id


def _any_member(role, project, key):
    return True


def _owner(role, project, key):
    return role.is_owner


def _producer_or_owner(role, project, key):
    return role.is_owner or (key is not None and is_producer(role, project, key))


def _consumer(role, project, key):
    return is_consumer(role, project, key)


RULES = {
    "view": _any_member,
    "comment": _any_member,
    "export": _any_member,
    "edit": _producer_or_owner,
    "submit": _producer_or_owner,
    "review": _consumer,
    # A whole project file is the owners' call; one descriptor's file is its producers' too.
    "import": _producer_or_owner,
    "manage_members": _owner,
    "manage_project": _owner,
}

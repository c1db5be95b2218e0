"""The guide's own words cover every team and every descriptor."""

from tec.accounts.teams import TEAMS
from tec.guide.content import TEAM_WORK, TYPICAL_WRITERS
from tec.schemas import registry


def test_every_team_has_a_description_and_typical_roles():
    assert set(TEAM_WORK) == set(TEAMS)
    assert all(work and roles for work, roles in TEAM_WORK.values())


def test_every_descriptor_names_the_roles_that_usually_write_it():
    assert set(TYPICAL_WRITERS) == set(registry.KEYS)
    assert all(TYPICAL_WRITERS.values())

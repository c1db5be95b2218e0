"""Reads for exports that span many projects, in a fixed number of queries."""

from tec.accounts.models import DescriptorState
from tec.accounts.workflow import implied_state
from tec.schemas import registry


def statuses_by_project(projects, documents: dict) -> dict:
    """project id -> {descriptor key -> workflow Status}, implied where nothing is stored."""
    stored = {
        (state.project_id, state.descriptor_key): state
        for state in DescriptorState.objects.filter(project__in=[p.pk for p in projects])
    }
    return {
        project.pk: {
            key: (stored.get((project.pk, key))
                  or implied_state(project, key, documents[project.pk][key] is not None)).status
            for key in registry.KEYS
        }
        for project in projects
    }

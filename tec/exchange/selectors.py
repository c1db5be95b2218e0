"""Reads for exports that span many projects, in a fixed number of queries."""

from tec.accounts.models import DescriptorState
from tec.accounts.workflow import implied_state
from tec.documents.models import model_for
from tec.schemas import registry


def documents_by_project(projects) -> dict:
    """project id -> {descriptor key -> 1.2 document or None}: one query per descriptor."""
    ids = [project.pk for project in projects]
    found = {pk: dict.fromkeys(registry.KEYS) for pk in ids}
    for key in registry.KEYS:
        for instance in model_for(key).objects.filter(project_id__in=ids):
            found[instance.project_id][key] = instance.to_document()
    return found


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

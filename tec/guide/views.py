"""The guide: public pages generated from the registries, and two pages inside a project."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from tec.accounts.access import project_for
from tec.accounts.models import Status
from tec.guide import changelog, descriptor_help, imports, ownership, pictures, relations, selectors
from tec.mismatches.registry import RULES
from tec.schemas import registry


def intro(request):
    """What ML mismatch is, the teams, the descriptors and what to do next; the home of visitors."""
    producers = ownership.default_producers()
    context = {
        "section": "intro",
        "teams": [(team, ownership.produced_by(producers, team.code)) for team in ownership.teams()],
        "duties": ownership.duties(producers),
        "rule_count": len(RULES),
        "my_duties": selectors.my_duties(request.user) if request.user.is_authenticated else None,
    }
    return render(request, "guide/intro.html", context)


def producers(request):
    return _producers_page(request, ownership.default_producers(), project=None)


@login_required
def project_producers(request, slug):
    project = project_for(request, slug, "view")
    return _producers_page(request, ownership.project_producers(project), project=project)


def _producers_page(request, producers, project):
    duties = ownership.duties(producers)
    edges = relations.edges()
    context = {"section": "producers", "project": project, "teams": ownership.teams(),
               "rows": [(duty, relations.usage(duty.descriptor.key, edges)) for duty in duties],
               "changed": [duty for duty in duties if not duty.is_default]}
    return render(request, "guide/producers.html", context)


def relationships(request):
    picture = pictures.plain_diagram(ownership.default_producers())
    return _relationships_page(request, picture, project=None)


@login_required
def project_relationships(request, slug):
    project = project_for(request, slug, "view")
    return _relationships_page(request, pictures.project_diagram(project), project=project)


def _relationships_page(request, picture, project):
    context = {"section": "relationships", "project": project, "diagram": picture,
               "marker_states": pictures.MARKER_STATES, "statuses": Status.choices, "teams": ownership.teams(),
               "internal_links": relations.internal_links()}
    return render(request, "guide/relationships.html", context)


def descriptor(request, key):
    if key not in registry.BY_KEY:
        raise Http404("No such descriptor.")
    links = relations.link_table()
    duty = next(d for d in ownership.duties(ownership.default_producers()) if d.descriptor.key == key)
    context = {
        "section": "descriptors", "descriptor": registry.get(key), "duty": duty,
        "fields": descriptor_help.field_help(key, links), "rule_uses": descriptor_help.rule_uses(key, links),
        "usage": relations.usage(key, relations.edges(links)),
        "versions": [(step, rows[key]) for step, rows in _version_steps()],
        "all_descriptors": registry.DESCRIPTORS,
        "neighbours": descriptor_help.neighbours(key), "latest": registry.LATEST_VERSION,
    }
    return render(request, "guide/descriptor.html", context)


def changelog_page(request):
    context = {
        "section": "changelog", "steps": _version_steps(), "descriptors": registry.DESCRIPTORS,
        "versions": registry.VERSIONS, "latest": registry.LATEST_VERSION,
        "samples": imports.SAMPLE_VALUES,
    }
    return render(request, "guide/changelog.html", context)


def _version_steps() -> list:
    """(schema step, {descriptor key: (descriptor, schema changes, import effects)}) per step, oldest first."""
    return [
        (step, {d.key: (d, step.changes[d.key], upgrade.effects[d.key]) for d in registry.DESCRIPTORS})
        for step, upgrade in zip(changelog.steps(), imports.upgrade_steps())
    ]

"""What the dashboard and the project pages show: a status grid per project and what waits for the user."""

from dataclasses import dataclass, field

from django.db.models import Count

from tec.accounts import roles
from tec.accounts.completeness import Completeness, completeness
from tec.accounts.models import Comment, DescriptorOwnership, DescriptorState, Membership, Status
from tec.accounts.policy import is_producer
from tec.accounts.workflow import available_transitions, implied_state
from tec.documents.selectors import documents_by_project
from tec.mismatches.services import counts_for_projects
from tec.schemas import registry


def open_mismatches(documents: dict) -> dict:
    """project pk -> {descriptor key -> open mismatches involving it}, for {project: {key: document}}."""
    return {
        pk: {key: counts["open"] for key, counts in found["by_descriptor"].items()}
        for pk, found in counts_for_projects(documents).items()
    }


@dataclass
class Cell:
    """One descriptor of one project, as the grid shows it."""

    descriptor: registry.Descriptor
    state: DescriptorState
    team_name: str
    completeness: Completeness
    open_comments: int = 0
    mismatches: int | None = None
    steps: list = field(default_factory=list)  # workflow transitions the viewing user may make now

    @property
    def key(self):
        return self.descriptor.key

    @property
    def filled(self) -> bool:
        return self.completeness.filled > 0 or self.state.status != Status.NOT_STARTED


@dataclass
class ProjectGrid:
    project: object
    membership: Membership
    cells: list

    @property
    def filled_count(self) -> int:
        return sum(cell.state.status != Status.NOT_STARTED for cell in self.cells)

    @property
    def approved_count(self) -> int:
        return sum(cell.state.status == Status.APPROVED for cell in self.cells)


def project_grids(user, memberships) -> list:
    """A grid per membership; a fixed number of queries however many projects there are."""
    memberships = list(memberships)
    projects = [m.project for m in memberships]
    states = _by_project(DescriptorState.objects.filter(project__in=projects))
    producers = _by_project(DescriptorOwnership.objects.filter(project__in=projects).select_related("team"))
    comments = _open_comment_counts(projects)
    documents = documents_by_project(projects)
    docs_by_project = {project: documents[project.pk] for project in projects}
    mismatches_by_project = open_mismatches(docs_by_project)
    grids = []
    for membership in memberships:
        project = membership.project
        teams = {row.descriptor_key: row.team for row in producers.get(project.pk, [])}
        roles.remember(user, membership, {key: team.pk for key, team in teams.items()})
        stored = {row.descriptor_key: row for row in states.get(project.pk, [])}
        docs = docs_by_project[project]
        mismatches = mismatches_by_project[project.pk]
        cells = [_cell(user, project, d, stored, teams, docs, comments, mismatches) for d in registry.DESCRIPTORS]
        grids.append(ProjectGrid(project=project, membership=membership, cells=cells))
    return grids


def _cell(user, project, descriptor, stored, teams, docs, comments, mismatches):
    key = descriptor.key
    document = docs[key]
    state = stored.get(key) or implied_state(project, key, document is not None)
    team = teams.get(key)
    return Cell(
        descriptor=descriptor, state=state,
        team_name=team.name if team else roles.default_team_name(key),
        completeness=completeness(key, document),
        open_comments=comments.get((project.pk, key), 0),
        mismatches=mismatches.get(key),
        steps=available_transitions(user, project, key, state),
    )


def producer_name(project, key) -> str:
    row = DescriptorOwnership.objects.filter(project=project, descriptor_key=key).select_related("team").first()
    return row.team.name if row else roles.default_team_name(key)


def my_memberships(user):
    return Membership.objects.filter(user=user).select_related("project", "team").order_by("project__name")


def membership_of(user, project):
    return Membership.objects.select_related("project", "team").get(user=user, project=project)


@dataclass(frozen=True)
class Waiting:
    project: object
    cell: Cell
    why: str


def waiting_for(user, grids) -> dict:
    """Reviews the user may do now, and changes requested of the user's team."""
    reviews, changes = [], []
    for grid in grids:
        for cell in grid.cells:
            if any(step.action == "review" for step in cell.steps):
                reviews.append(Waiting(grid.project, cell, "waits for your review"))
            elif cell.state.status == Status.CHANGES_REQUESTED and _produced_by_my_team(user, grid, cell):
                changes.append(Waiting(grid.project, cell, "changes were requested"))
    return {"reviews": reviews, "changes": changes}


def _produced_by_my_team(user, grid, cell) -> bool:
    return is_producer(roles.role_in(user, grid.project), grid.project, cell.key)


def _open_comment_counts(projects) -> dict:
    rows = (Comment.objects.filter(project__in=projects, resolved_at__isnull=True)
            .values("project_id", "descriptor_key").annotate(n=Count("pk")))
    return {(row["project_id"], row["descriptor_key"]): row["n"] for row in rows}


def _by_project(queryset) -> dict:
    grouped = {}
    for row in queryset:
        grouped.setdefault(row.project_id, []).append(row)
    return grouped


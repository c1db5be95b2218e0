from django.urls import reverse

from tec.accounts.models import DescriptorOwnership, Event
from tec.accounts.policy import can
from tec.accounts.teams import team_group
from tec.schemas import registry


def form_data(**changes):
    data = {d.key: team_group(d.default_team).pk for d in registry.DESCRIPTORS}
    data.update({key: team_group(code).pk for key, code in changes.items()})
    return data


def test_owners_change_which_team_produces_a_descriptor(client, cast):
    client.force_login(cast.owner)
    url = reverse("project_producers", args=[cast.project.slug])
    assert client.post(url, form_data(production_data="development")).status_code == 302
    row = DescriptorOwnership.objects.get(project=cast.project, descriptor_key="production_data")
    assert row.team.name == "Model Development"
    assert Event.objects.get(verb="producer_changed").detail == "Model Operation → Model Development"
    assert can(cast.developer, "edit", cast.project, "production_data")


def test_saving_the_map_unchanged_records_nothing(client, cast):
    client.force_login(cast.owner)
    client.post(reverse("project_producers", args=[cast.project.slug]), form_data())
    assert not Event.objects.filter(verb="producer_changed").exists()


def test_members_read_the_map_but_may_not_change_it(client, cast):
    client.force_login(cast.operator)
    url = reverse("project_producers", args=[cast.project.slug])
    page = client.get(url).content.decode()
    assert "Model Integration" in page and "<select" not in page
    assert client.post(url, form_data(production_data="development")).status_code == 403

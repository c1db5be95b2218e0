from django.urls import reverse

from tec.accounts.models import Event, Membership
from tec.accounts.teams import team_group
from tec.test import make_user


def members_url(cast):
    return reverse("project_members", args=[cast.project.slug])


def test_owners_add_a_member_by_user_name_or_email_in_a_team(client, cast):
    newcomer = make_user("newcomer")
    client.force_login(cast.owner)
    response = client.post(members_url(cast), {"user": "NEWCOMER@example.org", "team": team_group("operation").pk})
    assert response.status_code == 302
    membership = Membership.objects.get(user=newcomer)
    assert (membership.team.name, membership.is_owner) == ("Model Operation", False)
    assert Event.objects.filter(verb="member_added", actor=cast.owner, detail__startswith="newcomer").exists()


def test_adding_an_unknown_user_or_a_member_again_is_explained(client, cast):
    client.force_login(cast.owner)
    page = client.post(members_url(cast), {"user": "ghost", "team": team_group("operation").pk}).content.decode()
    assert "No single active user" in page
    page = client.post(members_url(cast), {"user": "developer", "team": team_group("operation").pk}).content.decode()
    assert "member already" in page


def test_a_member_needs_a_team_unless_they_own_the_project(client, cast):
    make_user("newcomer")
    client.force_login(cast.owner)
    page = client.post(members_url(cast), {"user": "newcomer"}).content.decode()
    assert "Choose the team" in page
    client.post(members_url(cast), {"user": "newcomer", "is_owner": "on"})
    assert Membership.objects.get(user__username="newcomer").is_owner


def test_owners_move_a_member_to_another_team(client, cast):
    membership = Membership.objects.get(user=cast.developer)
    client.force_login(cast.owner)
    prefix = f"m{membership.pk}"
    client.post(reverse("member_change", args=[cast.project.slug, membership.pk]),
                {f"{prefix}-team": team_group("integration").pk, f"{prefix}-is_owner": "on"})
    membership.refresh_from_db()
    assert membership.team.name == "Model Integration" and membership.is_owner
    assert Event.objects.filter(verb="member_changed", detail__contains="→").exists()


def test_owners_remove_a_member_and_the_trail_keeps_it(client, cast):
    membership = Membership.objects.get(user=cast.operator)
    client.force_login(cast.owner)
    client.post(reverse("member_remove", args=[cast.project.slug, membership.pk]))
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert Event.objects.filter(verb="member_removed", detail__startswith="operator").exists()


def test_the_last_owner_cannot_be_removed_or_demoted(client, cast):
    membership = Membership.objects.get(user=cast.owner)
    client.force_login(cast.owner)
    response = client.post(reverse("member_remove", args=[cast.project.slug, membership.pk]), follow=True)
    assert "at least one owner" in response.content.decode()
    client.post(reverse("member_change", args=[cast.project.slug, membership.pk]),
                {f"m{membership.pk}-team": team_group("operation").pk})
    assert Membership.objects.get(pk=membership.pk).is_owner


def test_an_owner_who_removes_themselves_goes_home(client, cast):
    Membership.objects.filter(user=cast.developer).update(is_owner=True)
    membership = Membership.objects.get(user=cast.owner)
    client.force_login(cast.owner)
    response = client.post(reverse("member_remove", args=[cast.project.slug, membership.pk]))
    assert response["Location"] == reverse("home")


def test_members_see_the_member_list_but_may_not_change_it(client, cast):
    client.force_login(cast.developer)
    response = client.get(members_url(cast))
    page = response.content.decode()
    assert response.status_code == 200 and "integrator" in page and "add-member" not in page
    membership = Membership.objects.get(user=cast.operator)
    assert client.post(members_url(cast), {"user": "outsider", "team": team_group("operation").pk}).status_code == 403
    assert client.post(reverse("member_remove", args=[cast.project.slug, membership.pk])).status_code == 403
    assert client.post(reverse("member_change", args=[cast.project.slug, membership.pk])).status_code == 403


def test_a_membership_of_another_project_is_404(client, cast):
    from tec.test import make_cast

    other = make_cast("Beta", prefix="b-")
    foreign = Membership.objects.get(user=other.operator)
    client.force_login(cast.owner)
    assert client.post(reverse("member_remove", args=[cast.project.slug, foreign.pk])).status_code == 404


def test_removing_a_member_says_who_was_removed(client, cast):
    membership = Membership.objects.get(user=cast.operator)
    client.force_login(cast.owner)
    response = client.post(reverse("member_remove", args=[cast.project.slug, membership.pk]), follow=True)
    assert "Removed operator from the project." in response.content.decode()

from django.contrib.auth.models import Permission
from django.urls import reverse

from tec.accounts.models import Comment, DescriptorOwnership, DescriptorState, Event, Membership
from tec.accounts.teams import team_group
from tec.accounts.workflow import document_saved
from tec.test import make_cast, make_user


def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "x")


def staff_with(codenames):
    user = make_user("staff", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def test_the_admin_is_for_staff_only(client, cast):
    client.force_login(cast.owner)
    assert client.get(reverse("admin:index"))["Location"].startswith(reverse("admin:login"))


def test_adding_a_membership_in_the_admin_is_recorded(client, cast, django_user_model):
    root = superuser(django_user_model)
    client.force_login(root)
    response = client.post(reverse("admin:accounts_membership_add"), {
        "project": cast.project.pk, "user": cast.outsider.pk, "team": team_group("operation").pk})
    assert response.status_code == 302
    assert Membership.objects.filter(user=cast.outsider, project=cast.project).exists()
    assert Event.objects.filter(verb="member_added", actor=root).exists()


def test_the_admin_keeps_the_last_owner(client, cast, django_user_model):
    client.force_login(superuser(django_user_model))
    membership = Membership.objects.get(user=cast.owner)
    response = client.post(reverse("admin:accounts_membership_change", args=[membership.pk]), {"team": ""})
    assert response.status_code == 200 and "at least one owner" in response.content.decode()


def test_changing_a_status_in_the_admin_is_recorded(client, cast, django_user_model):
    document_saved(cast.project, "raw_data", cast.developer)
    state = DescriptorState.objects.get(descriptor_key="raw_data")
    root = superuser(django_user_model)
    client.force_login(root)
    client.post(reverse("admin:accounts_descriptorstate_change", args=[state.pk]), {"status": "approved"})
    state.refresh_from_db()
    assert state.status == "approved"
    assert Event.objects.filter(verb="status_set", actor=root, to_status="approved").exists()


def test_changing_a_producer_in_the_admin_is_recorded(client, cast, django_user_model):
    row = DescriptorOwnership.objects.get(project=cast.project, descriptor_key="raw_data")
    client.force_login(superuser(django_user_model))
    client.post(reverse("admin:accounts_descriptorownership_change", args=[row.pk]),
                {"team": team_group("operation").pk})
    row.refresh_from_db()
    assert row.team.name == "Model Operation" and Event.objects.filter(verb="producer_changed").exists()


def test_comments_and_the_trail_cannot_be_deleted_or_edited_in_the_admin(client, cast, django_user_model):
    comment = Comment.objects.create(project=cast.project, descriptor_key="raw_data", author=cast.owner, body="x")
    client.force_login(superuser(django_user_model))
    assert client.get(reverse("admin:accounts_comment_delete", args=[comment.pk])).status_code == 403
    event = Event.objects.first()
    assert client.post(reverse("admin:accounts_event_delete", args=[event.pk]), {"post": "yes"}).status_code == 403
    client.post(reverse("admin:accounts_comment_change", args=[comment.pk]), {"body": "changed"})
    comment.refresh_from_db()
    assert comment.body == "x"


def test_staff_who_are_not_superusers_see_only_their_projects(client, cast):
    other = make_cast("Beta", prefix="b-")
    staff = staff_with(["view_membership", "change_membership"])
    Membership.objects.create(project=cast.project, user=staff, is_owner=True)
    client.force_login(staff)
    listing = client.get(reverse("admin:accounts_membership_changelist")).content.decode()
    assert "Alpha" in listing and "Beta" not in listing
    foreign = Membership.objects.get(user=other.developer)
    assert client.get(reverse("admin:accounts_membership_change", args=[foreign.pk])).status_code == 302


def test_staff_members_without_ownership_may_only_look(client, cast):
    staff = staff_with(["view_membership", "change_membership"])
    Membership.objects.create(project=cast.project, user=staff, team=team_group("operation"))
    membership = Membership.objects.get(user=cast.developer)
    client.force_login(staff)
    client.post(reverse("admin:accounts_membership_change", args=[membership.pk]),
                {"team": team_group("operation").pk})
    membership.refresh_from_db()
    assert membership.team.name == "Model Development"


def test_the_admin_lists_render(client, cast, django_user_model):
    document_saved(cast.project, "raw_data", cast.developer)
    client.force_login(superuser(django_user_model))
    for model in ("membership", "descriptorownership", "descriptorstate", "comment", "event"):
        assert client.get(reverse(f"admin:accounts_{model}_changelist")).status_code == 200, model

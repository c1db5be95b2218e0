"""Creates the demo project and one demo user per team plus an admin. Safe to run again."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from tec.documents.models import Project
from tec.documents.services import project_create_from_bundle

BUNDLE = Path(__file__).resolve().parents[2] / "demo" / "road_sign_classifier.json"
DEMO_PASSWORD = "tec-demo-2026"
TEAMS = ("Model Development", "Model Integration", "Model Operation")
# username -> (full name, team or None for the admin)
DEMO_USERS = {
    "admin": ("Ada Admin", None),
    "developer": ("Dana Developer", "Model Development"),
    "integrator": ("Ian Integrator", "Model Integration"),
    "operator": ("Olga Operator", "Model Operation"),
}


class Command(BaseCommand):
    help = f"Create the demo project and demo users (password {DEMO_PASSWORD!r}); existing ones are left as they are."

    @transaction.atomic
    def handle(self, *args, **options):
        users = {name: self._user(name, *info) for name, info in DEMO_USERS.items()}
        bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
        project = Project.objects.filter(name=bundle["project"]["name"]).first()
        if project is None:
            project = project_create_from_bundle(bundle=bundle, user=users["admin"], message="Demo data")
            self.stdout.write(f"created demo project {project.name!r}")
        self.after_seed(project, users)
        self.stdout.write("demo data ready")

    def after_seed(self, project, users):
        """Hook for team memberships and other per-project demo data."""
        from tec.accounts.demo import demo_teams_create

        demo_teams_create(project, users)

    def _user(self, username, full_name, team):
        first, last = full_name.split(" ", 1)
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org",
                      "is_staff": team is None, "is_superuser": team is None},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if team:
            user.groups.add(Group.objects.get_or_create(name=team)[0])
        return user

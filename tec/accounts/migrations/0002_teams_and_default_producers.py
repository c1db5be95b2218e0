"""Creates the three team groups and gives projects that exist already the default producer map."""

from django.db import migrations

# Frozen copies: migrations must not change when the registry does.
TEAMS = {"development": "Model Development", "integration": "Model Integration", "operation": "Model Operation"}
DEFAULT_PRODUCERS = {
    "system_context": "integration",
    "raw_data": "development",
    "data_pipeline": "development",
    "training_data": "development",
    "trained_model": "development",
    "development_environment": "integration",
    "production_environment": "operation",
    "production_data": "operation",
}


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Project = apps.get_model("documents", "Project")
    DescriptorOwnership = apps.get_model("accounts", "DescriptorOwnership")
    groups = {code: Group.objects.get_or_create(name=name)[0] for code, name in TEAMS.items()}
    for project in Project.objects.all():
        for key, code in DEFAULT_PRODUCERS.items():
            DescriptorOwnership.objects.get_or_create(project=project, descriptor_key=key,
                                                      defaults={"team": groups[code]})


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

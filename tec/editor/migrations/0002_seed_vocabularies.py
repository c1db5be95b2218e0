"""Seeds the six vocabularies with the reference lists (spec/vocabularies.md)."""

from django.db import migrations

# The seeds are the reference's lists, fixed by the spec; read once, when this migration runs.
from tec.editor.vocabularies import SEEDS

def seed(apps, schema_editor):
    term = apps.get_model("editor", "VocabularyTerm")
    term.objects.bulk_create(
        [term(vocabulary=name, value=value, seeded=True) for name, values in SEEDS.items() for value in values],
        ignore_conflicts=True,
    )


def unseed(apps, schema_editor):
    apps.get_model("editor", "VocabularyTerm").objects.filter(seeded=True).delete()


class Migration(migrations.Migration):
    dependencies = [("editor", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]

"""Saving descriptors from the editor and the admin: goal ids, links, renames, history, vocabularies."""

import copy

from django.db import transaction

from tec.documents import revisions
from tec.documents.models import Revision
from tec.documents.services import document_save
from tec.editor import goals, linkcheck, links, vocabularies
from tec.editor.checks import editor_problems
from tec.editor.context import stored_documents
from tec.editor.models import GoalCounter, VocabularyTerm
from tec.schemas import registry


class SaveRefused(Exception):
    """The document cannot be saved as it is; `problems` says why and where."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(p.message for p in self.problems))


class RenamesProposed(Exception):
    """The save renames values other fields use; saving again with follow=True changes them too."""

    def __init__(self, renames):
        self.renames = list(renames)
        super().__init__("; ".join(linkcheck.describe_renames(self.renames)))


def descriptor_save(*, project, key, document, user, base_revision=None, originals=None, follow=False, message=""):
    """Saves one descriptor as a new revision, keeping every link between descriptors intact.

    Raises StaleRevision (someone saved since base_revision), SaveRefused (the save would break
    a link, or breaks an editor rule) or RenamesProposed (renamed values are in use; call again
    with follow=True to change them everywhere, all in this one transaction).
    """
    with transaction.atomic():
        revisions.lock_project(project)
        revisions.check_base(revisions.latest_revision(project, key), base_revision)
        document = copy.deepcopy(document)
        if key == "system_context":
            _give_goal_ids(project, document)
        stored, report = _checked(project, key, document, originals)
        if report.renames and not follow:
            raise RenamesProposed(report.renames)
        followed = linkcheck.follow_renames({**stored, key: document}, report.renames)
        instance = document_save(project=project, key=key, document=followed.pop(key, document), user=user,
                                 message=message, base_revision=base_revision)
        label = registry.get(key).label
        for other, updated in followed.items():
            document_save(project=project, key=other, document=updated, user=user,
                          message=f"Followed renames in the {label}")
        vocabulary_grow(key, instance.revision.document)
    return instance


def descriptor_check(*, project, key, document, originals=None):
    """Raises SaveRefused when saving the document would break a link or an editor rule; saves nothing."""
    _checked(project, key, document, originals)


def _checked(project, key, document, originals):
    stored = stored_documents(project, [key, *links.neighbours(key)])
    report = linkcheck.check(key, document, stored, originals)
    problems = editor_problems(key, document) + report.problems
    if problems:
        raise SaveRefused(problems)
    return stored, report


def _give_goal_ids(project, document):
    counter, _ = GoalCounter.objects.select_for_update().get_or_create(project=project)
    stored = project.stored_document("system_context")
    highest = max(counter.last_issued, goals.highest_number(stored.to_document() if stored else None))
    _, counter.last_issued = goals.assign_goal_ids(document, highest)
    counter.save()


def revision_restore(*, project, key, number, user, base_revision=None):
    """Saves an old revision's document again, as the newest revision."""
    revision = Revision.objects.get(project=project, descriptor_key=key, number=number)
    return descriptor_save(project=project, key=key, document=revision.to_document(), user=user,
                           base_revision=base_revision, message=f"Restored revision {number}")


def vocabulary_grow(key, document):
    """Adds the values typed into vocabulary fields that the vocabulary does not know yet (any case)."""
    for pattern, vocabulary in vocabularies.fields_of(key):
        typed = {value.strip() for _, value in links.values_at(document, pattern) if value.strip()}
        if not typed:
            continue
        known = {value.casefold() for value in
                 VocabularyTerm.objects.filter(vocabulary=vocabulary).values_list("value", flat=True)}
        fresh = {value.casefold(): value for value in sorted(typed) if value.casefold() not in known}
        VocabularyTerm.objects.bulk_create(
            [VocabularyTerm(vocabulary=vocabulary, value=value[:200]) for value in fresh.values()],
            ignore_conflicts=True,
        )

"""Everything a descriptor form needs besides the schema: the linked documents and the vocabularies."""

from dataclasses import dataclass, field

from tec.documents.models import Revision
from tec.editor import links
from tec.editor.models import VocabularyTerm


@dataclass
class EditorContext:
    project: object
    key: str
    stored: dict  # descriptor key -> stored document or None: this descriptor and its neighbours
    terms: dict = field(default_factory=dict)  # vocabulary -> values offered
    latest: Revision | None = None

    @property
    def document(self):
        return self.stored.get(self.key)

    @property
    def base_revision(self) -> int:
        return self.latest.number if self.latest else 0


def editor_context(project, key) -> EditorContext:
    """Loads the descriptor, its linked neighbours, the vocabularies and the latest revision."""
    stored = stored_documents(project, [key, *links.neighbours(key)])
    latest = (Revision.objects.filter(project=project, descriptor_key=key).select_related("author")
              .order_by("-number").first())
    return EditorContext(project, key, stored, vocabulary_terms(), latest)


def stored_documents(project, keys) -> dict:
    return {key: _document(project, key) for key in keys}


def _document(project, key):
    stored = project.stored_document(key)
    return stored.to_document() if stored else None


def vocabulary_terms() -> dict:
    terms = {}
    for vocabulary, value in VocabularyTerm.objects.filter(is_active=True).values_list("vocabulary", "value"):
        terms.setdefault(vocabulary, []).append(value)
    return terms

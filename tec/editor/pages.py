"""The descriptor form page in its states: opened, after a row button, judged, and its panels."""

from dataclasses import dataclass, field

from django.utils.html import format_html

from tec.documents.models import Revision
from tec.editor import links, picklists, vocabularies
from tec.editor.diff import document_diff
from tec.editor.forms import DescriptorForm
from tec.editor.labels import label_for
from tec.editor.linkcheck import describe_renames
from tec.editor.names import format_name
from tec.editor.state import apply_action
from tec.editor.tree import flatten, skeleton
from tec.schemas import loader, registry


@dataclass
class EditorPage:
    context: object
    form: DescriptorForm
    base_revision: int
    message: str = ""
    stale: dict | None = None
    renames: list = field(default_factory=list)
    opened: bool = False  # freshly opened (not the answer to a post): may offer input kept by the browser

    @property
    def key(self):
        return self.context.key

    @property
    def rename_lines(self):
        return describe_renames(self.renames)

    def template_context(self) -> dict:
        return {
            "project": self.context.project, "descriptor": registry.get(self.key), "form": self.form, "page": self,
            "latest": self.context.latest, "summary": self.form.summary() if self.form.validate else [],
            "datalists": self.datalists(), "sections": self.sections(), "readonly": self.form.readonly,
            "is_new": self.context.document is None, "opened": self.opened,
        }

    def datalists(self):
        state, found = self.form.state, {}
        for pattern, vocabulary in vocabularies.fields_of(self.key):
            values = found.setdefault(f"vocab-{vocabulary}", {"values": {}, "source": ""})["values"]
            values.update(dict.fromkeys(self.context.terms.get(vocabulary, [])))
            values.update(dict.fromkeys(picklists.state_values(state, pattern)))
        for link in links.links_from(self.key):
            if link.same_document:
                values = dict.fromkeys(picklists.state_values(state, link.target_path))
                found[f"link-{link.code}"] = {"values": values, "source": link.target_path}
        return [{"id": name, "values": list(item["values"]), "source": item["source"]} for name, item in found.items()]

    def sections(self):
        """The top-level fields, for the table of contents beside the form."""
        with_problems = {name.split(".")[0].split("[")[0] for name in self.form.errors} | \
            {name.split(".")[0].split("[")[0] for name in self.form.block_errors}
        return [{"anchor": f"block-{node.name}", "label": label_for(node.key), "problem": node.name in with_problems}
                for node in self.form.tree.children]

    def show_stale(self, stale):
        """Somebody saved meanwhile: keep the input, list their changes, mark them at the fields."""
        base = Revision.objects.filter(project=self.context.project, descriptor_key=self.key,
                                       number=stale.base).first()
        changes = document_diff(base.to_document() if base else None, stale.current.to_document())
        author = stale.current.author
        who = (author.get_full_name() or author.username) if author else "somebody"
        self.stale = {"revision": stale.current, "changes": changes, "who": who}
        self.base_revision = stale.current.number
        for change in changes:
            self.form.note(format_name(change.tokens), format_html(
                '<div class="changed-meanwhile">Changed meanwhile by {}: now “{}”.</div>', who, change.after_text))

    def show_problems(self, problems):
        for problem in problems:
            self.form.add_problem(problem.tokens, problem.message)


def opened(context, readonly=False) -> EditorPage:
    """The form as stored now, or empty for a descriptor nobody filled in yet."""
    schema = loader.schema_view(context.key)
    document = context.document if context.document is not None else _new_document(context, schema)
    state = flatten(document, schema, track=links.tracked_patterns(context.key))
    form = DescriptorForm(context, state, validate=False, readonly=readonly)
    return EditorPage(context, form, context.base_revision, opened=True)


def _new_document(context, schema):
    """An empty document, with the identifiers of the descriptors it refers to already chosen."""
    document = skeleton(schema)
    for link in links.links_from(context.key):
        target = context.stored.get(link.target)
        if link.kind == links.COPY and target:
            document[link.source_path] = target.get(link.target_path, "")
    return document


def unjudged(context, state, action, base) -> EditorPage:
    """After a row button without JavaScript: the same input with the row added, moved or removed."""
    state = apply_action(state, action, loader.schema_view(context.key))
    return EditorPage(context, DescriptorForm(context, state, validate=False), base)


def judged(context, state, base, message="") -> EditorPage:
    return EditorPage(context, DescriptorForm(context, state), base, message=message)


def revision(context, stored_revision) -> EditorPage:
    """An old revision shown in the form, read-only."""
    schema = loader.schema_view(context.key)
    state = flatten(stored_revision.to_document(), schema)
    return EditorPage(context, DescriptorForm(context, state, validate=False, readonly=True), context.base_revision)

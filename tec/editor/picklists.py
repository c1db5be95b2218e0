"""What a linked field offers: the values that exist now in the descriptor it points at."""

from django.urls import reverse
from django.utils.html import format_html

from tec.editor import links
from tec.editor.linkcheck import what
from tec.editor.names import pattern
from tec.schemas import registry

NOT_LINKED = ("", "— not chosen —")


def _distinct(pairs):
    seen, out = set(), []
    for value, label in pairs:
        if value and value not in seen:
            seen.add(value)
            out.append((value, label))
    return out


def _label(link, document, tokens, value):
    if not link.shown_with:
        return value
    beside = links.lookup(document, tokens[:-1] + (link.shown_with,)) or ""
    return f"{value} – {beside[:70]}{'…' if len(beside) > 70 else ''}" if beside else value


def target_options(link, document):
    """[(value, label)], or for a scoped link [(scope, [(value, label)])], of the target's values."""
    if document is None:
        return []
    if not link.within:
        return _distinct((value, _label(link, document, tokens, value)) for tokens, value in
                         links.values_at(document, link.target_path))
    groups = {}
    for _, (scope, value) in links.keyed(document, link, "target"):
        if scope:
            groups.setdefault(scope, []).append((value, value))
    return [(scope, _distinct(values)) for scope, values in groups.items()]


def choices(link, document, current):
    """The select's choices: nothing chosen, the target's values, and a value that is gone (flagged)."""
    options = target_options(link, document)
    offered = {value for value, _ in _plain(options, link)}
    out = [NOT_LINKED, *options]
    if current and current not in offered:
        out.append((current, f"{current} (not in the {registry.get(link.target).label} any more)"))
    return out


def _plain(options, link):
    if link.within:
        return [pair for _, group in options for pair in group]
    return options


def note(link, document, project_slug):
    """A line under the field when the target offers nothing, with a link to fill it in."""
    target = registry.get(link.target)
    url = reverse("descriptor_edit", args=[project_slug, link.target])
    if document is None:
        return format_html('<span class="d-block link-note">The {} is not filled in yet: '
                           '<a href="{}">fill it in</a> to choose from it.</span>', target.label, url)
    if not _plain(target_options(link, document), link):
        missing = f"{what(link).lower()} names" if link.kind == links.CHOICE else what(link).lower()
        return format_html('<span class="d-block link-note">The {} has no {} yet: '
                           '<a href="{}">add them there</a>.</span>', target.label, missing, url)
    return ""


def state_values(state, field_pattern):
    """The distinct non-empty texts of one field pattern in a form state (same-document links)."""
    seen = {}
    for tokens, text in state.items():
        if text and pattern(tokens) == field_pattern:
            seen[text] = None
    return list(seen)

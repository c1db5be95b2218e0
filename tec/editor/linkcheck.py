"""What a save would do to the links: values that point nowhere, values still in use, renames.

Pure functions over documents. A save is refused when it removes a value another descriptor
uses (naming both ends); when the value was renamed instead, the rename is offered and, once
accepted, followed in every document that uses it.
"""

import copy
from dataclasses import dataclass, field

from tec.editor import links
from tec.editor.labels import label_for, path_label, row_noun
from tec.schemas import registry


@dataclass(frozen=True)
class Problem:
    message: str
    tokens: tuple | None = None  # the field of the saved document it belongs to, when there is one


@dataclass
class Rename:
    link: links.Link
    old: tuple
    new: tuple
    uses: list = field(default_factory=list)  # [(descriptor key, tokens)]


@dataclass
class LinkReport:
    problems: list = field(default_factory=list)
    renames: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.renames


def describe_renames(renames) -> list:
    """One line per renamed value, with every place that uses it; a component's items that only
    move with it are not listed again."""
    lines = {}
    for rename in renames:
        if rename.old[-1] == rename.new[-1]:
            continue
        uses = lines.setdefault((what(rename.link), rename.old[-1], rename.new[-1]), [])
        uses += [f"{registry.get(key).label}: {path_label(tokens)}" for key, tokens in rename.uses]
    return [f"{name} “{old}” → “{new}” (used in {'; '.join(uses)})" for (name, old, new), uses in lines.items()]


def what(link) -> str:
    """What a target value is called: 'Goal', 'Downstream component', 'Dataset identifier'."""
    parts = links.split(link.target_path)
    if None not in parts:
        return label_for(parts[-1])
    array = [p for p in parts[: len(parts) - 1 - parts[::-1].index(None)] if p is not None][-1]
    return row_noun(array)


def check(key, document, stored, originals=None) -> LinkReport:
    """The link report of saving `document` as descriptor `key`.

    `stored` maps descriptor keys to the documents stored now (None when absent), including
    `key` itself; `originals` maps tokens of linked fields to the value they had when opened.
    """
    report = LinkReport()
    originals = originals or {}
    for link in links.links_from(key):
        if link.same_document:
            _check_same_document(link, document, originals, report)
        elif stored.get(link.target) is not None:
            _check_outgoing(link, document, stored[link.target], report)
    for link in links.links_to(key):
        if not link.same_document and stored.get(link.source) is not None:
            _check_incoming(link, document, stored.get(key), stored[link.source], originals, report)
    return report


def _used(document, link):
    """Key -> [tokens] of the non-empty source values."""
    used = {}
    for tokens, found in links.keyed(document, link, "source"):
        if all(found):
            used.setdefault(found, []).append(tokens)
    return used


def _check_outgoing(link, document, target, report):
    available = {found for _, found in links.keyed(target, link, "target")}
    scopes = _scope_values(link, target)
    target_label = registry.get(link.target).label
    for found, uses in _used(document, link).items():
        if found in available or (link.within and found[0] not in scopes):
            continue  # a missing scope (component) is reported by its own link
        for tokens in uses:
            report.problems.append(Problem(_dangling(link, found, target_label, target), tokens))


def _scope_values(link, target):
    if not link.within:
        return set()
    return {found[0] for _, found in links.keyed(target, links.BY_CODE[link.within], "target")}


def _dangling(link, found, target_label, target):
    if link.kind == links.COPY:
        current = links.lookup(target, links.split(link.target_path))
        return f"The {target_label} {what(link).lower()} is now “{current}”, not “{found[-1]}”: choose it again."
    if link.within:
        scope = what(links.BY_CODE[link.within])
        return f"{scope} “{found[0]}” of the {target_label} has no {what(link).lower()} “{found[1]}” (any more)."
    return f"The {target_label} has no {what(link).lower()} “{found[-1]}” (any more): choose another one."


def _check_incoming(link, document, before, source, originals, report):
    before_available = {found for _, found in links.keyed(before, link, "target")}
    after = links.keyed(document, link, "target")
    available = {found for _, found in after}
    for found, uses in _used(source, link).items():
        if found in available or found not in before_available:
            continue  # still there, or already dangling before this save (not this save's doing)
        renamed = _renamed_to(link, found, after, originals)
        source_uses = [(link.source, tokens) for tokens in uses]
        if renamed:
            _add_rename(report, link, found, renamed, source_uses)
        else:
            report.problems.append(Problem(_still_used(link, found, uses), _anchor(link)))


def _check_same_document(link, document, originals, report):
    after = links.keyed(document, link, "target")
    available = {found for _, found in after}
    for found, uses in _used(document, link).items():
        if found in available:
            continue
        renamed = _renamed_to(link, found, after, originals)
        if renamed:
            _add_rename(report, link, found, renamed, [(link.source, tokens) for tokens in uses])
            continue
        array = what(link).lower()
        for tokens in uses:
            report.problems.append(Problem(f"There is no {array} “{found[-1]}” in this descriptor.", tokens))


def _renamed_to(link, found, after, originals):
    """The new key of the target row that opened with key `found`, if it now has another."""
    for tokens, now in after:
        opened = (originals.get(links.scope_tokens(link, "target", tokens)),) if link.within else ()
        opened += (originals.get(tokens),)
        if opened == found and now != found and all(now):
            return now
    return None


def _add_rename(report, link, old, new, uses):
    for rename in report.renames:
        if rename.link.code == link.code and rename.old == old:
            rename.uses += uses
            return
    report.renames.append(Rename(link, old, new, list(uses)))


def _still_used(link, found, uses):
    source = registry.get(link.source).label
    target = registry.get(link.target).label
    places = ", ".join(path_label(tokens) for tokens in uses)
    value = " / ".join(f"“{part}”" for part in found)
    return (
        f"{what(link)} {value} of the {target} is used by the {source} ({places}), so it cannot be removed: "
        f"change the {source} first, or keep it."
    )


def _anchor(link):
    """The top-level field of the target a 'still used' problem is shown next to."""
    return (links.split(link.target_path)[0],)


def follow_renames(documents, renames):
    """Copies of the documents with every use of a renamed value changed to the new value."""
    changed = {}
    for rename in renames:
        for key, tokens in rename.uses:
            document = changed.setdefault(key, copy.deepcopy(documents[key]))
            _set(document, tokens, rename.new[-1])
            if rename.link.within:
                _set(document, links.scope_tokens(rename.link, "source", tokens), rename.new[0])
    return changed


def _set(document, tokens, value):
    target = links.lookup(document, tokens[:-1])
    if target is not None:
        target[tokens[-1]] = value

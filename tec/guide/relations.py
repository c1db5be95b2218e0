"""The edges between descriptors: references from the link table, alignments from the mismatch rules.

A reference edge (drawn as an arrow) groups every link from one descriptor's fields to another's:
identifiers, goal mappings, component mappings. An alignment edge (a plain line) groups the rules
that compare the same two descriptors. Links inside one descriptor are no edges; the help pages
list them.
"""

from dataclasses import dataclass
from itertools import combinations

from tec.guide.fields import bare
from tec.mismatches.registry import RULES
from tec.schemas import registry

REFERENCE, ALIGNMENT = "reference", "alignment"


@dataclass(frozen=True)
class Edge:
    kind: str  # REFERENCE or ALIGNMENT
    source: str  # descriptor key; the referring one for references
    target: str
    links: tuple = ()  # link entries of a reference edge
    rules: tuple = ()  # the rules this edge carries: comparing rules, or rules reading the linked fields

    @property
    def pair(self) -> frozenset:
        return frozenset((self.source, self.target))

    @property
    def rule_ids(self) -> tuple:
        return tuple(r.id for r in self.rules)

    @property
    def labels(self) -> tuple:
        """What travels along the edge: link labels, or rule titles."""
        if self.kind == REFERENCE:
            return tuple(dict.fromkeys(link_label(link) for link in self.links))
        return tuple(r.title for r in self.rules)


def link_table() -> tuple:
    """The editor's link table (tec.editor.links.LINKS)."""
    from tec.editor.links import LINKS

    return tuple(LINKS)


def link_label(link) -> str:
    """What a link carries, in a few words ("Goals", "Training dataset")."""
    return getattr(link, "label", "") or link.topic


def rule_reads(rule) -> set:
    """'descriptor.path' of every field the rule reads, without trailing []."""
    return {bare(field) for field in rule.fields}


def link_ends(link) -> set:
    return {f"{link.source}.{bare(link.source_path)}", f"{link.target}.{bare(link.target_path)}"}


def edges(links=None, rules=None) -> list:
    """Every edge, ordered by pair in descriptor order, a pair's reference before its alignment."""
    links = link_table() if links is None else tuple(links)
    rules = RULES if rules is None else rules
    found = reference_edges(links, rules) + alignment_edges(rules, links)
    return sorted(found, key=lambda e: (sorted(map(registry.KEYS.index, e.pair)), e.kind != REFERENCE))


def reference_edges(links, rules) -> list:
    grouped = {}
    for link in links:
        if link.source != link.target:
            grouped.setdefault((link.source, link.target), []).append(link)
    found = []
    for (source, target), group in sorted(grouped.items(), key=_pair_order):
        ends = set().union(*(link_ends(link) for link in group))
        readers = tuple(r for r in rules if rule_reads(r) & ends)
        found.append(Edge(REFERENCE, source, target, links=tuple(group), rules=readers))
    return found


def alignment_edges(rules, links) -> list:
    grouped = {}
    for rule in rules:
        for pair in rule_pairs(rule, links):
            grouped.setdefault(pair, []).append(rule)
    return [Edge(ALIGNMENT, a, b, rules=tuple(group)) for (a, b), group in sorted(grouped.items(), key=_pair_order)]


def rule_pairs(rule, links) -> list:
    """The descriptor pairs a rule compares, in registry order.

    A rule that names a single descriptor (e.g. "output not mapped to a downstream input") still
    concerns the descriptor at the other end of the links it reads.
    """
    keys = set(rule.descriptors)
    if len(keys) == 1:
        reads = rule_reads(rule)
        keys |= {end for link in links if link_ends(link) & reads for end in (link.source, link.target)}
    ordered = [key for key in registry.KEYS if key in keys]
    return list(combinations(ordered, 2))


def internal_links(links=None) -> tuple:
    """Links between two fields of the same descriptor."""
    links = link_table() if links is None else links
    return tuple(link for link in links if link.source == link.target)


def _pair_order(item):
    (a, b), _ = item
    return registry.KEYS.index(a), registry.KEYS.index(b)


@dataclass(frozen=True)
class Usage:
    """How one descriptor meets the others, as (other descriptor, edge) pairs."""

    referred_by: tuple  # reference edges ending here
    refers_to: tuple  # reference edges starting here
    compared: tuple  # alignment edges touching it


def usage(key: str, all_edges) -> Usage:
    def other(edge):
        return registry.get(edge.target if edge.source == key else edge.source)

    return Usage(
        referred_by=tuple((other(e), e) for e in all_edges if e.kind == REFERENCE and e.target == key),
        refers_to=tuple((other(e), e) for e in all_edges if e.kind == REFERENCE and e.source == key),
        compared=tuple((other(e), e) for e in all_edges if e.kind == ALIGNMENT and key in e.pair),
    )

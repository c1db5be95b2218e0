"""Edges between descriptors, from the editor's link table and the mismatch rule registry."""

from dataclasses import dataclass

from tec.editor.links import LINKS
from tec.guide.relations import (
    ALIGNMENT, REFERENCE, edges, internal_links, link_label, rule_pairs, usage,
)
from tec.mismatches.registry import RULES
from tec.schemas import registry


@dataclass(frozen=True)
class FakeLink:
    source: str
    source_path: str
    target: str
    target_path: str
    topic: str = "thing"


def test_every_rule_sits_on_exactly_one_alignment_edge():
    alignment = [e for e in edges() if e.kind == ALIGNMENT]
    for rule in RULES:
        assert sum(rule.id in e.rule_ids for e in alignment) == 1, rule.id


def test_an_alignment_edge_joins_the_descriptors_its_rules_read():
    for edge in edges():
        if edge.kind == ALIGNMENT:
            for rule in edge.rules:
                assert set(rule.descriptors) <= edge.pair


def test_every_link_between_two_descriptors_is_on_the_reference_edge_of_its_pair():
    references = [e for e in edges() if e.kind == REFERENCE]
    for link in LINKS:
        carriers = [e for e in references if link in e.links]
        if link.source == link.target:
            assert carriers == [] and link in internal_links()
        else:
            assert len(carriers) == 1 and (carriers[0].source, carriers[0].target) == (link.source, link.target)


def test_reference_edges_know_the_rules_that_read_their_fields():
    goals = next(e for e in edges() if e.kind == REFERENCE and e.pair == {"trained_model", "system_context"})
    assert goals.source == "trained_model" and "1" in goals.rule_ids
    identifiers = next(e for e in edges() if e.kind == REFERENCE and e.pair == {"training_data", "raw_data"})
    assert identifiers.rules == ()


def test_edges_are_ordered_by_pair_with_the_reference_first():
    found = edges()
    pairs = [e.pair for e in found]
    for i, edge in enumerate(found[1:], start=1):
        if pairs[i] == pairs[i - 1]:
            assert (found[i - 1].kind, edge.kind) == (REFERENCE, ALIGNMENT)


def test_a_rule_on_one_descriptor_is_paired_through_the_links_it_reads():
    rule = next(r for r in RULES if r.id == "3B")
    assert rule.descriptors == ("trained_model",)
    assert rule_pairs(rule, LINKS) == [("trained_model", "development_environment")]


def test_a_rule_reading_no_link_keeps_only_its_own_descriptors():
    rule = next(r for r in RULES if r.id == "3B")
    unrelated = [FakeLink("raw_data", "a", "production_data", "b")]
    assert rule_pairs(rule, unrelated) == []


def test_labels_are_the_link_topics_or_the_rule_titles():
    links = [FakeLink("training_data", "x", "raw_data", "y", "Raw dataset"),
             FakeLink("training_data", "z", "raw_data", "w", "Raw dataset")]
    (edge,) = edges(links=links, rules=[])
    assert edge.labels == ("Raw dataset",) and link_label(links[0]) == "Raw dataset"
    rule = RULES[0]
    (alignment,) = edges(links=[], rules=[rule])
    assert alignment.labels == (rule.title,)


def test_usage_tells_who_refers_to_a_descriptor_and_who_compares_it():
    found = usage("system_context", edges())
    assert [d.key for d, _ in found.referred_by] == ["trained_model"]
    assert [d.key for d, _ in found.compared] == ["trained_model"]
    assert found.refers_to == ()
    assert all(registry.get(d.key) for d, _ in found.compared)

"""What the help page of one descriptor shows about each of its fields."""

from dataclasses import dataclass

from tec.editor.labels import label_for
from tec.guide import relations
from tec.guide.fields import bare, schema_fields
from tec.mismatches.missing import CHECKS
from tec.mismatches.registry import rules_for
from tec.schemas import registry


@dataclass(frozen=True)
class FieldHelp:
    field: object  # tec.guide.fields.Field
    label: str
    rules: tuple  # rules that read this field
    links_out: tuple  # links from this field to another
    links_in: tuple  # links from other fields to this one
    why: tuple  # rationales of the missing-field checks on this field


@dataclass(frozen=True)
class RuleUse:
    """A rule reading the descriptor, with the fields of this descriptor it reads."""

    rule: object
    fields: tuple
    others: tuple  # the other descriptors it compares with


def field_help(key: str, links=None) -> list:
    links = relations.link_table() if links is None else links
    rules = rules_for(key)
    return [
        FieldHelp(
            field=field,
            label=label_for(field.name),
            rules=tuple(r for r in rules if f"{key}.{field.path}" in relations.rule_reads(r)),
            links_out=tuple(link for link in links if link.source == key and bare(link.source_path) == field.path),
            links_in=tuple(link for link in links if link.target == key and bare(link.target_path) == field.path),
            why=tuple(dict.fromkeys(c.rationale for c in CHECKS
                                    if c.descriptor == key and bare(c.key) == field.path)),
        )
        for field in schema_fields(key)
    ]


def rule_uses(key: str, links=None) -> list:
    links = relations.link_table() if links is None else links
    prefix = key + "."
    return [
        RuleUse(rule, tuple(dict.fromkeys(bare(f)[len(prefix):] for f in rule.fields if f.startswith(prefix))),
                _compared_with(key, rule, links))
        for rule in rules_for(key)
    ]


def _compared_with(key, rule, links) -> tuple:
    others = {k for pair in relations.rule_pairs(rule, links) if key in pair for k in pair} - {key}
    return tuple(d for d in registry.DESCRIPTORS if d.key in others)


def neighbours(key: str) -> tuple:
    """The descriptors before and after this one in the registry, for paging through the help."""
    index = registry.KEYS.index(key)
    before = registry.DESCRIPTORS[index - 1] if index else None
    after = registry.DESCRIPTORS[index + 1] if index + 1 < len(registry.KEYS) else None
    return before, after

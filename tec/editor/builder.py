"""Builds a descriptor form from its schema tree: a Django field and widget per leaf, a layout object per node."""

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from tec.editor import fields as editor_fields
from tec.editor import links, picklists, vocabularies
from tec.editor.conditions import add_condition, condition_for
from tec.editor.labels import LONG_TEXT, help_for, label_for, row_noun
from tec.editor.layouts import ArrayBlock, Cell, Group, Row
from tec.editor.names import EXTRA, ROW, WAS, format_name
from tec.editor.widgets import (QuickAddress, QuickDate, QuickHidden, QuickNumber, QuickSelect, QuickText,
                                QuickTextarea, QuickTick)

GOAL_ID = ("system_context", "goals[].id")
WIDGET_CLASSES = {QuickSelect: "form-select", QuickTick: "form-check-input"}


class FormBuilder:
    """Walks the schema tree once, adding a Django field per leaf (to the form, or to its new-row
    templates) and returning the layout objects that draw them."""

    def __init__(self, form):
        self.form = form
        self.key = form.key
        self.context = form.context

    def children(self, node, target, state):
        parts = [self.part(child, node.schema, target, state) for child in node.children]
        return parts + self.hidden(node.tokens + (EXTRA,), target, state)

    def part(self, node, parent_schema, target, state):
        if node.kind == "object":
            return Group(self.info(node, parent_schema), self.children(node, target, state))
        if node.kind == "array":
            return self.array(node, parent_schema, target, state)
        return self.cell(node, parent_schema, target, state)

    def array(self, node, parent_schema, target, state):
        rows = [Row(self.row_info(row, node), self.row_parts(row, node, target, state)) for row in node.children]
        prototype = Row(self.row_info(node.prototype, node),
                        self.row_parts(node.prototype, node, self.form.prototypes, node.prototype_state))
        info = self.info(node, parent_schema)
        condition = add_condition(self.key, node)
        info.update(
            rows=len(node.children), min_rows=node.schema.get("minItems", 0), noun=row_noun(node.key),
            slot=str(node.prototype.tokens[-1]),
            add_attrs=condition.attrs() if condition else {},
            compact=node.schema.get("items", {}).get("type") != "object",
        )
        return ArrayBlock(info, rows, prototype)

    def row_parts(self, row, array, target, state):
        marker = self.hidden(row.tokens + (ROW,), target, state, always=True)
        if row.kind == "object":
            return self.children(row, target, state) + marker
        return [self.cell(row, array.schema, target, state)] + marker

    def row_info(self, row, array):
        index = row.tokens[-1]
        noun = row_noun(array.key)
        return {"name": row.name, "noun": noun, "number": index + 1 if isinstance(index, int) else "",
                "compact": row.kind != "object", "min_rows": array.schema.get("minItems", 0)}

    def info(self, node, parent_schema):
        condition = condition_for(self.key, node, parent_schema)
        return {"name": node.name, "label": label_for(node.key),
                "help": help_for(node.schema.get("description", "")),
                "attrs": condition.attrs() if condition else {}, "top": len(node.tokens) == 1}

    def cell(self, node, parent_schema, target, state):
        field = self.field(node, state)
        field.initial = state.get(node.tokens)
        target.fields[node.name] = field
        condition = condition_for(self.key, node, parent_schema)
        attrs = {"id": f"block-{node.name}", **(condition.attrs() if condition else {})}
        wide = isinstance(field.widget, QuickTextarea) or node.is_row
        crowded = len(parent_schema.get("properties", {})) > 6 and not wide
        css = "col-12" if wide else ("col-md-6 col-lg-4" if crowded else "col-md-6")
        return Cell(node.name, css, attrs, self.hidden(node.tokens + (WAS,), target, state))

    def hidden(self, tokens, target, state, always=False):
        if not always and tokens not in state:
            return []
        name = format_name(tokens)
        target.fields[name] = forms.CharField(widget=QuickHidden, required=False,
                                              initial=state.get(tokens, "1"))
        return [name]

    def field(self, node, state):
        kind, schema = node.kind, node.schema
        required = editor_fields.must_fill(kind, schema, node.required)
        cls = editor_fields.field_class(kind)
        kwargs = {"required": required, "label": "" if node.is_row else label_for(node.key)}
        if required:
            kwargs["error_messages"] = {"required": editor_fields.REQUIRED_MESSAGES[kind]}
        if kind == "enum":
            kwargs["values"] = schema["enum"]
        if kind in ("integer", "number"):
            kwargs.update(minimum=schema.get("minimum"), maximum=schema.get("maximum"))
        widget, note = self.widget(node, state)
        if isinstance(widget, QuickText) and "\n" in state.get(node.tokens, ""):
            widget = QuickTextarea(attrs={**widget.attrs, "rows": 3})  # a one-line box would drop line breaks
        widget.attrs.setdefault("class", WIDGET_CLASSES.get(type(widget), "form-control"))
        field = cls(widget=widget, **kwargs)
        field.help_text = mark_safe(_help(schema.get("description", "")) + (note or ""))
        return field

    def widget(self, node, state):
        """(widget, note under the field) for a leaf."""
        kind, current = node.kind, state.get(node.tokens, "")
        attrs = {"aria-label": _row_label(node)} if node.is_row else {}
        link = links.source_link(self.key, node.pattern)
        if link:
            return self.link_widget(link, node, current, attrs)
        vocabulary = vocabularies.vocabulary_of(self.key, node.pattern)
        if vocabulary:
            return QuickText(attrs={**attrs, "list": f"vocab-{vocabulary}", "autocomplete": "off"}), ""
        if (self.key, node.pattern) == GOAL_ID:
            return QuickText(attrs={**attrs, "readonly": True, "placeholder": "given when saved",
                                    "class": "form-control goal-id"}), ""
        return _plain_widget(node, kind, attrs), ""

    def link_widget(self, link, node, current, attrs):
        if link.same_document:
            return QuickText(attrs={**attrs, "list": f"link-{link.code}", "autocomplete": "off"}), ""
        target = self.context.stored.get(link.target)
        if link.within:
            attrs = {**attrs, "data-scope-field": format_name(links.scope_tokens(link, "source", node.tokens))}
        choices = picklists.choices(link, target, current)
        return QuickSelect(attrs=attrs, choices=choices), picklists.note(link, target, self.context.project.slug)


def _row_label(node):
    index = node.tokens[-1]
    return f"{row_noun(node.key)} {index + 1}" if isinstance(index, int) else f"New {row_noun(node.key).lower()}"


def _plain_widget(node, kind, attrs):
    schema = node.schema
    if kind == "enum":
        empty = [] if "" in schema["enum"] else [("", "— choose —")]
        return QuickSelect(attrs=attrs, choices=empty + [(v, v or "(none)") for v in schema["enum"]])
    if kind == "boolean":
        return QuickTick(attrs=attrs)
    if kind in ("integer", "number"):
        bounds = {k: schema[k] for k in ("minimum", "maximum") if k in schema}
        step = "1" if kind == "integer" else "any"
        return QuickNumber(attrs={**attrs, "step": step, **{k[:3]: v for k, v in bounds.items()}})
    if kind == "date":
        return QuickDate(attrs={**attrs, "type": "date"})
    if kind == "uri":
        return QuickAddress(attrs={**attrs, "placeholder": "https://"})
    if node.key in LONG_TEXT:
        return QuickTextarea(attrs={**attrs, "rows": 3})
    return QuickText(attrs=attrs)


def _help(description):
    return format_html("{}", help_for(description)) if description else ""

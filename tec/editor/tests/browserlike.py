"""What a browser would post for a form on a page: its successful controls, in document order.

Follows the HTML rules that matter here: <template> content is not part of the form, disabled
controls and unticked boxes are not sent, text inputs lose line breaks, number inputs drop
what is not a valid number, a <textarea> drops one leading newline, a select sends its
selected (else first) option, and only the submit button that was pressed is sent.
"""

import re
from html.parser import HTMLParser

VALID_NUMBER = re.compile(r"^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$")


class _Controls(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = self.template_depth = self.disabled_depth = 0
        self.controls = []  # [name, value, kind, disabled]
        self.select = self.textarea = None
        self.options = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.in_form = 1
            return
        if tag == "button" and attrs.get("form") == self.form_id:  # a button outside, owned by the form
            self.controls.append([attrs.get("name"), attrs.get("value", ""), "button", False, False])
        if not self.in_form:
            return
        if tag == "template":
            self.template_depth += 1
        if self.template_depth:
            return
        if tag == "fieldset" and "disabled" in attrs:
            self.disabled_depth += 1
        disabled = "disabled" in attrs or self.disabled_depth > 0
        if tag == "input":
            self.controls.append([attrs.get("name"), attrs.get("value", ""), attrs.get("type", "text"), disabled,
                                  "checked" in attrs])
        elif tag == "textarea":
            self.textarea = [attrs.get("name"), "", "textarea", disabled, False]
            self.controls.append(self.textarea)
        elif tag == "select":
            self.select = [attrs.get("name"), None, "select", disabled, False]
            self.controls.append(self.select)
            self.options = []
        elif tag == "option" and self.select is not None:
            self.options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "button":
            self.controls.append([attrs.get("name"), attrs.get("value", ""), "button", disabled, False])

    def handle_endtag(self, tag):
        if not self.in_form:
            return
        if tag == "template":
            self.template_depth -= 1
        elif tag == "form" and not self.template_depth:
            self.in_form = 0
        elif tag == "fieldset" and self.disabled_depth:
            self.disabled_depth -= 1
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            chosen = [value for value, selected in self.options if selected]
            self.select[1] = chosen[0] if chosen else (self.options[0][0] if self.options else "")
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None and not self.template_depth:
            self.textarea[1] += data


def form_data(html, form_id="descriptor-form", press=None):
    """[(name, value)] a browser would post; `press` is the (name, value) of the button pressed."""
    parser = _Controls(form_id)
    parser.feed(html)
    out = []
    for name, value, kind, disabled, checked in parser.controls:
        if not name or disabled:
            continue
        if kind == "button" or kind == "submit":
            if press == (name, value):
                out.append((name, value))
        elif kind == "checkbox":
            if checked:
                out.append((name, value or "on"))
        elif kind == "textarea":
            out.append((name, value[1:] if value.startswith("\n") else value))
        elif kind == "number":
            out.append((name, value if VALID_NUMBER.match(value) else ""))
        elif kind in ("text", "url", "hidden", "date", "search"):
            out.append((name, value.replace("\r", "").replace("\n", "") if kind != "hidden" else value))
        elif kind == "select":
            out.append((name, value))
    return out


def submit(client, url, data):
    """Posts [(name, value)] the way a browser does: URL-encoded, in order."""
    from urllib.parse import urlencode

    return client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded")

"""Opening a descriptor form and posting it back the way a browser would, with some inputs changed."""

import json
from pathlib import Path

from django.urls import reverse

from tec.documents.services import document_save
from tec.editor.tests.browserlike import form_data, submit

DEMO = json.loads((Path(__file__).resolve().parents[2] / "documents" / "demo" / "road_sign_classifier.json")
                  .read_text(encoding="utf-8"))["descriptors"]


def demo_document(key):
    return json.loads(json.dumps(DEMO[key]))


def store(project, key, document=None, user=None):
    return document_save(project=project, key=key, document=document or demo_document(key), user=user)


def edit_url(project, key):
    return reverse("descriptor_edit", args=[project.slug, key])


def open_form(client, project, key):
    response = client.get(edit_url(project, key))
    assert response.status_code == 200
    return response.content.decode()


def post_form(client, project, key, changes=None, press=("_action", "save"), html=None, drop=()):
    """Opens the form (or takes `html`), changes inputs by name, and presses a button."""
    data = form_data(html or open_form(client, project, key), press=press)
    changes = dict(changes or {})
    data = [(name, changes.pop(name, value)) for name, value in data if name not in drop]
    data += list(changes.items())
    return submit(client, edit_url(project, key), data)


def errors_of(response):
    """The messages of the problem summary at the top of a refused form."""
    from html.parser import HTMLParser

    class Summary(HTMLParser):
        def __init__(self):
            super().__init__()
            self.inside, self.items, self.depth = False, [], 0

        def handle_starttag(self, tag, attrs):
            if dict(attrs).get("id") == "problems":
                self.inside = True
            if self.inside and tag == "li":
                self.items.append("")

        def handle_endtag(self, tag):
            if self.inside and tag == "ul":
                self.inside = False

        def handle_data(self, data):
            if self.inside and self.items:
                self.items[-1] += data

    parser = Summary()
    parser.feed(response.content.decode())
    return [" ".join(item.split()) for item in parser.items]

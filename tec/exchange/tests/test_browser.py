import json

import pytest

from tec.exchange.tests.helpers import DEMO_BUNDLE
from tec.test import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_an_owner_imports_a_descriptor_and_downloads_it_again(live_server, page, cast):
    raw = json.loads(DEMO_BUNDLE.read_text(encoding="utf-8"))["descriptors"]["raw_data"]
    log_in(page, live_server, cast.owner.username)
    page.goto(live_server.url + cast.project.get_absolute_url())
    row = page.locator("tr[data-descriptor=raw_data]")
    row.get_by_role("button", name="Files").click()
    row.get_by_role("link", name="Import a JSON file…").click()
    page.set_input_files("input[name=file]", files=[
        {"name": "raw.json", "mimeType": "application/json", "buffer": json.dumps(raw).encode()}])
    page.get_by_role("button", name="Check the file").click()
    assert page.locator("tr[data-descriptor=raw_data]").get_attribute("data-action") == "create"
    page.get_by_role("button", name="Import 1 descriptor").click()
    assert "Imported raw.json into Alpha: 1 created." in page.locator("#main").inner_text()
    row = page.locator("tr[data-descriptor=raw_data]")
    row.get_by_role("button", name="Files").click()
    with page.expect_download() as download:
        row.get_by_role("link", name="Download JSON").click()
    assert download.value.suggested_filename == "Alpha - Raw Data.json"
    assert json.loads(open(download.value.path(), encoding="utf-8").read()) == raw

"""The main review journey in a real browser: the integrator submits, the developer approves."""

import json
from pathlib import Path

import pytest

from tec.documents.services import document_save
from tec.test import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DEMO = Path(__file__).resolve().parents[2] / "documents" / "demo" / "road_sign_classifier.json"


def log_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_selector("h1:has-text('Dashboard')")


def log_out(page):
    page.click("#user-menu")
    page.click("text=Log out")
    page.wait_for_selector("input[name=username]")


def test_the_integrator_submits_system_context_and_the_developer_approves_it(live_server, page, cast):
    document = json.loads(DEMO.read_text(encoding="utf-8"))["descriptors"]["system_context"]
    document_save(project=cast.project, key="system_context", document=document, user=cast.integrator)

    log_in(page, live_server, "integrator")
    page.click("section[data-project=alpha] h3 a")
    page.click("tr[data-descriptor=system_context] >> text=Review & status")
    page.click("form[data-step=submit] button")
    assert page.locator("h1 [data-status]").inner_text() == "In review"
    assert page.locator("form[data-step=approve]").count() == 0
    log_out(page)

    log_in(page, live_server, "developer")
    page.click("#waiting-for-me [data-waiting=review][data-descriptor=system_context] a")
    page.fill("form[data-step=approve] textarea", "Goals match what we measure.")
    page.click("form[data-step=approve] button")
    assert page.locator("h1 [data-status]").inner_text() == "Approved"
    history = page.locator("#history").inner_text()
    assert "approved" in history and "Goals match what we measure." in history and "submitted for review" in history

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_demo_user_logs_in_and_opens_the_demo_project(live_server, page):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", "integrator")
    page.fill("input[name=password]", "tec-demo-2026")
    page.click("button[type=submit]")
    page.click("#main h3 >> text=Road Sign Classifier")
    rows = page.locator("tr[data-descriptor]")
    assert rows.count() == 8
    assert "In review" in page.locator("tr[data-descriptor=trained_model]").inner_text()
    assert page.locator("link[rel=stylesheet]").first.get_attribute("href").startswith("/static/vendor/bootstrap")

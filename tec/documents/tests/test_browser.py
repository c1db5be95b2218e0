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


def test_project_pages_never_scroll_sideways_on_a_phone(live_server, page, cast):
    """Wide tables scroll inside their own box; the page itself stays as wide as the screen."""
    from tec.test import PASSWORD

    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", cast.owner.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    slug = cast.project.slug
    for path in ("/dashboard/", "/projects/", f"/projects/{slug}/", f"/projects/{slug}/members/"):
        page.goto(live_server.url + path)
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], (path, width)

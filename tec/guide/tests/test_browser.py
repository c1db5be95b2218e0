"""The guide in a real browser, at a laptop's and a phone's width."""

import os
from pathlib import Path

import pytest
from django.urls import reverse

from tec.schemas import registry

WIDTHS = {"laptop": 1280, "phone": 390}
PAGES = ("guide_intro", "guide_producers", "guide_relationships", "guide_changelog")


def shot(page, name):
    """Screenshots for a person to look at, when TEC_GUIDE_SHOTS names a folder."""
    folder = os.environ.get("TEC_GUIDE_SHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), **({"full_page": True} if hasattr(page, "goto") else {}))


def page_overflows(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("device", WIDTHS)
def test_every_public_guide_page_fits_the_screen_without_sideways_scrolling(live_server, page, device):
    page.set_viewport_size({"width": WIDTHS[device], "height": 900})
    for name in PAGES:
        page.goto(live_server.url + reverse(name))
        shot(page, f"{name}-{device}")
        assert not page_overflows(page), name
    page.goto(live_server.url + reverse("guide_descriptor", args=["trained_model"]))
    shot(page, f"guide_descriptor-{device}")
    assert not page_overflows(page)


@pytest.mark.django_db(transaction=True)
def test_the_diagram_shows_all_boxes_without_overlapping_labels_and_links_to_help(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("guide_relationships"))
    svg = page.locator("svg.relationship-diagram:visible")
    assert svg.count() == 1 and svg.get_attribute("data-layout") == "wide"
    assert svg.locator("a.gd-box").count() == len(registry.KEYS)
    _assert_apart(_boxes(svg.locator(".gd-box text")))
    svg.locator('a.gd-box[data-descriptor="production_data"]').click()
    page.wait_for_url("**/guide/descriptors/production_data/")


def _overlap(a, b) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


@pytest.mark.django_db(transaction=True)
def test_a_phone_gets_the_tall_diagram_with_legible_labels(live_server, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + reverse("guide_relationships"))
    svg = page.locator("svg.relationship-diagram:visible")
    assert svg.get_attribute("data-layout") == "narrow"
    shot(page.locator("figure.diagram-wrap"), "diagram-phone")
    label = svg.locator(".gd-label").first
    assert label.evaluate("e => e.getBoundingClientRect().height") >= 11  # about 12 px text or more
    _assert_apart(_boxes(svg.locator(".gd-box text")))


def _boxes(locator):
    return [locator.nth(i).bounding_box() for i in range(locator.count())]


def _assert_apart(boxes):
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not _overlap(a, b), (a, b)


@pytest.mark.django_db(transaction=True)
def test_the_project_diagram_reads_well_on_a_laptop(live_server, page, client):
    from tec.guide.tests.test_project_views import fill_with_demo
    from tec.test import make_cast

    cast = fill_with_demo(make_cast())
    client.force_login(cast.integrator)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("guide_project_relationships", args=[cast.project.slug]))
    shot(page, "project-relationships-laptop")
    svg = page.locator("svg.relationship-diagram:visible")
    assert svg.locator(".gd-edge.gd-open").count() > 0
    assert not page_overflows(page)

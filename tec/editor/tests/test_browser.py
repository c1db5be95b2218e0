"""The editor in Debian's Chromium: JavaScript adds rows, shows what applies, and the save goes through."""

import pytest

from tec.editor.tests.helpers import edit_url, store
from tec.test import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def field(page, name):
    return page.locator(f'[name="{name}"]')


def fill_output(page, row, name, item_type, component, item):
    field(page, f"output_spec[{row}].item_name").fill(name)
    field(page, f"output_spec[{row}].item_type").select_option(item_type)
    field(page, f"output_spec[{row}].component_mapping.component").select_option(component)
    field(page, f"output_spec[{row}].component_mapping.data_item").select_option(item)


def test_a_developer_fills_a_trained_model_with_two_components_and_two_mapped_outputs(live_server, page, project,
                                                                                       developer):
    store(project, "development_environment")
    log_in(page, live_server, developer)
    page.goto(live_server.url + edit_url(project, "trained_model"))

    field(page, "model_name").fill("sign-ensemble")
    field(page, "training_date").fill("2024-05-02")
    add_component = page.locator('[data-array="model_components"] > [data-row-add]')
    assert add_component.is_hidden()  # one component until the model is an ensemble
    field(page, "ensemble").check()
    assert field(page, "model_composition_details").is_visible()
    add_component.click()
    field(page, "model_components[0].learning_algorithm.algorithm").select_option("Convolutional Neural Network (CNN)")
    field(page, "model_components[1].learning_algorithm.algorithm").select_option("Other")
    field(page, "model_components[1].learning_algorithm.other_algorithm").fill("Rule-based smoother")
    page.locator('[data-array="model_components[1].hyper_parameters"] > [data-row-add]').click()
    field(page, "model_components[1].hyper_parameters[0].parameter_name").fill("window")
    field(page, "model_components[1].hyper_parameters[0].parameter_value").fill("5 frames")
    field(page, "model_components[0].programming_languages[0]").fill("Python")
    field(page, "model_components[1].programming_languages[0]").fill("C++")

    fill_output(page, 0, "class_index", "Integer", "Trip Event Recorder", "raw_class_index")
    assert field(page, "output_spec[0].item_specification.min_value").is_visible()
    assert field(page, "output_spec[0].item_specification.resolution_x").is_hidden()
    page.locator('[data-array="output_spec"] > [data-row-add]').click()
    fill_output(page, 1, "class_score", "Float", "Driver Alert HMI", "sign_confidence")
    offered = field(page, "output_spec[1].component_mapping.data_item").locator("option:enabled").all_inner_texts()
    assert "sign_confidence" in offered and "sign_event" not in offered  # items of the chosen component only

    for name, value in {
        "evaluation_metrics[0].metric": "Accuracy", "test_metrics[0].metric": "F1 Score",
        "algorithm_metrics[0].operator": "greater than", "business_metrics[0].operator": "less than",
        "inference_time.unit": "Milliseconds",
    }.items():
        field(page, name).select_option(value)
    for name in ("evaluation_dataset.file", "test_dataset.file", "integration_test_dataset.file",
                 "model_training_code", "trained_model_code"):
        field(page, name).fill("https://example.org/files/" + name.split(".")[0])
    page.click("button[data-save]")

    assert page.locator(".alert-success").inner_text().startswith("Saved the Trained Model as revision 1")
    stored = project.stored_document("trained_model").to_document()
    assert stored["ensemble"] is True
    assert [c["learning_algorithm"]["algorithm"] for c in stored["model_components"]] == [
        "Convolutional Neural Network (CNN)", "Other"]
    assert stored["model_components"][1]["hyper_parameters"] == [{"parameter_name": "window",
                                                                   "parameter_value": "5 frames"}]
    assert [(o["item_name"], o["component_mapping"]) for o in stored["output_spec"]] == [
        ("class_index", {"component": "Trip Event Recorder", "data_item": "raw_class_index"}),
        ("class_score", {"component": "Driver Alert HMI", "data_item": "sign_confidence"}),
    ]


def test_rows_move_and_go_without_a_round_trip_and_a_refused_save_keeps_them(live_server, page, project, integrator):
    store(project, "system_context")
    log_in(page, live_server, integrator)
    page.goto(live_server.url + edit_url(project, "system_context"))
    goals = page.locator('[data-array="goals"] > [data-rows] > [data-row]')
    assert goals.count() == 3
    page.locator('[data-array="goals"] > [data-row-add]').click()
    field(page, "goals[3].goal").fill("A fourth goal")
    goals.nth(3).locator("[data-row-move='-1']").click()
    assert goals.nth(2).locator("[data-row-title]").inner_text() == "Goal 3"
    assert goals.nth(2).locator("textarea").first.input_value() == "A fourth goal"
    field(page, "ml_problem_type.ml_problem").select_option("")
    page.click("button[data-save]")
    assert "Not saved: 1 problem" in page.locator("#problems").inner_text()
    assert page.locator('[data-array="goals"] > [data-rows] > [data-row]').count() == 4
    assert field(page, "goals[2].goal").input_value() == "A fourth goal"


def test_input_left_unsaved_is_kept_by_the_browser_and_brought_back(live_server, page, project, integrator):
    from tec.documents.models import Revision

    store(project, "system_context")
    log_in(page, live_server, integrator)
    url = live_server.url + edit_url(project, "system_context")
    page.goto(url)
    assert page.locator("#backup").is_hidden()
    page.locator('[data-array="goals"] > [data-row-add]').click()
    field(page, "goals[3].goal").fill("typed, then the tab was closed")
    page.wait_for_timeout(1200)
    page.goto(live_server.url + "/guide/")
    page.goto(url)
    banner = page.locator("#backup")
    assert banner.is_visible()
    banner.locator("[data-backup-restore]").click()
    page.wait_for_load_state()
    assert field(page, "goals[3].goal").input_value() == "typed, then the tab was closed"
    assert Revision.objects.filter(project=project, descriptor_key="system_context").count() == 1
    page.click("button[data-save]")
    assert page.locator(".alert-success").is_visible()
    page.goto(url)
    assert page.locator("#backup").is_hidden()


def test_the_history_of_a_descriptor_fits_a_phone_screen(live_server, page, project, integrator):
    from django.urls import reverse

    store(project, "system_context", user=integrator)
    store(project, "system_context", user=integrator)
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, integrator)
    page.goto(live_server.url + reverse("descriptor_history", args=[project.slug, "system_context"]))
    assert page.locator("#revisions").is_visible()
    # The table scrolls in its own box; the page itself must not scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

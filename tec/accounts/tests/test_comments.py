import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tec.accounts.comments import CommentError, comment_add, comment_resolve, comments_for, path_problem
from tec.accounts.models import Event

KEY = "trained_model"  # produced by Model Development


def add(cast, user, body="Which unit?", path=""):
    return comment_add(project=cast.project, key=KEY, user=user, body=body, path=path)


def test_comments_are_grouped_by_field_path_oldest_first(cast, django_assert_num_queries):
    first = add(cast, cast.integrator, path="output_spec[1].item_type")
    general = add(cast, cast.operator)
    second = add(cast, cast.operator, body="Agreed.", path="output_spec[1].item_type")
    with django_assert_num_queries(1):
        threads = comments_for(cast.project, KEY)
    assert threads.at("output_spec[1].item_type") == [first, second]
    assert threads.at("") == [general]
    assert threads.at("model_name") == []


@pytest.mark.parametrize("path", ["", "model_name", "output_spec[1].item_type", "evaluation_dataset.seed",
                                  "output_spec"])
def test_a_field_path_must_name_a_field_of_the_schema(path):
    assert path_problem(KEY, path) is None


@pytest.mark.parametrize("path", ["model name", "output_spec[x]", "no_such_field", "output_spec[0].nope", ".x"])
def test_a_path_naming_no_field_is_refused(cast, path):
    assert path_problem(KEY, path)
    with pytest.raises(CommentError):
        add(cast, cast.integrator, path=path)


def test_an_empty_comment_is_refused(cast):
    with pytest.raises(CommentError):
        add(cast, cast.integrator, body="   ")


def test_adding_and_resolving_are_recorded(cast):
    comment = add(cast, cast.integrator, path="model_name")
    comment_resolve(comment=comment, user=cast.developer)
    verbs = list(Event.objects.order_by("pk").filter(comment=comment).values_list("verb", "actor"))
    assert verbs == [("commented", cast.integrator.pk), ("resolved", cast.developer.pk)]
    assert comment.is_resolved and comment.resolved_by == cast.developer


def test_the_author_or_the_producers_resolve_but_other_consumers_do_not(cast):
    comment = add(cast, cast.integrator)
    with pytest.raises(CommentError):
        comment_resolve(comment=comment, user=cast.operator)
    comment_resolve(comment=comment, user=cast.integrator)
    assert comment.is_resolved


def test_the_field_partial_shows_a_fields_comments_and_a_form_for_more(cast):
    add(cast, cast.integrator, body="Is this a string?", path="output_spec[1].item_type")
    add(cast, cast.integrator, body="Elsewhere", path="model_name")
    request = RequestFactory().get("/editor/")
    request.user = cast.developer
    html = Template('{% load review %}{% field_comments threads "output_spec[1].item_type" %}').render(
        Context({"threads": comments_for(cast.project, KEY), "request": request, "csrf_token": "t0ken"}))
    assert "Is this a string?" in html and "Elsewhere" not in html
    assert 'name="path" value="output_spec[1].item_type"' in html
    assert "Resolve" in html and 'value="t0ken"' in html

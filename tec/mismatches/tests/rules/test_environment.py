import pytest

from tec.mismatches.rules.environment import framework_unsupported, language_unsupported
from tec.mismatches.tests.factory import project, texts


def test_it_is_quiet_when_languages_and_frameworks_are_offered():
    docs = project()
    assert language_unsupported(docs) == [] and framework_unsupported(docs) == []


def test_it_flags_a_model_language_the_environment_lacks():
    docs = project()
    docs["trained_model"]["model_components"][1]["programming_languages"] = ["Cobol"]
    [condition] = language_unsupported(docs)
    assert condition.text == "The model uses language 'Cobol', which the development environment does not offer"
    assert condition.paths == ("trained_model.model_components[1].programming_languages[0]",
                               "development_environment.programming_languages")


def test_it_reports_a_language_used_twice_once():
    docs = project()
    for component in docs["trained_model"]["model_components"]:
        component["programming_languages"] = ["Cobol"]
    [condition] = language_unsupported(docs)
    assert condition.paths[:2] == ("trained_model.model_components[0].programming_languages[0]",
                                   "trained_model.model_components[1].programming_languages[0]")


def test_it_matches_vocabulary_values_ignoring_case_and_spaces():
    docs = project()
    docs["trained_model"]["model_components"][0]["programming_languages"] = [" LANGUAGE-0 "]
    docs["trained_model"]["ml_frameworks"] = ["Framework-1"]
    assert language_unsupported(docs) == [] and framework_unsupported(docs) == []


def test_it_skips_blank_and_non_text_entries():
    docs = project()
    docs["trained_model"]["model_components"][0]["programming_languages"] = ["  ", None, 3]
    docs["trained_model"]["ml_frameworks"] = [""]
    assert language_unsupported(docs) == [] and framework_unsupported(docs) == []


def test_it_flags_a_model_framework_the_environment_lacks():
    docs = project()
    docs["development_environment"]["ml_frameworks"] = ["framework-0"]
    assert texts(framework_unsupported(docs)) == [
        "The model uses framework 'framework-1', which the development environment does not offer"]


@pytest.mark.parametrize("absent", [None, {}])
def test_it_reports_everything_when_the_development_environment_is_absent(absent):
    docs = project(development_environment=absent)
    assert len(language_unsupported(docs)) == 2 and len(framework_unsupported(docs)) == 2


def test_it_does_nothing_without_a_trained_model():
    docs = project(trained_model=None)
    assert language_unsupported(docs) == [] and framework_unsupported(docs) == []

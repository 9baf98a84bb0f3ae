"""Who the engine takes for a name (mentions.py): the readings the cases in cases.json rest on,
checked on the mentions themselves where a quote's speaker would not show the difference."""

import pytest

from quotes.extraction.engine import analyse


def names(text, language):
    return [(mention.name, mention.kind) for mention in analyse(text, language).mentions]


@pytest.mark.parametrize("text", [
    "In einer Erklärung, die sein Verteidiger am ersten Verhandlungstag verlas, ließ er mitteilen, dass er schweige.",
    "Der vorläufige Insolvenzverwalter sagte, die Löhne seien bis März gesichert.",
])
def test_a_german_noun_after_an_article_and_an_adjective_is_no_name(text):
    assert names(text, "de") == []


def test_a_name_after_an_article_and_an_adjective_is_still_one_when_a_given_name_opens_it():
    assert names("Am Montag sagte der neue Bürgermeister Thomas Kahl, die Stadt sei pleite.", "de") == [("Thomas Kahl", "person")]


def test_a_german_given_name_with_a_noun_ending_is_a_name():
    assert names("Der angeklagte Fahrer Dennis Vogt und die Zeugin Stefanie Arnold schwiegen.", "de") == [
        ("Dennis Vogt", "person"), ("Stefanie Arnold", "person"),
    ]


def test_a_given_name_of_the_other_gender_inside_a_full_name_is_a_first_surname():
    # "Romero" is a man's given name too; after "Lucía" it is her first surname, used alone.
    assert names("Lo dirigió la jefa de la comisaría, Lucía Romero Vidal. Romero advirtió a todos.", "es") == [
        ("Lucía Romero Vidal", "person"), ("Lucía Romero Vidal", "person"),
    ]


@pytest.mark.parametrize("full, alone", [("María José Ortega", "José"), ("José María Ortega", "María"), ("Ana Isabel Cordero", "Isabel")])
def test_a_second_given_name_is_no_surname(full, alone):
    # (Marian names join the genders: "José" in "María José" is a given name still.)
    found = names(f"Habló la portavoz, {full}. {alone} insistió en el plan.", "es")
    assert found == [(full, "person")]

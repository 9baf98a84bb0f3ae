"""The given names derived from names-dataset (quotes/extraction/given_names.py): which it keeps,
and that the engine reads the shipped list."""

from quotes.extraction.given_names import given_name_lines
from quotes.extraction.names import is_given_name, name_gender


def _facts(rank: dict, male: float = 0.5) -> dict:
    return {"rank": rank, "gender": {"M": male, "F": round(1 - male, 3)}}


def _zipf(word: str, language: str) -> float:
    return {"firma": 4.9, "amara": 3.7}.get(word, 1.0)


def test_keeps_a_popular_name_unknown_to_gender_guesser_with_its_gender():
    first = {"Kwabena": _facts({"GH": 12, "GB": 1800}, male=0.98), "Efua": _facts({"GH": 300}, male=0.03)}
    assert given_name_lines(first, {}, lambda name: False, _zipf) == ["Efua\tf\t300", "Kwabena\tm\t12"]


def test_leaves_out_rare_names_surnames_words_and_names_already_known():
    first = {
        "Rarename": _facts({"NG": 4000}),  # in no country's first thousand
        "Okonkwo": _facts({"NG": 700}),  # more common as a surname
        "Firma": _facts({"DE": 600}),  # a word of a language the engine reads
        "Karl": _facts({"DE": 5}, male=1.0),  # gender-guesser has it
        "X-1": _facts({"US": 10}),  # not a name's letters
    }
    last = {"Okonkwo": {"rank": {"NG": 40}}}
    assert given_name_lines(first, last, lambda name: name == "Karl", _zipf) == []


def test_a_word_that_is_among_a_countrys_most_popular_names_stays_without_a_single_gender():
    first = {"Amara": _facts({"SL": 20, "GB": 900}, male=0.4)}
    assert given_name_lines(first, {}, lambda name: False, _zipf) == ["Amara\t\t20"]


def test_the_engine_reads_the_shipped_list():
    assert is_given_name("Kwame") and is_given_name("Adaeze")
    assert name_gender("Kwame Mensah") == "m" and name_gender("Adaeze Okafor") == "f"
    assert not is_given_name("Limpiezzas")

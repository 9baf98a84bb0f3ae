"""Fact-checks published elsewhere (quotes/claimreview_import.py): import_claimreviews reads them in
every shape they come in, and a claim lists the reviews of the same claim, ranked by similarity,
reworded too, and not those of another claim in the same common words (texts written for the tests)."""

import json

import pytest
from django.db import connection
from django.urls import reverse
from rest_framework.test import APIClient

from quotes.claimreview_import import MATCH_FLOOR, _rare_words, reviews_matching
from quotes.models import Claim, PublishedReview
from tests.support import command_output

pytestmark = pytest.mark.django_db


def review(url, text, *, rating="False", publisher="Other Checkers", claimant="Ana Berg", when="2024-03-02"):
    return {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": text,
        "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingValue": 1},
        "author": {"@type": "Organization", "name": publisher}, "datePublished": when, "inLanguage": "en",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": claimant}},
    }


def _import(*paths):
    return command_output("import_claimreviews", *paths)


def test_every_shape_of_claimreview_is_read(tmp_path):
    one = review("https://check.example.org/1", "The bridge cost twice its budget")
    shapes = {
        "object.json": one,
        "list.json": [review("https://check.example.org/2", "Schools closed in May")],
        "graph.json": {"@context": "https://schema.org", "@graph": [review("https://check.example.org/3", "Taxes rose")]},
        "feed.json": {"dataFeedElement": [{"item": [review("https://check.example.org/4", "Crime fell by half")]}]},
    }
    for name, data in shapes.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    out, err = _import(*[tmp_path / name for name in shapes])
    assert err == "" and "4 reviews stored" in out
    stored = PublishedReview.objects.get(url="https://check.example.org/1")
    assert (stored.claim_text, stored.rating, stored.publisher, stored.claimant, str(stored.published)) == (
        "The bridge cost twice its budget", "False", "Other Checkers", "Ana Berg", "2024-03-02"
    )
    _import(tmp_path / "object.json")  # again: the same review, updated, not doubled
    assert PublishedReview.objects.count() == 4


def test_a_malformed_record_is_one_error_line_and_the_rest_imports(tmp_path):
    records = [review("https://check.example.org/ok", "Good record"), {"@type": "Claim"}, "text",
               {"@type": "ClaimReview", "url": "ftp://x", "claimReviewed": "y"}, {"@type": "ClaimReview", "url": "https://a.b/c"}]
    (tmp_path / "mixed.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    out, err = _import(tmp_path / "mixed.json", tmp_path / "broken.json")
    lines = err.strip().splitlines()
    assert f"error: {tmp_path / 'mixed.json'}: record 2: @type is 'Claim', not ClaimReview" in lines
    assert f"error: {tmp_path / 'mixed.json'}: record 3: not an object but str" in lines
    assert f"error: {tmp_path / 'mixed.json'}: record 4: url 'ftp://x' is not an http(s) URL" in lines
    assert f"error: {tmp_path / 'mixed.json'}: record 5: no claimReviewed" in lines
    assert any(line.startswith(f"error: {tmp_path / 'broken.json'}: not JSON") for line in lines)
    assert PublishedReview.objects.count() == 1


def test_a_claim_lists_the_reviews_of_the_same_claim_most_similar_first(seeded, editor, client):
    claim = Claim.objects.exclude(claimant=None).first()
    PublishedReview.objects.create(url="https://check.example.org/same", claim_text=claim.text, rating="Mostly true")
    PublishedReview.objects.create(url="https://check.example.org/near", claim_text=claim.text[: len(claim.text) // 2] + " more or less")
    PublishedReview.objects.create(url="https://check.example.org/other", claim_text="Penguins can fly over the Alps in winter")
    found = APIClient().get(f"/api/claims/{claim.pk}/matches/").json()
    assert [m["url"] for m in found][:2] == ["https://check.example.org/same", "https://check.example.org/near"]
    assert "https://check.example.org/other" not in [m["url"] for m in found]
    assert found[0]["score"] >= found[1]["score"] and found[0]["rating"] == "Mostly true"
    client.force_login(editor)
    page = client.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
    assert b"Fact-checked elsewhere?" in page.content and b"https://check.example.org/same" in page.content


STADIUM = "The city council spent 40 million euros of public money on the new football stadium in 2019"
OTHER_REVIEWS = [  # reviews of other claims, in the same common words
    "The minister said the hospital in the north of the country was closed in 2019",
    "Unemployment fell to 3.5 percent in the first year of the new government",
    "The mayor promised that the old tram line would reopen before the end of the year",
]


def _reviews(*texts):
    for n, text in enumerate(texts):
        PublishedReview.objects.create(url=f"https://check.example.org/{n}", claim_text=text)


def _urls(text):
    return {review.url: score for review, score in reviews_matching(Claim(text=text))}


def test_a_reworded_claim_finds_its_review_and_an_unrelated_claim_none():
    _reviews(STADIUM, *OTHER_REVIEWS)
    assert _urls(STADIUM) == {"https://check.example.org/0": 1.0}
    reworded = _urls("In 2019 the council of the city spent 40 million euros of taxpayers' money on a new stadium")
    assert list(reworded)[0] == "https://check.example.org/0" and 0.5 <= reworded["https://check.example.org/0"] < 1
    shorter = _urls("The council spent 40 million on the stadium")
    assert list(shorter)[0] == "https://check.example.org/0" and shorter["https://check.example.org/0"] >= MATCH_FLOOR
    if connection.vendor == "postgresql":  # (RapidFuzz's token-set ratio, on SQLite, counts shared "the" and "of")
        assert _urls("The price of bread in the shops of the capital doubled over the winter") == {}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the statistics of migration 0013's word index")
def test_on_postgresql_the_rare_words_are_those_its_statistics_find_in_few_reviews():
    _reviews(*[f"The rate of item {n} rose in the year {n}" for n in range(300)], STADIUM)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_publishedreview")
        rare = _rare_words(cursor, STADIUM)
    # "the", "of" and "in" are in every review, so no clue; "stadium" and "million" are in one
    assert {"'the'", "'of'", "'in'"}.isdisjoint(rare) and {"'stadium'", "'million'"} <= set(rare)
    assert len(rare) == 8 and rare[:2] == ["'football'", "'council'"]  # among equals, the longest first
    # a claim of common words only is still matched, through the trigram index
    with connection.cursor() as cursor:
        assert _rare_words(cursor, "The rate of the year rose") == []
    first, score = reviews_matching(Claim(text="The rate of the year rose"))[0]
    assert first.claim_text == "The rate of item 0 rose in the year 0" and score >= 0.5

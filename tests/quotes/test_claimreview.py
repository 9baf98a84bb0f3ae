"""ClaimReview (quotes/claimreview.py): one claim's JSON-LD and the feed of every published review,
withdrawals and conditional requests included."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pyld import jsonld

from quotes.models import Claim, Quote, Speaker

pytestmark = pytest.mark.django_db


SCHEMA = "http://schema.org/"


CONTEXT = json.loads((Path(__file__).parents[1] / "data" / "schemaorg-context.jsonld").read_text())


def offline_loader(url, options=None):
    """schema.org's context from the bundled copy: tests never reach the network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise ValueError(f"no offline copy of {url}")


def test_claimreview_is_valid_json_ld(api, published):
    response = api.get(f"/api/claims/{published.pk}/claimreview/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/ld+json")
    [review] = jsonld.expand(response.json(), {"documentLoader": offline_loader})
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    assert review[SCHEMA + "claimReviewed"][0]["@value"] == published.text
    [rating] = review[SCHEMA + "reviewRating"]
    assert {k: rating[SCHEMA + k][0]["@value"] for k in ("ratingValue", "bestRating", "worstRating", "alternateName")} == {
        "ratingValue": 4, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly true"}
    [item] = review[SCHEMA + "itemReviewed"]
    assert item["@type"] == [SCHEMA + "Claim"]
    assert item[SCHEMA + "author"][0]["@type"] == [SCHEMA + "Person"]
    assert item[SCHEMA + "author"][0][SCHEMA + "name"][0]["@value"] == "John Kirby"
    assert item[SCHEMA + "appearance"][0][SCHEMA + "url"][0]["@id"].endswith(f"/api/articles/{published.article_id}/")
    assert review[SCHEMA + "author"][0]["@type"] == [SCHEMA + "Organization"]
    assert review[SCHEMA + "datePublished"][0]["@value"] == "2023-04-02"
    assert review[SCHEMA + "url"][0]["@id"] == "https://claims.example.org/reviews/1"


def test_unpublished_claims_have_no_claimreview(api, seeded):
    assert api.get(f"/api/claims/{Claim.objects.first().pk}/claimreview/").status_code == 404


def test_claimreview_feed_and_updated_since(api, published):
    feed = api.get("/api/claimreview.jsonld").json()
    expanded = jsonld.expand(feed, {"documentLoader": offline_loader})
    assert [node[SCHEMA + "claimReviewed"][0]["@value"] for node in expanded] == [published.text]
    later = (published.updated_at + timedelta(seconds=1)).isoformat()
    assert api.get("/api/claimreview.jsonld", {"updated_since": later}).json()["@graph"] == []
    assert len(api.get("/api/claimreview.jsonld", {"updated_since": "2020-01-01"}).json()["@graph"]) == 1
    assert api.get("/api/claimreview.jsonld", {"updated_since": "last week"}).status_code == 400


def _expanded_review(api, claim):
    [review] = jsonld.expand(api.get(f"/api/claims/{claim.pk}/claimreview/").json(), {"documentLoader": offline_loader})
    return review


def _value(node, name):
    [value] = node[SCHEMA + name]
    return value.get("@value", value.get("@id"))


def test_claimreview_gives_where_the_claim_was_published_and_who_made_it(api, published):
    from articles.models import Article

    article = published.article
    Article.objects.filter(pk=article.pk).update(url="https://news.example.org/kirby-briefing", source="Example News")
    Speaker.objects.filter(slug="john-kirby").update(wikidata_id="Q6250071")
    review = _expanded_review(api, published)
    [rating] = review[SCHEMA + "reviewRating"]
    assert _value(rating, "ratingExplanation") == "Checked against the transcript."
    [item] = review[SCHEMA + "itemReviewed"]
    [appearance] = item[SCHEMA + "appearance"]
    assert appearance["@type"] == [SCHEMA + "CreativeWork"]
    assert _value(appearance, "url") == "https://news.example.org/kirby-briefing"
    assert _value(appearance, "headline") == article.title
    [outlet] = appearance[SCHEMA + "publisher"]
    assert outlet["@type"] == [SCHEMA + "Organization"] and _value(outlet, "name") == "Example News"
    assert _value(item[SCHEMA + "firstAppearance"][0], "url") == "https://news.example.org/kirby-briefing"
    [author] = item[SCHEMA + "author"]
    assert _value(author, "sameAs") == "https://www.wikidata.org/wiki/Q6250071"


def test_first_appearance_is_the_earliest_article_of_the_claims_quotes(api, published):
    from datetime import date as day

    from articles.models import Article

    earlier = Quote.objects.exclude(article=published.article).select_related("article").first()
    Article.objects.filter(pk=earlier.article_id).update(published=day(2001, 1, 1), published_precision="day")
    published.quotes.add(earlier)
    [item] = _expanded_review(api, published)[SCHEMA + "itemReviewed"]
    assert _value(item[SCHEMA + "firstAppearance"][0], "url").endswith(f"/api/articles/{earlier.article_id}/")
    assert _value(item[SCHEMA + "appearance"][0], "url").endswith(f"/api/articles/{published.article_id}/")
    assert _value(item, "datePublished") == "2001-01-01"


def test_a_withdrawn_review_is_in_the_feed_as_a_withdrawal(api, editor_api, published):
    feed = lambda: api.get("/api/claimreview.jsonld", {"updated_since": "2020-01-01"}).json()["@graph"]  # noqa: E731
    assert [item.get("creativeWorkStatus") for item in feed()] == [None]
    editor_api.patch(f"/api/claims/{published.pk}/", {"status": "draft"}, format="json")
    [withdrawn] = feed()
    assert withdrawn["creativeWorkStatus"] == "Withdrawn" and withdrawn["url"] == "https://claims.example.org/reviews/1"
    assert "reviewRating" not in withdrawn and "claimReviewed" not in withdrawn
    assert api.get("/api/claimreview.jsonld").json()["@graph"] == []  # the whole feed: what is published now
    editor_api.patch(f"/api/claims/{published.pk}/", {"status": "published"}, format="json")
    assert [item.get("creativeWorkStatus") for item in feed()] == [None]  # published again


def test_the_feed_answers_conditional_requests(api, editor_api, published):
    first = api.get("/api/claimreview.jsonld")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert api.get("/api/claimreview.jsonld", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get("/api/claimreview.jsonld", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    editor_api.patch(f"/api/claims/{published.pk}/", {"explanation": "Checked twice."}, format="json")
    again = api.get("/api/claimreview.jsonld", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200 and again["ETag"] != etag


def test_feed_accepts_any_utc_offset(api, seeded):
    assert api.get("/api/claimreview.jsonld", {"updated_since": "5718-11-09T23:26:56+16:22"}).status_code == 200


@pytest.mark.parametrize("value", [
    "2023-02-30", "2023-02-28T25:61:00Z", "2023-01-01T00:00:00+25:00", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
])
def test_impossible_feed_dates_are_400_naming_the_parameter(api, seeded, value):
    response = api.get("/api/claimreview.jsonld", {"updated_since": value})
    assert response.status_code == 400 and "updated_since" in response.json()

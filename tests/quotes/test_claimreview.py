"""Claims: reported speech stored with provenance, verdicts, similar claims, ClaimReview exchange."""

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from pyld import jsonld
from rest_framework.test import APIClient

from quotes.models import Claim, Quote, Speaker
from quotes.selectors import claims_similar
from quotes.services import claim_create_from_quote, claim_rate

pytestmark = pytest.mark.django_db
SCHEMA = "http://schema.org/"
CONTEXT = json.loads((Path(__file__).parents[1] / "data" / "schemaorg-context.jsonld").read_text())


def offline_loader(url, options=None):
    """schema.org's context from the bundled copy: tests never reach the network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise ValueError(f"no offline copy of {url}")


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def published(seeded, editor):
    claim = Claim.objects.filter(claimant__slug="john-kirby").first()
    return claim_rate(
        claim=claim, verdict=Claim.Verdict.MOSTLY_TRUE, reviewer=editor, explanation="Checked against the transcript.",
        review_url="https://claims.example.org/reviews/1", status=Claim.Status.PUBLISHED, reviewed_at=date(2023, 4, 2),
    )


def test_import_stores_reported_speech_claims_with_provenance(seeded):
    claims = Claim.objects.select_related("article", "claimant")
    assert claims.count() >= 5
    for claim in claims:
        assert claim.article.body[claim.start:claim.end] == claim.text
        assert claim.verdict == Claim.Verdict.UNRATED and claim.origin == Claim.Origin.REPORTED
    kirby = claims.filter(claimant__slug="john-kirby").values_list("text", flat=True)
    assert any("Shtëpia e Bardhë vazhdon të jetë e shqetësuar" in text for text in kirby)


def test_reimport_keeps_rated_claims_and_changes_nothing_else(published):
    before = {c.pk: (c.text, c.verdict) for c in Claim.objects.all()}
    call_command("import_articles", stdout=io.StringIO())
    assert {c.pk: (c.text, c.verdict) for c in Claim.objects.all()} == before
    published.refresh_from_db()
    assert published.verdict == Claim.Verdict.MOSTLY_TRUE


def test_claim_from_quote_is_linked_and_made_once(seeded):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    claim, created = claim_create_from_quote(quote=quote)
    again, created_again = claim_create_from_quote(quote=quote)
    assert created and not created_again and claim.pk == again.pk
    assert list(claim.quotes.all()) == [quote] and claim.origin == Claim.Origin.QUOTE
    assert claim.article.body[claim.start:claim.end] == claim.text


def test_rating_rules(seeded, editor):
    claim = Claim.objects.first()
    with pytest.raises(ValueError, match="published review needs a verdict"):
        claim_rate(claim=claim, verdict="unrated", reviewer=editor, status=Claim.Status.PUBLISHED)
    with pytest.raises(ValueError, match="is not a verdict"):
        claim_rate(claim=claim, verdict="pants-on-fire", reviewer=editor)
    claim_rate(claim=claim, verdict="false", reviewer=editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.reviewed_by, claim.status) == ("false", editor, "draft")
    assert claim.history.count() >= 2  # created, then rated: every change is kept


def test_similar_claims_rank_the_same_wording_first(seeded):
    claim = Claim.objects.first()
    twin = Claim.objects.create(
        text=claim.text + " again", claimant=Speaker.objects.get(slug="antony-blinken"), article=claim.article,
        start=claim.end + 1000, end=claim.end + 1000 + len(claim.text),
    )
    similar = claims_similar(claim=claim)
    assert similar and similar[0].pk == twin.pk


def test_claims_api_filters(api, published, editor):
    get = lambda **p: api.get("/api/claims/", p).json()  # noqa: E731
    assert [c["id"] for c in get(verdict=["mostly-true", "false"])["results"]] == [published.pk]
    assert published.pk not in [c["id"] for c in get(reviewed="false", page_size=500)["results"]]
    assert [c["id"] for c in get(reviewed="true")["results"]] == [published.pk]
    assert [c["id"] for c in get(reviewed_after="2023-04", speaker_name="kirby")["results"]] == [published.pk]
    assert get(reviewed_before="2023-03")["count"] == 0
    item = get(speaker="john-kirby", language="sq", verdict="mostly-true")["results"][0]
    assert item["rating_value"] == 4 and item["status"] == "published" and item["language"] == "sq"
    assert api.get("/api/claims/", {"verdict": "bogus"}).status_code == 400
    assert api.get("/api/claims/", {"reviewed_after": "April"}).status_code == 400


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


def test_scorecard_gives_counts_with_their_base(api, published, editor):
    other = Claim.objects.filter(claimant__slug="john-kirby").exclude(pk=published.pk).first()
    claim_rate(claim=other, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    card = api.get("/api/speakers/john-kirby/scorecard/").json()
    counts = {row["verdict"]: (row["count"], row["of"]) for row in card["verdicts"]}
    assert card["rated_claims"] == 2
    assert counts["mostly-true"] == (1, 2) and counts["false"] == (1, 2) and counts["true"] == (0, 2)


def test_fact_check_tools_search_shape(api, published, settings):
    url = "/api/factcheck/v1alpha1/claims:search"
    body = api.get(url, {"query": published.text.split()[0], "languageCode": "sq"}).json()
    [claim] = body["claims"]
    assert set(claim) == {"text", "claimant", "claimDate", "claimReview"}
    [review] = claim["claimReview"]
    assert set(review) == {"publisher", "url", "title", "reviewDate", "textualRating", "languageCode"}
    assert review["textualRating"] == "Mostly true" and review["publisher"]["site"] == "claimtracker.example.org"
    assert api.get(url, {"query": "zzzz-no-such-claim"}).json() == {"claims": []}
    assert api.get(url, {"reviewPublisherSiteFilter": "other.example"}).json() == {"claims": []}
    assert api.get(url, {"reviewPublisherSiteFilter": "claimtracker.example.org"}).json()["claims"]
    assert api.get(url, {"query": published.text.split()[0], "languageCode": "en"}).json() == {"claims": []}
    assert api.get(url, {"query": "x", "maxAgeDays": "1"}).json() == {"claims": []}
    for bad in ({}, {"query": "x", "pageSize": "0"}, {"query": "x", "pageToken": "garbage"}, {"query": "x", "maxAgeDays": "y"}):
        assert api.get(url, bad).status_code == 400


def test_fact_check_tools_search_pages(api, seeded, editor):
    for claim in Claim.objects.exclude(claimant=None)[:3]:  # a published review needs a claimant
        claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    url = "/api/factcheck/v1alpha1/claims:search"
    site = {"reviewPublisherSiteFilter": "claimtracker.example.org", "pageSize": 2}
    first = api.get(url, site).json()
    second = api.get(url, {**site, "pageToken": first["nextPageToken"]}).json()
    assert len(first["claims"]) == 2 and len(second["claims"]) == 1 and "nextPageToken" not in second
    assert {c["text"] for c in first["claims"]}.isdisjoint(c["text"] for c in second["claims"])


def test_admin_rates_a_claim_and_keeps_history(client, seeded, editor):
    client.force_login(editor)
    claim = Claim.objects.exclude(claimant=None).first()
    url = reverse("admin:quotes_claim_change", args=[claim.pk])
    page = client.get(url)
    assert page.status_code == 200 and b"<mark>" in page.content and b"Similar claims" in page.content
    response = client.post(url, {"claimant": claim.claimant_id, "verdict": "misleading", "explanation": "Out of context.", "review_url": "", "status": "published"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.verdict, claim.status, claim.reviewed_by) == ("misleading", "published", editor)
    refused = client.post(url, {"claimant": claim.claimant_id, "verdict": "unrated", "explanation": "", "review_url": "", "status": "published"})
    assert refused.status_code == 200 and b"needs a verdict" in refused.content
    history = client.get(reverse("admin:quotes_claim_history", args=[claim.pk]))
    assert history.status_code == 200 and b"editor" in history.content
    assert [h.verdict for h in claim.history.order_by("history_date")] == ["unrated", "misleading"]


def test_a_claim_without_a_claimant_waits_for_an_editor_before_it_is_published(client, seeded, editor):
    claim = Claim.objects.exclude(claimant=None).first()
    Claim.objects.filter(pk=claim.pk).update(claimant=None)  # as the engine leaves an unsure one
    claim.refresh_from_db()
    with pytest.raises(ValueError, match="needs a claimant"):
        claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    assert client.get(f"/api/claims/{claim.pk}/").json()["claimant"] is None
    client.force_login(editor)
    url = reverse("admin:quotes_claim_change", args=[claim.pk])
    refused = client.post(url, {"claimant": "", "verdict": "false", "explanation": "", "review_url": "", "status": "published"})
    assert refused.status_code == 200 and b"needs a claimant" in refused.content
    speaker = Speaker.objects.get(slug="john-kirby")
    named = client.post(url, {"claimant": speaker.pk, "verdict": "false", "explanation": "", "review_url": "", "status": "published"})
    assert named.status_code == 302
    claim.refresh_from_db()
    assert (claim.claimant, claim.status) == (speaker, "published")


@pytest.fixture
def editor_api(seeded, editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_patch_changes_only_what_it_is_sent(editor_api):
    claim = Claim.objects.exclude(claimant=None).first()
    url = f"/api/claims/{claim.pk}/"
    editor_api.patch(url, {"verdict": "false", "explanation": "Numbers wrong.", "status": "published"}, format="json")
    withdrawn = editor_api.patch(url, {"status": "draft"}, format="json")
    assert withdrawn.status_code == 200
    assert (withdrawn.json()["verdict"], withdrawn.json()["explanation"], withdrawn.json()["status"]) == ("false", "Numbers wrong.", "draft")
    assert editor_api.patch(url, {}, format="json").status_code == 400


def test_an_editor_names_a_missing_claimant_through_the_api_and_keeps_it(editor_api):
    claim = Claim.objects.exclude(claimant=None).first()
    Claim.objects.filter(pk=claim.pk).update(claimant=None)
    url = f"/api/claims/{claim.pk}/"
    refused = editor_api.patch(url, {"verdict": "false", "status": "published"}, format="json")
    assert refused.status_code == 400 and "needs a claimant" in refused.json()["detail"]
    named = editor_api.patch(url, {"claimant": "john-kirby", "verdict": "false", "status": "published"}, format="json")
    assert named.status_code == 200 and named.json()["claimant"]["slug"] == "john-kirby"
    assert editor_api.patch(url, {"claimant": "nobody-at-all"}, format="json").status_code == 400
    # An engine upgrade re-imports the article: the editor's claimant stays.
    from articles.models import Article

    Claim.objects.filter(pk=claim.pk).update(verdict="unrated", status="draft", reviewed_by=None, reviewed_at=None)
    Article.objects.update(engine="an-older-engine")
    call_command("import_articles", stdout=io.StringIO())
    claim.refresh_from_db()
    assert claim.claimant.slug == "john-kirby" and claim.edited


def test_similar_claims_do_not_pair_claims_for_having_no_claimant(seeded):
    claims = list(Claim.objects.order_by("id")[:2])
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(claimant=None, text="Completely different words here")
    Claim.objects.filter(pk=claims[1].pk).update(text="Nothing in common at all, zzz qqq")
    claims[0].refresh_from_db()
    assert claims[1].pk not in [c.pk for c in claims_similar(claim=claims[0])]


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


def test_a_speakers_wikidata_id_is_validated_and_filterable(api, seeded, editor, client):
    speaker = Speaker.objects.get(slug="john-kirby")
    client.force_login(editor)
    url = reverse("admin:quotes_speaker_change", args=[speaker.pk])
    form = {"name": speaker.name, "slug": speaker.slug, "kind": speaker.kind, "role": speaker.role,
            "aliases": json.dumps(speaker.aliases)}
    refused = client.post(url, {**form, "wikidata_id": "6250071"})
    assert refused.status_code == 200 and b"a Wikidata item id is Q and a number" in refused.content
    assert client.post(url, {**form, "wikidata_id": "Q6250071"}).status_code == 302
    found = api.get("/api/speakers/", {"wikidata": "Q6250071"}).json()["results"]
    assert [(s["slug"], s["wikidata_id"]) for s in found] == [("john-kirby", "Q6250071")]


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


def test_a_deleted_published_claim_is_a_withdrawal_too(api, published):
    published.delete()
    [withdrawn] = api.get("/api/claimreview.jsonld", {"updated_since": "2020-01-01"}).json()["@graph"]
    assert withdrawn["creativeWorkStatus"] == "Withdrawn"


def test_the_feed_answers_conditional_requests(api, editor_api, published):
    first = api.get("/api/claimreview.jsonld")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert api.get("/api/claimreview.jsonld", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get("/api/claimreview.jsonld", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    editor_api.patch(f"/api/claims/{published.pk}/", {"explanation": "Checked twice."}, format="json")
    again = api.get("/api/claimreview.jsonld", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200 and again["ETag"] != etag

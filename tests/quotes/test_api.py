"""The quotes app's endpoints (quotes/api/views.py): speakers, quotes and claims read and written
through the API, who may do what, and what a draft review shows to whom."""

import io

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from quotes.models import Claim, Quote, Speaker
from quotes.services import claim_rate, quote_set_speaker
from tests.support import get, quote_in_new_article

pytestmark = pytest.mark.django_db


def test_quote_offsets_point_into_article_body(api, seeded):
    for item in get(api, "/api/quotes/", page_size=500)["results"]:
        body = get(api, f"/api/articles/{item['article']['id']}/")["body"]
        assert body[item["start"]:item["end"]] == item["text"]


def test_quote_item_shape(api, seeded):
    item = get(api, "/api/quotes/")["results"][0]
    assert set(item) == {
        "id", "text", "speaker", "article", "language", "kind", "status", "start", "end",
        "attribution", "cue", "confidence", "utterance", "created_at", "updated_at",
    }
    assert set(item["speaker"]) == {"id", "slug", "name", "kind"}
    assert set(item["article"]) == {"id", "title", "language", "published", "source_file", "url"}


def test_ordering_is_whitelisted(api, seeded):
    ordered = get(api, "/api/quotes/", ordering="-confidence")["results"]
    assert [q["confidence"] for q in ordered] == sorted((q["confidence"] for q in ordered), reverse=True)
    assert get(api, "/api/quotes/", ordering="speaker__search_names")["count"] > 0  # ignored, not an error


def test_speakers_list_and_detail(api, seeded):
    data = get(api, "/api/speakers/", ordering="-quote_count")
    first = data["results"][0]
    assert set(first) == {"id", "slug", "name", "kind", "aliases", "role", "wikidata_id", "quote_count"} and first["quote_count"] > 0
    assert get(api, f"/api/speakers/{first['slug']}/")["name"] == first["name"]
    quotes = get(api, f"/api/speakers/{first['slug']}/quotes/")
    assert quotes["count"] == first["quote_count"]
    assert get(api, "/api/speakers/", kind="organization")["count"] >= 1
    get(api, "/api/speakers/nobody/", expect=404)


def test_writes_need_an_editor(api, seeded):
    assert api.post("/api/quotes/", {}).status_code in (401, 403, 405)
    assert api.delete(f"/api/quotes/{Quote.objects.first().pk}/").status_code in (401, 403, 405)


@pytest.mark.parametrize("url", ["/api/quotes/", "/api/speakers/", "/api/articles/", "/api/claims/"])
def test_list_query_count_is_constant(api, seeded, django_assert_max_num_queries, url):
    with django_assert_max_num_queries(4):
        small = api.get(url, {"page_size": 1})
    with django_assert_max_num_queries(4):
        large = api.get(url, {"page_size": 500})
    assert small.status_code == large.status_code == 200


def test_scorecard_gives_counts_with_their_base(api, published, editor):
    other = Claim.objects.filter(claimant__slug="john-kirby").exclude(pk=published.pk).first()
    claim_rate(claim=other, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    card = api.get("/api/speakers/john-kirby/scorecard/").json()
    counts = {row["verdict"]: (row["count"], row["of"]) for row in card["verdicts"]}
    assert card["rated_claims"] == 2
    assert counts["mostly-true"] == (1, 2) and counts["false"] == (1, 2) and counts["true"] == (0, 2)


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


FILTERED_LISTS = [
    ("/api/quotes/", {}),
    ("/api/quotes/", {"speaker": "vladimir-putin"}),
    ("/api/quotes/", {"speaker_name": "Poetin"}),
    ("/api/quotes/", {"q": "Ukraine"}),
    ("/api/quotes/", {"language": "nl", "published_after": "2023-01"}),
    ("/api/speakers/", {}),
    ("/api/claims/", {"verdict": "unrated"}),
    ("/api/articles/", {}),
]


@pytest.mark.parametrize("url, params", FILTERED_LISTS)
def test_queries_per_request_are_constant_whatever_the_page_size(api, seeded, url, params, django_assert_max_num_queries):
    for page_size in (2, 50, 500):
        with django_assert_max_num_queries(4):
            response = api.get(url, {**params, "page_size": page_size})
        assert response.status_code == 200
        assert response.json()["results"]


def test_newest_articles_quotes_come_first(api):
    old = quote_in_new_article("An old promise that nobody remembers any more.", published="2020-01-01")
    new = quote_in_new_article("A new promise that everybody will remember soon.", published="2025-01-01")
    undated = quote_in_new_article("A promise without a date, listed after the dated ones.", published=None)
    ids = [q["id"] for q in api.get("/api/quotes/").json()["results"]]
    assert ids == [new.pk, old.pk, undated.pk]


LISTS = ["/api/quotes/", "/api/speakers/", "/api/articles/", "/api/claims/"]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_clients_cannot_write(api, seeded, url, method):
    target = url if method == "post" else f"{url}{_first_id(url)}/"
    assert getattr(api, method)(target, {}).status_code in (401, 403, 405)


def _first_id(url):
    from articles.models import Article
    from quotes.models import Speaker

    model = {"/api/quotes/": Quote, "/api/articles/": Article, "/api/claims/": Claim}.get(url)
    return model.objects.first().pk if model else Speaker.objects.first().slug


@pytest.mark.parametrize("url", ["/api/quotes/1/history/", "/api/claims/1/history/", "/admin/", "/admin/quotes/quote/"])
def test_history_and_admin_need_an_editor(client, seeded, url):
    response = client.get(url)
    assert response.status_code in (302, 401, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]


def test_a_draft_review_is_unrated_to_the_public(api, draft):
    shown = api.get(f"/api/claims/{draft.pk}/").json()
    assert (shown["verdict"], shown["rating_value"], shown["explanation"], shown["reviewed_at"]) == ("unrated", None, "", None)
    listed = next(c for c in api.get("/api/claims/", {"page_size": 500}).json()["results"] if c["id"] == draft.pk)
    assert listed == shown


def test_ordering_by_verdict_does_not_reveal_a_draft(api, draft, editor):
    other = Claim.objects.exclude(pk=draft.pk).order_by("id").first()  # unrated, and before the draft by id
    def order(client):
        rows = client.get("/api/claims/", {"ordering": "verdict", "page_size": 500}).json()["results"]
        return [row["id"] for row in rows if row["id"] in (draft.pk, other.pk)]
    assert order(api) == [other.pk, draft.pk]  # both unrated to the public: by id
    api.force_authenticate(editor)
    assert order(api) == [draft.pk, other.pk]  # "false" sorts before "unrated"


def test_editors_see_their_draft(api, draft, editor):
    api.force_authenticate(editor)
    assert api.get(f"/api/claims/{draft.pk}/").json()["verdict"] == "false"
    assert draft.pk in [c["id"] for c in api.get("/api/claims/", {"verdict": "false"}).json()["results"]]


def test_no_other_reader_shows_a_draft(api, draft):
    assert api.get(f"/api/claims/{draft.pk}/claimreview/").status_code == 404
    assert "Our unpublished finding" not in api.get("/api/claimreview.jsonld").content.decode()
    assert draft.text not in api.get("/api/factcheck/v1alpha1/claims:search", {"query": draft.text[:30]}).content.decode()
    card = api.get(f"/api/speakers/{draft.claimant.slug}/scorecard/").json()
    assert card["rated_claims"] == 0
    assert api.get(f"/api/claims/{draft.pk}/history/").status_code in (401, 403)


def test_history_api_is_for_editors_and_shows_changes(seeded, editor):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    quote_set_speaker(quote=quote, speaker=Speaker.objects.get(slug="antony-blinken"))
    api = APIClient()
    url = f"/api/quotes/{quote.pk}/history/"
    assert api.get(url).status_code in (401, 403)
    api.force_authenticate(editor)
    entries = api.get(url).json()
    assert [e["type"] for e in entries] == ["changed", "created"]
    changed = {c["field"]: (c["old"], c["new"]) for c in entries[0]["changes"]}
    assert changed["speaker"] == (Speaker.objects.get(slug="john-kirby").pk, Speaker.objects.get(slug="antony-blinken").pk)
    claim = Claim.objects.first()
    claim_rate(claim=claim, verdict="false", reviewer=editor)
    claim_entries = api.get(f"/api/claims/{claim.pk}/history/").json()
    assert {"field": "verdict", "old": "unrated", "new": "false"} in claim_entries[0]["changes"]


def test_editor_verifies_and_reattributes_a_quote_through_the_api(editor_api, editor):
    quote = Quote.objects.filter(status="extracted").order_by("id").first()
    other = Speaker.objects.exclude(pk=quote.speaker_id).order_by("id").first()
    response = editor_api.patch(f"/api/quotes/{quote.pk}/", {"status": "verified", "speaker": other.slug}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["speaker"]["slug"] == other.slug and response.json()["status"] == "verified"
    quote.refresh_from_db()
    assert (quote.status, quote.speaker_id, quote.attribution, quote.edited) == ("verified", other.pk, "editor", True)
    assert quote.history.filter(history_user=editor).exists()


@pytest.mark.parametrize("payload, reason", [
    ({"speaker": "nobody-by-this-slug"}, "nobody-by-this-slug"),
    ({"status": "approved"}, "approved"),
    ({}, "nothing to change"),
])
def test_bad_quote_edits_are_400_and_change_nothing(editor_api, payload, reason):
    quote = Quote.objects.order_by("id").first()
    before = (quote.status, quote.speaker_id, quote.updated_at)
    response = editor_api.patch(f"/api/quotes/{quote.pk}/", payload, format="json")
    assert response.status_code == 400 and reason in response.content.decode()
    quote.refresh_from_db()
    assert (quote.status, quote.speaker_id, quote.updated_at) == before


def test_editor_rates_a_claim_through_the_api(editor_api, editor):
    claim = Claim.objects.order_by("id").first()
    response = editor_api.patch(
        f"/api/claims/{claim.pk}/",
        {"verdict": "false", "explanation": "The figures say otherwise.", "status": "published"},
        format="json",
    )
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert (claim.verdict, claim.status, claim.reviewed_by_id) == ("false", "published", editor.pk)
    assert response.json()["rating_value"] == 1
    refused = editor_api.patch(f"/api/claims/{claim.pk}/", {"verdict": "unrated", "status": "published"}, format="json")
    assert refused.status_code == 400 and "unrated" in refused.content.decode()


def test_verdicts_need_the_editors_group_not_just_the_permission(seeded, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("intern")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_claim", "change_quote"]))
    api = APIClient()
    api.force_authenticate(user)
    claim = Claim.objects.order_by("id").first()
    assert api.patch(f"/api/claims/{claim.pk}/", {"verdict": "true"}, format="json").status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == "unrated"
    quote = Quote.objects.order_by("id").first()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 200


def test_signed_in_users_without_permissions_cannot_write(seeded, django_user_model):
    api = APIClient()
    api.force_authenticate(django_user_model.objects.create_user("reader"))
    quote = Quote.objects.order_by("id").first()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 403
    assert api.put(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code in (403, 405)
    quote.refresh_from_db()
    assert quote.status == "extracted"

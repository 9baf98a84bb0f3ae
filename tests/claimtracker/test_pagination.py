"""What keeps the API fast at scale: one-index lists, full-text search by language, counts that
stop counting, a constant number of queries per request."""

import pytest
from django.db import connection
from rest_framework.test import APIClient

from articles.models import Article
from claimtracker import pagination
from quotes.models import Quote, Speaker
from quotes.search import FALLBACK_CONFIG, SEARCH_CONFIGS
from quotes.services import article_save

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search and planner")


@pytest.fixture
def api():
    return APIClient()


def _quote(text, language="en", published="2024-05-02"):
    article = Article.objects.create(
        body=f"Intro. {text} End.", language=language, published=published, published_precision="day",
        source_file=f"{language}-{len(text)}.txt", sha256=f"{language}{hash(text) & 0xFFFFFFFF:064x}"[-64:],
    )
    speaker = Speaker.objects.get_or_create(slug="ana-test", defaults={"name": "Ana Test"})[0]
    return Quote.objects.create(
        article=article, speaker=speaker, text=text, start=7, end=7 + len(text), kind="full", attribution="explicit",
        language=article.language, published=article.published,
    )


def test_quotes_carry_their_articles_language_and_date():
    quote = _quote("We will continue the negotiations next week, whatever happens.")
    assert (quote.language, str(quote.published)) == ("en", "2024-05-02")
    article = quote.article
    article.language, article.published = "nl", None
    article_save(article=article)
    quote.refresh_from_db()
    assert (quote.language, quote.published) == ("nl", None)


@on_postgresql
def test_full_text_search_stems_in_the_quotes_language(api):
    english = _quote("We will continue the negotiations next week, whatever happens.")
    albanian = _quote("Ne do të vazhdojmë negociatat javën e ardhshme.", language="sq")
    found = lambda **params: [q["id"] for q in api.get("/api/quotes/", params).json()["results"]]  # noqa: E731
    assert found(q="continuing negotiation", language="en") == [english.pk]  # English stemming
    assert found(q="continuing") == []  # no language named: exact words in any language
    assert found(q="continue negotiations") == [english.pk]
    assert found(q="negociatat", language="sq") == [albanian.pk]  # Albanian: no stemmer, exact words
    assert found(q="negociata", language="sq") == []
    assert found(q="negotiations -week") == []
    assert found(q='"next week"') == [english.pk]


@on_postgresql
def test_database_language_map_matches_the_code():
    with connection.cursor() as cursor:
        for code, config in [*SEARCH_CONFIGS.items(), ("sq", FALLBACK_CONFIG), ("", FALLBACK_CONFIG)]:
            cursor.execute("SELECT quote_search_config(%s)::text", [code])
            assert cursor.fetchone()[0] == config, code


def test_counts_stop_counting_past_the_limit(api, seeded, monkeypatch):
    monkeypatch.setattr(pagination, "EXACT_COUNT_LIMIT", 5)
    total = Quote.objects.count()
    data = api.get("/api/quotes/", {"page_size": 10}).json()
    if connection.vendor == "postgresql":
        assert data["count_exact"] is False and data["count"] > 5
    else:
        assert data["count_exact"] is True and data["count"] == total
    assert len(data["results"]) == 10 and data["next"]
    small = api.get("/api/quotes/", {"speaker": "john-kirby"}).json()
    assert small["count_exact"] is True and small["count"] == Quote.objects.filter(speaker__slug="john-kirby").count()


LISTS = [
    ("/api/quotes/", {}),
    ("/api/quotes/", {"speaker": "vladimir-putin"}),
    ("/api/quotes/", {"speaker_name": "Poetin"}),
    ("/api/quotes/", {"q": "Ukraine"}),
    ("/api/quotes/", {"language": "nl", "published_after": "2023-01"}),
    ("/api/speakers/", {}),
    ("/api/claims/", {"verdict": "unrated"}),
    ("/api/articles/", {}),
]


@pytest.mark.parametrize("url, params", LISTS)
def test_queries_per_request_are_constant_whatever_the_page_size(api, seeded, url, params, django_assert_max_num_queries):
    for page_size in (2, 50, 500):
        with django_assert_max_num_queries(4):
            response = api.get(url, {**params, "page_size": page_size})
        assert response.status_code == 200
        assert response.json()["results"]


def test_newest_articles_quotes_come_first(api):
    old = _quote("An old promise that nobody remembers any more.", published="2020-01-01")
    new = _quote("A new promise that everybody will remember soon.", published="2025-01-01")
    undated = _quote("A promise without a date, listed after the dated ones.", published=None)
    ids = [q["id"] for q in api.get("/api/quotes/").json()["results"]]
    assert ids == [new.pk, old.pk, undated.pk]


def test_direct_serialisers_write_what_the_declared_fields_would(seeded, editor):
    from rest_framework import serializers

    from quotes.api.serializers import ClaimSerializer, QuoteSerializer, SpeakerSerializer
    from quotes.api.views import SpeakerViewSet
    from quotes.models import Claim
    from quotes.services import claim_rate

    claim_rate(claim=Claim.objects.exclude(claimant=None).order_by("id").first(), verdict="false", reviewer=editor, status="published")
    for serializer, rows in [
        (QuoteSerializer, Quote.objects.all()), (ClaimSerializer, Claim.objects.all()),
        (SpeakerSerializer, SpeakerViewSet.queryset.all()),
    ]:
        for row in rows:
            assert serializer().to_representation(row) == serializers.ModelSerializer.to_representation(serializer(), row)


def test_filter_sets_do_not_share_filters_between_requests():
    from quotes.filtersets import QuoteFilterSet

    first, second = QuoteFilterSet({"q": "a"}), QuoteFilterSet({"q": "b"})
    for name in ("q", "speaker", "speaker_name"):
        assert first.filters[name] is not second.filters[name]
        assert first.filters[name].parent is first and second.filters[name].parent is second
    assert first.filters["q"].method == "search" and first.filters["q"].filter.f is first.filters["q"]
    assert QuoteFilterSet.base_filters["q"] is not first.filters["q"]


@pytest.mark.parametrize("params", [{}, {"ordering": "-confidence"}, {"speaker": "vladimir-putin"}])
def test_deep_pages_hold_the_same_rows_in_the_same_order(api, seeded, monkeypatch, params):
    every = [q["id"] for q in api.get("/api/quotes/", {**params, "page_size": 500}).json()["results"]]
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    for page in (2, 3):
        shown = [q["id"] for q in api.get("/api/quotes/", {**params, "page_size": 2, "page": page}).json()["results"]]
        assert shown == every[(page - 1) * 2:page * 2] and shown


def test_quote_lists_read_as_rows_show_what_the_detail_shows(api, seeded):
    listed = api.get("/api/quotes/", {"page_size": 500}).json()["results"]
    assert listed and all(api.get(f"/api/quotes/{quote['id']}/").json() == quote for quote in listed)


def test_claim_lists_read_as_rows_show_what_the_detail_shows(api, seeded, editor):
    from quotes.models import Claim
    from quotes.services import claim_create_from_quote, claim_rate

    linked, _ = claim_create_from_quote(quote=Quote.objects.order_by("id").first())
    claim_create_from_quote(quote=Quote.objects.order_by("id").last())
    claim_rate(claim=linked, verdict="false", reviewer=editor, status="published")
    listed = api.get("/api/claims/", {"page_size": 500}).json()["results"]
    assert len(listed) == Claim.objects.count() and any(claim["quotes"] for claim in listed)
    assert all(api.get(f"/api/claims/{claim['id']}/").json() == claim for claim in listed)


def test_speaker_lists_read_as_rows_show_what_the_detail_shows(api, seeded):
    listed = api.get("/api/speakers/", {"page_size": 500}).json()["results"]
    assert listed and any(speaker["quote_count"] for speaker in listed) and any(speaker["aliases"] for speaker in listed)
    assert all(api.get(f"/api/speakers/{speaker['slug']}/").json() == speaker for speaker in listed)


def test_filter_forms_are_built_once_and_validate_each_request_alone(db):
    from quotes.filtersets import QuoteFilterSet

    first = QuoteFilterSet({"kind": "nonsense", "speaker": "nobody"}, queryset=Quote.objects.all())
    second = QuoteFilterSet({"kind": "full"}, queryset=Quote.objects.all())
    assert type(first.form) is type(second.form)
    assert not first.is_valid() and set(first.form.errors) == {"kind", "speaker"}
    assert second.is_valid() and second.form.cleaned_data["kind"] == "full"

"""Pagination (claimtracker/pagination.py): counts that stop counting, deep pages, page sizes."""

import pytest
from django.db import connection

from claimtracker import pagination
from quotes.models import Quote
from tests.support import get

pytestmark = pytest.mark.django_db


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


@pytest.mark.parametrize("params", [{}, {"ordering": "-confidence"}, {"speaker": "vladimir-putin"}])
def test_deep_pages_hold_the_same_rows_in_the_same_order(api, seeded, monkeypatch, params):
    every = [q["id"] for q in api.get("/api/quotes/", {**params, "page_size": 500}).json()["results"]]
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    for page in (2, 3):
        shown = [q["id"] for q in api.get("/api/quotes/", {**params, "page_size": 2, "page": page}).json()["results"]]
        assert shown == every[(page - 1) * 2:page * 2] and shown


def test_pagination_and_page_size_cap(api, seeded):
    data = get(api, "/api/quotes/", page_size=2)
    assert set(data) == {"count", "count_exact", "next", "previous", "results"} and len(data["results"]) == 2
    assert data["count_exact"] is True
    assert data["next"] and data["previous"] is None
    assert len(get(api, "/api/quotes/", page_size=100000)["results"]) == min(500, data["count"])


def test_unknown_ordering_and_page_values_never_500(api, seeded):
    assert api.get("/api/quotes/", {"ordering": "text;DROP TABLE"}).status_code == 200
    assert api.get("/api/quotes/", {"page": "abc"}).status_code == 404
    assert api.get("/api/quotes/", {"page_size": "-5"}).status_code == 200

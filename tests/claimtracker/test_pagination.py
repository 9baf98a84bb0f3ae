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


def _counted(queries) -> list[str]:
    return [q["sql"] for q in queries if "count(" in q["sql"].lower()]


def test_a_page_shorter_than_the_page_size_is_the_count_and_nothing_is_counted(api, seeded):
    from django.test.utils import CaptureQueriesContext

    total = Quote.objects.count()
    with CaptureQueriesContext(connection) as queries:
        data = get(api, "/api/quotes/", page_size=total + 1)
    assert data["count"] == total and data["count_exact"] is True and data["next"] is None
    assert len(data["results"]) == total and not _counted(queries)
    size = next(n for n in range(3, total) if total % n)  # so that the last page is short
    last = -(-total // size)
    with CaptureQueriesContext(connection) as queries:
        data = get(api, "/api/quotes/", page_size=size, page=last)
    assert data["count"] == total and data["count_exact"] is True and data["next"] is None and data["previous"]
    assert len(data["results"]) == total - (last - 1) * size and not _counted(queries)
    with CaptureQueriesContext(connection) as queries:
        data = get(api, "/api/quotes/", page_size=size, page=1)  # a full page: counted
    assert data["count"] == total and data["next"] and len(_counted(queries)) == 1


def test_pages_past_the_end_are_404_and_the_last_page_is_found(api, seeded):
    total = Quote.objects.count()
    assert api.get("/api/quotes/", {"page_size": 2, "page": total}).status_code == 404
    assert api.get("/api/quotes/", {"page": 0}).status_code == 404
    last = get(api, "/api/quotes/", page_size=2, page="last")
    assert last["next"] is None and len(last["results"]) == (total % 2 or 2) and last["count"] == total
    assert get(api, "/api/quotes/", speaker="nobody-at-all", expect=400)  # (an unknown slug, as before)
    assert get(api, "/api/quotes/", language="xx") == {
        "count": 0, "count_exact": True, "next": None, "previous": None, "results": []
    }


def test_a_full_page_counts_once_from_one_statement_and_past_the_limit_asks_the_planner(api, seeded, monkeypatch):
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(pagination, "EXACT_COUNT_LIMIT", 5)
    with CaptureQueriesContext(connection) as queries:
        data = get(api, "/api/quotes/", page_size=2)
    counts = _counted(queries)
    explains = [q["sql"] for q in queries if q["sql"].startswith("EXPLAIN")]
    if connection.vendor == "postgresql":
        assert data["count_exact"] is False and data["count"] > 5
        assert len(counts) == 1 and "LIMIT 6" in counts[0] and "JOIN" not in counts[0] and len(explains) == 1
    else:
        assert data["count_exact"] is True and data["count"] == Quote.objects.count() and len(counts) == 1

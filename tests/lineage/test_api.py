"""/api/utterances/ (lineage/api/views.py): what a list costs in queries, and what it shows."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lineage import services
from lineage.models import Utterance
from tests.lineage.conftest import STATEMENT, make_article, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_utterances(lineage, people):
    """The four-appearance statement, and another of one appearance."""
    other = "Rural bus lines will run every hour from the first of May, the regional council decided."
    quote = make_quote(make_article(f"Buses\n\n“{other}” Lindgren said.", date(2024, 4, 2)), other, people[0])
    services.quotes_link(quotes=[quote])
    assert Utterance.objects.count() == 2
    return quote


def _listed(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/utterances/", params)
    assert response.status_code == 200, response.content[:300]
    return response.json(), [q["sql"] for q in queries]


def test_a_list_shorter_than_a_page_is_one_query(client, two_utterances):
    data, queries = _listed(client, {})
    assert len(queries) == 1 and data["count"] == 2 and data["count_exact"] is True
    assert [row["appearances"] for row in data["results"]] == [4, 1]
    data, queries = _listed(client, {"conflicting": "true", "appearances_min": 2, "language": "en"})
    assert len(queries) == 1 and data["count"] == 1


def test_a_full_page_adds_one_count_and_a_speaker_its_lookup(client, two_utterances):
    data, queries = _listed(client, {"page_size": 1})
    assert len(queries) == 2 and data["count"] == 2 and data["next"] and len(data["results"]) == 1
    data, queries = _listed(client, {"page_size": 1, "page": 2})  # a full last page is counted too
    assert len(queries) == 2 and data["count"] == 2 and data["next"] is None and data["previous"]
    data, queries = _listed(client, {"speaker": "marta-lindgren"})
    assert len(queries) == 2 and data["count"] == 2  # the slug checked, then the page
    assert client.get("/api/utterances/", {"page_size": 1, "page": 3}).status_code == 404


def test_the_list_shows_the_same_fields_as_an_utterance_s_page(client, lineage):
    [row] = client.get("/api/utterances/").json()["results"]
    utterance = Utterance.objects.get()
    assert row == {
        "id": utterance.pk, "language": "en", "text": STATEMENT,
        "speaker": {**row["speaker"], "slug": "marta-lindgren", "name": "Marta Lindgren"},
        "first_quote": lineage["whole"].pk, "first_seen": "2024-03-04", "appearances": 4, "altered": 1,
        "conflicting": True,
    }
    detail = client.get(f"/api/utterances/{utterance.pk}/").json()
    assert {key: detail[key] for key in row} == row

"""The articles endpoint (articles/api/views.py)."""

import pytest

from tests.support import get

pytestmark = pytest.mark.django_db


def test_articles_list_and_detail(api, seeded):
    data = get(api, "/api/articles/", language="it")
    assert data["count"] == 1 and "body" not in data["results"][0]
    assert data["results"][0]["quote_count"] >= 1
    assert "Lukashenko" in get(api, f"/api/articles/{data['results'][0]['id']}/")["body"]
    assert get(api, "/api/articles/", q="Akismet")["count"] == 0

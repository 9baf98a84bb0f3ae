"""Full-text search over quotes (quotes/search.py)."""

import pytest
from django.db import connection

from quotes.search import FALLBACK_CONFIG, SEARCH_CONFIGS
from tests.support import quote_in_new_article

pytestmark = pytest.mark.django_db


on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search and planner")


@on_postgresql
def test_full_text_search_stems_in_the_quotes_language(api):
    english = quote_in_new_article("We will continue the negotiations next week, whatever happens.")
    albanian = quote_in_new_article("Ne do të vazhdojmë negociatat javën e ardhshme.", language="sq")
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


@pytest.mark.parametrize("q", ["-" * 40, " ".join("-" * 45), "-( " * 60 + "x", "---Putin", '"Xi Jinping"'])
def test_search_operators_alone_never_break_the_search(api, seeded, q):
    assert api.get("/api/quotes/", {"q": q}).status_code == 200
    assert api.get("/api/quotes/", {"q": q, "language": "en"}).status_code == 200


def test_search_terms_keep_the_query_and_drop_lone_operators():
    from quotes.search import search_terms

    assert search_terms('---Putin "Xi Jinping" or - - -( Kirby') == '-Putin "Xi Jinping" or Kirby'
    assert search_terms(" ".join(f"w{n}" for n in range(100))).count(" ") == 63

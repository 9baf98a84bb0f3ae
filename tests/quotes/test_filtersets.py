"""The quotes app's filters (quotes/filtersets.py), through the API: names and aliases, every
filter, bad values as 400, hostile search strings, and a draft review seen as none."""

import pytest

from quotes.models import Quote
from tests.support import get

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("spelling", ["Kirby", "kirby", "KIRBY", "John Kirby"])
def test_quotes_by_speaker_name_any_case(api, seeded, spelling):
    data = get(api, "/api/quotes/", speaker_name=spelling)
    assert data["count"] >= 2
    assert {q["speaker"]["slug"] for q in data["results"]} == {"john-kirby"}


@pytest.mark.parametrize("alias", ["Poetin", "poetin", "PUTININ", "putin"])
def test_quotes_by_alias(api, seeded, alias):
    data = get(api, "/api/quotes/", speaker_name=alias)
    assert data["count"] >= 1
    assert {q["speaker"]["slug"] for q in data["results"]} == {"vladimir-putin"}


def test_accent_insensitive_alias(api, seeded):
    assert get(api, "/api/speakers/", name="LUKASJENKO")["results"][0]["slug"] == "alexander-lukashenko"
    assert get(api, "/api/speakers/", name="zelenski")["results"][0]["slug"] == "volodymyr-zelensky"


def test_filters_narrow_the_list(api, seeded):
    total = get(api, "/api/quotes/")["count"]
    assert all(q["language"] == "nl" for q in get(api, "/api/quotes/", language="nl")["results"])
    assert get(api, "/api/quotes/", language="nl")["count"] < total
    assert all(q["kind"] == "partial" for q in get(api, "/api/quotes/", kind="partial")["results"])
    two = get(api, "/api/quotes/", speaker=["john-kirby", "xi-jinping"])["results"]
    assert {q["speaker"]["slug"] for q in two} == {"john-kirby", "xi-jinping"}
    speaker_id = two[0]["speaker"]["id"]
    assert {q["speaker"]["id"] for q in get(api, "/api/quotes/", speaker_id=speaker_id)["results"]} == {speaker_id}
    article_id = two[0]["article"]["id"]
    assert {q["article"]["id"] for q in get(api, "/api/quotes/", article=article_id)["results"]} == {article_id}
    Quote.objects.filter(pk=two[0]["id"]).update(status="verified")
    assert [q["id"] for q in get(api, "/api/quotes/", status="verified")["results"]] == [two[0]["id"]]
    words = get(api, "/api/quotes/", q="Ukrainës sovranitetin")["results"]
    assert words and all("sovranitetin" in q["text"] for q in words)
    assert get(api, "/api/quotes/", q="   ")["count"] == total


def test_published_filters_accept_month_or_day(api, seeded):
    october = get(api, "/api/quotes/", published_after="2023-10")["results"]
    assert october and all(q["article"]["published"] >= "2023-10-01" for q in october)
    march = get(api, "/api/articles/", published_before="2023-03-31", language="sq")
    assert march["count"] == 1


@pytest.mark.parametrize(
    "params",
    [{"published_after": "2023-13"}, {"published_before": "yesterday"}, {"kind": "nonsense"},
     {"status": "done"}, {"speaker": "nobody-at-all"}, {"article": "abc"}, {"speaker_id": "x"}],
)
def test_invalid_filter_values_are_400(api, seeded, params):
    data = get(api, "/api/quotes/", expect=400, **params)
    assert set(data) & set(params)


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


HOSTILE = [
    "' OR 1=1 --", "%' AND 1=(SELECT 1) --", "\\", "%%%%", "_", "a" * 1900, "🙂" * 50, "ẞ̶̢̛͓", "\u202e\u200b",
    "Робот", "<script>alert(1)</script>", "NULL", "0x00",
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("param", ["q", "speaker_name"])
def test_hostile_search_strings_never_break_the_api(api, seeded, param, value):
    for url in ("/api/quotes/", "/api/claims/"):
        assert api.get(url, {param: value}).status_code == 200
    assert api.get("/api/speakers/", {"name": value, "q": value}).status_code == 200


@pytest.mark.parametrize("params", [
    {"verdict": "false"}, {"status": "draft", "verdict": "false"}, {"reviewed": "true"},
    {"reviewed_after": "2000-01"}, {"reviewed_before": "2999-12"},
])
def test_filters_see_a_draft_review_as_none(api, draft, params):
    ids = [c["id"] for c in api.get("/api/claims/", {**params, "page_size": 500}).json()["results"]]
    assert draft.pk not in ids


def test_filters_find_a_draft_as_unrated_and_unreviewed(api, draft):
    for params in ({"verdict": "unrated"}, {"reviewed": "false"}, {"status": "draft"}):
        assert draft.pk in [c["id"] for c in api.get("/api/claims/", {**params, "page_size": 500}).json()["results"]]

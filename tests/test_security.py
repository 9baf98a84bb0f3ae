"""Who may do what, hostile query strings, production settings, throttling."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from quotes.models import Claim, Quote

pytestmark = pytest.mark.django_db
LISTS = ["/api/quotes/", "/api/speakers/", "/api/articles/", "/api/claims/"]


@pytest.fixture
def api():
    return APIClient()


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


@pytest.mark.parametrize("params", [{"q": "a\x00b"}, {"speaker": "kir\x00by"}, {"q": "x" * 5000}])
def test_unusable_parameters_are_400(api, seeded, params):
    response = api.get("/api/quotes/", params)
    assert response.status_code == 400 and "query parameter" in response.json()["detail"]


def test_unknown_ordering_and_page_values_never_500(api, seeded):
    assert api.get("/api/quotes/", {"ordering": "text;DROP TABLE"}).status_code == 200
    assert api.get("/api/quotes/", {"page": "abc"}).status_code == 404
    assert api.get("/api/quotes/", {"page_size": "-5"}).status_code == 200


def test_throttling_answers_429(api, seeded, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    from django.core.cache import cache

    cache.clear()
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "3/minute"})
    codes = [api.get("/api/speakers/").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    cache.clear()


def _manage(*args, env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env={**base, **env},
        capture_output=True, text=True, timeout=120,
    )


PRODUCTION = {
    "DJANGO_SECRET_KEY": "x" * 20 + "production-only-secret-key-4f8a9c2e1b7d",
    "DJANGO_ALLOWED_HOSTS": "claims.example.org",
    "DATABASE_URL": "sqlite:////tmp/claimtracker-deploy-check.sqlite3",
}


def test_missing_secret_key_refuses_to_start_outside_debug():
    result = _manage("check", env={k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"})
    assert result.returncode != 0 and "DJANGO_SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_with_the_documented_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("params", [
    {"speaker_id": str(10**40)}, {"speaker_id": "-5"}, {"article": "1.5"}, {"article": str(10**30)},
    {"published_after": "20%-01"}, {"published_before": "%(x)s"},
])
def test_out_of_range_and_format_breaking_values_are_400(api, seeded, params):
    """Found by the schema fuzzer: these used to reach the database or a format string."""
    assert api.get("/api/quotes/", params).status_code == 400


def test_nul_in_path_or_cookie_is_400(api, seeded):
    assert api.get("/api/speakers/kir%00by/").status_code == 400
    api.cookies["sessionid"] = "abc\x00def"
    assert api.get("/api/quotes/").status_code == 400


def test_feed_accepts_any_utc_offset(api, seeded):
    assert api.get("/api/claimreview.jsonld", {"updated_since": "5718-11-09T23:26:56+16:22"}).status_code == 200

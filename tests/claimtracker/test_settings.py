"""The settings read from the environment (claimtracker/settings.py): production refuses to start
unsafe, throttling, login lockout, JSON only, the abstention threshold."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


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


@pytest.mark.parametrize("env", [
    {"DJANGO_ALLOW_INSECURE_KEY": "1"},  # once an undocumented way round the check
    {"DJANGO_SECRET_KEY": "insecure-development-key-never-use-in-production"},
])
def test_production_never_runs_on_the_public_development_key(env):
    base = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", env={**base, **env})
    assert result.returncode != 0 and "DJANGO_SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_with_the_documented_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_throttle_counts_in_a_cache_every_worker_shares():
    from django.core.cache import caches

    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    caches["default"].set("shared-by-workers", 1)  # the migrated table exists and holds values
    assert caches["default"].get("shared-by-workers") == 1


def test_a_browser_gets_json_not_the_html_view_that_renders_every_speaker(api, seeded):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = api.get("/api/quotes/", HTTP_ACCEPT=browser)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert api.get("/api/quotes/", {"format": "api"}).status_code == 404
    assert api.get("/api/docs/").status_code == 200  # the interactive docs stay


def test_failed_admin_logins_lock_the_account_from_that_address(client, editor):
    from django.urls import reverse

    url = reverse("admin:login")
    wrong = {"username": editor.username, "password": "not-it"}
    codes = [client.post(url, wrong, REMOTE_ADDR="198.51.100.7").status_code for _ in range(5)]
    assert codes[:4] == [200] * 4 and codes[4] == 429
    right = {"username": editor.username, "password": "not-a-real-password-42"}
    assert client.post(url, right, REMOTE_ADDR="198.51.100.7").status_code == 429  # locked, even now
    assert client.post(url, right, REMOTE_ADDR="198.51.100.8").status_code == 302  # from elsewhere: open


@pytest.mark.parametrize("value, expected", [("", None), ("0.8", 0.8), ("0", 0.0), ("1", 1.0)])
def test_the_abstention_setting_reads_a_probability(monkeypatch, value, expected):
    from claimtracker.settings import probability

    monkeypatch.setenv("CLAIMTRACKER_ABSTAIN_BELOW", value)
    assert probability("CLAIMTRACKER_ABSTAIN_BELOW") == expected


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "nan"])
def test_the_abstention_setting_refuses_what_is_no_probability(monkeypatch, value):
    from django.core.exceptions import ImproperlyConfigured

    from claimtracker.settings import probability

    monkeypatch.setenv("CLAIMTRACKER_ABSTAIN_BELOW", value)
    with pytest.raises(ImproperlyConfigured, match="CLAIMTRACKER_ABSTAIN_BELOW=.*expected a probability"):
        probability("CLAIMTRACKER_ABSTAIN_BELOW")

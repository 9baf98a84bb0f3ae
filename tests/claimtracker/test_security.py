"""Request-level safety (claimtracker/security.py): who a client is behind the proxy, what a debug
page shows, JSON safe to embed."""

import pytest

from quotes.models import Claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_a_minute(monkeypatch):
    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    cache.clear()
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "3/minute"})
    yield
    cache.clear()


def test_a_new_forwarded_for_header_per_request_does_not_escape_the_throttle(api, seeded, three_a_minute):
    codes = [api.get("/api/speakers/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code for n in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_behind_the_proxy_the_client_is_the_address_the_proxy_added(api, seeded, three_a_minute, monkeypatch):
    from rest_framework.settings import api_settings

    monkeypatch.setattr(api_settings, "NUM_PROXIES", 1)
    spoofed = [api.get("/api/speakers/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.7").status_code for n in range(4)]
    assert spoofed == [200, 200, 200, 429]  # the client's own entries vary, the proxy's does not
    assert api.get("/api/speakers/", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200


def test_a_debug_page_masks_credentials_in_urls(rf):
    from claimtracker.security import CredentialsHidingFilter

    request = rf.get("/", DATABASE_URL="postgres://claimtracker:s3cret-pw@db.internal:5432/claimtracker")
    shown = CredentialsHidingFilter()
    meta = shown.get_safe_request_meta(request)
    assert "s3cret-pw" not in meta["DATABASE_URL"] and meta["DATABASE_URL"].endswith("@db.internal:5432/claimtracker")
    assert "s3cret" not in str(shown.cleanse_setting("BROKER", "redis://user:s3cret@host:6379/0"))


def test_json_ld_is_safe_to_embed_in_a_page(api, seeded, editor):
    import json

    from quotes.services import claim_rate

    claim = Claim.objects.exclude(claimant=None).first()
    Claim.objects.filter(pk=claim.pk).update(text="It is </script><script>alert(1)</script> & more")
    claim.refresh_from_db()
    claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    response = api.get(f"/api/claims/{claim.pk}/claimreview/")
    body = response.content.decode()
    assert "</script>" not in body and "\\u003c/script\\u003e" in body
    assert json.loads(body)["claimReviewed"] == "It is </script><script>alert(1)</script> & more"

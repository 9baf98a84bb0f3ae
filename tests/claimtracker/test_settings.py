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


# ---- a draft review is the newsroom's until it is published -------------------------------------

@pytest.fixture
def draft(seeded, editor):
    """A claim rated false in a draft review: nobody outside the editors may learn that."""
    from quotes.services import claim_rate

    claim = Claim.objects.exclude(claimant=None).order_by("-id").first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, explanation="Our unpublished finding.")
    return claim


def test_a_draft_review_is_unrated_to_the_public(api, draft):
    shown = api.get(f"/api/claims/{draft.pk}/").json()
    assert (shown["verdict"], shown["rating_value"], shown["explanation"], shown["reviewed_at"]) == ("unrated", None, "", None)
    listed = next(c for c in api.get("/api/claims/", {"page_size": 500}).json()["results"] if c["id"] == draft.pk)
    assert listed == shown


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


def test_ordering_by_verdict_does_not_reveal_a_draft(api, draft, editor):
    other = Claim.objects.exclude(pk=draft.pk).order_by("id").first()  # unrated, and before the draft by id
    def order(client):
        rows = client.get("/api/claims/", {"ordering": "verdict", "page_size": 500}).json()["results"]
        return [row["id"] for row in rows if row["id"] in (draft.pk, other.pk)]
    assert order(api) == [other.pk, draft.pk]  # both unrated to the public: by id
    api.force_authenticate(editor)
    assert order(api) == [draft.pk, other.pk]  # "false" sorts before "unrated"


def test_editors_see_their_draft(api, draft, editor):
    api.force_authenticate(editor)
    assert api.get(f"/api/claims/{draft.pk}/").json()["verdict"] == "false"
    assert draft.pk in [c["id"] for c in api.get("/api/claims/", {"verdict": "false"}).json()["results"]]


def test_no_other_reader_shows_a_draft(api, draft):
    assert api.get(f"/api/claims/{draft.pk}/claimreview/").status_code == 404
    assert "Our unpublished finding" not in api.get("/api/claimreview.jsonld").content.decode()
    assert draft.text not in api.get("/api/factcheck/v1alpha1/claims:search", {"query": draft.text[:30]}).content.decode()
    card = api.get(f"/api/speakers/{draft.claimant.slug}/scorecard/").json()
    assert card["rated_claims"] == 0
    assert api.get(f"/api/claims/{draft.pk}/history/").status_code in (401, 403)


# ---- the throttle counts clients, whatever they write in their headers -----------------------------

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


# ---- anonymous requests that used to give 500 -----------------------------------------------------

@pytest.mark.parametrize("value", [
    "2023-02-30", "2023-02-28T25:61:00Z", "2023-01-01T00:00:00+25:00", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
])
def test_impossible_feed_dates_are_400_naming_the_parameter(api, seeded, value):
    response = api.get("/api/claimreview.jsonld", {"updated_since": value})
    assert response.status_code == 400 and "updated_since" in response.json()


@pytest.mark.parametrize("token", ["bzotMQ==", "bzo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk=", "bzorNQ==", "eDox"])
def test_page_tokens_this_api_never_gave_are_400(api, seeded, token):
    response = api.get("/api/factcheck/v1alpha1/claims:search", {"query": "x", "pageToken": token})
    assert response.status_code == 400 and "pageToken" in response.json()


@pytest.mark.parametrize("value", ["²", "١٢", "1²"])
def test_digits_that_are_no_ascii_number_are_400(api, seeded, value):
    response = api.get("/api/quotes/", {"speaker_id": value})
    assert response.status_code == 400 and "speaker_id" in response.json()


@pytest.mark.parametrize("q", ["-" * 40, " ".join("-" * 45), "-( " * 60 + "x", "---Putin", '"Xi Jinping"'])
def test_search_operators_alone_never_break_the_search(api, seeded, q):
    assert api.get("/api/quotes/", {"q": q}).status_code == 200
    assert api.get("/api/quotes/", {"q": q, "language": "en"}).status_code == 200


def test_search_terms_keep_the_query_and_drop_lone_operators():
    from quotes.search import search_terms

    assert search_terms('---Putin "Xi Jinping" or - - -( Kirby') == '-Putin "Xi Jinping" or Kirby'
    assert search_terms(" ".join(f"w{n}" for n in range(100))).count(" ") == 63


# ---- editors' input that used to give 500 --------------------------------------------------------

@pytest.mark.parametrize("aliases, reason", [
    ("5", "must be a list of names"), ("[1, 2]", "every alias must be a name"), ('"Poetin"', "must be a list of names"),
    ('["Poetin", ""]', "every alias must be a name"), ('["Poe\\u0000tin"]', "NUL character"),
])
def test_speaker_aliases_that_are_no_list_of_names_are_a_form_error(client, seeded, editor, aliases, reason):
    from django.urls import reverse

    from quotes.models import Speaker

    speaker = Speaker.objects.get(slug="vladimir-putin")
    client.force_login(editor)
    url = reverse("admin:quotes_speaker_change", args=[speaker.pk])
    form = {"name": speaker.name, "slug": speaker.slug, "kind": speaker.kind, "role": speaker.role, "aliases": aliases}
    response = client.post(url, form)
    assert response.status_code == 200 and reason in response.content.decode()
    speaker.refresh_from_db()
    assert "Poetin" in speaker.aliases  # unchanged
    saved = client.post(url, {**form, "aliases": '[" Poetin ", "Poutine", "Poutine"]'})
    assert saved.status_code == 302
    speaker.refresh_from_db()
    assert speaker.aliases == ["Poetin", "Poutine"]


def test_the_admin_offers_no_add_quote_view(client, seeded, editor):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    client.force_login(editor)
    assert client.get(reverse("admin:quotes_quote_add")).status_code == 403
    superuser = get_user_model().objects.create_superuser("root", password="not-a-real-password-42")
    client.force_login(superuser)
    assert client.get(reverse("admin:quotes_quote_add")).status_code == 403


def test_history_cannot_revert_a_claim_to_a_withdrawn_review(client, seeded, editor, django_user_model):
    from django.urls import reverse

    from quotes.services import claim_rate, editors_group_ensure

    claim = Claim.objects.exclude(claimant=None).first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    claim_rate(claim=claim, verdict="unrated", reviewer=editor, status=Claim.Status.DRAFT)  # withdrawn
    published = claim.history.filter(status=Claim.Status.PUBLISHED).latest("history_date")
    other = django_user_model.objects.create_user("other", password="not-a-real-password-42", is_staff=True)
    other.groups.add(editors_group_ensure())
    client.force_login(other)
    url = reverse("admin:quotes_claim_simple_history", args=[claim.pk, published.history_id])
    assert client.get(url).status_code == 200 and b"Revert" not in client.get(url).content
    form = {"claimant": claim.claimant_id, "verdict": "false", "explanation": "", "review_url": "", "status": "published"}
    assert client.post(url, form).status_code == 403
    claim.refresh_from_db()
    assert (claim.verdict, claim.status) == ("unrated", "draft")


def test_the_api_docs_load_nothing_from_another_origin(api, client, seeded):
    import re

    page = api.get("/api/docs/")
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    assert "cdn.jsdelivr" not in html and "<script>" not in html.replace(" ", "")
    for response in (page, client.get("/admin/login/")):
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    script = next(s for s in sources if "script" in s)
    assert api.get(script).status_code == 200


# ---- tokens, logins, error pages, embedded JSON, merges ----------------------------------------------

def test_api_tokens_are_stored_hashed_and_expire(seeded, editor):
    from datetime import timedelta

    from django.utils import timezone
    from knox.models import AuthToken

    from quotes.services import editor_token_issue

    key = editor_token_issue(user=editor)
    stored = AuthToken.objects.get(user=editor)
    assert key not in {stored.digest, stored.token_key} and len(stored.digest) >= 64
    assert timezone.now() + timedelta(days=80) < stored.expiry < timezone.now() + timedelta(days=100)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    quote = Quote.objects.order_by("id").first()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "verified"}, format="json").status_code == 200
    AuthToken.objects.filter(pk=stored.pk).update(expiry=timezone.now() - timedelta(seconds=1))
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code in (401, 403)
    assert not AuthToken.objects.filter(pk=stored.pk).exists()  # an expired token is gone on first use


def test_issue_token_gives_editors_a_new_token_and_nobody_else(seeded, editor, django_user_model):
    import io

    from django.core.management import call_command
    from django.core.management.base import CommandError

    out = io.StringIO()
    call_command("issue_token", editor.username, stdout=out)
    assert out.getvalue().startswith("API token: ")
    django_user_model.objects.create_user("reader", password="not-a-real-password-42")
    with pytest.raises(CommandError, match="not an editor"):
        call_command("issue_token", "reader")
    with pytest.raises(CommandError, match="no user 'nobody'"):
        call_command("issue_token", "nobody")


def test_failed_admin_logins_lock_the_account_from_that_address(client, editor):
    from django.urls import reverse

    url = reverse("admin:login")
    wrong = {"username": editor.username, "password": "not-it"}
    codes = [client.post(url, wrong, REMOTE_ADDR="198.51.100.7").status_code for _ in range(5)]
    assert codes[:4] == [200] * 4 and codes[4] == 429
    right = {"username": editor.username, "password": "not-a-real-password-42"}
    assert client.post(url, right, REMOTE_ADDR="198.51.100.7").status_code == 429  # locked, even now
    assert client.post(url, right, REMOTE_ADDR="198.51.100.8").status_code == 302  # from elsewhere: open


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


def test_merging_speakers_needs_the_permission_to_delete_one(client, seeded, editor, django_user_model):
    from django.contrib.auth.models import Permission
    from django.urls import reverse

    from quotes.models import Speaker

    changer = django_user_model.objects.create_user("changer", password="not-a-real-password-42", is_staff=True)
    changer.user_permissions.add(*Permission.objects.filter(codename__in=["view_speaker", "change_speaker"]))
    source = Speaker.objects.create(name="Xi Dada", slug="xi-dada", search_names=" xi dada ")
    form = {"action": "merge", "_selected_action": [source.pk], "merge_into": "xi-jinping"}
    client.force_login(changer)
    client.post(reverse("admin:quotes_speaker_changelist"), form, follow=True)
    assert Speaker.objects.filter(pk=source.pk).exists()  # not merged: the action is not theirs
    client.force_login(editor)
    merged = client.post(reverse("admin:quotes_speaker_changelist"), form, follow=True)
    assert b"merged into Xi Jinping" in merged.content and not Speaker.objects.filter(pk=source.pk).exists()

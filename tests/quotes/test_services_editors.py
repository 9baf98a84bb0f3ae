"""The editors (quotes/services/editors.py): their group and permissions, API tokens."""

import pytest
from rest_framework.test import APIClient

from quotes.models import Quote

pytestmark = pytest.mark.django_db


def test_editors_group_exists_after_migrate():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_quote", "change_speaker", "view_article"} <= codenames
    assert "change_user" not in codenames


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

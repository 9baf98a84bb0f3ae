"""The editors' commands: create_editor and issue_token."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from rest_framework.test import APIClient

from quotes.models import Quote

pytestmark = pytest.mark.django_db


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


QUEUE = "admin:quotes_quoteforreview_changelist"


def test_create_editor_command(db, client):
    out = io.StringIO()
    call_command("create_editor", "maria", stdout=out)
    password = out.getvalue().split("password: ")[1].split()[0]
    user = get_user_model().objects.get(username="maria")
    assert user.is_staff and not user.is_superuser and user.groups.filter(name="editors").exists()
    login = client.post(reverse("admin:login"), {"username": "maria", "password": password, "next": reverse(QUEUE)})
    assert login.status_code == 302
    assert client.get(reverse(QUEUE)).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_editor", "maria", stdout=io.StringIO())


def test_create_editor_with_an_api_token_can_patch(seeded):
    out = io.StringIO()
    call_command("create_editor", "tomas", "--token", stdout=out)
    token = out.getvalue().split("API token: ")[1].split()[0]
    quote = Quote.objects.order_by("id").first()
    api = APIClient()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code in (401, 403)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 200
    quote.refresh_from_db()
    assert quote.status == "rejected" and quote.history.first().history_user.username == "tomas"

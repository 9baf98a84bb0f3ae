"""Fixtures of the quotes app's tests: editors' clients, a published review and a draft one."""

from datetime import date

import pytest
from rest_framework.test import APIClient

from quotes.models import Claim
from quotes.services import claim_rate


@pytest.fixture
def editor_client(client, seeded, editor):
    """The test client, signed in to the admin as an editor."""
    client.force_login(editor)
    return client


@pytest.fixture
def editor_api(seeded, editor):
    api = APIClient()
    api.force_authenticate(editor)
    return api


@pytest.fixture
def published(seeded, editor):
    claim = Claim.objects.filter(claimant__slug="john-kirby").first()
    return claim_rate(
        claim=claim, verdict=Claim.Verdict.MOSTLY_TRUE, reviewer=editor, explanation="Checked against the transcript.",
        review_url="https://claims.example.org/reviews/1", status=Claim.Status.PUBLISHED, reviewed_at=date(2023, 4, 2),
    )


@pytest.fixture
def draft(seeded, editor):
    """A claim rated false in a draft review: nobody outside the editors may learn that."""
    claim = Claim.objects.exclude(claimant=None).order_by("-id").first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, explanation="Our unpublished finding.")
    return claim

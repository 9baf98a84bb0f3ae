"""The writes that stay signals (quotes/signals.py): fixture loads keep editors' work, a deleted
published claim withdraws its review."""

import pytest
from django.core.management import call_command

from quotes.models import Claim, Quote
from quotes.services import claim_rate

pytestmark = pytest.mark.django_db


def test_a_deleted_published_claim_is_a_withdrawal_too(api, published):
    published.delete()
    [withdrawn] = api.get("/api/claimreview.jsonld", {"updated_since": "2020-01-01"}).json()["@graph"]
    assert withdrawn["creativeWorkStatus"] == "Withdrawn"


def test_fixture_load_keeps_editors_work(seeded, editor):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    quote.status = "verified"
    quote.save()
    claim = Claim.objects.exclude(claimant=None).first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, status="published")
    call_command("loaddata", "seed", verbosity=0)
    quote.refresh_from_db()
    claim.refresh_from_db()
    assert quote.status == "verified"
    assert (claim.verdict, claim.status) == ("false", "published")

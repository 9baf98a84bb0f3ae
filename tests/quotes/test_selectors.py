"""Reads (quotes/selectors.py): similar claims."""

import pytest

from quotes.models import Claim, Speaker
from quotes.selectors import claims_similar

pytestmark = pytest.mark.django_db


def test_similar_claims_rank_the_same_wording_first(seeded):
    claim = Claim.objects.first()
    twin = Claim.objects.create(
        text=claim.text + " again", claimant=Speaker.objects.get(slug="antony-blinken"), article=claim.article,
        start=claim.end + 1000, end=claim.end + 1000 + len(claim.text),
    )
    similar = claims_similar(claim=claim)
    assert similar and similar[0].pk == twin.pk


def test_similar_claims_do_not_pair_claims_for_having_no_claimant(seeded):
    claims = list(Claim.objects.order_by("id")[:2])
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(claimant=None, text="Completely different words here")
    Claim.objects.filter(pk=claims[1].pk).update(text="Nothing in common at all, zzz qqq")
    claims[0].refresh_from_db()
    assert claims[1].pk not in [c.pk for c in claims_similar(claim=claims[0])]

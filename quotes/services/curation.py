"""Editors' decisions: a quote verified, rejected or re-attributed, a claim made of a quote, named,
rated, published or withdrawn."""

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from quotes.models import Claim, Quote, ReviewWithdrawal, Speaker
from quotes.signals import quote_speaker_set


def quotes_set_status(*, quotes, status: str) -> int:
    """Mark quotes verified or rejected; returns how many rows changed."""
    changed = list(Quote.objects.filter(pk__in=[q.pk for q in quotes]).exclude(status=status))
    now = timezone.now()
    for quote in changed:
        quote.status, quote.updated_at = status, now
    bulk_update_with_history(changed, Quote, ["status", "updated_at"])
    return len(changed)


def quote_set_speaker(*, quote: Quote, speaker: Speaker) -> Quote:
    """An editor's attribution; it survives re-imports. (Saved through Quote itself, so a row
    edited in the review queue's proxy model still gets its history.)"""
    if type(quote) is not Quote:
        quote = Quote.objects.get(pk=quote.pk)
    quote.speaker = speaker
    quote.attribution = Quote.Attribution.EDITOR
    quote.edited = True
    quote.save(update_fields=["speaker", "attribution", "edited", "updated_at"])
    quote_speaker_set.send(sender=Quote, quote=quote)
    return quote


def claim_create_from_quote(*, quote: Quote) -> tuple[Claim, bool]:
    """The claim an editor makes of a quote, linked to it; a second call returns the same claim."""
    if quote.speaker_id is None:
        raise ValueError(f"quote {quote.pk} has no speaker, so its claim would have no claimant")
    with transaction.atomic():
        claim, created = Claim.objects.get_or_create(
            article=quote.article, start=quote.start, end=quote.end,
            defaults=dict(text=quote.text, claimant=quote.speaker, origin=Claim.Origin.QUOTE),
        )
        claim.quotes.add(quote)
    return claim, created


def claim_set_claimant(*, claim: Claim, claimant: Speaker | None) -> Claim:
    """An editor names who made the claim: kept through re-imports and fixture loads."""
    claim.claimant, claim.edited = claimant, True
    claim.save(update_fields=["claimant", "edited", "updated_at"])
    return claim


def claim_review_check(*, status: str, verdict: str, claimant: Speaker | None) -> None:
    """The rule every way of rating a claim goes through (the API and the admin's form call it):
    a published review needs a verdict other than unrated, and a claimant. A ValueError says what
    is missing. The database holds the same rule (constraints claim_published_is_rated and
    claim_published_has_claimant), for writes that come past this service."""
    if status == Claim.Status.PUBLISHED and verdict == Claim.Verdict.UNRATED:
        raise ValueError("a published review needs a verdict other than 'unrated'")
    if status == Claim.Status.PUBLISHED and claimant is None:
        raise ValueError("a published review needs a claimant: name who made the claim first")


def claim_rate(
    *, claim: Claim, verdict: str, reviewer, explanation: str = "", review_url: str = "",
    status: str = Claim.Status.DRAFT, reviewed_at=None,
) -> Claim:
    """Record a fact-checker's verdict. Only a published review needs a real verdict."""
    if verdict not in Claim.Verdict.values:
        raise ValueError(f"{verdict!r} is not a verdict: use one of {', '.join(Claim.Verdict.values)}")
    claim_review_check(status=status, verdict=verdict, claimant=claim.claimant)
    was_published = Claim.objects.filter(pk=claim.pk, status=Claim.Status.PUBLISHED).exists()
    claim.verdict = verdict
    claim.explanation = explanation
    claim.review_url = review_url
    claim.status = status
    claim.reviewed_by = reviewer
    claim.reviewed_at = reviewed_at or timezone.localdate()
    claim.save()
    if was_published and status != Claim.Status.PUBLISHED:
        review_withdraw(claim=claim)
    elif status == Claim.Status.PUBLISHED:
        ReviewWithdrawal.objects.filter(claim_id=claim.pk).delete()  # published again: the feed has it
    return claim


def review_withdraw(*, claim: Claim) -> ReviewWithdrawal:
    """Record that the claim's published review is withdrawn, for the feed's mirrors."""
    return ReviewWithdrawal.objects.create(claim_id=claim.pk, review_url=claim.review_url)

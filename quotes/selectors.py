"""Reads of the quotes app that are more than a queryset a view states: speakers with their quote
counts, a speaker's scorecard, the quotes of a page's claims, claims that may have been checked
before."""

from django.db import connection
from django.db.models import Count, Q

from common.counts import related_count
from quotes.models import VERDICT_SCORES, Claim, Quote, Speaker


def speakers_with_quote_count():
    """Speakers, each with `quote_count` (counted for a page's rows only)."""
    return Speaker.objects.annotate(quote_count=related_count(Speaker, "quotes"))


def speaker_scorecard(*, speaker: Speaker) -> dict:
    """Published verdicts on a speaker's claims, each with the number of rated claims it is out of,
    so that no rate is shown without its base."""
    counts = dict(
        Claim.objects.filter(claimant=speaker, status=Claim.Status.PUBLISHED)
        .exclude(verdict=Claim.Verdict.UNRATED)
        .values_list("verdict").annotate(n=Count("id")).order_by()
    )
    rated = sum(counts.values())
    verdicts = [v for v in Claim.Verdict.values if v != Claim.Verdict.UNRATED]
    return {
        "speaker": speaker.slug,
        "rated_claims": rated,
        "verdicts": [
            {"verdict": v, "rating_value": VERDICT_SCORES.get(v), "count": counts.get(v, 0), "of": rated}
            for v in verdicts
        ],
    }


def claim_quote_ids(claim_ids: list[int]) -> dict[int, list[int]]:
    """The ids of each claim's quotes, in the quotes' own order, in one query."""
    ids: dict[int, list[int]] = {claim_id: [] for claim_id in claim_ids}
    for claim_id, quote_id in Quote.objects.filter(claims__in=claim_ids).values_list("claims", "id"):
        ids[claim_id].append(quote_id)
    return ids


SIMILAR_CLAIMS = 5
SIMILARITY_FLOOR = 0.3


def claims_similar(*, claim: Claim, limit: int = SIMILAR_CLAIMS) -> list[Claim]:
    """Claims that may already have been checked: the same claimant first, then similar wording
    (trigram similarity on PostgreSQL, RapidFuzz token-set ratio elsewhere)."""
    others = Claim.objects.exclude(pk=claim.pk).select_related("claimant", "article")
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        ranked = (
            others.annotate(similarity=TrigramSimilarity("text", claim.text))
            .filter(Q(similarity__gte=SIMILARITY_FLOOR) | (Q(claimant=claim.claimant_id) if claim.claimant_id else Q(pk__in=[])))
            .order_by("-similarity", "id")[:limit]
        )
        return list(ranked)
    from rapidfuzz import fuzz

    candidates = []
    for other in others.only("id", "text", "claimant_id", "article_id", "verdict")[:5000]:
        score = fuzz.token_set_ratio(claim.text, other.text) / 100
        if score >= SIMILARITY_FLOOR or (claim.claimant_id is not None and other.claimant_id == claim.claimant_id):
            candidates.append((score, other.pk, other))
    candidates.sort(key=lambda item: (-item[0], item[1]))
    return [other for _, _, other in candidates[:limit]]

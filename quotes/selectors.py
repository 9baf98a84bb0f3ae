"""Reads of the quotes app that are more than a queryset a view states: claims that may have been
checked before, a speaker's scorecard, quotes counted per row of a page."""

from django.db import connection
from django.db.models import Q

from quotes.models import Claim


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

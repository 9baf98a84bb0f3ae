"""schema.org ClaimReview for exchanging fact-checks, and the verdict scale behind it.

The scale: true 5, mostly true 4, mixed 3, misleading 2, false 1 (ratingValue, best 5, worst 1);
unverifiable and unrated have no number. Only published reviews are exchanged.
"""

from django.conf import settings

from quotes.models import VERDICT_SCORES, Claim, Speaker

SCHEMA_ORG = "https://schema.org"
BEST_RATING = 5
WORST_RATING = 1


def publisher() -> dict:
    return {"@type": "Organization", "name": settings.PUBLISHER_NAME, "url": settings.PUBLISHER_URL}


def claim_review(claim: Claim, *, claim_url: str, article_url: str, context: bool = True) -> dict:
    """The ClaimReview JSON-LD of one claim (article and claimant must be loaded)."""
    rating = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": claim.get_verdict_display(),
    }
    if claim.verdict in VERDICT_SCORES:
        rating["ratingValue"] = VERDICT_SCORES[claim.verdict]
    item = {
        "@type": "Claim",
        "appearance": {"@type": "CreativeWork", "url": article_url, "headline": claim.article.title},
    }
    if claim.claimant is not None:  # a draft may not have one yet; a published review always does
        author_type = "Organization" if claim.claimant.kind == Speaker.Kind.ORGANIZATION else "Person"
        item["author"] = {"@type": author_type, "name": claim.claimant.name}
    if claim.article.published:
        item["datePublished"] = claim.article.published.isoformat()
    review = {
        "@type": "ClaimReview",
        "url": claim.review_url or claim_url,
        "claimReviewed": claim.text,
        "author": publisher(),
        "reviewRating": rating,
        "itemReviewed": item,
        "inLanguage": claim.article.language,
    }
    if claim.reviewed_at:
        review["datePublished"] = claim.reviewed_at.isoformat()
    return {"@context": SCHEMA_ORG, **review} if context else review

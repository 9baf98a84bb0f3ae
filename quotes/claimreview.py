"""schema.org ClaimReview for exchanging fact-checks, and the verdict scale behind it.

The scale: true 5, mostly true 4, mixed 3, misleading 2, false 1 (ratingValue, best 5, worst 1);
unverifiable and unrated have no number. Only published reviews are exchanged.
"""

from datetime import date

from django.conf import settings

from articles.models import Article
from quotes.models import VERDICT_SCORES, Claim, Speaker

SCHEMA_ORG = "https://schema.org"
BEST_RATING = 5
WORST_RATING = 1


def publisher() -> dict:
    return {"@type": "Organization", "name": settings.PUBLISHER_NAME, "url": settings.PUBLISHER_URL}


def appearance(article: Article, fallback_url: str) -> dict:
    """Where a claim was made, as schema.org CreativeWork: the article where it was published (its
    URL when known, else this server's copy), with its headline, date and outlet."""
    work = {"@type": "CreativeWork", "url": article.url or fallback_url, "headline": article.title}
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.source:
        work["publisher"] = {"@type": "Organization", "name": article.source}
    return work


def claim_review(claim: Claim, *, claim_url: str, article_url, context: bool = True) -> dict:
    """The ClaimReview JSON-LD of one claim (article and claimant must be loaded; the articles of its
    quotes are read too). `article_url(article)` is this server's URL of an article."""
    rating = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": claim.get_verdict_display(),
    }
    if claim.verdict in VERDICT_SCORES:
        rating["ratingValue"] = VERDICT_SCORES[claim.verdict]
    if claim.explanation:
        rating["ratingExplanation"] = claim.explanation
    appearances = sorted(
        {claim.article, *(quote.article for quote in claim.quotes.all())},
        key=lambda article: (article.published is None, article.published or date.max, article.pk),
    )
    item = {
        "@type": "Claim",
        "appearance": appearance(claim.article, article_url(claim.article)),
        "firstAppearance": appearance(appearances[0], article_url(appearances[0])),
    }
    if claim.claimant is not None:  # a draft may not have one yet; a published review always does
        author_type = "Organization" if claim.claimant.kind == Speaker.Kind.ORGANIZATION else "Person"
        item["author"] = {"@type": author_type, "name": claim.claimant.name}
        if claim.claimant.wikidata_id:
            item["author"]["sameAs"] = f"https://www.wikidata.org/wiki/{claim.claimant.wikidata_id}"
    if appearances[0].published:
        item["datePublished"] = appearances[0].published.isoformat()
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

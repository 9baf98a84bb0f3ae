"""Fact-checks published elsewhere: read ClaimReview JSON-LD (one object, a list, an @graph, or a
Data Commons feed) into PublishedReview rows, and find the ones that review a given claim."""

import json
from datetime import date
from pathlib import Path

from django.db import connection
from django.db import transaction
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils.dateparse import parse_date, parse_datetime

from quotes.models import Claim, PublishedReview

MATCHES = 5
MATCH_FLOOR = 0.3  # trigram similarity (or token-set ratio on SQLite) under which a review is another claim's
# The word index of migration 0013 (its expression, as the query must repeat it to be served by it).
_WORDS = """to_tsvector('simple'::regconfig, "quotes_publishedreview"."claim_text")"""
COMMON_WORD = 0.02  # a word in more reviews than this (by PostgreSQL's statistics of the index) is no clue
PAIRED_WORDS = 8  # the claim's rarest words, of which a review must share two
PAIRED_WORDS_MIN = 5  # with fewer rare words than this, one


class ReviewRecordError(ValueError):
    """A record that is not a usable ClaimReview; the message says why."""


def claimreview_records(data) -> list:
    """Every ClaimReview object in a document, whatever its shape."""
    if isinstance(data, list):
        return [record for item in data for record in claimreview_records(item)]
    if not isinstance(data, dict):
        return [data]  # refused as a record, with its reason
    if "@graph" in data:
        return claimreview_records(data["@graph"])
    if "dataFeedElement" in data:  # the Data Commons feed: elements holding items
        return [record for element in data["dataFeedElement"] for record in claimreview_records(element.get("item", []))]
    return [data]


def review_fields(record) -> dict:
    """The PublishedReview fields of one ClaimReview record; ReviewRecordError if it lacks what
    makes it one (a claim and a URL)."""
    if not isinstance(record, dict):
        raise ReviewRecordError(f"not an object but {type(record).__name__}")
    kinds = record.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "ClaimReview" not in kinds:
        raise ReviewRecordError(f"@type is {record.get('@type')!r}, not ClaimReview")
    text, url = _text(record.get("claimReviewed")), _text(record.get("url"))
    if not text:
        raise ReviewRecordError("no claimReviewed")
    if not url.startswith(("http://", "https://")):
        raise ReviewRecordError(f"url {url!r} is not an http(s) URL")
    rating = record.get("reviewRating") if isinstance(record.get("reviewRating"), dict) else {}
    item = record.get("itemReviewed") if isinstance(record.get("itemReviewed"), dict) else {}
    return {
        "url": url[:2000], "claim_text": text, "claimant": _name(item.get("author"))[:300],
        "rating": _text(rating.get("alternateName"))[:200], "rating_value": _number(rating.get("ratingValue")),
        "publisher": _name(record.get("author"))[:300], "published": _date(record.get("datePublished")),
        "language": _text(record.get("inLanguage"))[:16],
    }


def import_reviews(path: Path) -> tuple[int, list[str]]:
    """Store the reviews of one file (new ones added, known URLs updated); (how many, and one error
    line per record or file that could not be read)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return 0, [f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})"]
    except ValueError as error:
        return 0, [f"{path}: not JSON ({error})"]
    stored, errors = 0, []
    for number, record in enumerate(claimreview_records(data), start=1):
        try:
            fields = review_fields(record)
        except ReviewRecordError as error:
            errors.append(f"{path}: record {number}: {error}")
            continue
        PublishedReview.objects.update_or_create(url=fields.pop("url"), defaults=fields)
        stored += 1
    return stored, errors


def reviews_matching(claim: Claim, limit: int = MATCHES) -> list[tuple[PublishedReview, float]]:
    """Published reviews of the same claim, most similar first, with their score (0..1):
    PostgreSQL's trigram similarity, compared only with the reviews that share the claim's rarer
    words (through the trigram index for a claim of common words only); RapidFuzz's token-set ratio
    elsewhere."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        similarity = TrigramSimilarity("claim_text", claim.text)
        with transaction.atomic(), connection.cursor() as cursor:
            words = _rare_words(cursor, claim.text)
            if words:
                # A rewording keeps most of a claim's rarer words: a review must share two of them
                # (one, when the claim has few). The word index of migration 0013 finds those reviews
                # without reading a row, and only they are compared trigram by trigram; a review
                # that shares only common words ("the", "of") with the claim is another claim's.
                if len(words) >= PAIRED_WORDS_MIN:
                    query = " | ".join(f"{a} & {b}" for n, a in enumerate(words) for b in words[n + 1:])
                else:
                    query = " | ".join(words)
                sharing = RawSQL(f"{_WORDS} @@ %s::tsquery", [query], output_field=BooleanField())
                reviews = PublishedReview.objects.filter(sharing).annotate(score=similarity)
                reviews = reviews.filter(score__gte=MATCH_FLOOR)
            else:
                # pg_trgm's % operator (similarity over pg_trgm.similarity_threshold) is what the GIN
                # index of migration 0012 serves; the threshold is set for this transaction only.
                similar = RawSQL('"quotes_publishedreview"."claim_text" %% %s', [claim.text],
                                 output_field=BooleanField())
                cursor.execute("SET LOCAL pg_trgm.similarity_threshold = %s", [MATCH_FLOOR])
                reviews = PublishedReview.objects.filter(similar).annotate(score=similarity)
            ranked = list(reviews.order_by("-score", "id")[:limit])
        return [(review, round(review.score, 3)) for review in ranked]
    from rapidfuzz import fuzz

    scored = []
    words = [w for w in claim.text.split() if len(w) > 3][:8]
    candidates = PublishedReview.objects.all()
    if words:  # (reviews sharing no longer word with the claim cannot reach the floor)
        condition = Q()
        for word in words:
            condition |= Q(claim_text__icontains=word)
        candidates = PublishedReview.objects.filter(condition)
    for review in candidates[:5000]:
        score = fuzz.token_set_ratio(claim.text, review.claim_text) / 100
        if score >= MATCH_FLOOR:
            scored.append((review, round(score, 3)))
    scored.sort(key=lambda pair: (-pair[1], pair[0].pk))
    return scored[:limit]


def _rare_words(cursor, text: str) -> list[str]:
    """The claim's rarest words (lexemes of the 'simple' configuration, as tsquery operands), at
    most PAIRED_WORDS: those in fewer than COMMON_WORD of the reviews, by the statistics ANALYZE
    keeps of the word index (its most common words and their frequencies; a word not among them is
    rarer than all of them); the longest first among equals."""
    cursor.execute(
        """SELECT word.lexeme, stat.freq
           FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, %s))) AS word (lexeme)
           LEFT JOIN (SELECT common.lexeme, common.freq FROM pg_stats,
                      unnest(most_common_elems::text::text[], most_common_elem_freqs) AS common (lexeme, freq)
                      WHERE schemaname = current_schema() AND tablename = 'published_review_claim_words') AS stat
           ON stat.lexeme = word.lexeme""",
        [text],
    )
    rare = sorted((freq or 0, -len(lexeme), lexeme) for lexeme, freq in cursor.fetchall() if (freq or 0) < COMMON_WORD)
    return ["'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'" for _, _, lexeme in rare[:PAIRED_WORDS]]


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _number(value) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _date(value) -> date | None:
    text = _text(value)
    if not text:
        return None
    try:
        moment = parse_datetime(text)
        return moment.date() if moment else parse_date(text[:10])
    except ValueError:
        return None

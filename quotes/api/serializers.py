from django.utils import timezone
from rest_framework import serializers

from articles.api.serializers import ArticleBriefSerializer
from quotes.models import VERDICT_SCORES, Claim, Quote, Speaker
from quotes.services import user_is_editor


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind"]


class SpeakerSerializer(serializers.ModelSerializer):
    """Written directly, as QuoteSerializer is; a list reads SPEAKER_ROW values."""

    quote_count = serializers.IntegerField(read_only=True)
    wikidata_id = serializers.CharField(read_only=True, help_text="Wikidata item (Q7747), or empty when not known.")

    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind", "aliases", "role", "wikidata_id", "quote_count"]

    def to_representation(self, speaker):
        return speaker_from_row({name: getattr(speaker, name) for name in SPEAKER_ROW})


SPEAKER_ROW = ("id", "slug", "name", "kind", "aliases", "role", "wikidata_id", "quote_count")


def speaker_from_row(row: dict) -> dict:
    return {name: row[name] for name in SPEAKER_ROW}


def _moment(value):
    """A datetime as DRF writes it (ISO 8601, UTC as Z). The project never activates a time zone
    per request, so the current one is the default (looking the current one up costs more)."""
    if value is None:
        return None
    text = value.astimezone(timezone.get_default_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _speaker_brief(id, slug, name, kind):
    return None if id is None else {"id": id, "slug": slug, "name": name, "kind": kind}


def _article_brief(id, title, language, published, source_file, url):
    return {
        "id": id, "title": title, "language": language,
        "published": published.isoformat() if published else None, "source_file": source_file, "url": url,
    }


class QuoteSerializer(serializers.ModelSerializer):
    """Lists serialise many quotes per request: to_representation writes the declared fields
    directly, several times faster than field by field (a test holds both outputs equal)."""

    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)  # null: left for an editor
    article = ArticleBriefSerializer(read_only=True)
    language = serializers.CharField(source="article.language", read_only=True)

    class Meta:
        model = Quote
        fields = [
            "id", "text", "speaker", "article", "language", "kind", "status", "start", "end",
            "attribution", "cue", "confidence", "created_at", "updated_at",
        ]

    def to_representation(self, quote):
        speaker, article = quote.speaker, quote.article
        return quote_from_row({
            **{name: getattr(quote, name) for name in QUOTE_COLUMNS},
            "speaker_id": quote.speaker_id, "speaker__slug": speaker and speaker.slug,
            "speaker__name": speaker and speaker.name, "speaker__kind": speaker and speaker.kind,
            "article_id": quote.article_id, "article__title": article.title, "article__language": article.language,
            "article__published": article.published, "article__source_file": article.source_file, "article__url": article.url,
        })


# A quote list reads rows, not model instances (building 150 objects a page cost more than the SQL).
QUOTE_COLUMNS = ("id", "text", "kind", "status", "start", "end", "attribution", "cue", "confidence", "created_at",
                 "updated_at")
QUOTE_ROW = (*QUOTE_COLUMNS, "speaker_id", "speaker__slug", "speaker__name", "speaker__kind", "article_id",
             "article__title", "article__language", "article__published", "article__source_file", "article__url")


def quote_from_row(row: dict) -> dict:
    """A quote as the API shows it, from the QUOTE_ROW values of one quote."""
    return {
        "id": row["id"], "text": row["text"],
        "speaker": _speaker_brief(row["speaker_id"], row["speaker__slug"], row["speaker__name"], row["speaker__kind"]),
        "article": _article_brief(row["article_id"], row["article__title"], row["article__language"],
                                  row["article__published"], row["article__source_file"], row["article__url"]),
        "language": row["article__language"], "kind": row["kind"], "status": row["status"], "start": row["start"],
        "end": row["end"], "attribution": row["attribution"], "cue": row["cue"], "confidence": row["confidence"],
        "created_at": _moment(row["created_at"]), "updated_at": _moment(row["updated_at"]),
    }


class ClaimSerializer(serializers.ModelSerializer):
    """Written directly, as QuoteSerializer is."""

    claimant = SpeakerBriefSerializer(read_only=True, allow_null=True)  # null: left for an editor
    article = ArticleBriefSerializer(read_only=True)
    language = serializers.CharField(source="article.language", read_only=True)
    quotes = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    rating_value = serializers.SerializerMethodField()
    review_url = serializers.CharField(read_only=True, help_text="Where the published fact-check lives, or empty.")

    class Meta:
        model = Claim
        fields = [
            "id", "text", "claimant", "article", "language", "start", "end", "origin", "quotes", "verdict",
            "rating_value", "explanation", "review_url", "reviewed_at", "status", "created_at", "updated_at",
        ]

    def get_rating_value(self, claim) -> int | None:
        return VERDICT_SCORES.get(claim.verdict)

    def to_representation(self, claim):
        claimant, article = claim.claimant, claim.article
        request = self.context.get("request")
        return claim_from_row(drafts_visible=request is not None and user_is_editor(request.user), row={
            **{name: getattr(claim, name) for name in CLAIM_COLUMNS},
            "claimant_id": claimant and claimant.id, "claimant__slug": claimant and claimant.slug,
            "claimant__name": claimant and claimant.name, "claimant__kind": claimant and claimant.kind,
            "article_id": article.id, "article__title": article.title,
            "article__language": article.language, "article__published": article.published,
            "article__source_file": article.source_file, "article__url": article.url,
        }, quote_ids=[quote.pk for quote in claim.quotes.all()])


# A claim list reads rows too, and its quotes' ids in one query (see selectors.claim_quote_ids).
CLAIM_COLUMNS = ("id", "text", "start", "end", "origin", "verdict", "explanation", "review_url", "reviewed_at",
                 "status", "created_at", "updated_at")
CLAIM_ROW = (*CLAIM_COLUMNS, "claimant_id", "claimant__slug", "claimant__name", "claimant__kind", "article_id",
             "article__title", "article__language", "article__published", "article__source_file", "article__url")


def claim_from_row(row: dict, quote_ids: list[int], *, drafts_visible: bool) -> dict:
    """A claim as the API shows it, from the CLAIM_ROW values of one claim and its quotes' ids.
    Outside the editors (`drafts_visible` false) a review is shown only once it is published:
    until then the claim is unrated, with no explanation, review URL or review date."""
    if not drafts_visible and row["status"] != Claim.Status.PUBLISHED:
        row = {**row, **UNREVIEWED}
    return {
        "id": row["id"], "text": row["text"],
        "claimant": _speaker_brief(row["claimant_id"], row["claimant__slug"], row["claimant__name"],
                                   row["claimant__kind"]),
        "article": _article_brief(row["article_id"], row["article__title"], row["article__language"],
                                  row["article__published"], row["article__source_file"], row["article__url"]),
        "language": row["article__language"], "start": row["start"], "end": row["end"], "origin": row["origin"],
        "quotes": quote_ids, "verdict": row["verdict"], "rating_value": VERDICT_SCORES.get(row["verdict"]),
        "explanation": row["explanation"], "review_url": row["review_url"],
        "reviewed_at": row["reviewed_at"].isoformat() if row["reviewed_at"] else None, "status": row["status"],
        "created_at": _moment(row["created_at"]), "updated_at": _moment(row["updated_at"]),
    }


UNREVIEWED = {"verdict": Claim.Verdict.UNRATED, "explanation": "", "review_url": "", "reviewed_at": None}


class QuoteUpdateSerializer(serializers.Serializer):
    """What an editor may change on a quote through the API: its review status and its speaker."""

    status = serializers.ChoiceField(choices=Quote.Status.choices, required=False)
    speaker = serializers.SlugRelatedField(slug_field="slug", queryset=Speaker.objects.all(), required=False)


class ClaimRatingSerializer(serializers.Serializer):
    """What an editor changes on a claim (editors group only): only the fields sent change, so
    `{"status": "draft"}` withdraws a published review and keeps its verdict."""

    claimant = serializers.SlugRelatedField(
        slug_field="slug", queryset=Speaker.objects.all(), required=False, help_text="Who made the claim (a speaker's slug)."
    )
    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices, required=False)
    explanation = serializers.CharField(required=False, allow_blank=True)
    review_url = serializers.URLField(required=False, allow_blank=True)
    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False)

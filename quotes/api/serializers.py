from rest_framework import serializers

from articles.api.serializers import ArticleBriefSerializer
from quotes.models import VERDICT_SCORES, Claim, Quote, Speaker


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind"]


class SpeakerSerializer(serializers.ModelSerializer):
    quote_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind", "aliases", "role", "quote_count"]


class QuoteSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(read_only=True)
    article = ArticleBriefSerializer(read_only=True)
    language = serializers.CharField(source="article.language", read_only=True)

    class Meta:
        model = Quote
        fields = [
            "id", "text", "speaker", "article", "language", "kind", "status", "start", "end",
            "attribution", "cue", "confidence", "created_at", "updated_at",
        ]


class ClaimSerializer(serializers.ModelSerializer):
    claimant = SpeakerBriefSerializer(read_only=True)
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


class QuoteUpdateSerializer(serializers.Serializer):
    """What an editor may change on a quote through the API: its review status and its speaker."""

    status = serializers.ChoiceField(choices=Quote.Status.choices, required=False)
    speaker = serializers.SlugRelatedField(slug_field="slug", queryset=Speaker.objects.all(), required=False)


class ClaimRatingSerializer(serializers.Serializer):
    """A fact-checker's verdict on a claim (editors group only)."""

    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices)
    explanation = serializers.CharField(required=False, allow_blank=True, default="")
    review_url = serializers.URLField(required=False, allow_blank=True, default="")
    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False, default=Claim.Status.DRAFT)

    def validate(self, data):
        if data["status"] == Claim.Status.PUBLISHED and data["verdict"] == Claim.Verdict.UNRATED:
            raise serializers.ValidationError("a published review needs a verdict other than 'unrated'")
        return data

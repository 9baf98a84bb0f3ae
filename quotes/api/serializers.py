"""How the API shows speakers, quotes and claims, and what editors may send to change them.

Each shown object has one shape (common/shapes.py): its serializer's fields, the columns its lists
read and the mapping of a row derive from it. The serializers' declared fields say the types (the
schema's, and the field-by-field output a test holds equal to the shape's)."""

from functools import cached_property

from rest_framework import serializers

from articles.api.serializers import ARTICLE_BRIEF, ArticleBriefSerializer
from common.shapes import Column, Given, Nested, RowsSerializer, Shape, ShapedSerializer, day, moment
from quotes import selectors
from quotes.models import VERDICT_SCORES, Claim, Quote, Speaker
from quotes.services import user_is_editor

SPEAKER_BRIEF = Shape(id="id", slug="slug", name="name", kind="kind")
SPEAKER = Shape(
    id="id", slug="slug", name="name", kind="kind", aliases="aliases", role="role", wikidata_id="wikidata_id",
    quote_count="quote_count",
)
QUOTE = Shape(
    id="id", text="text",
    speaker=Nested("speaker", SPEAKER_BRIEF, optional=True),  # null: left for an editor
    article=Nested("article", ARTICLE_BRIEF), language="article__language", kind="kind", status="status",
    start="start", end="end", attribution="attribution", cue="cue", confidence="confidence",
    utterance="appearance__utterance_id",  # its words across articles (/api/utterances/{id}/), once linked
    created_at=Column("created_at", moment), updated_at=Column("updated_at", moment),
)
CLAIM = Shape(
    id="id", text="text",
    claimant=Nested("claimant", SPEAKER_BRIEF, optional=True),  # null: left for an editor
    article=Nested("article", ARTICLE_BRIEF), language="article__language", start="start", end="end",
    origin="origin", quotes=Given(), verdict="verdict", rating_value=Column("verdict", VERDICT_SCORES.get),
    explanation="explanation", review_url="review_url", reviewed_at=Column("reviewed_at", day), status="status",
    created_at=Column("created_at", moment), updated_at=Column("updated_at", moment),
)


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = SPEAKER_BRIEF.names


class SpeakerSerializer(ShapedSerializer):
    """A speaker, with every spelling of their name and the number of quotes credited to them."""

    shape = SPEAKER
    quote_count = serializers.IntegerField(read_only=True)
    wikidata_id = serializers.CharField(read_only=True, help_text="Wikidata item (Q7747), or empty when not known.")

    class Meta:
        model = Speaker
        fields = SPEAKER.names
        list_serializer_class = RowsSerializer


class QuoteSerializer(ShapedSerializer):
    """A quote: the verbatim words, who said them, and where in the article (its body from start to
    end is the text)."""

    shape = QUOTE
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)
    article = ArticleBriefSerializer(read_only=True)
    language = serializers.CharField(read_only=True)
    utterance = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="The utterance these words belong to (/api/utterances/{id}/); null until linked."
    )

    class Meta:
        model = Quote
        fields = QUOTE.names
        list_serializer_class = RowsSerializer


class ClaimSerializer(ShapedSerializer):
    """Outside the editors a review is shown only once it is published: until then the claim is
    unrated, with no explanation, review URL or review date."""

    shape = CLAIM
    claimant = SpeakerBriefSerializer(read_only=True, allow_null=True)
    article = ArticleBriefSerializer(read_only=True)
    language = serializers.CharField(read_only=True)
    quotes = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    rating_value = serializers.SerializerMethodField()
    review_url = serializers.CharField(read_only=True, help_text="Where the published fact-check lives, or empty.")

    class Meta:
        model = Claim
        fields = CLAIM.names
        list_serializer_class = RowsSerializer

    def get_rating_value(self, claim) -> int | None:
        return VERDICT_SCORES.get(claim.verdict)

    @cached_property
    def drafts_visible(self) -> bool:
        request = self.context.get("request")
        return request is not None and user_is_editor(request.user)

    def to_representation(self, claim):
        return self.represent_row({**self.shape.row_of(claim), "quotes": [quote.pk for quote in claim.quotes.all()]})

    def represent_rows(self, rows):
        quote_ids = selectors.claim_quote_ids([row["id"] for row in rows])
        return [self.represent_row({**row, "quotes": quote_ids[row["id"]]}) for row in rows]

    def represent_row(self, row):
        if not self.drafts_visible and row["status"] != Claim.Status.PUBLISHED:
            row = {**row, **UNREVIEWED}
        return super().represent_row(row)


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

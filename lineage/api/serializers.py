"""How the API shows utterances and their appearances (one shape each, common/shapes.py: lists
read value rows of the shape's columns)."""

from rest_framework import serializers

from articles.api.serializers import ARTICLE_BRIEF, ArticleBriefSerializer
from common.shapes import Column, Nested, RowsSerializer, Shape, ShapedSerializer, day
from lineage.models import Appearance, Utterance
from quotes.api.serializers import SPEAKER_BRIEF, SpeakerBriefSerializer

UTTERANCE = Shape(
    id="id", language="language", text="text", speaker=Nested("speaker", SPEAKER_BRIEF, optional=True),
    first_quote="first_quote_id", first_seen=Column("first_seen", day), appearances="appearance_count",
    altered="altered_count", conflicting="conflicting",
)
APPEARANCE = Shape(
    quote="quote_id", text="quote__text", speaker=Nested("quote__speaker", SPEAKER_BRIEF, optional=True),
    article=Nested("quote__article", ARTICLE_BRIEF), outlet="quote__article__source", status="status",
    shared="shared", conflicting="conflicting", diff="diff", pinned="pinned",
)


class UtteranceSerializer(ShapedSerializer):
    """One statement across articles: its first appearance's words, speaker and date, how often it
    appears, how many appearances alter it, and whether any credits it to someone else."""

    shape = UTTERANCE
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True, help_text="Who the first appearance credits.")
    first_quote = serializers.IntegerField(read_only=True, allow_null=True)
    appearances = serializers.IntegerField(read_only=True)
    altered = serializers.IntegerField(read_only=True)

    class Meta:
        model = Utterance
        fields = UTTERANCE.names
        list_serializer_class = RowsSerializer


class AppearanceSerializer(ShapedSerializer):
    """Where the words appeared, who that article credits, and how they differ from the first
    appearance: `diff` is [op, words] pairs, op "equal", "delete" (only in the first) or "insert"."""

    shape = APPEARANCE
    quote = serializers.IntegerField(read_only=True)
    text = serializers.CharField(read_only=True)
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)
    article = ArticleBriefSerializer(read_only=True)
    outlet = serializers.CharField(read_only=True)

    class Meta:
        model = Appearance
        fields = APPEARANCE.names


class UtteranceDetailSerializer(UtteranceSerializer):
    """An utterance with every appearance, earliest first (the shape gives the rest)."""

    appearance_list = AppearanceSerializer(source="appearances", many=True, read_only=True)

    class Meta(UtteranceSerializer.Meta):
        fields = [*UTTERANCE.names, "appearance_list"]
        list_serializer_class = serializers.ListSerializer

    def to_representation(self, instance):
        appearances = [AppearanceSerializer(appearance).data for appearance in instance.appearances.all()]
        return {**super().to_representation(instance), "appearance_list": appearances}

"""The public shape of utterances and their appearances."""

from rest_framework import serializers

from lineage.models import Appearance, Utterance


class AppearanceSerializer(serializers.ModelSerializer):
    quote = serializers.HyperlinkedRelatedField(view_name="api:quote-detail", read_only=True)
    quote_id = serializers.IntegerField(read_only=True)
    text = serializers.CharField(source="quote.text", read_only=True)
    article = serializers.IntegerField(source="quote.article_id", read_only=True)
    title = serializers.CharField(source="quote.article.title", read_only=True)
    outlet = serializers.CharField(source="quote.article.source", read_only=True)
    url = serializers.CharField(source="quote.article.url", read_only=True)
    published = serializers.DateField(source="quote.published", read_only=True)
    speaker = serializers.SlugRelatedField(source="quote.speaker", slug_field="slug", read_only=True)
    speaker_name = serializers.CharField(source="quote.speaker.name", read_only=True, default=None)

    class Meta:
        model = Appearance
        fields = [
            "quote", "quote_id", "text", "article", "title", "outlet", "url", "published", "speaker", "speaker_name",
            "status", "shared", "conflicting", "diff", "pinned",
        ]


class UtteranceSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:utterance-detail")
    speaker = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None)
    appearances = serializers.IntegerField(source="appearance_count", read_only=True)
    altered = serializers.IntegerField(source="altered_count", read_only=True)

    class Meta:
        model = Utterance
        fields = [
            "id", "url", "language", "text", "speaker", "speaker_name", "first_quote", "first_seen", "appearances",
            "altered", "conflicting",
        ]


class UtteranceDetailSerializer(UtteranceSerializer):
    appearance_list = AppearanceSerializer(source="appearances", many=True, read_only=True)

    class Meta(UtteranceSerializer.Meta):
        fields = UtteranceSerializer.Meta.fields + ["appearance_list"]

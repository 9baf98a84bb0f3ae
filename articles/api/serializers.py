"""How the API shows an article: briefly inside a quote or claim, in full in the articles endpoint."""

from rest_framework import serializers

from articles.models import Article
from common.shapes import Column, Shape, day

# An article as a quote or claim shows it (their rows read it through these columns).
ARTICLE_BRIEF = Shape(
    id="id", title="title", language="language", published=Column("published", day), source_file="source_file",
    url="url",
)


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ARTICLE_BRIEF.names


class ArticleSerializer(serializers.ModelSerializer):
    quote_count = serializers.IntegerField(read_only=True)
    outlet = serializers.CharField(source="source", read_only=True, help_text="The outlet that published it.")

    class Meta:
        model = Article
        fields = [
            "id", "title", "language", "published", "published_precision", "outlet", "url", "authors", "retrieved",
            "source", "source_file", "quote_count",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["body"]

from rest_framework import serializers

from articles.models import Article


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "language", "published", "source_file", "url"]


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

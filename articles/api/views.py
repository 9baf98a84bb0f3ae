from rest_framework import viewsets

from articles.api.serializers import ArticleDetailSerializer, ArticleSerializer
from articles.filtersets import ArticleFilterSet
from articles.models import Article
from quotes.api.views import quote_count


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"\d+"
    queryset = Article.objects.annotate(quote_count=quote_count("article"))
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilterSet
    ordering_fields = ["published", "title", "language", "source_file", "id"]
    ordering = ["-published", "id"]

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

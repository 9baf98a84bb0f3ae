from django.db.models import Count
from rest_framework import viewsets

from articles.api.serializers import ArticleDetailSerializer, ArticleSerializer
from articles.filtersets import ArticleFilterSet
from articles.models import Article


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"\d+"
    queryset = Article.objects.annotate(quote_count=Count("quotes"))
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilterSet
    ordering_fields = ["published", "title", "language", "source_file", "id"]
    ordering = ["-published", "id"]

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

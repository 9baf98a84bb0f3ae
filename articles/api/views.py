from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from articles.api.serializers import ArticleDetailSerializer, ArticleSerializer
from articles.filtersets import ArticleFilterSet
from articles.models import Article
from quotes import services
from quotes.api.extract import ExtractRequestSerializer
from quotes.api.serializers import ClaimSerializer, QuoteSerializer
from quotes.api.views import QUOTE_QUERYSET, IsEditor, quote_count
from quotes.models import Claim


class ArticlePushSerializer(ExtractRequestSerializer):
    """An article pushed by an editor: its text, or only its URL (the page is fetched), and
    optionally where and when it was published."""

    text = serializers.CharField(required=False, trim_whitespace=False, help_text="The article text; or give only url.")
    url = serializers.CharField(required=False, help_text="Where it was published (http or https); fetched when no text is given.")
    title = serializers.CharField(required=False)
    outlet = serializers.CharField(required=False)
    authors = serializers.ListField(child=serializers.CharField(), required=False)
    published = serializers.CharField(required=False, help_text="YYYY, YYYY-MM or YYYY-MM-DD")
    retrieved = serializers.CharField(required=False, help_text="ISO 8601 time it was fetched")


class ArticleViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"[0-9]+"  # (\d would take other scripts' digits too)
    queryset = Article.objects.annotate(quote_count=quote_count("article"))
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilterSet
    ordering_fields = ["published", "title", "language", "source_file", "id"]
    ordering = ["-published", "id"]
    parser_classes = [JSONParser]  # a pushed article is JSON

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def get_permissions(self):
        return [IsEditor()] if self.action == "create" else super().get_permissions()

    @extend_schema(
        request=ArticlePushSerializer,
        responses={201: inline_serializer("ArticlePushed", {
            "article": ArticleSerializer(), "outcome": serializers.CharField(),
            "quotes": QuoteSerializer(many=True), "claims": ClaimSerializer(many=True),
        })},
    )
    def create(self, request, *args, **kwargs):
        """An editor pushes an article as text (with its provenance): stored as an import stores a
        file (the same text twice is one article), answered with its quotes and claims."""
        payload = ArticlePushSerializer(data=request.data)
        if not payload.is_valid():
            raise ValidationError(payload.errors)
        data = dict(payload.validated_data)
        text = data.pop("text", None)
        data.pop("language", None)  # detected on the cleaned body, as for a file
        if text is None and not data.get("url"):
            raise ValidationError({"text": "give the article's text, or its url to fetch it"})
        try:
            if text is None:
                article, result = services.article_url_import(url=data.pop("url"), provenance=data)
            else:
                article, result = services.article_text_import(text=text, provenance=data)
        except services.ImportFileError as error:
            raise ValidationError({"detail": str(error)}) from None
        article = self.get_queryset().get(pk=article.pk)
        quotes = QUOTE_QUERYSET.filter(article=article).order_by("start")
        claims = Claim.objects.filter(article=article).select_related("claimant", "article").order_by("start")
        context = {"request": request}
        return Response({
            "article": ArticleSerializer(article, context=context).data,
            "outcome": result.outcome,
            "quotes": QuoteSerializer(quotes, many=True, context=context).data,
            "claims": ClaimSerializer(claims, many=True, context=context).data,
        }, status=status.HTTP_201_CREATED if result.outcome == "new" else status.HTTP_200_OK)

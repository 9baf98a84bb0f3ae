"""Text in, quotes and claims out: the engine over the API, for tools that push an article or only
want its quotes. `POST /api/extract/` stores nothing; `POST /api/articles/` (editors) stores the
article through the import's own path."""

from django.conf import settings
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, status
from rest_framework.decorators import api_view, parser_classes, permission_classes
from rest_framework.parsers import JSONParser
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from articles.api.serializers import ArticleSerializer
from articles.api.views import ArticleViewSet
from ingestion import services as ingestion
from ingestion.models import ImportRun
from quotes import services
from quotes.api.serializers import ClaimSerializer, QuoteSerializer
from quotes.api.views import QUOTE_QUERYSET, IsEditor
from quotes.extraction import extract_quotes_and_claims
from quotes.extraction.document import detect_language
from quotes.models import Claim


class ExtractRequestSerializer(serializers.Serializer):
    text = serializers.CharField(trim_whitespace=False, help_text="The article text; offsets point into it as sent.")
    language = serializers.RegexField(
        r"^[a-z]{2}$", required=False, help_text="ISO 639-1 code; detected when not given."
    )

    def validate_text(self, text):
        size = len(text.encode("utf-8"))
        if size > settings.IMPORT_MAX_FILE_BYTES:
            raise serializers.ValidationError(f"{size} bytes is over the limit of {settings.IMPORT_MAX_FILE_BYTES} bytes")
        if not text.strip():
            raise serializers.ValidationError("empty")
        return text


def found_item(item, *, quote: bool) -> dict:
    """An extracted quote or claim as the API shows it (speaker_slug: the registry's, if known)."""
    shown = {
        "text": item.text, "start": item.start, "end": item.end, "speaker": item.speaker or None,
        "speaker_slug": item.speaker_key, "speaker_kind": item.speaker_kind or None, "cue": item.cue,
        "confidence": item.confidence,
    }
    if quote:
        shown.update(kind=item.kind, attribution=item.attribution, headline=item.headline)
    return shown


@extend_schema(
    request=ExtractRequestSerializer,
    responses={200: inline_serializer("ExtractResponse", {
        "language": serializers.CharField(), "quotes": serializers.ListField(child=serializers.DictField()),
        "claims": serializers.ListField(child=serializers.DictField()),
    })},
)
@api_view(["POST"])
@permission_classes([AllowAny])
@parser_classes([JSONParser])
def extract(request):
    """Quotes and claims in a text, with offsets into it, speakers and confidence; nothing is
    stored. Anonymous clients may use it within the throttle; the text's size is limited as an
    import's."""
    payload = ExtractRequestSerializer(data=request.data)
    if not payload.is_valid():
        raise ValidationError(payload.errors)
    text = payload.validated_data["text"]
    language = payload.validated_data.get("language") or detect_language(text)
    quotes, claims = extract_quotes_and_claims(
        text, language=language, speakers=services.known_speakers(), abstain_below=settings.ATTRIBUTION_ABSTAIN_BELOW
    )
    return Response({
        "language": language,
        "quotes": [found_item(q, quote=True) for q in quotes],
        "claims": [found_item(c, quote=False) for c in claims],
    })


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


# The articles endpoint with the editors' push: a pushed article is imported (its quotes and claims
# extracted), which is this app's business, so the push is added here and articles/ knows nothing
# of quotes. (A comment, not a docstring: the schema would show a docstring on every operation.)
class ArticleImportViewSet(mixins.CreateModelMixin, ArticleViewSet):
    parser_classes = [JSONParser]  # a pushed article is JSON

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
        recorder = ingestion.RunRecorder(ingestion.import_run_start(kind=ImportRun.Kind.API, total=1))
        item = data.get("url", "") if text is None else "text"
        try:
            if text is None:
                article, result = services.article_url_import(url=data.pop("url"), provenance=data)
            else:
                article, result = services.article_text_import(text=text, provenance=data)
        except services.ImportFileError as error:
            recorder.add(services.ImportResult.failure(item, error))
            recorder.finish()
            raise ValidationError({"detail": str(error)}) from None
        except BaseException as error:
            recorder.finish(error=f"stopped: {type(error).__name__} {error}")
            raise
        recorder.add(result)
        recorder.finish()
        article = self.get_queryset().get(pk=article.pk)
        quotes = QUOTE_QUERYSET.filter(article=article).order_by("start")
        claims = Claim.objects.filter(article=article).select_related("claimant", "article").order_by("start")
        context = {"request": request}
        return Response({
            "article": ArticleSerializer(article, context=context).data,
            "outcome": result.outcome,
            "quotes": QuoteSerializer(quotes, many=True, context=context).data,
            "claims": ClaimSerializer(claims, many=True, context=context).data,
        }, status=status.HTTP_201_CREATED if result.outcome == services.ImportResult.NEW else status.HTTP_200_OK)

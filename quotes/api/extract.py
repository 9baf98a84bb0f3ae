"""Text in, quotes and claims out: the engine over the API, for tools that push an article or only
want its quotes. `POST /api/extract/` stores nothing; `POST /api/articles/` (editors) stores the
article through the import's own path."""

from django.conf import settings
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import api_view, parser_classes, permission_classes
from rest_framework.parsers import JSONParser
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from quotes.extraction import extract_quotes_and_claims
from quotes.extraction.document import detect_language
from quotes.services import known_speakers


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
        text, language=language, speakers=known_speakers(), abstain_below=settings.ATTRIBUTION_ABSTAIN_BELOW
    )
    return Response({
        "language": language,
        "quotes": [found_item(q, quote=True) for q in quotes],
        "claims": [found_item(c, quote=False) for c in claims],
    })

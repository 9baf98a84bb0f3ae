"""Request-level safety that no single app owns: who a client is, what a debug page may show, and
JSON that is safe to embed in a web page."""

import re

from django.conf import settings
from django.views.debug import SafeExceptionReporterFilter
from rest_framework.renderers import JSONRenderer

_CREDENTIALS_IN_URL = re.compile(r"(?<=://)[^/@\s:]*:[^/@\s]*@")


def client_address(request) -> str:
    """The client's address as our own proxy saw it (the last X-Forwarded-For entry behind
    DJANGO_BEHIND_PROXY), else the socket's: never what the client wrote itself. The throttle
    reads the same through DRF's NUM_PROXIES."""
    if settings.REST_FRAMEWORK.get("NUM_PROXIES"):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


class CredentialsHidingFilter(SafeExceptionReporterFilter):
    """Django's filter, which hides settings named like secrets, and also the user and password
    of any URL (DATABASE_URL in the environment, a broker URL in a setting)."""

    def cleanse_setting(self, key, value):
        value = super().cleanse_setting(key, value)
        if isinstance(value, str):
            return _CREDENTIALS_IN_URL.sub(f"{self.cleansed_substitute}@", value)
        return value

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {key: self.cleanse_setting(key, value) for key, value in meta.items()}


class EmbeddableJSONRenderer(JSONRenderer):
    """JSON with <, > and & written as \\u escapes (as Django's json_script does): the same data,
    and a claim whose text holds "</script>" cannot end a <script type="application/ld+json">
    that a consumer embeds our ClaimReview in."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        body = super().render(data, accepted_media_type, renderer_context)
        return body.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")

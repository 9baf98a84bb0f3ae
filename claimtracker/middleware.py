"""Request guards that hold for every view."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import JsonResponse

logger = logging.getLogger("claimtracker")

MAX_PARAMETER_CHARS = 2000


class RejectUnusableParametersMiddleware:
    """A path or query parameter with a NUL character (which PostgreSQL cannot store or compare) or of
    absurd length gets a clear 400 instead of reaching the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            return JsonResponse({"detail": "the path contains a NUL character"}, status=400)
        for name, value in request.COOKIES.items():
            if "\x00" in value:
                return JsonResponse({"detail": f"cookie {name!r} contains a NUL character"}, status=400)
        for name, values in request.GET.lists():
            for value in [name, *values]:
                if "\x00" in value:
                    return JsonResponse({"detail": f"query parameter {name!r} contains a NUL character"}, status=400)
                if len(value) > MAX_PARAMETER_CHARS:
                    return JsonResponse(
                        {"detail": f"query parameter {name!r} is longer than {MAX_PARAMETER_CHARS} characters"},
                        status=400,
                    )
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """While the database is down or restarting, answer 503 with Retry-After (and log it) instead
    of a bare 500. Nothing else is needed to recover: with CONN_HEALTH_CHECKS the next request
    finds the dead connection, drops it and connects again."""

    RETRY_AFTER_SECONDS = 5

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("database unavailable: %s %s: %s", request.method, request.path, str(exception).strip())
        return JsonResponse(
            {"detail": "the database is unavailable; try again shortly"},
            status=503,
            headers={"Retry-After": str(self.RETRY_AFTER_SECONDS)},
        )

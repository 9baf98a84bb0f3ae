"""ClaimTracker settings: one file, read from the environment (see .env.example)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def throttle_rate(name, default):
    """A DRF rate such as 120/minute; "off" disables that throttle (the test suite does)."""
    value = os.environ.get(name, default).strip()
    return None if value.lower() in {"off", "none", ""} else value


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# The development key is public (it is in this file): only local development may run on it.
DEVELOPMENT_KEY = "insecure-development-key-never-use-in-production"
if not DEBUG and SECRET_KEY in ("", DEVELOPMENT_KEY):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set (or is the public development key): set it, or set DJANGO_DEBUG=1 "
        "for local development"
    )
SECRET_KEY = SECRET_KEY or DEVELOPMENT_KEY

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",  # API tokens stored as hashes, with an expiry
    "axes",  # failed admin logins, counted per account and address
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from this app, not a CDN
    "simple_history",
    "articles",
    "quotes",
    "lineage",
    "ingestion",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "claimtracker.middleware.RejectUnusableParametersMiddleware",
    "claimtracker.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out account and address first
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed logins for one account from one address lock that pair out for an hour (429); the
# account stays open from elsewhere, so nobody can lock an editor out from afar.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "claimtracker.security.client_address"
# A debug error page shows settings and the environment: credentials in URLs are masked there.
DEFAULT_EXCEPTION_REPORTER_FILTER = "claimtracker.security.CredentialsHidingFilter"

ROOT_URLCONF = "claimtracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "claimtracker.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, served by WhiteNoise from the app server after `collectstatic` (make serve).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Behind HTTPS in production (see README "Production"); off in local development.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = not DEBUG
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "knox.auth.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "claimtracker.pagination.StableOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "claimtracker.pagination.StandardPagination",
    # JSON only in production: the browsable HTML view renders every speaker into its filter form
    # (megabytes and seconds per request at 20,000 speakers). The interactive docs at /api/docs/
    # stay; local development (DJANGO_DEBUG=1) keeps the HTML view.
    "DEFAULT_RENDERER_CLASSES": [
        "claimtracker.security.EmbeddableJSONRenderer",
        *(["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    ],
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Per client, per minute; set the rates in the environment (README "Throttling").
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": throttle_rate("CLAIMTRACKER_THROTTLE_ANON", "120/minute"),
        "user": throttle_rate("CLAIMTRACKER_THROTTLE_USER", "600/minute"),
    },
    # A client is its address as our own proxy saw it: the last X-Forwarded-For entry behind the
    # proxy (DJANGO_BEHIND_PROXY), the socket's address otherwise. Never the header as the client
    # wrote it, which it could change with every request.
    "NUM_PROXIES": 1 if env_bool("DJANGO_BEHIND_PROXY") else 0,
}

# API tokens (`create_editor NAME --token`, `issue_token NAME`): only a hash is stored, and a
# token expires after CLAIMTRACKER_TOKEN_DAYS days (default 90).
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=int(os.environ.get("CLAIMTRACKER_TOKEN_DAYS", "90"))),
    "AUTH_HEADER_PREFIX": "Token",
    "AUTO_REFRESH": False,
}

# The throttle's counts live in the database, shared by every gunicorn worker and app server
# (the table is made by migration quotes 0006), so three workers do not allow three times the rate.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "claimtracker_cache",
    }
}

# Content-Security-Policy on every response (django-csp): scripts only from this origin, so the
# admin and the API docs run no injected or third-party code. Styles may be inline (the admin's).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

SPECTACULAR_SETTINGS = {
    "TITLE": "ClaimTracker API",
    "DESCRIPTION": "Attributed direct quotes, speakers, articles and fact-checked claims.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Speakers and quotes both have a "kind"; name their enums apart.
    "ENUM_NAME_OVERRIDES": {
        "SpeakerKindEnum": "quotes.models.Speaker.Kind",
        "QuoteKindEnum": "quotes.models.Quote.Kind",
        "QuoteStatusEnum": "quotes.models.Quote.Status",
        "ClaimStatusEnum": "quotes.models.Claim.Status",
        "ImportRunKindEnum": "ingestion.models.ImportRun.Kind",
        "ImportRunStatusEnum": "ingestion.models.ImportRun.Status",
        "AppearanceStatusEnum": "lineage.models.Appearance.Status",
    },
}

# The organisation that publishes the fact-checks (ClaimReview author and publisher).
PUBLISHER_NAME = os.environ.get("CLAIMTRACKER_PUBLISHER_NAME", "ClaimTracker")
PUBLISHER_URL = os.environ.get("CLAIMTRACKER_PUBLISHER_URL", "https://claimtracker.example.org")

# Import limits and the bundled sample input.
IMPORT_MAX_FILE_BYTES = int(os.environ.get("CLAIMTRACKER_IMPORT_MAX_FILE_BYTES", str(5 * 1024 * 1024)))
IMPORT_FETCH_TIMEOUT = float(os.environ.get("CLAIMTRACKER_IMPORT_FETCH_TIMEOUT", "15"))  # seconds, per URL
# Whether an article pushed by URL through the API may come from a private or loopback address
# (never in production: a request would make the server fetch from inside its own network).
IMPORT_ALLOW_PRIVATE_URLS = env_bool("CLAIMTRACKER_IMPORT_ALLOW_PRIVATE_URLS", False)
SEED_TEXTS_DIR = BASE_DIR / "fixtures" / "seed_texts"

# The task queue (README "Workers"): imports run as Celery tasks through a Redis broker when
# CELERY_BROKER_URL is set (redis://host:6379/0); without it every task runs in process, as today.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True  # a run's progress is in the database (ImportRun), not in results
# A task is acknowledged once done, so a worker that dies mid-task leaves it to another; a task
# runs whole or again (the import is idempotent), never half.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# An unacknowledged task of a worker that vanished is delivered again after this many seconds.
# Kombu looks for such tasks every 10 s x 10 calls (100 s), nothing next to the hour's default; a
# timeout shorter than that sweep (the worker tests use 5 s) is looked at every second instead.
visibility_timeout = int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": visibility_timeout,
    **({"unacked_restore_interval": 1, "unacked_restore_throttle": 1} if visibility_timeout < 100 else {}),
}
# Feed polling: seconds between two requests to one host, across every process and worker.
FEED_HOST_DELAY = float(os.environ.get("CLAIMTRACKER_FEED_HOST_DELAY", "1"))


def probability(name):
    """A probability from the environment, or None when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise ImproperlyConfigured(f"{name}={value!r}: expected a probability between 0 and 1")
    return number


# A quote whose speaker the engine is less sure of than this is stored without one, for an
# editor (unset: the threshold the attribution model was trained with, in its file).
ATTRIBUTION_ABSTAIN_BELOW = probability("CLAIMTRACKER_ABSTAIN_BELOW")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

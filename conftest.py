"""Test-run defaults: a throwaway secret key so settings load without a production environment."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key")

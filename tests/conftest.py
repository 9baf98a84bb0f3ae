"""Fixtures every test folder uses: the bundled seeds imported, an editor, an API client; and which
tests are the same on every database backend."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient


@pytest.fixture
def seeded(db):
    out = io.StringIO()
    call_command("import_articles", stdout=out)
    return out.getvalue()


@pytest.fixture
def editor(db, django_user_model):
    from quotes.services import editors_group_ensure

    user = django_user_model.objects.create_user("editor", password="not-a-real-password-42", is_staff=True)
    user.groups.add(editors_group_ensure())
    return user


@pytest.fixture
def api():
    """An anonymous API client."""
    return APIClient()


ENGINE_TESTS = Path(__file__).parent / "extraction"


def pytest_collection_modifyitems(config, items):
    """The engine imports no Django (tests/test_architecture.py holds it to that), so its tests give
    the same answer on every backend: `make test` runs them in the SQLite pass only."""
    for item in items:
        if ENGINE_TESTS in item.path.parents:
            item.add_marker(pytest.mark.backend_independent)

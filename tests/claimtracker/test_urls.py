"""The API's URLs (claimtracker/urls.py): one root lists every endpoint, the schema and its docs, and
property-based fuzzing of the live API from its own OpenAPI schema (bounded in examples): every
generated request must get no server error, and every documented response must match the schema
that says what it looks like.
"""

import re

import pytest
import schemathesis
import schemathesis.config
from django.core.management import call_command
from django.urls import reverse
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

EXAMPLES_PER_OPERATION = 40
# Bounded: random generation only (no exhaustive coverage or stateful phases), so the whole run
# stays within a minute or two of the suite.
CONFIG = schemathesis.config.SchemathesisConfig.from_str(f"""
[phases]
coverage.enabled = false
examples.enabled = false
stateful.enabled = false
[generation]
max-examples = {EXAMPLES_PER_OPERATION}
""")


@pytest.mark.django_db
def test_one_api_root_lists_every_endpoint_and_names_are_namespaced(api):
    from claimtracker.urls import router

    root = api.get("/api/").json()
    assert {"articles", "speakers", "quotes", "claims"} <= set(root) == {prefix for prefix, _, _ in router.registry}
    assert reverse("api:claim-detail", args=[7]) == "/api/claims/7/"
    assert reverse("api:claimreview-feed") == "/api/claimreview.jsonld"


@pytest.mark.django_db
def test_schema_and_docs(api):
    assert api.get("/api/schema/").status_code == 200
    assert api.get("/api/docs/").status_code == 200


@pytest.mark.django_db
def test_the_api_docs_load_nothing_from_another_origin(api, client, seeded):
    page = api.get("/api/docs/")
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    assert "cdn.jsdelivr" not in html and "<script>" not in html.replace(" ", "")
    for response in (page, client.get("/admin/login/")):
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    script = next(s for s in sources if "script" in s)
    assert api.get(script).status_code == 200


@pytest.fixture
def api_schema(db):
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from claimtracker.wsgi import application

    call_command("loaddata", "speakers", "seed", verbosity=0)  # the seeds, so lists are not empty
    # As Django's test client does: requests inside the test's transaction keep its connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
# Generated examples only: the explicit phase would replay every combination of enum values.
@settings(
    max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
    phases=[Phase.generate, Phase.shrink],
)
def test_api_never_errors_and_matches_its_schema(case):
    response = case.call()
    case.validate_response(
        response, checks=(not_a_server_error, content_type_conformance, response_schema_conformance)
    )

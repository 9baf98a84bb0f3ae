"""Fixtures (fixtures/): seed.json equals what the import produces; loaddata gives the same API output,
and a malformed fixture loads nothing."""

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from rest_framework.test import APIClient

from quotes.models import Speaker

pytestmark = pytest.mark.django_db(transaction=True)

SEED_FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "seed.json"
# Times, and the engine's fingerprint (any change to its code makes a new one; the quotes decide).
VOLATILE = {"created_at", "updated_at", "engine"}


def stable(objects):
    for obj in objects:
        obj.pop("pk", None)
        for key in VOLATILE:
            obj["fields"].pop(key, None)
    return objects


def dump():
    out = io.StringIO()
    call_command(
        "dumpdata", "articles.article", "quotes.speaker", "quotes.quote", "quotes.claim",
        natural_foreign=True, natural_primary=True, stdout=out,
    )
    return stable(json.loads(out.getvalue()))


def api_snapshot():
    client = APIClient()
    data = client.get("/api/quotes/", {"page_size": 500}).json()["results"]
    utterances = {}  # ids differ between databases; which quotes share an utterance does not
    for item in data:
        for key in ("id", "created_at", "updated_at"):
            item.pop(key)
        item["utterance"] = utterances.setdefault(item["utterance"], len(utterances))
        if item["speaker"] is not None:  # a quote the engine left for an editor has none
            item["speaker"].pop("id")
        item["article"].pop("id")
    return data


def test_seed_fixture_matches_a_fresh_import():
    call_command("import_articles", stdout=io.StringIO())
    assert dump() == stable(json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))), (
        "fixtures/seed.json is out of date: run `make fixtures`"
    )


def test_loaddata_gives_the_import_output_and_loads_idempotently():
    call_command("import_articles", stdout=io.StringIO())
    imported = api_snapshot()
    call_command("flush", interactive=False, verbosity=0)
    call_command("loaddata", "speakers", "seed", verbosity=0)
    call_command("loaddata", "speakers", "seed", verbosity=0)
    call_command("link_quotes", stdout=io.StringIO())  # lineage is not in the fixture: it is derived
    assert api_snapshot() == imported
    from quotes.models import Quote

    assert Quote.objects.count() == len(imported)


@pytest.mark.parametrize("content, reason", [
    ("[{\"model\": \"quotes.speaker\", \"fields\": {\"name\": \"A\"", "not valid JSON"),
    (json.dumps([
        {"model": "quotes.speaker", "fields": {"slug": "ok-speaker", "name": "Ok", "kind": "person", "aliases": [],
                                               "role": "", "search_names": " ok ", "created_at": "2026-01-01T00:00:00Z",
                                               "updated_at": "2026-01-01T00:00:00Z"}},
        {"model": "quotes.speaker", "fields": {"slug": "broken", "kind": "person"}},
    ]), "partial"),
])
def test_malformed_fixture_fails_and_loads_nothing(tmp_path, content, reason):
    fixture = tmp_path / "bad.json"
    fixture.write_text(content, encoding="utf-8")
    with pytest.raises(Exception) as failure:
        call_command("loaddata", str(fixture), verbosity=0)
    assert "bad.json" in str(failure.value)
    assert not Speaker.objects.filter(slug="ok-speaker").exists()

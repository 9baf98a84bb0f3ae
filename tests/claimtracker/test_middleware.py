"""Request guards (claimtracker/middleware.py): unusable parameters are a 400; PostgreSQL going away
under a running app server gives clean 503s, then recovery with no restart.

For the outage, the app server (gunicorn, production settings) reaches PostgreSQL through a TCP relay that the
test controls. Cutting the relay resets every open connection and refuses new ones, which is what
the app server sees while PostgreSQL restarts; restoring it is PostgreSQL coming back.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from tests.support import Relay, free_port

ROOT = Path(__file__).resolve().parents[2]
needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a database server restart needs a database server (PostgreSQL)"
)


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"q": "a\x00b"}, {"speaker": "kir\x00by"}, {"q": "x" * 5000}])
def test_unusable_parameters_are_400(api, seeded, params):
    response = api.get("/api/quotes/", params)
    assert response.status_code == 400 and "query parameter" in response.json()["detail"]


@pytest.mark.django_db
def test_nul_in_path_or_cookie_is_400(api, seeded):
    assert api.get("/api/speakers/kir%00by/").status_code == 400
    api.cookies["sessionid"] = "abc\x00def"
    assert api.get("/api/quotes/").status_code == 400


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers


@pytest.fixture
def app_server(tmp_path):
    call_command("loaddata", "speakers", "seed", verbosity=0)
    settings = connection.settings_dict
    relay = Relay((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    relay.restore()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{settings['USER']}@127.0.0.1:{relay.port}/{settings['NAME']}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "outage-test-key-" + "x" * 40,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_CONN_MAX_AGE": "600",  # persistent connections: the stale one must be noticed
        "CLAIMTRACKER_THROTTLE_ANON": "off",
    }
    log = tmp_path / "gunicorn.log"
    with open(log, "w") as log_file:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "claimtracker.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    try:
        yield base, relay, server, log
    finally:
        server.terminate()
        server.wait(timeout=30)
        relay.cut()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@needs_postgresql
def test_database_outage_gives_503_and_the_app_server_recovers_by_itself(app_server):
    base, relay, server, log = app_server
    status, body, _ = _get(f"{base}/api/quotes/?page_size=5")
    assert status == 200 and body["count"] > 0
    expected = body

    relay.cut()
    for _ in range(3):
        status, body, headers = _get(f"{base}/api/quotes/?page_size=5")
        assert status == 503, body
        assert "database is unavailable" in body["detail"] and headers["Retry-After"]

    relay.restore()
    status, body, _ = _get(f"{base}/api/quotes/?page_size=5")
    assert status == 200 and body == expected
    assert server.poll() is None, "the app server must not have restarted or died"
    assert "database unavailable: GET /api/quotes/" in log.read_text()

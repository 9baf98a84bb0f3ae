"""Fixtures of the ingestion tests: a local HTTP server of feeds and pages (127.0.0.1 only), and for
the worker tests a Redis of their own, PostgreSQL databases that worker processes share, and real
Celery workers, all started and stopped here."""

import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def page(title: str, speaker: str, words: str) -> bytes:
    """A news page whose article text trafilatura finds: a headline and three paragraphs, one quote."""
    return f"""<!doctype html><html><head><title>{title} | Feed News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>
<p>{speaker} spoke on Monday in the north of the city, after a long year of building work there.</p>
<p>“{words},” said {speaker}.</p>
<p>The council said the work would go on until September, and that the money was already there.</p>
</article><footer>© Feed News</footer></body></html>""".encode()


class Site(http.server.BaseHTTPRequestHandler):
    """Serves `self.server.routes`: path -> (content type, body); an ETag answered with 304 when the
    client sends it back; paths under /slow/ answer after the client gave up."""

    def do_GET(self):
        self.server.requests.append(self.path)
        if self.path.startswith("/slow/"):
            time.sleep(self.server.slow_seconds)
        route = self.server.routes.get(self.path.removeprefix("/slow"))
        if route is None:
            return self._send(404, "text/html", b"not here")
        kind, body = route
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        return self._send(200, kind, body, etag=etag)

    def _send(self, status, kind, body, etag=None):
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def site(settings):
    """A local site; `site.url(path)`, `site.routes`, `site.requests`. Private addresses are allowed
    for the test's fetches, the per-host delay is short and the timeout one second."""
    settings.IMPORT_ALLOW_PRIVATE_URLS = True
    settings.FEED_HOST_DELAY = 0.01
    settings.IMPORT_FETCH_TIMEOUT = 1
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.routes, server.requests, server.slow_seconds = {}, [], 3
    server.url = lambda path: f"http://127.0.0.1:{server.server_address[1]}{path}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


# --- A real broker and real workers -------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of the tests' own on a free loopback port, without persistence."""

    def __init__(self):
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.path.exists(binary):
            pytest.fail("redis-server is not installed (apt-get install redis-server): the worker tests need a real broker")
        self.binary, self.port, self.process = binary, free_port(), None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.1)
        pytest.fail(f"redis-server did not answer on 127.0.0.1:{self.port} within 15 s")

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.kill()


def _admin(base):
    admin = psycopg2.connect(f"{base}/postgres".replace("postgres://", "postgresql://", 1))
    admin.autocommit = True
    return admin


def manage(database_url, *args, broker="", timeout=300, check=True):
    """Run manage.py against another database (and broker): its completed process."""
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1", "CELERY_BROKER_URL": broker}
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=timeout, stdin=subprocess.DEVNULL)
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)}: {result.stderr[-2000:]}")
    return result


class Databases:
    """PostgreSQL databases for worker processes: a migrated template, and copies of it made fast."""

    def __init__(self, base, prefix):
        self.base, self.prefix, self.made = base, prefix, []

    def fresh(self, name) -> str:
        full = f"{self.prefix}_{name}"
        admin = _admin(self.base)
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{full}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{full}" TEMPLATE "{self.prefix}_template"')
        admin.close()
        self.made.append(full)
        return f"{self.base}/{full}"

    def drop_all(self):
        admin = _admin(self.base)
        with admin.cursor() as cursor:
            for name in [*self.made, f"{self.prefix}_template"]:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def worker_databases(django_db_setup):
    """A migrated template database on the test run's PostgreSQL server (workers in other processes
    need a real shared database, which SQLite's test database is not)."""
    server = connection.settings_dict
    base = f"postgres://{server['USER']}@{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}"
    databases = Databases(base, f"{server['NAME']}_celery")
    template = f"{databases.prefix}_template"
    admin = _admin(base)
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{template}"')
    admin.close()
    manage(f"{base}/{template}", "migrate", "-v0")
    # Load the speaker registry once, into the template: every copy starts with it.
    manage(f"{base}/{template}", "shell", "-c", "from quotes.services.speakers import speaker_registry_ensure as e; e()")
    yield databases
    databases.drop_all()


class Worker:
    """A Celery worker process (and its pool) against a database and a broker; killed as a group."""

    def __init__(self, database_url, broker, name, concurrency=1):
        env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1", "CELERY_BROKER_URL": broker,
               # An unacknowledged task of a killed worker comes back after 5 s (an hour in production).
               "CELERY_VISIBILITY_TIMEOUT": "5"}
        self.log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"claimtracker-worker-{name}-{os.getpid()}.log", "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "claimtracker", "worker", "-l", "warning", "-P", "prefork",
             "-c", str(concurrency), "-n", f"{name}@127.0.0.1", "--without-gossip", "--without-mingle",
             "--without-heartbeat"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    def kill(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture
def workers():
    """Start workers with `workers(database_url, broker, name)`; all are killed at the end."""
    started = []

    def start(database_url, broker, name, concurrency=1):
        worker = Worker(database_url, broker, name, concurrency)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.kill()


def run_row(database_url, run_id) -> dict:
    with psycopg2.connect(database_url.replace("postgres://", "postgresql://", 1)) as db, db.cursor() as cursor:
        cursor.execute("SELECT status, total, new, unchanged, updated, failed FROM ingestion_importrun WHERE id = %s",
                       [run_id])
        status, total, new, unchanged, updated, failed = cursor.fetchone()
    return dict(status=status, total=total, new=new, unchanged=unchanged, updated=updated, failed=failed,
                done=new + unchanged + updated + failed)


def wait_for(predicate, *, timeout, what):
    """Poll `predicate` until it is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    pytest.fail(f"{what}: not within {timeout} s")


def snapshot(database_url):
    """The articles of a database, and the spans and texts of their quotes and claims, comparable
    across databases: what was stored, once each. (Who is credited may differ with the order the
    articles came in: each article sees the speakers the ones before it added.)"""
    with psycopg2.connect(database_url.replace("postgres://", "postgresql://", 1)) as db, db.cursor() as cursor:
        cursor.execute("SELECT sha256, title, body, language, source_file FROM articles_article ORDER BY sha256")
        articles = cursor.fetchall()
        rows = {}
        for table in ("quotes_quote", "quotes_claim"):
            cursor.execute(f"SELECT a.sha256, q.start, q.end, q.text FROM {table} q JOIN articles_article a "
                           f"ON a.id = q.article_id ORDER BY 1, 2, 3")
            rows[table] = cursor.fetchall()
    return articles, rows

"""The task queue for real: a Redis of the tests' own, Celery workers in other processes and a
PostgreSQL database they share (SQLite's test database cannot be shared, so these run in the
suite's PostgreSQL run). A queued run imports what an in-process import does; a worker killed
mid-run, Redis restarted without its data, or the database gone for a while and back leaves
nothing lost and nothing twice."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection

from tests.ingestion.conftest import ROOT, manage, run_row, snapshot, wait_for
from tests.support import Relay

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="workers share a PostgreSQL database (the suite's PostgreSQL run)"),
]
# The seeds and a fixed part of the project's own articles: enough for a run to outlast a fault,
# and not a set that grows (and slows these runs) whenever articles are added for the engine.
OWN_SAMPLE = 82
TEXTS = [
    *sorted(Path(settings.SEED_TEXTS_DIR).glob("*.txt")),
    *sorted(p for p in (ROOT / "tests" / "data" / "own").glob("*.txt") if int(p.name.split("_")[0]) <= OWN_SAMPLE),
]
TIMEOUT = 240  # seconds for a run to finish: far more than it takes, so a stuck run fails instead of hanging


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("texts")
    for text in TEXTS:
        (folder / text.name).write_bytes(text.read_bytes())
    return folder


@pytest.fixture(scope="module")
def clean(worker_databases, texts):
    """What an in-process import of the texts stores."""
    database = worker_databases.fresh("clean")
    manage(database, "import_articles", str(texts))
    return snapshot(database)


def enqueue(database, broker, texts):
    """Queue the texts (import_articles --queue): the run's id."""
    out = manage(database, "import_articles", "--queue", str(texts), broker=broker).stdout
    return int(re.search(r"run (\d+): (\d+) files queued", out).group(1))


def finished(database, run_id):
    row = run_row(database, run_id)
    return row if row["status"] != "running" else None


def assert_complete(database, run_id, clean):
    row = wait_for(lambda: finished(database, run_id), timeout=TIMEOUT, what=f"run {run_id} finished")
    assert row == dict(status="done", total=len(TEXTS), new=len(TEXTS), unchanged=0, updated=0, failed=0,
                       done=len(TEXTS))
    articles, rows = snapshot(database)
    assert articles == clean[0]  # every article, once
    for table, stored in rows.items():
        assert len(stored) == len(set(stored)), f"a row of {table} stored twice"
        if table == "quotes_claim":
            # Whether an article has a claim at all depends on the speakers known when it is read
            # ("Weber said that …" needs Weber's name from an earlier article), so on the order the
            # workers take the files; a lost article shows in its quotes.
            continue
        # Every article the in-process import gave quotes has them (which ones may differ a little:
        # each article sees the speakers the ones imported before it added, in whatever order).
        assert {row[0] for row in stored} == {row[0] for row in clean[1][table]}, table


def test_two_workers_import_a_queued_run_as_an_in_process_import_does(worker_databases, redis_server, workers, texts,
                                                                       clean):
    database = worker_databases.fresh("two")
    workers(database, redis_server.url, "one")
    workers(database, redis_server.url, "two")
    result = manage(database, "import_articles", "--queue", "--wait", str(texts), broker=redis_server.url,
                    timeout=TIMEOUT)
    assert f"{len(TEXTS)} files imported ({len(TEXTS)} new, 0 updated, 0 unchanged), 0 failed" in result.stdout
    run_id = int(re.search(r"run (\d+):", result.stdout).group(1))
    assert_complete(database, run_id, clean)


def test_a_worker_killed_mid_run_and_started_again_loses_nothing_and_stores_nothing_twice(
        worker_databases, redis_server, workers, texts, clean):
    database = worker_databases.fresh("killed")
    first = workers(database, redis_server.url, "doomed")
    run_id = enqueue(database, redis_server.url, texts)
    wait_for(lambda: run_row(database, run_id)["done"] >= 10, timeout=TIMEOUT, what="the first batch imported")
    first.kill()  # SIGKILL to the worker and its pool, mid-run: its unacknowledged task stays in Redis
    assert run_row(database, run_id)["status"] == "running"
    workers(database, redis_server.url, "again")  # takes the killed worker's task back after the visibility timeout
    assert_complete(database, run_id, clean)


def test_a_pool_process_killed_mid_task_gives_its_task_back(worker_databases, redis_server, workers, texts, clean):
    database = worker_databases.fresh("pool")
    worker = workers(database, redis_server.url, "pool")
    run_id = enqueue(database, redis_server.url, texts)
    wait_for(lambda: run_row(database, run_id)["done"] >= 10, timeout=TIMEOUT, what="the first batch imported")
    children = subprocess.run(["pgrep", "-P", str(worker.process.pid)], capture_output=True, text=True).stdout.split()
    assert children, "the worker has a pool process"
    for child in children:
        os.kill(int(child), signal.SIGKILL)  # the task it ran is rejected back to the queue (worker lost)
    assert_complete(database, run_id, clean)


def test_redis_restarted_empty_mid_run_then_resumed_loses_nothing(worker_databases, redis_server, workers, texts, clean):
    database = worker_databases.fresh("redis")
    workers(database, redis_server.url, "steady")
    run_id = enqueue(database, redis_server.url, texts)
    wait_for(lambda: run_row(database, run_id)["done"] >= 10, timeout=TIMEOUT, what="the first batch imported")
    redis_server.kill()  # every queued task is lost with it (no persistence)
    redis_server.start()
    out = manage(database, "resume_imports", str(run_id), broker=redis_server.url).stdout
    assert re.search(rf"run {run_id}: \d+ items queued again", out)
    assert_complete(database, run_id, clean)


def test_the_database_gone_mid_run_and_back_loses_nothing_and_stores_nothing_twice(
        worker_databases, redis_server, workers, texts, clean):
    """The worker reaches PostgreSQL through a relay that is cut for a while mid-run (every
    connection dropped, new ones refused, as in a restart); its tasks retry until it is back."""
    database = worker_databases.fresh("outage")
    parts = urlsplit(database)
    relay = Relay((parts.hostname, parts.port or 5432))
    relay.restore()
    through_relay = database.replace(f"{parts.hostname}:{parts.port or 5432}", f"127.0.0.1:{relay.port}", 1)
    workers(through_relay, redis_server.url, "outage")
    run_id = enqueue(database, redis_server.url, texts)
    wait_for(lambda: run_row(database, run_id)["done"] >= 10, timeout=TIMEOUT, what="the first batch imported")
    relay.cut()
    time.sleep(4)
    relay.restore()
    try:
        assert_complete(database, run_id, clean)
    finally:
        relay.cut()

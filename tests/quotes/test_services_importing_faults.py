"""The import under faults: hostile input, interrupted imports, parallel workers; clear errors and
nothing half-written."""

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from articles.models import Article
from quotes.models import Quote


GOOD = "Mayor Anna Berg opened the school.\n\n“We built this school in one single year,” she said.\n"


def import_quietly(*paths):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err)
        failed = False
    except CommandError:
        failed = True
    return failed, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_mixed_encodings_bom_and_crlf(tmp_path):
    (tmp_path / "mixed.txt").write_bytes("Zürich “quote”".encode("utf-8") + " café".encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    failed, out, err = import_quietly(tmp_path)
    assert failed and "mixed.txt: not valid UTF-8" in err and "Traceback" not in err
    article = Article.objects.get(source_file="bom.txt")
    assert "\r" not in article.body and article.quotes.count() == 1


@pytest.mark.django_db
def test_large_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    failed, _, err = import_quietly(big)
    assert failed and "over the import limit" in err and Article.objects.count() == 0


@pytest.mark.django_db
def test_ten_thousand_unbalanced_marks_import_with_valid_offsets(tmp_path):
    noisy = tmp_path / "noisy.txt"
    noisy.write_text(GOOD + ("He said “ yes and ‘ no ” „ « » ' " * 1000) + "\n", encoding="utf-8")
    failed, _, err = import_quietly(noisy)
    assert not failed, err
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start:quote.end] == quote.text


@pytest.mark.django_db
def test_symlink_loop_and_vanishing_path(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    gone = tmp_path / "gone.txt"
    gone.write_text(GOOD, encoding="utf-8")
    from quotes.services import importing

    real_read = importing.text_file_read

    def vanish_then_read(path):
        if path.name == "gone.txt":
            path.unlink()  # the file disappears between listing and reading
        return real_read(path)

    importing.text_file_read = vanish_then_read
    try:
        failed, _, err = import_quietly(tmp_path)
    finally:
        importing.text_file_read = real_read
    assert failed and "Traceback" not in err
    assert "loop.txt" in err and "gone.txt: no such file" in err
    assert Article.objects.count() == 0


def _run_import(db_url, *args, **popen):
    env = {**os.environ, "DATABASE_URL": db_url, "DJANGO_DEBUG": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen,
    )


def _snapshot(db_url):
    env = {**os.environ, "DATABASE_URL": db_url, "DJANGO_DEBUG": "1"}
    dump = subprocess.run(
        [sys.executable, "manage.py", "dumpdata", "articles.article", "quotes.speaker", "quotes.quote", "quotes.claim",
         "--natural-foreign", "--natural-primary"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True,
    ).stdout
    objects = json.loads(dump)
    for obj in objects:
        for key in ("created_at", "updated_at"):
            obj["fields"].pop(key, None)
    return sorted(objects, key=lambda o: json.dumps(o, sort_keys=True))


@pytest.mark.slow
@pytest.mark.backend_independent  # its databases are SQLite files of its own
def test_import_killed_at_random_points_then_rerun_equals_a_clean_run(tmp_path):
    """SIGKILL mid-import leaves only whole articles (one transaction each); a re-run completes
    the rest, and the database ends identical to an uninterrupted import."""
    files = tmp_path / "texts"
    files.mkdir()
    for seed in sorted(Path(settings.SEED_TEXTS_DIR).glob("*.txt")):
        (files / seed.name).write_bytes(seed.read_bytes())
    clean = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    killed = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    for url in (clean, killed):
        assert _run_import(url, "migrate", "-v0").wait(timeout=120) == 0
    assert _run_import(clean, "import_articles", str(files)).wait(timeout=300) == 0
    rng = random.Random(20261123)
    for _ in range(3):
        process = _run_import(killed, "import_articles", str(files))
        time.sleep(rng.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert _run_import(killed, "import_articles", str(files)).wait(timeout=300) == 0
    assert _snapshot(killed) == _snapshot(clean)


@pytest.mark.slow
@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel import needs PostgreSQL (see the next test)")
def test_parallel_import_stores_the_same_articles_and_quotes(tmp_path):
    files = tmp_path / "texts"
    files.mkdir()
    own = [p for p in (Path(__file__).parents[1] / "data" / "own").glob("*.txt") if int(p.name.split("_")[0]) <= 82]
    for text in [*Path(settings.SEED_TEXTS_DIR).glob("*.txt"), *own]:  # (a fixed sample, as the worker tests)
        (files / text.name).write_bytes(text.read_bytes())
    server = connection.settings_dict
    base = f"postgres://{server['USER']}@{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}"
    names = [f"{server['NAME']}_workers_{n}" for n in (1, 2)]
    admin = psycopg2.connect(f"{base}/postgres".replace("postgres://", "postgresql://", 1))
    admin.autocommit = True
    try:
        for name in names:
            with admin.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                cursor.execute(f'CREATE DATABASE "{name}"')
            assert _run_import(f"{base}/{name}", "migrate", "-v0").wait(timeout=120) == 0
        one, two = (f"{base}/{name}" for name in names)
        assert _run_import(one, "import_articles", str(files)).wait(timeout=300) == 0
        assert _run_import(two, "import_articles", str(files), "--workers", "2").wait(timeout=300) == 0
        # The same articles and the same cued quotes, offsets and words. (Who a quote is credited to
        # may differ across batches: each worker's registry learns the new speakers of its own
        # batches; so may whether a span with no cue at all is a quote, which it is only when the
        # model is sure enough of a speaker the registry may or may not know yet.)
        def spans(snapshot):
            return sorted(
                (obj["fields"]["article"], obj["fields"]["start"], obj["fields"]["end"], obj["fields"]["text"])
                for obj in snapshot if obj["model"] == "quotes.quote" and obj["fields"]["cue"]
            )

        first, second = _snapshot(one), _snapshot(two)
        assert [o for o in second if o["model"] == "articles.article"] == [o for o in first if o["model"] == "articles.article"]
        assert spans(second) == spans(first) and len(spans(first)) > 500
    finally:
        with admin.cursor() as cursor:
            for name in names:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite's answer to --workers")
def test_parallel_import_on_sqlite_is_a_clear_error(db):
    with pytest.raises(CommandError, match=r"--workers 2 needs PostgreSQL"):
        call_command("import_articles", "--workers", "2", stdout=io.StringIO(), stderr=io.StringIO())

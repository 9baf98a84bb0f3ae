"""Quote lineage at newsroom scale: linking new quotes into a database of a million, and the
utterance lists against the floor.

Run: python bench/lineage.py --quotes 1000000 [--new 10000] [--reuse]      (figures in bench/RESULTS.md)

1. Builds the bench database (bench/datagen.py) unless --reuse, and gives every stored quote its
   utterance and fingerprints in bulk (COPY; generated quotes share no statement, so each is its
   own utterance), as if every one had been linked when it was imported.
2. Writes --new quotes in new articles: copies, excerpts, one-word alterations and
   misattributions of stored quotes, and fresh statements; links them through the service
   (lineage.services.quotes_link), timed: seconds in all and quotes/s, and how they were classified.
3. Serves the API and the floor (bench/floor.py, hand-written SQL) with gunicorn: p50/p95 of the
   utterance lists and of the quote lists filtered on the alarms, and the API / floor ratio (each
   request sent to both in turn, so that a noisy machine slows both alike).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

import psycopg2

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from api import measure_pair  # noqa: E402
from datagen import COLUMNS, NOW, _copy, build  # noqa: E402
from server import gunicorn, production_env  # noqa: E402

from lineage.matching import MIN_WORDS, fingerprints, words, words_key  # noqa: E402

LINEAGE_COLUMNS = {
    "lineage_utterance": "id, language, text, speaker_id, first_quote_id, first_seen, appearance_count, altered_count, "
                         "conflicting, created_at, updated_at",
    "lineage_appearance": "quote_id, utterance_id, status, shared, diff, conflicting, pinned, words",
    "lineage_fingerprint": "utterance_id, language, value",
}


def backfill(database_url: str, batch: int = 50_000) -> dict:
    """Every stored quote its own utterance, first appearance and fingerprints (COPY)."""
    began = time.perf_counter()
    reader = psycopg2.connect(database_url)
    writer = psycopg2.connect(database_url)
    counts = {"utterances": 0, "fingerprints": 0}
    with reader.cursor(name="quotes") as quotes, writer, writer.cursor() as cursor:
        cursor.execute("TRUNCATE lineage_fingerprint, lineage_appearance, lineage_utterance")
        cursor.execute("DROP INDEX IF EXISTS fingerprint_lookup")
        quotes.itersize = batch
        quotes.execute("SELECT id, language, text, speaker_id, published FROM quotes_quote ORDER BY id")
        pending = {table: [] for table in LINEAGE_COLUMNS}
        for pk, language, text, speaker, published in quotes:
            tokens = words(text)
            pending["lineage_utterance"].append(
                (pk, language, text, speaker or "", pk, published or "", 1, 0, False, NOW, NOW)
            )
            pending["lineage_appearance"].append((pk, pk, "first", 1.0, "[]", False, False, words_key(text)))
            if len(tokens) >= MIN_WORDS:
                for value in fingerprints(tokens):
                    pending["lineage_fingerprint"].append((pk, language, value))
            counts["utterances"] += 1
            if len(pending["lineage_utterance"]) >= batch:
                counts["fingerprints"] += _flush(cursor, pending)
        counts["fingerprints"] += _flush(cursor, pending)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check the foreign keys now, before indexing
        cursor.execute('CREATE INDEX fingerprint_lookup ON lineage_fingerprint ("language", "value")')
        cursor.execute("SELECT setval(pg_get_serial_sequence('lineage_utterance', 'id'), (SELECT max(id) FROM lineage_utterance))")
    reader.close()
    writer.autocommit = True
    with writer.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE lineage_utterance, lineage_appearance, lineage_fingerprint")
    writer.close()
    return {**counts, "seconds": round(time.perf_counter() - began, 1)}


def _flush(cursor, pending) -> int:
    fingerprints_written = len(pending["lineage_fingerprint"])
    for table, rows in pending.items():
        if rows:
            _copy_nullable(cursor, table, LINEAGE_COLUMNS[table], rows, ("speaker_id", "first_seen"))
            rows.clear()
    return fingerprints_written


def _copy_nullable(cursor, table: str, columns: str, rows, nullable: tuple[str, ...]):
    """COPY rows into `table`, an empty string being NULL in the `nullable` columns (keys, dates)."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    buffer.seek(0)
    present = [column for column in nullable if column in columns]
    force_null = f", FORCE_NULL ({', '.join(present)})" if present else ""
    cursor.copy_expert(f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv{force_null})", buffer)


def new_quotes(database_url: str, count: int, seed: int = 11) -> list[int]:
    """`count` quotes in new articles, half of them variants of stored quotes; returns their ids."""
    rng = random.Random(seed)
    with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM quotes_quote")
        top = cursor.fetchone()[0]
        cursor.execute(
            "SELECT id, text, language, speaker_id FROM quotes_quote WHERE id = ANY(%s)",
            [[rng.randint(1, top) for _ in range(count)]],
        )
        sources = [row for row in cursor.fetchall() if len(row[1].split()) >= 10]
        cursor.execute("SELECT id FROM quotes_speaker ORDER BY random() LIMIT 200")
        others = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT max(id) FROM articles_article")
        article_id = cursor.fetchone()[0]
        articles, quotes = [], []
        for number in range(count):
            pk, text, language, speaker = sources[number % len(sources)]
            kind = rng.choice(["same", "excerpt", "altered", "misattributed", "fresh", "fresh"])
            split = text.split()
            if kind == "excerpt":
                start = rng.randint(1, len(split) // 3)
                text = " ".join(split[start:start + max(MIN_WORDS + 2, len(split) // 2)])
            elif kind == "altered":
                at = rng.randrange(len(split))
                text = " ".join(split[:at] + ["altered" + split[at]] + split[at + 1:])
            elif kind == "misattributed":
                speaker = rng.choice(others)
            elif kind == "fresh":
                rng.shuffle(split)
                text = " ".join(split)
            article_id += 1
            body = f"“{text}” said someone.\n"
            articles.append((article_id, "Bench", body, language, "2026-06-01", "day", "Bench", f"bench-{article_id}.txt",
                             f"{article_id:064x}", "[]", "", NOW, NOW))
            quotes.append((top + number + 1, article_id, speaker or "", text, 1, 1 + len(text),
                           "full" if len(text.split()) >= 8 else "partial", "explicit", "said", 0.9, language,
                           "2026-06-01", "extracted", False, NOW, NOW))
        _copy(cursor, "articles_article", articles)
        _copy_nullable(cursor, "quotes_quote", COLUMNS["quotes_quote"], quotes, ("speaker_id", "published"))
        for table in ("articles_article", "quotes_quote"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    return [row[0] for row in quotes]


def link(database_url: str, ids: list[int]) -> dict:
    """Link the new quotes through the service, in this process; seconds and what they became."""
    os.environ.update({k: v for k, v in production_env(database_url).items() if k.startswith(("DATABASE", "DJANGO"))})
    os.environ["DJANGO_SETTINGS_MODULE"] = "claimtracker.settings"
    import django

    django.setup()
    from django.db.models import Count

    from lineage.models import Appearance
    from lineage.services import quotes_link
    from quotes.models import Quote

    quotes = list(Quote.objects.filter(pk__in=ids))
    began = time.perf_counter()
    linked = quotes_link(quotes=quotes)
    seconds = time.perf_counter() - began
    statuses = dict(Appearance.objects.filter(quote_id__in=ids).values_list("status").annotate(n=Count("*")))
    conflicting = Appearance.objects.filter(quote_id__in=ids, conflicting=True).count()
    return {"linked": linked, "seconds": round(seconds, 1), "quotes_per_second": round(linked / seconds),
            "statuses": statuses, "conflicting": conflicting}


def endpoints(database_url, rng):
    with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT slug FROM quotes_speaker ORDER BY id LIMIT 100")
        speakers = [row[0] for row in cursor.fetchall()]
    languages = ["en", "nl", "it", "sq", "de", "fr", "es"]
    return {
        "utterances, most quoted": ("/api/utterances/", lambda: {}),
        "utterances conflicting": ("/api/utterances/", lambda: {"conflicting": "true"}),
        "utterances by speaker": ("/api/utterances/", lambda: {"speaker": rng.choice(speakers)}),
        "utterances by language + first_seen_after": (
            "/api/utterances/", lambda: {"language": rng.choice(languages), "first_seen_after": f"20{rng.randint(16, 25)}-01"}),
        "utterances appearances_min 2": ("/api/utterances/", lambda: {"appearances_min": 2}),
        "quotes altered": ("/api/quotes/", lambda: {"altered": "true"}),
        "quotes conflicting": ("/api/quotes/", lambda: {"conflicting": "true"}),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="Keep the database (and its lineage) a previous run built.")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/claimtracker_lineage")
    arguments = parser.parse_args()
    database_url = arguments.database_url
    if not arguments.reuse:
        print("build:", build(database_url, quotes=arguments.quotes), flush=True)
        print("lineage backfill:", backfill(database_url), flush=True)
    ids = new_quotes(database_url, arguments.new)
    print(f"link {len(ids)} new quotes:", link(database_url, ids), flush=True)
    connection = psycopg2.connect(database_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()
    rng = random.Random(5)
    cases = endpoints(database_url, rng)
    with gunicorn(database_url, workers=arguments.workers) as api, \
            gunicorn(database_url, workers=arguments.workers, app="bench.floor:application") as floor:
        print(f"{'list':45} {'API p50':>8} {'p95':>8} {'floor p50':>10} {'p95':>8} {'ratio':>6}")
        for name, (path, params_for) in cases.items():
            got, base = measure_pair(api, floor, path, params_for, arguments.requests, seed=3)
            print(f"{name:45} {got['p50']:8.1f} {got['p95']:8.1f} {base['p50']:10.1f} {base['p95']:8.1f} "
                  f"{got['p50'] / base['p50']:6.2f}", flush=True)


if __name__ == "__main__":
    main()

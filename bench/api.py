"""The API at newsroom scale, against the floor; and the import's speed and memory.

Run: python bench/api.py --quotes 1000000      (smaller sizes accepted; figures in bench/RESULTS.md)

1. Builds a PostgreSQL database of N quotes in bulk (bench/datagen.py: N/5 articles, N/50 speakers,
   N/10 claims, Zipf-skewed speakers), unless --reuse.
2. Serves the API with gunicorn (production settings) and the floor (bench/floor.py: hand-written
   SQL, psycopg2, json) with the same gunicorn; this process is the load generator.
3. For each list: p50/p95 latency and requests/s, one client at a time, over varied parameters;
   the API / floor ratio of the medians.
4. SQL queries per request at page sizes 10, 50 and 200 (Django's query capture, in process).
5. import_articles --workers 2 on generated article files: articles/s and peak memory (the largest
   process: RUSAGE_CHILDREN reports the maximum RSS of one process, not the sum); last, the largest
   batch again, into a registry that already has 20,000 speakers.
"""

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg2

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from datagen import Generator, build, create_database, load_speakers  # noqa: E402
from server import gunicorn, production_env  # noqa: E402


def endpoints(database_url, rng):
    """Each measured list, with a parameter generator drawing realistic values from the data."""
    with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT slug, split_part(name, ' ', 2) FROM quotes_speaker ORDER BY id LIMIT 500")
        speakers = cursor.fetchall()  # ids follow popularity: the first are quoted most
        cursor.execute("SELECT count(*) FROM quotes_quote")
        quotes = cursor.fetchone()[0]
    words = ["kalo", "mira", "nevato", "sidero", "bako", "lima", "tiro", "vasi"]
    deep_page = max(2, min(quotes // 50 // 2, 200))
    return {
        "quotes by speaker": ("/api/quotes/", lambda: {"speaker": rng.choice(speakers[:100])[0]}),
        "quotes by speaker_name (alias)": ("/api/quotes/", lambda: {"speaker_name": rng.choice(speakers[:300])[1]}),
        "quotes by q (full text)": ("/api/quotes/", lambda: {"q": rng.choice(words)}),
        "quotes by language + published_after": (
            "/api/quotes/", lambda: {"language": rng.choice(["en", "nl", "it", "sq", "de", "fr", "es"]),
                                     "published_after": f"20{rng.randint(16, 24)}-{rng.randint(1, 12):02d}"}),
        f"quotes, deep page (~{deep_page})": ("/api/quotes/", lambda: {"page": rng.randint(deep_page // 2, deep_page)}),
        "speakers with counts": ("/api/speakers/", lambda: {}),
        "claims by verdict": ("/api/claims/", lambda: {"verdict": rng.choice(["true", "false", "mixed", "unrated"])}),
    }


def timed_get(host, path):
    began = time.perf_counter()
    connection = http.client.HTTPConnection(host, timeout=60)
    connection.request("GET", path, headers={"Accept": "application/json"})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:200]!r}")
    return time.perf_counter() - began


def measure(base, path, params_for, requests, seed):
    rng_state = random.getstate()
    random.seed(seed)
    host = urlsplit(base).netloc
    paths = [f"{path}?{urlencode(params_for())}" for _ in range(requests)]
    random.setstate(rng_state)
    for warm in paths[:5]:
        timed_get(host, warm)
    began = time.perf_counter()
    times = sorted(timed_get(host, p) for p in paths)
    elapsed = time.perf_counter() - began
    return {"p50": times[len(times) // 2] * 1000, "p95": times[int(len(times) * 0.95)] * 1000,
            "rps": len(times) / elapsed}


def measure_pair(api, floor, path, params_for, requests, seed):
    """As `measure`, for the API and its floor at once: each request of the same list sent to both,
    in turn (which goes first alternating), so that both see the same moments of a noisy machine and
    the ratio of their medians compares like with like. Returns (API figures, floor figures)."""
    rng_state = random.getstate()
    random.seed(seed)
    paths = [f"{path}?{urlencode(params_for())}" for _ in range(requests)]
    random.setstate(rng_state)
    hosts = [urlsplit(api).netloc, urlsplit(floor).netloc]
    for warm in paths[:5]:
        for host in hosts:
            timed_get(host, warm)
    times = [[], []]
    for number, p in enumerate(paths):
        for side in (0, 1) if number % 2 else (1, 0):
            times[side].append(timed_get(hosts[side], p))
    return tuple({"p50": sorted(t)[len(t) // 2] * 1000, "p95": sorted(t)[int(len(t) * 0.95)] * 1000} for t in times)


def query_counts(database_url, cases):
    env = production_env(database_url)
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "DJANGO_SECRET_KEY", "DJANGO_SECURE_SSL_REDIRECT",
                                          "CLAIMTRACKER_THROTTLE_ANON", "CLAIMTRACKER_THROTTLE_USER")})
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, counts = Client(), {}
    for name, (path, params_for) in cases.items():
        per_size = []
        for size in (10, 50, 200):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path, {**params_for(), "page_size": size})
            assert response.status_code == 200, response.content[:200]
            per_size.append(len(captured.captured_queries))
        counts[name] = per_size
    return counts


def import_run(articles: int, seed: int = 7, workers: int = 2, registry: int = 0):
    """import_articles on `articles` generated files into a fresh database, whose registry already
    has `registry` speakers (a desk's years of work) if asked: (articles/s, peak MB of the largest
    process)."""
    database_url = "postgres://postgres@127.0.0.1:5432/claimtracker_import"
    create_database(database_url)
    if registry:
        with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
            load_speakers(cursor, Generator(registry * 50, seed + 1))
    generator = Generator(articles * 5, seed)
    with tempfile.TemporaryDirectory() as folder:
        written = 0
        for kind, row in generator.rows():
            if kind == "article":
                published, body = row[4], row[2]
                Path(folder, row[7]).write_text(f" date {published or '2020-01-01'} {body}", encoding="utf-8")
                written += 1
        env = {**production_env(database_url)}
        began = time.perf_counter()
        # The import runs under a wrapper process whose children are the import alone: this
        # process's own children (gunicorn, the build) must not count in the import's peak.
        result = subprocess.run([sys.executable, "-c", _PEAK_OF_CHILD, sys.executable, "manage.py", "import_articles",
                                 folder, "--workers", str(workers)], cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    *output, peak = result.stdout.strip().splitlines()
    return written / elapsed, int(peak) / 1024, output[-1]


# Runs argv[1:] and prints, last, the peak resident memory (KB) of its largest process.
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True); sys.exit(code)"
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="Requests per list.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--import-articles", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--import-workers", type=int, default=2, help="import_articles --workers.")
    parser.add_argument("--import-registry", type=int, default=20_000,
                        help="Speakers already in the registry for the last import run (0: skip that run).")
    parser.add_argument("--reuse", action="store_true", help="Keep the database a previous run built.")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/claimtracker_bench")
    args = parser.parse_args()

    if not args.reuse:
        print(f"building {args.quotes} quotes ...", flush=True)
        print("built:", build(args.database_url, quotes=args.quotes), flush=True)
    cases = endpoints(args.database_url, random.Random(1))

    print(f"\n{'list':40} {'API p50':>8} {'p95':>7} {'req/s':>6} | {'floor p50':>9} {'p95':>6} | API/floor")
    with gunicorn(args.database_url, workers=args.workers) as api, \
            gunicorn(args.database_url, workers=args.workers, app="bench.floor:application") as floor:
        for index, (name, (path, params_for)) in enumerate(cases.items()):
            a = measure(api, path, params_for, args.requests, seed=index)
            f = measure(floor, path, params_for, args.requests, seed=index)
            print(f"{name:40} {a['p50']:6.1f}ms {a['p95']:5.1f}ms {a['rps']:6.0f} | {f['p50']:7.1f}ms "
                  f"{f['p95']:4.1f}ms | {a['p50'] / f['p50']:5.2f}", flush=True)

    print("\nSQL queries per request at page sizes 10 / 50 / 200:")
    for name, counts in query_counts(args.database_url, cases).items():
        print(f"  {name:40} {' / '.join(map(str, counts))}")

    runs = [(articles, 0) for articles in args.import_articles]
    if args.import_articles and args.import_registry:
        runs.append((max(args.import_articles), args.import_registry))
    for articles, registry in runs:
        rate, peak, summary = import_run(articles, workers=args.import_workers, registry=registry)
        into = f" into a registry of {registry} speakers" if registry else ""
        print(f"\nimport_articles --workers {args.import_workers}, {articles} generated articles{into}: "
              f"{rate:.0f} articles/s, peak memory {peak:.0f} MB")
        print(f"  {summary}")


if __name__ == "__main__":
    main()

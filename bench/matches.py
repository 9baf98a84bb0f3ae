"""Matching a claim against fact-checks published elsewhere: p50/p95 of reviews_matching over
100,000 published reviews on PostgreSQL (the trigram index of migration 0012).

Run: python bench/matches.py [--reviews 100000] [--claims 200]   (prints figures; no assertions)
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = "claimtracker_bench_matches"
ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def words(rng, vocabulary, n):
    return " ".join(rng.choice(vocabulary) for _ in range(n))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=200)
    args = parser.parse_args()
    admin = psycopg2.connect(ADMIN_URL)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        cursor.execute(f"CREATE DATABASE {DATABASE}")
    os.environ.update(DATABASE_URL=ADMIN_URL.rsplit("/", 1)[0] + f"/{DATABASE}", DJANGO_DEBUG="1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from quotes.claimreview_import import reviews_matching
    from quotes.models import Claim, PublishedReview

    rng = random.Random(7)
    vocabulary = [f"{rng.choice('bcdfghklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrst')}{n}" for n in range(20_000)]
    started = time.perf_counter()
    batch = []
    for n in range(args.reviews):
        batch.append(PublishedReview(url=f"https://check.example.org/{n}", claim_text=words(rng, vocabulary, rng.randint(8, 25)),
                                     rating="False", publisher="Bench Checkers"))
        if len(batch) == 5000:
            PublishedReview.objects.bulk_create(batch)
            batch = []
    PublishedReview.objects.bulk_create(batch)
    with django.db.connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_publishedreview")
    print(f"{args.reviews} published reviews loaded in {time.perf_counter() - started:.0f} s")
    texts = list(PublishedReview.objects.order_by("?").values_list("claim_text", flat=True)[: args.claims // 2])
    texts += [words(rng, vocabulary, rng.randint(8, 25)) for _ in range(args.claims - len(texts))]  # no match
    timings, found = [], 0
    for text in texts:
        claim = Claim(text=text)
        began = time.perf_counter()
        found += bool(reviews_matching(claim))
        timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"matching {len(texts)} claims (half of them reviewed): p50 {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, {found} found their review")
    django.db.connections.close_all()
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE}")


if __name__ == "__main__":
    main()

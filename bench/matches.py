"""Matching a claim against fact-checks published elsewhere: p50/p95 of reviews_matching over
100,000 published reviews on PostgreSQL, and how many reviewed and reworded claims find their review.

Run: python bench/matches.py [--reviews 100000] [--claims 200] [--vocabulary uniform|zipf] [--keep]
(prints figures; no assertions). --vocabulary uniform (the default, the first figures): words drawn
evenly from 20,000 generated words. --vocabulary zipf: as in real text, a few words are everywhere
(English function words first, then the same generated words) with Zipf frequencies (rank r drawn
with weight 1/r). --keep leaves the bench database for the next run (built again only if its shape
differs).
"""

import argparse
import os
import random
import statistics
import sys
import time
from bisect import bisect
from itertools import accumulate
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = "claimtracker_bench_matches"
ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
COMMON = ("the of and to in a is that for it was on with as be by at this are from has have not an or "
          "were but had they their his her more than said been will would who which all its million per "
          "cent percent year years new people government state country over after only two first also "
          "there about out up no can when one any most under what last says our into some three time")


class Words:
    """Texts of generated words: evenly drawn, or with Zipf frequencies behind common words."""

    def __init__(self, rng, kind):
        self.rng = rng
        generated = [f"{rng.choice('bcdfghklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrst')}{n}"
                     for n in range(20_000)]
        self.vocabulary = (COMMON.split() + generated) if kind == "zipf" else generated
        self.weights = None  # evenly
        if kind == "zipf":
            self.weights = list(accumulate(1 / rank for rank in range(1, len(self.vocabulary) + 1)))

    def word(self):
        if self.weights is None:
            return self.rng.choice(self.vocabulary)
        return self.vocabulary[bisect(self.weights, self.rng.random() * self.weights[-1])]

    def text(self, n):
        return " ".join(self.word() for _ in range(n))

    def reworded(self, text):
        """The same claim in other words: two or three words changed, two words swapped."""
        words = text.split()
        for _ in range(self.rng.choice((2, 3))):
            words[self.rng.randrange(len(words))] = self.word()
        i = self.rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)


def percentiles(timings):
    timings = sorted(timings)
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=200)
    parser.add_argument("--vocabulary", choices=("uniform", "zipf"), default="uniform")
    parser.add_argument("--keep", action="store_true", help="keep the bench database (reused if of the same shape)")
    args = parser.parse_args()
    shape = f"{args.reviews} {args.vocabulary}"
    database = DATABASE if args.vocabulary == "uniform" else f"{DATABASE}_{args.vocabulary}"
    admin = psycopg2.connect(ADMIN_URL)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [database])
        row = cursor.fetchone()
        reuse = args.keep and row is not None and row[0] == shape
        if not reuse:
            cursor.execute(f"DROP DATABASE IF EXISTS {database}")
            cursor.execute(f"CREATE DATABASE {database}")
    os.environ.update(DATABASE_URL=ADMIN_URL.rsplit("/", 1)[0] + f"/{database}", DJANGO_DEBUG="1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from quotes.claimreview_import import reviews_matching
    from quotes.models import Claim, PublishedReview

    rng = random.Random(7)
    words = Words(rng, args.vocabulary)
    started = time.perf_counter()
    texts = [words.text(rng.randint(8, 25)) for _ in range(args.reviews)]
    if not reuse:
        for start in range(0, args.reviews, 5000):
            PublishedReview.objects.bulk_create(
                PublishedReview(url=f"https://check.example.org/{n}", claim_text=texts[n], rating="False",
                                publisher="Bench Checkers")
                for n in range(start, min(start + 5000, args.reviews))
            )
        with django.db.connection.cursor() as cursor:
            cursor.execute("ANALYZE quotes_publishedreview")
            cursor.execute(f"COMMENT ON DATABASE {database} IS %s", [shape])
        print(f"{args.reviews} published reviews ({args.vocabulary} vocabulary) loaded in "
              f"{time.perf_counter() - started:.0f} s")
    else:
        print(f"{args.reviews} published reviews ({args.vocabulary} vocabulary) kept from the last run")
    urls = dict(PublishedReview.objects.values_list("claim_text", "url"))
    reviewed = rng.sample(texts, args.claims // 2)
    claims = reviewed + [words.text(rng.randint(8, 25)) for _ in range(args.claims - len(reviewed))]  # no match
    reworded = [(words.reworded(text), urls[text]) for text in rng.sample(texts, args.claims // 2)]
    timings, found = [], 0
    for text in claims:
        claim = Claim(text=text)
        began = time.perf_counter()
        matches = reviews_matching(claim)
        timings.append((time.perf_counter() - began) * 1000)
        found += any(review.claim_text == text for review, _ in matches)
    p50, p95 = percentiles(timings)
    print(f"matching {len(claims)} claims (half of them reviewed): p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"{found} found their review")
    timings, scores = [], []
    for text, url in reworded:
        began = time.perf_counter()
        matches = reviews_matching(Claim(text=text))
        timings.append((time.perf_counter() - began) * 1000)
        scores += [score for review, score in matches if review.url == url]
    p50, p95 = percentiles(timings)
    print(f"matching {len(reworded)} reworded claims: p50 {p50:.1f} ms, p95 {p95:.1f} ms, {len(scores)} found "
          f"their review (score min {min(scores, default=0):.2f}, median {statistics.median(scores or [0]):.2f})")
    django.db.connections.close_all()
    if not args.keep:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {database}")


if __name__ == "__main__":
    main()

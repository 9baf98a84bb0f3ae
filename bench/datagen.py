"""Build a realistic ClaimTracker database in PostgreSQL quickly: generated rows in bulk (COPY),
not the ORM one row at a time. Used by bench/api.py and bench/load.py.

Shape per N quotes: N/5 articles in seven languages over eleven years, N/50 speakers with aliases
(a few quoted very often: Zipf-distributed), N/10 claims, half of them rated. Every quote is
verbatim in its article body at its offsets, as the import would store it.
"""

import csv
import io
import json
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlsplit

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction.text import search_names  # noqa: E402

LANGUAGES = {"en": 0.35, "nl": 0.12, "it": 0.12, "sq": 0.10, "de": 0.12, "fr": 0.09, "es": 0.10}
SAID = {"en": "said", "nl": "zei", "it": "ha detto", "sq": "tha", "de": "sagte", "fr": "a déclaré", "es": "dijo"}
# Common words per language, then generated words with Zipf-like frequencies (realistic search terms).
COMMON = {
    "en": "the of and to in we will not is that for this it be our with are they on have",
    "nl": "de het een en van in is dat niet we zijn op voor met die ook er maar om",
    "it": "il di e la che non è per un una in noi con sono del della questo ma anche",
    "sq": "të e në dhe për që një me nuk do është ne kjo nga por si janë ka",
    "de": "der die und das nicht wir in ist zu den mit es sich auf für ein eine auch",
    "fr": "le la les de et des est nous ne pas que un une pour dans avec ce il sur",
    "es": "el la de que y en los no es un una por con para las se del nosotros",
}
VERDICTS = ["true", "mostly-true", "mixed", "misleading", "false", "unverifiable"]
SYLLABLES = "ka lo mi ra ne to va si de ro an el us ti ba ko ri na po le ma vi sa do li gu fe ho".split()


def _word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


class Generator:
    def __init__(self, quotes: int, seed: int = 1):
        self.rng = random.Random(seed)
        self.n_quotes = quotes
        self.n_articles = max(quotes // 5, 1)
        self.n_speakers = max(quotes // 50, 20)
        self.n_claims = quotes // 10
        vocabulary = list({_word(self.rng) for _ in range(6000)})
        self.vocabulary, self.vocabulary_weights = vocabulary, list(accumulate(1 / (r + 1) for r in range(len(vocabulary))))
        self.speaker_weights = list(accumulate(1 / (rank + 1) ** 1.1 for rank in range(self.n_speakers)))
        self.speakers = self._speakers()

    def _speakers(self):
        rng, rows, seen = self.rng, [], set()
        for pk in range(1, self.n_speakers + 1):
            while True:
                first, last = _word(rng).title(), _word(rng).title() + _word(rng)
                slug = f"{first}-{last}".lower()
                if slug not in seen:
                    seen.add(slug)
                    break
            name = f"{first} {last}"
            aliases = list(dict.fromkeys([last, last.replace("k", "c"), f"{first[0]}. {last}"]))
            kind = "organization" if pk % 10 == 0 else "person"
            rows.append((pk, name, slug, kind, aliases))
        return rows

    def sentence(self, language, words):
        common = COMMON[language].split()
        picked = self.rng.choices(self.vocabulary, cum_weights=self.vocabulary_weights, k=words)
        return " ".join(w if self.rng.random() < 0.6 else self.rng.choice(common) for w in picked)

    def rows(self):
        """Yields ("article", row), ("quote", row) and ("claim", row) in id order."""
        rng, quote_id, claim_id = self.rng, 0, 0
        languages, language_weights = list(LANGUAGES), list(LANGUAGES.values())
        first_day = date(2015, 1, 1)
        claim_every = self.n_quotes / max(self.n_claims, 1)
        for article_id in range(1, self.n_articles + 1):
            language = rng.choices(languages, language_weights)[0]
            published = None if rng.random() < 0.02 else first_day + timedelta(days=rng.randrange(4000))
            title = self.sentence(language, 8).capitalize()
            parts, spans = [title, "\n\n"], []
            offset = len(title) + 2
            remaining = self.n_quotes - quote_id
            count = remaining if article_id == self.n_articles else min(remaining, rng.randint(1, 9))
            for _ in range(count):
                speaker = self.speakers[rng.choices(range(self.n_speakers), cum_weights=self.speaker_weights)[0]]
                lead = f"{self.sentence(language, rng.randint(8, 20)).capitalize()}. {speaker[1]} {SAID[language]}: “"
                text = self.sentence(language, rng.randint(4, 30)).capitalize()
                start = offset + len(lead)
                parts += [lead, text, "”\n\n"]
                offset = start + len(text) + 3
                spans.append((start, text, speaker))
            body = "".join(parts)
            sha = f"{article_id:064x}"
            yield "article", (article_id, title, body, language, published or "", "day" if published else "",
                              "Generated", f"{article_id:07d}.txt", sha)
            for start, text, speaker in spans:
                quote_id += 1
                assert body[start:start + len(text)] == text
                kind = "full" if len(text.split()) >= 8 else "partial"
                yield "quote", (quote_id, article_id, speaker[0], text, start, start + len(text), kind, "explicit",
                                f"{speaker[1]} {SAID[language]}", round(rng.uniform(0.5, 1), 2), language,
                                published or "")
                if quote_id >= (claim_id + 1) * claim_every and claim_id < self.n_claims:
                    claim_id += 1
                    rated = rng.random() < 0.5
                    verdict = rng.choice(VERDICTS) if rated else "unrated"
                    status = "published" if rated and rng.random() < 0.7 else "draft"
                    yield "claim", (claim_id, article_id, speaker[0], text, start, start + len(text), verdict, status,
                                    published or "" if rated else "", quote_id)


COLUMNS = {
    "quotes_speaker": "id, name, slug, kind, aliases, role, search_names, wikidata_id, created_at, updated_at",
    "articles_article": "id, title, body, language, published, published_precision, source, source_file, sha256, "
                        "authors, engine, created_at, updated_at",
    "quotes_quote": 'id, article_id, speaker_id, text, start, "end", kind, attribution, cue, confidence, language, '
                    "published, status, edited, created_at, updated_at",
    "quotes_claim": 'id, article_id, claimant_id, text, start, "end", verdict, status, reviewed_at, origin, cue, '
                    "explanation, review_url, edited, created_at, updated_at",
    "quotes_claim_quotes": "claim_id, quote_id",
}
NOW = "2026-01-01 00:00:00+00"


def _copy(cursor, table, rows):
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerows(rows)  # "" is an empty string ...
    buffer.seek(0)
    dates = [c for c in ("published", "reviewed_at") if c in COLUMNS[table].split(", ")]
    force_null = f", FORCE_NULL ({', '.join(dates)})" if dates else ""  # ... but an empty date is NULL
    cursor.copy_expert(f"COPY {table} ({COLUMNS[table]}) FROM STDIN WITH (FORMAT csv{force_null})", buffer)


def create_database(database_url: str):
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(database_url.rsplit("/", 1)[0] + "/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1"}
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def load_speakers(cursor, generator: Generator) -> list:
    """The generator's speakers into quotes_speaker (COPY); returns the rows."""
    speakers = [
        (pk, name, slug, kind, json.dumps(aliases), "", search_names([name, *aliases]), "", NOW, NOW)
        for pk, name, slug, kind, aliases in generator.speakers
    ]
    _copy(cursor, "quotes_speaker", speakers)
    cursor.execute("SELECT setval(pg_get_serial_sequence('quotes_speaker', 'id'), (SELECT max(id) FROM quotes_speaker))")
    return speakers


def build(database_url: str, *, quotes: int, seed: int = 1, batch: int = 50_000) -> dict:
    """A fresh database at `database_url` with `quotes` generated quotes; returns what it built."""
    began = time.perf_counter()
    create_database(database_url)
    generator = Generator(quotes, seed)
    connection = psycopg2.connect(database_url)
    with connection, connection.cursor() as cursor:
        # Secondary indexes are rebuilt once after the load: far faster than row by row.
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN "
            "('quotes_quote', 'quotes_claim', 'articles_article', 'quotes_speaker') AND indexdef NOT LIKE '%UNIQUE%'"
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        speakers = load_speakers(cursor, generator)
        pending = {"articles_article": [], "quotes_quote": [], "quotes_claim": [], "quotes_claim_quotes": []}

        def flush():
            for table, rows in pending.items():
                if rows:
                    _copy(cursor, table, rows)
                    rows.clear()

        counts = {"articles": 0, "quotes": 0, "claims": 0}
        for kind, row in generator.rows():
            if kind == "article":
                pending["articles_article"].append((*row, "[]", "", NOW, NOW))
                counts["articles"] += 1
                if len(pending["articles_article"]) >= batch // 5:
                    flush()
            elif kind == "quote":
                pending["quotes_quote"].append((*row, "extracted", False, NOW, NOW))
                counts["quotes"] += 1
            else:
                claim_id, article_id, claimant_id, text, start, end, verdict, status, reviewed_at, quote_id = row
                pending["quotes_claim"].append((claim_id, article_id, claimant_id, text, start, end, verdict, status,
                                                reviewed_at, "quote", "", "", "", False, NOW, NOW))
                pending["quotes_claim_quotes"].append((claim_id, quote_id))
                counts["claims"] += 1
        flush()
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check the foreign keys now, before indexing
        loaded = time.perf_counter()
        for _, definition in indexes:
            cursor.execute(definition)
        for table in ("articles_article", "quotes_speaker", "quotes_quote", "quotes_claim", "quotes_claim_quotes"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()
    return {
        **counts, "speakers": len(speakers), "load_seconds": round(loaded - began, 1),
        "total_seconds": round(time.perf_counter() - began, 1),
    }


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/claimtracker_bench")
    arguments = parser.parse_args()
    print(build(arguments.database_url, quotes=arguments.quotes))

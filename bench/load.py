"""Load: concurrent clients reading the API while editors write, against gunicorn on PostgreSQL.

Run: python bench/load.py [--clients 50] [--seconds 60] [--quotes 20000] [--workers 4]

Builds a bench database (bench/datagen.py), creates an editor with an API token, starts gunicorn
and runs the clients in this process (loopback only). Each client reads (lists, filters, search,
details) and, one request in five, writes as an editor: it verifies, rejects or re-attributes one
of its own quotes, or rates one of its own claims. Afterwards every acknowledged write (200) is
checked in the database. Prints figures; exits non-zero on any error or lost write.
"""

import argparse
import http.client
import json
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import VERDICTS, build  # noqa: E402
from server import gunicorn, manage  # noqa: E402


class Client(threading.Thread):
    def __init__(self, index, args, base, token, speakers, quote_ids, claim_ids, deadline):
        super().__init__(daemon=True)
        self.index, self.args, self.token, self.deadline = index, args, token, deadline
        self.host = urlsplit(base).netloc
        self.rng = random.Random(index)
        self.speakers = speakers
        # Each client writes only its own rows, so its last acknowledged write is the final state.
        self.quote_ids = [q for q in quote_ids if q % args.clients == index]
        self.claim_ids = [c for c in claim_ids if c % args.clients == index]
        self.latencies = defaultdict(list)
        self.errors = []
        self.acknowledged = {}  # (table, id) -> expected fields

    def request(self, kind, method, path, body=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers |= {"Content-Type": "application/json", "Authorization": f"Token {self.token}"}
        began = time.perf_counter()
        try:
            connection = http.client.HTTPConnection(self.host, timeout=60)
            connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            connection.close()
        except OSError as error:
            self.errors.append(f"{method} {path}: {error}")
            return None
        self.latencies[kind].append(time.perf_counter() - began)
        if response.status != 200:
            self.errors.append(f"{method} {path}: {response.status} {payload[:200]!r}")
            return None
        return payload

    def read(self):
        rng = self.rng
        speaker = rng.choice(self.speakers[:200])
        path, params = rng.choice([
            ("/api/quotes/", {"speaker": speaker[0]}),
            ("/api/quotes/", {"speaker_name": speaker[1]}),
            ("/api/quotes/", {"q": rng.choice(["kalo", "mira", "nevato", "sidero"])}),
            ("/api/quotes/", {"language": rng.choice(["en", "nl", "sq"]), "published_after": "2022-01"}),
            ("/api/quotes/", {"page": rng.randint(1, 20)}),
            ("/api/speakers/", {}),
            ("/api/claims/", {"verdict": rng.choice(VERDICTS)}),
            (f"/api/quotes/{rng.choice(self.quote_ids or [1])}/", {}),
            (f"/api/speakers/{speaker[0]}/scorecard/", {}),
        ])
        self.request("read", "GET", f"{path}?{urlencode(params)}" if params else path)

    def write(self):
        rng = self.rng
        if self.claim_ids and rng.random() < 0.3:
            claim = rng.choice(self.claim_ids)
            body = {"verdict": rng.choice(VERDICTS), "status": rng.choice(["draft", "published"])}
            if self.request("write", "PATCH", f"/api/claims/{claim}/", body):
                self.acknowledged[("claim", claim)] = body
        elif self.quote_ids:
            quote = rng.choice(self.quote_ids)
            body = rng.choice([{"status": rng.choice(["verified", "rejected"])}, {"speaker": rng.choice(self.speakers)[0]}])
            if self.request("write", "PATCH", f"/api/quotes/{quote}/", body):
                self.acknowledged[("quote", quote)] = {**self.acknowledged.get(("quote", quote), {}), **body}

    def run(self):
        while time.monotonic() < self.deadline:
            self.write() if self.rng.random() < self.args.write_share else self.read()


def lost_writes(database_url, acknowledged) -> list[str]:
    lost = []
    with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
        for (table, pk), expected in acknowledged.items():
            if table == "quote":
                cursor.execute(
                    "SELECT q.status, s.slug FROM quotes_quote q LEFT JOIN quotes_speaker s ON s.id = q.speaker_id "
                    "WHERE q.id = %s", [pk])
                status, slug = cursor.fetchone()
                actual = {"status": status, "speaker": slug}
            else:
                cursor.execute("SELECT verdict, status FROM quotes_claim WHERE id = %s", [pk])
                actual = dict(zip(("verdict", "status"), cursor.fetchone()))
            if any(actual[k] != v for k, v in expected.items()):
                lost.append(f"{table} {pk}: expected {expected}, found {actual}")
    return lost


def percentile(values, share):
    return sorted(values)[min(len(values) - 1, int(len(values) * share))] * 1000 if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--quotes", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--write-share", type=float, default=0.2)
    parser.add_argument("--server-log", default="/dev/null", help="Where gunicorn writes its log.")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/claimtracker_load")
    args = parser.parse_args()

    print(f"building {args.quotes} quotes ...", flush=True)
    print(build(args.database_url, quotes=args.quotes))
    token = manage(args.database_url, "create_editor", "load-editor", "--token").split("API token: ")[1].split()[0]
    with psycopg2.connect(args.database_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT slug, split_part(name, ' ', 2) FROM quotes_speaker ORDER BY id")
        speakers = cursor.fetchall()
        cursor.execute("SELECT id FROM quotes_quote ORDER BY id")
        quote_ids = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT id FROM quotes_claim ORDER BY id")
        claim_ids = [row[0] for row in cursor.fetchall()]

    with open(args.server_log, "w") as log, gunicorn(args.database_url, workers=args.workers, log=log) as base:
        deadline = time.monotonic() + args.seconds
        clients = [Client(i, args, base, token, speakers, quote_ids, claim_ids, deadline) for i in range(args.clients)]
        began = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        elapsed = time.monotonic() - began

    latencies = defaultdict(list)
    for client in clients:
        for kind, values in client.latencies.items():
            latencies[kind] += values
    errors = [e for c in clients for e in c.errors]
    acknowledged = {k: v for c in clients for k, v in c.acknowledged.items()}
    lost = lost_writes(args.database_url, acknowledged)
    total = sum(len(v) for v in latencies.values())
    print(f"{args.clients} clients, {elapsed:.0f} s, gunicorn {args.workers} workers, {args.quotes} quotes")
    print(f"requests: {total} ({total / elapsed:.0f}/s), errors: {len(errors)}")
    for kind, values in sorted(latencies.items()):
        print(f"  {kind:5}: {len(values):6} requests, p50 {percentile(values, .5):6.1f} ms, p95 {percentile(values, .95):6.1f} ms")
    print(f"acknowledged writes checked: {len(acknowledged)} rows, lost: {len(lost)}")
    for line in (errors[:10] + lost[:10]):
        print("  " + line)
    return 1 if errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())

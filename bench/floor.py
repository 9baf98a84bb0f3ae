"""The floor the API is measured against: the same pages as the API's, fetched by hand-written SQL
through psycopg2 and serialised with the json module, served by the same gunicorn, with the same
count (exact up to 10,000, the planner's estimate past it). Whatever the API spends above this is
framework.

Served by bench/api.py as `gunicorn bench.floor:application` (DATABASE_URL from the environment).
"""

import datetime
import json
import os
from urllib.parse import parse_qs

import psycopg2

PAGE_SIZE = 50
COUNT_LIMIT = 10_000
NEWEST = 'q.published DESC NULLS LAST, q.article_id, q.start, q.id'
QUOTE_COLUMNS = (
    'q.id, q.text, q.kind, q.status, q.start, q."end", q.attribution, q.cue, q.confidence, q.created_at, '
    "q.updated_at, q.language, s.id, s.slug, s.name, s.kind, a.id, a.title, a.language, a.published, a.source_file, "
    "a.url, ap.utterance_id"
)
QUOTES = f"SELECT {QUOTE_COLUMNS} FROM quotes_quote q LEFT JOIN quotes_speaker s ON s.id = q.speaker_id " \
         "JOIN articles_article a ON a.id = q.article_id LEFT JOIN lineage_appearance ap ON ap.quote_id = q.id " \
         "WHERE {where} ORDER BY " + NEWEST + " LIMIT %s OFFSET %s"

_connection = None


def cursor():
    global _connection
    if _connection is None or _connection.closed:
        _connection = psycopg2.connect(os.environ["DATABASE_URL"].replace("postgres://", "postgresql://"))
        _connection.autocommit = True
    return _connection.cursor()


def quotes_where(cur, params):
    if "speaker" in params:
        return "q.speaker_id = (SELECT id FROM quotes_speaker WHERE slug = %s)", [params["speaker"]]
    if "speaker_name" in params:
        cur.execute("SELECT id FROM quotes_speaker WHERE search_names LIKE %s LIMIT 200",
                    [f"% {params['speaker_name'].lower()}%"])
        return "q.speaker_id = ANY(%s)", [[row[0] for row in cur.fetchall()]]
    if "q" in params:
        return "to_tsvector('simple'::regconfig, q.text) @@ websearch_to_tsquery('simple', %s)", [params["q"]]
    if "altered" in params:
        return "q.id IN (SELECT quote_id FROM lineage_appearance WHERE status = 'altered')", []
    if "conflicting" in params:
        return "q.id IN (SELECT quote_id FROM lineage_appearance WHERE conflicting)", []
    if "language" in params:
        return "q.language = %s AND q.published >= %s", [params["language"], params["published_after"] + "-01"]
    return "TRUE", []


def quote_row(row):
    return {
        "id": row[0], "text": row[1], "kind": row[2], "status": row[3], "start": row[4], "end": row[5],
        "attribution": row[6], "cue": row[7], "confidence": row[8], "created_at": row[9], "updated_at": row[10],
        "language": row[11],
        "speaker": {"id": row[12], "slug": row[13], "name": row[14], "kind": row[15]} if row[12] else None,
        "article": {"id": row[16], "title": row[17], "language": row[18], "published": row[19], "source_file": row[20],
                    "url": row[21]},
        "utterance": row[22],
    }


def page_of(cur, from_where, args, page_sql, page_args, to_dict):
    cur.execute(f"SELECT count(*) FROM (SELECT 1 FROM {from_where} LIMIT {COUNT_LIMIT + 1}) c", args)
    count = cur.fetchone()[0]
    exact = count <= COUNT_LIMIT
    if not exact:  # as the API: past the cap, the planner's estimate
        cur.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {from_where}", args)
        count = max(count, int(cur.fetchone()[0][0]["Plan"]["Plan Rows"]))
    cur.execute(page_sql, page_args)
    return {"count": count, "count_exact": exact, "results": [to_dict(row) for row in cur.fetchall()]}


def quotes(params):
    offset = (int(params.get("page", 1)) - 1) * PAGE_SIZE
    with cursor() as cur:
        where, args = quotes_where(cur, params)
        page_where, page_args = where, [*args, PAGE_SIZE, offset]
        if offset >= 1000:  # deep page: the page's keys by an index-only walk, then its rows only
            page_where = f"q.id IN (SELECT q.id FROM quotes_quote q WHERE {where} ORDER BY {NEWEST} LIMIT %s OFFSET %s)"
            page_args = [*args, PAGE_SIZE, offset, PAGE_SIZE, 0]
        return page_of(cur, f"quotes_quote q WHERE {where}", args, QUOTES.format(where=page_where), page_args, quote_row)


def speakers(params):
    sql = ("SELECT s.id, s.slug, s.name, s.kind, s.aliases, s.role, "
           "(SELECT count(*) FROM quotes_quote q WHERE q.speaker_id = s.id) "
           "FROM quotes_speaker s ORDER BY s.name, s.slug LIMIT %s")
    keys = ["id", "slug", "name", "kind", "aliases", "role", "quote_count"]
    with cursor() as cur:
        return page_of(cur, "quotes_speaker", [], sql, [PAGE_SIZE], lambda row: dict(zip(keys, row)))


def claims(params):
    sql = ('SELECT c.id, c.text, c.start, c."end", c.origin, c.verdict, c.explanation, c.review_url, c.reviewed_at, '
           "c.status, c.created_at, c.updated_at, s.id, s.slug, s.name, s.kind, a.id, a.title, a.language, "
           "a.published, a.source_file, a.url, ARRAY(SELECT quote_id FROM quotes_claim_quotes WHERE claim_id = c.id) "
           "FROM quotes_claim c JOIN quotes_speaker s ON s.id = c.claimant_id "
           "JOIN articles_article a ON a.id = c.article_id WHERE c.verdict = %s "
           "ORDER BY c.created_at DESC, c.id LIMIT %s")

    def row_dict(row):
        keys = ["id", "text", "start", "end", "origin", "verdict", "explanation", "review_url", "reviewed_at",
                "status", "created_at", "updated_at"]
        return {**dict(zip(keys, row)), "claimant": dict(zip(["id", "slug", "name", "kind"], row[12:16])),
                "article": dict(zip(["id", "title", "language", "published", "source_file", "url"], row[16:22])),
                "quotes": row[22]}

    with cursor() as cur:
        return page_of(cur, "quotes_claim c WHERE c.verdict = %s", [params["verdict"]], sql,
                       [params["verdict"], PAGE_SIZE], row_dict)


def utterances(params):
    where, args = "TRUE", []
    if "conflicting" in params:
        where = "u.conflicting"
    elif "speaker" in params:
        where, args = "u.speaker_id = (SELECT id FROM quotes_speaker WHERE slug = %s)", [params["speaker"]]
    elif "language" in params:
        where, args = "u.language = %s AND u.first_seen >= %s", [params["language"], params["first_seen_after"] + "-01"]
    elif "appearances_min" in params:
        where, args = "u.appearance_count >= %s", [int(params["appearances_min"])]
    sql = ("SELECT u.id, u.language, u.text, s.slug, s.name, u.first_quote_id, u.first_seen, u.appearance_count, "
           "u.altered_count, u.conflicting FROM lineage_utterance u LEFT JOIN quotes_speaker s ON s.id = u.speaker_id "
           f"WHERE {where} ORDER BY u.appearance_count DESC, u.id LIMIT %s")
    keys = ["id", "language", "text", "speaker", "speaker_name", "first_quote", "first_seen", "appearances", "altered",
            "conflicting"]
    with cursor() as cur:
        return page_of(cur, f"lineage_utterance u WHERE {where}", args, sql, [*args, PAGE_SIZE],
                       lambda row: dict(zip(keys, row)))


ROUTES = {"/api/quotes/": quotes, "/api/speakers/": speakers, "/api/claims/": claims, "/api/utterances/": utterances}


def _default(value):
    return value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else str(value)


def application(environ, start_response):
    params = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
    body = json.dumps(ROUTES[environ["PATH_INFO"]](params), default=_default).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]

# ClaimTracker: `make run` serves the product, `make test` runs the whole suite on SQLite and PostgreSQL.
VENV := .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://postgres@127.0.0.1:5432/claimtracker
DEV_ENV := DJANGO_DEBUG=1

.PHONY: install run serve migrate seed test test-sqlite test-postgres browser-deps screenshot fixtures given-names bench bench-api bench-load bench-ingest evaluate

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

seed: migrate
	$(DEV_ENV) $(PY) manage.py import_articles

run: seed
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

# Production-style serving: gunicorn, static files by WhiteNoise. Needs the environment of
# .env.example (DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL, ...).
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v0
	$(VENV)/bin/gunicorn claimtracker.wsgi --bind $${BIND:-127.0.0.1:8000} --workers $${WORKERS:-3} --access-logfile -

# The SQLite pass runs every test, spread over the machine's cores (pytest-xdist: each process has a
# test database of its own); the PostgreSQL pass runs those that can tell the backends apart (all but
# the `backend_independent` ones: the engine's tests and measurements, and a test on SQLite files of
# its own), in one process: its slow tests start workers, Redis and imports of their own and gained
# nothing from a second one.
test: browser-deps test-sqlite test-postgres

# The browser test drives Debian's chromium; install it (and its driver) when missing.
browser-deps:
	-@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; }

# Refresh the README's screenshot of the review queue.
screenshot: install browser-deps
	CLAIMTRACKER_SCREENSHOT=$(CURDIR)/docs/review-queue.png $(PY) -m pytest tests/browser -q

test-sqlite: install
	DATABASE_URL=sqlite:///$(CURDIR)/.test.sqlite3 $(PY) -m pytest -n auto

test-postgres: install
	@$(PY) -c "import psycopg2, sys; psycopg2.connect('$(PG_URL)'.rsplit('/', 1)[0] + '/postgres', connect_timeout=5)" \
	  || { echo "PostgreSQL is not reachable at $(PG_URL): start it (see README) or set PG_URL"; exit 1; }
	DATABASE_URL=$(PG_URL) $(PY) -m pytest -m "not backend_independent"

# Regenerate the given names the engine knows beyond gender-guesser's, from names-dataset
# (quotes/extraction/given_names.py says which).
given-names: install
	$(PY) -m quotes.extraction.given_names

# Regenerate fixtures/seed.json from a fresh import of the bundled seeds.
fixtures: install
	rm -f .fixtures.sqlite3
	DATABASE_URL=sqlite:///$(CURDIR)/.fixtures.sqlite3 $(DEV_ENV) $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=sqlite:///$(CURDIR)/.fixtures.sqlite3 $(DEV_ENV) $(PY) manage.py import_articles
	DATABASE_URL=sqlite:///$(CURDIR)/.fixtures.sqlite3 $(DEV_ENV) $(PY) manage.py dumpdata articles.article quotes.speaker quotes.quote quotes.claim --natural-foreign --natural-primary --indent 1 -o fixtures/seed.json
	rm -f .fixtures.sqlite3

evaluate: install
	$(DEV_ENV) $(PY) manage.py evaluate_extraction $(GOLD)

# Benchmarks print figures (bench/RESULTS.md); the API and load ones need PostgreSQL.
bench: install
	$(PY) bench/extraction.py

bench-api: install
	$(PY) bench/api.py --quotes $${QUOTES:-1000000}

bench-load: install
	$(PY) bench/load.py

bench-ingest: install
	$(PY) bench/ingest.py --articles $${ARTICLES:-2000}

"""A word index on published reviews' claim text (PostgreSQL only): matching a claim first finds
the reviews that share two of its rarer words, which the index answers without reading a row, and
compares only those trigram by trigram. ANALYZE's statistics of the index (its most common words)
tell which of a claim's words are rare. Without fastupdate: new reviews go into the index at once,
not into a pending list that every match would read in full until a vacuum (after a bulk import
of 100,000 reviews, that list made a match 10 times slower)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS published_review_claim_words ON quotes_publishedreview "
            "USING gin (to_tsvector('simple'::regconfig, claim_text)) WITH (fastupdate = off)"
        )
        schema_editor.execute("ANALYZE quotes_publishedreview")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS published_review_claim_words")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0012_published_review_trigram")]
    operations = [migrations.RunPython(create_index, drop_index)]

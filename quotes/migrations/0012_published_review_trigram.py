"""A trigram index on published reviews' claim text (PostgreSQL only): matching a claim against
100,000 reviews is one index scan for reviews over the similarity threshold, not a comparison
with each."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS published_review_claim_trigram ON quotes_publishedreview "
            "USING gin (claim_text gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS published_review_claim_trigram")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0011_published_review")]
    operations = [migrations.RunPython(create_index, drop_index)]

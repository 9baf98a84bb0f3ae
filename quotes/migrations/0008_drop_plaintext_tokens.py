"""API tokens used to be stored in plain text (rest_framework.authtoken); they are hashed now
(knox). The old table, and the keys in it, go: editors get new tokens with issue_token."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0007_claim_edited")]

    operations = [migrations.RunSQL("DROP TABLE IF EXISTS authtoken_token", migrations.RunSQL.noop)]

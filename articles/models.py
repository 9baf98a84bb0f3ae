"""Articles: the texts quotes are taken from. Quote offsets point into Article.body."""

from django.db import models
from django.db.models import F


class ArticleManager(models.Manager):
    def get_by_natural_key(self, sha256):
        return self.get(sha256=sha256)


class Article(models.Model):
    class DatePrecision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"

    title = models.CharField(max_length=500, blank=True, help_text="Headline as it appears in the text.")
    body = models.TextField(help_text="The cleaned article text. Quote offsets point into this text.")
    language = models.CharField(max_length=8, db_index=True, help_text="ISO 639-1 code, detected on import.")
    published = models.DateField(
        null=True, blank=True, db_index=True, help_text="First day of the period given by the precision."
    )
    published_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True, help_text="How much of the date the text gives."
    )
    source = models.CharField(
        max_length=200, blank=True, help_text="The outlet that published it, e.g. CNN (its sidecar file, or the text's credit line)."
    )
    url = models.URLField(
        max_length=2000, null=True, blank=True, unique=True,
        help_text="Where the article was published (unique when known).",
    )
    authors = models.JSONField(default=list, blank=True, help_text="Bylines, as the publisher gives them.")
    retrieved = models.DateTimeField(null=True, blank=True, help_text="When the text was fetched from its URL.")
    source_file = models.CharField(max_length=255, help_text="Name of the imported file.")
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw imported file.")
    engine = models.CharField(
        max_length=16, blank=True, editable=False,
        help_text="Version of the extraction engine the article's quotes come from; a re-import with the same "
        "version leaves them as they are.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleManager()

    class Meta:
        ordering = ["source_file", "sha256"]
        indexes = [models.Index(F("published").desc(), F("id"), name="article_newest")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(published_precision="") | models.Q(published__isnull=True),
                name="article_published_has_precision",
            ),
        ]

    def __str__(self):
        return self.title or self.source_file

    def natural_key(self):
        return (self.sha256,)

"""Speakers, the quotes they are credited with, and the claims fact-checkers rate."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F
from simple_history.models import HistoricalRecords

from articles.models import Article


class SpeakerManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organisation"

    name = models.CharField(max_length=200, help_text="Canonical name, e.g. Vladimir Putin.")
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other spellings and forms of the name: Poetin, Putinit, Selenskyj.",
    )
    role = models.CharField(
        max_length=300, blank=True, help_text="Role or description, e.g. Russian president; used to resolve 'the Russian leader'."
    )
    wikidata_id = models.CharField(
        max_length=20, blank=True, db_index=True,
        validators=[RegexValidator(r"^Q[1-9][0-9]*$", "a Wikidata item id is Q and a number, e.g. Q7747")],
        help_text="The speaker's Wikidata item (Q7747), so that two people of one name can be told apart.",
    )
    search_names = models.TextField(
        blank=True,
        editable=False,
        help_text="Name and aliases folded to lower case without accents, for alias-aware search.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpeakerManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "slug"]
        indexes = [models.Index(fields=["name", "slug"], name="speaker_name_order")]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class QuoteManager(models.Manager):
    def get_by_natural_key(self, article_sha256, start, end):
        return self.get(article__sha256=article_sha256, start=start, end=end)


class Quote(models.Model):
    class Kind(models.TextChoices):
        FULL = "full", "Full (8 or more words)"
        PARTIAL = "partial", "Partial (a fragment)"

    class Attribution(models.TextChoices):
        EXPLICIT = "explicit", "Explicit: named at the cue"
        PRONOUN = "pronoun", "Pronoun"
        DESCRIPTION = "description", "Description"
        CONTEXT = "context", "Context"
        IMPLICIT = "implicit", "Implicit: dropped subject"
        EDITOR = "editor", "Set by an editor"

    class Status(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        VERIFIED = "verified", "Verified"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="quotes", null=True, blank=True
    )
    text = models.TextField(help_text="Verbatim: equals the article body between start and end.")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article body.")
    end = models.PositiveIntegerField(help_text="Offset after the last character in the article body.")
    kind = models.CharField(max_length=7, choices=Kind.choices)
    attribution = models.CharField(max_length=11, choices=Attribution.choices)
    cue = models.CharField(max_length=300, blank=True, help_text="The phrase that attributes the quote.")
    confidence = models.FloatField(default=0.0)
    status = models.CharField(max_length=9, choices=Status.choices, default=Status.EXTRACTED, db_index=True)
    edited = models.BooleanField(
        default=False, help_text="An editor changed this quote; re-imports leave it alone."
    )
    # Copies of the article's language and date, so that the common lists (a language, a period,
    # newest first) are served by one index without a join: the import writes them with the quote,
    # and quotes.services.articles.article_save keeps them in step when the article changes.
    language = models.CharField(max_length=8, blank=True, editable=False)
    published = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteManager()
    history = HistoricalRecords(excluded_fields=["language", "published"])

    class Meta:
        # Served on PostgreSQL by the indexes quote_newest, quote_speaker_newest and
        # quote_language_newest (migration 0004: SQLite cannot index NULLS LAST).
        ordering = [F("published").desc(nulls_last=True), "article_id", "start", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="quote_unique_span"),
            models.CheckConstraint(
                condition=models.Q(start__gte=0) & models.Q(end__gt=models.F("start")),
                name="quote_span_not_empty",
            ),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1),
                name="quote_confidence_unit_interval",
            ),
        ]

    def __str__(self):
        return f"{self.speaker or 'unattributed'}: {self.text[:60]}"

    def natural_key(self):
        return self.article.natural_key() + (self.start, self.end)

    natural_key.dependencies = ["articles.article"]

    @property
    def is_protected(self):
        """True when an editor has touched the quote, so automated writes must leave it alone."""
        return self.edited or self.status != self.Status.EXTRACTED


class ClaimManager(models.Manager):
    def get_by_natural_key(self, article_sha256, start, end):
        return self.get(article__sha256=article_sha256, start=start, end=end)


class Claim(models.Model):
    """A checkable statement: reported speech found in an article, or a quote an editor promoted."""

    class Verdict(models.TextChoices):
        UNRATED = "unrated", "Unrated"
        TRUE = "true", "True"
        MOSTLY_TRUE = "mostly-true", "Mostly true"
        MIXED = "mixed", "Mixed"
        MISLEADING = "misleading", "Misleading"
        FALSE = "false", "False"
        UNVERIFIABLE = "unverifiable", "Unverifiable"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    class Origin(models.TextChoices):
        REPORTED = "reported", "Reported speech in the article"
        QUOTE = "quote", "Made from a quote by an editor"

    text = models.TextField(help_text="Verbatim: equals the article body between start and end.")
    claimant = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="claims", null=True, blank=True,
        help_text="Who made the claim; empty while the engine was unsure and no editor has named them.",
    )
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article body.")
    end = models.PositiveIntegerField(help_text="Offset after the last character in the article body.")
    origin = models.CharField(max_length=8, choices=Origin.choices, default=Origin.REPORTED)
    edited = models.BooleanField(
        default=False, help_text="An editor changed this claim (its claimant); re-imports leave it alone."
    )
    cue = models.CharField(max_length=300, blank=True, help_text="The phrase that reports the claim.")
    quotes = models.ManyToManyField(Quote, related_name="claims", blank=True)
    verdict = models.CharField(max_length=12, choices=Verdict.choices, default=Verdict.UNRATED)
    explanation = models.TextField(blank=True, help_text="Why the verdict: what the fact-checker found.")
    review_url = models.URLField(blank=True, help_text="Where the published fact-check lives.")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    reviewed_at = models.DateField(null=True, blank=True, db_index=True)
    status = models.CharField(max_length=9, choices=Status.choices, default=Status.DRAFT, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ClaimManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "id"]
        indexes = [
            models.Index(F("created_at").desc(), F("id"), name="claim_newest"),
            models.Index(F("verdict"), F("created_at").desc(), F("id"), name="claim_verdict_newest"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.CheckConstraint(
                condition=models.Q(start__gte=0) & models.Q(end__gt=models.F("start")),
                name="claim_span_not_empty",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published") | ~models.Q(verdict="unrated"),
                name="claim_published_is_rated",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(claimant__isnull=False),
                name="claim_published_has_claimant",
            ),
        ]

    def __str__(self):
        return f"{self.claimant or 'no claimant yet'}: {self.text[:60]}"

    def natural_key(self):
        return self.article.natural_key() + (self.start, self.end)

    natural_key.dependencies = ["articles.article", "quotes.speaker", "quotes.quote"]

    @property
    def is_protected(self):
        """An editor rated, reviewed or edited the claim: the import leaves it alone."""
        return (
            self.edited or self.verdict != self.Verdict.UNRATED or self.reviewed_by_id is not None
            or self.origin == self.Origin.QUOTE
        )


class PublishedReview(models.Model):
    """A fact-check another organisation published (ClaimReview read by import_claimreviews): when
    an editor opens a claim, the reviews of the same claim published elsewhere are listed, so the
    desk links an existing fact-check instead of redoing it."""

    url = models.URLField(max_length=2000, unique=True, help_text="The review's URL (its identity).")
    claim_text = models.TextField(help_text="claimReviewed: the claim as the reviewer worded it.")
    claimant = models.CharField(max_length=300, blank=True, help_text="Who made the claim (itemReviewed.author).")
    rating = models.CharField(max_length=200, blank=True, help_text="The verdict as the reviewer wrote it.")
    rating_value = models.FloatField(null=True, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published", "id"]

    def __str__(self):
        return f"{self.publisher or 'unknown publisher'}: {self.claim_text[:60]}"


class ReviewWithdrawal(models.Model):
    """A published review that was withdrawn (unpublished, or its claim deleted): the feed tells
    mirrors about it, since a review that merely vanished from the feed would stay on theirs."""

    claim_id = models.BigIntegerField(db_index=True, help_text="The claim's id (the claim may be gone).")
    review_url = models.URLField(max_length=2000, blank=True, help_text="The review's own URL, if it had one.")
    withdrawn_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["withdrawn_at", "id"]

    def __str__(self):
        return f"review of claim {self.claim_id} withdrawn {self.withdrawn_at:%Y-%m-%d %H:%M}"


# The documented scale: text to number (schema.org ratingValue), best 5, worst 1.
VERDICT_SCORES = {
    Claim.Verdict.TRUE: 5,
    Claim.Verdict.MOSTLY_TRUE: 4,
    Claim.Verdict.MIXED: 3,
    Claim.Verdict.MISLEADING: 2,
    Claim.Verdict.FALSE: 1,
}


class QuoteForReview(Quote):
    """The editors' review queue: extracted quotes, least confident first (admin only)."""

    class Meta:
        proxy = True
        verbose_name = "quote to review"
        verbose_name_plural = "review queue"

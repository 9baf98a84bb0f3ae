"""Utterances (one thing one person said, as it appears across articles), each quote's appearance
in one, and the fingerprints through which a new quote finds its utterance."""

from django.db import models

from quotes.models import Quote, Speaker


class Utterance(models.Model):
    """One statement and its appearances. Its text, speaker and date are its first appearance's
    (the earliest by article date, then by import)."""

    language = models.CharField(max_length=8)
    text = models.TextField(help_text="The words as the first appearance gives them.")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="utterances",
        help_text="Who the first appearance credits.",
    )
    first_quote = models.ForeignKey(Quote, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    first_seen = models.DateField(null=True, blank=True, help_text="The first appearance's article date.")
    appearance_count = models.PositiveIntegerField(default=0)
    altered_count = models.PositiveIntegerField(default=0, help_text="Appearances whose words differ from the first's.")
    conflicting = models.BooleanField(
        default=False, help_text="Some appearance credits the words to someone other than the first appearance does."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-appearance_count", "id"]
        indexes = [
            models.Index(fields=["-appearance_count", "id"], name="utterance_most_quoted"),
            models.Index(fields=["language", "first_seen"], name="utterance_language_seen"),
            models.Index(fields=["conflicting", "-appearance_count"], name="utterance_conflicting"),
            models.Index(fields=["speaker", "-appearance_count"], name="utterance_speaker"),
        ]

    def __str__(self):
        return f"{self.speaker or 'unattributed'}: {self.text[:60]}"


class Appearance(models.Model):
    """A quote as an appearance of its utterance, compared word by word with the first one."""

    class Status(models.TextChoices):
        FIRST = "first", "First appearance"
        SAME = "same", "Same words"
        EXCERPTED = "excerpted", "Excerpt (words kept in order)"
        EXTENDED = "extended", "Longer than the first appearance"
        ALTERED = "altered", "Altered words"

    quote = models.OneToOneField(Quote, on_delete=models.CASCADE, primary_key=True, related_name="appearance")
    utterance = models.ForeignKey(Utterance, on_delete=models.CASCADE, related_name="appearances")
    status = models.CharField(max_length=9, choices=Status.choices, db_index=True)
    shared = models.FloatField(default=1.0, help_text="Share of the shorter text's words the two have in common.")
    diff = models.JSONField(default=list, blank=True, help_text='Word-level diff against the first appearance: [op, words] pairs.')
    conflicting = models.BooleanField(default=False, db_index=True, help_text="Credited to someone else than the first appearance.")
    pinned = models.BooleanField(default=False, help_text="An editor placed it in this utterance; re-imports keep it there.")
    words = models.CharField(max_length=24, editable=False, help_text="Digest of the quote's words when it was linked.")

    class Meta:
        ordering = ["utterance", "quote"]

    def __str__(self):
        return f"{self.get_status_display()}: {self.quote_id}"


class Fingerprint(models.Model):
    """A winnowed shingle of an utterance's words (lineage/matching.py), for finding it again."""

    utterance = models.ForeignKey(Utterance, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    value = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["language", "value"], name="fingerprint_lookup")]
        constraints = [models.UniqueConstraint(fields=["utterance", "value"], name="fingerprint_once")]

"""Writes of quote lineage: link new quotes to their utterances, keep an utterance's first
appearance, diffs and alarms in step, and the editors' split and merge."""

from django.db import connection, transaction
from django.db.models import Count, F

from lineage.matching import MIN_WORDS, compare, fingerprints, words, words_key
from lineage.models import Appearance, Fingerprint, Utterance
from quotes.models import Quote

_CANDIDATES = 8  # utterances compared with a new quote, those sharing the most fingerprints


def quotes_link(*, quotes) -> int:
    """Give each of these quotes its utterance (see quote_link), and a new one to a quote whose
    words changed since it was linked (unless an editor pinned it). Returns how many were linked."""
    changed = [
        appearance.quote for appearance in Appearance.objects.filter(quote__in=quotes, pinned=False).select_related("quote")
        if appearance.words != words_key(appearance.quote.text)
    ]
    for quote in changed:
        quote_unlink(quote=quote)
    return _link(Quote.objects.filter(pk__in=[quote.pk for quote in quotes]))


def quotes_link_pending() -> int:
    """Link every quote that has no utterance yet."""
    return _link(Quote.objects.all())


def _link(quotes) -> int:
    """Link the quotes without an appearance, earliest articles first, so that an utterance's
    first appearance is its earliest."""
    linked = 0
    pending = quotes.filter(appearance__isnull=True).order_by(
        F("published").asc(nulls_last=True), "article__created_at", "article_id", "start"
    )
    for quote in pending.iterator(chunk_size=500):
        with transaction.atomic():
            _lock()
            quote_link(quote=quote)
        linked += 1
    return linked


_LOCK = 0x4C494E45  # "LINE": import processes link one quote at a time, so none makes a twin utterance


def _lock() -> None:
    """Serialise linking across processes (PostgreSQL; SQLite serialises writes anyway)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])


def quote_link(*, quote: Quote) -> Appearance:
    """Link one quote (see quotes_link)."""
    tokens = words(quote.text)
    found = _fingerprints_of(tokens)
    utterance = _best_utterance(quote, tokens, found) if found else None
    if utterance is None:
        utterance = Utterance.objects.create(
            language=quote.language, text=quote.text, speaker_id=quote.speaker_id, first_quote=quote,
            first_seen=quote.published,
        )
    appearance = Appearance.objects.create(
        quote=quote, utterance=utterance, status=Appearance.Status.FIRST, words=words_key(quote.text)
    )
    _fingerprints_add(utterance, found)
    utterance_refresh(utterance=utterance)
    return appearance


def quote_unlink(*, quote: Quote) -> None:
    """Take a quote out of its utterance (its words changed), unless an editor pinned it there."""
    appearance = Appearance.objects.filter(quote=quote, pinned=False).select_related("utterance").first()
    if appearance is None:
        return
    utterance = appearance.utterance
    appearance.delete()
    utterance_refresh(utterance=utterance)


def utterance_split(*, appearance: Appearance) -> Utterance:
    """An editor's decision: this appearance is a statement of its own. It moves to a new utterance
    and stays there through re-imports."""
    with transaction.atomic():
        old = appearance.utterance
        quote = appearance.quote
        new = Utterance.objects.create(
            language=quote.language, text=quote.text, speaker_id=quote.speaker_id, first_quote=quote,
            first_seen=quote.published,
        )
        appearance.utterance, appearance.pinned = new, True
        appearance.save(update_fields=["utterance", "pinned"])
        _fingerprints_add(new, _fingerprints_of(words(quote.text)))
        utterance_refresh(utterance=old)
        utterance_refresh(utterance=new)
    return new


def utterances_merge(*, keep: Utterance, others) -> Utterance:
    """An editor's decision: these utterances are one statement. Their appearances move to `keep`,
    pinned, so that re-imports keep them together."""
    with transaction.atomic():
        ids = [u.pk for u in others if u.pk != keep.pk]
        Appearance.objects.filter(utterance_id__in=ids).update(utterance=keep, pinned=True)
        values = set(Fingerprint.objects.filter(utterance_id__in=ids).values_list("value", flat=True))
        _fingerprints_add(keep, values)
        Utterance.objects.filter(pk__in=ids).delete()
        utterance_refresh(utterance=keep)
    return keep


def utterance_refresh(*, utterance: Utterance) -> None:
    """Recompute what an utterance says of its appearances: the earliest is the first; each later
    one is compared with it (same, excerpted, extended, altered) and flagged when it credits the
    words to someone else. An utterance left without appearances goes."""
    appearances = list(
        utterance.appearances.select_related("quote__article")
        .order_by(F("quote__published").asc(nulls_last=True), "quote__article__created_at", "quote__article_id", "quote__start")
    )
    if not appearances:
        utterance.delete()
        return
    first = appearances[0].quote
    first_words = words(first.text)
    altered = conflicting = 0
    for appearance in appearances:
        if appearance.quote_id == first.pk:
            status, shared, diff, conflict = Appearance.Status.FIRST, 1.0, [], False
        else:
            result = compare(first_words, words(appearance.quote.text))
            status, shared, diff = result.status, result.shared, result.diff
            speaker = appearance.quote.speaker_id
            conflict = bool(speaker and first.speaker_id and speaker != first.speaker_id)
        altered += status == Appearance.Status.ALTERED
        conflicting += conflict
        if (appearance.status, appearance.shared, appearance.diff, appearance.conflicting) != (status, shared, diff, conflict):
            appearance.status, appearance.shared, appearance.diff, appearance.conflicting = status, shared, diff, conflict
            appearance.save(update_fields=["status", "shared", "diff", "conflicting"])
    utterance.text, utterance.speaker_id, utterance.first_quote = first.text, first.speaker_id, first
    utterance.first_seen, utterance.language = first.published, first.language
    utterance.appearance_count, utterance.altered_count = len(appearances), altered
    utterance.conflicting = conflicting > 0
    utterance.save()


def speaker_changed(*, quote: Quote) -> None:
    """A quote's speaker changed (an editor, a re-import): its utterance's alarms follow."""
    appearance = Appearance.objects.filter(quote=quote).select_related("utterance").first()
    if appearance is not None:
        utterance_refresh(utterance=appearance.utterance)


def _fingerprints_of(tokens: list[str]) -> set[int]:
    return fingerprints(tokens) if len(tokens) >= MIN_WORDS else set()


def _best_utterance(quote: Quote, tokens: list[str], found: set[int]) -> Utterance | None:
    """The utterance whose first appearance shares the most of the quote's words, among those that
    share fingerprints with it, if they are one statement."""
    ranked = (
        Fingerprint.objects.filter(language=quote.language, value__in=found)
        .values("utterance_id").annotate(shared=Count("id")).order_by("-shared", "utterance_id")[:_CANDIDATES]
    )
    best, best_share = None, 0.0
    for utterance in Utterance.objects.filter(pk__in=[row["utterance_id"] for row in ranked]).order_by("pk"):
        result = compare(words(utterance.text), tokens)
        if result.joins and result.shared > best_share:
            best, best_share = utterance, result.shared
    return best


def _fingerprints_add(utterance: Utterance, values) -> None:
    Fingerprint.objects.bulk_create(
        [Fingerprint(utterance=utterance, language=utterance.language, value=value) for value in values],
        ignore_conflicts=True,
    )

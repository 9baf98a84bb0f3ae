"""Writes of quote lineage: link new quotes to their utterances, keep an utterance's first
appearance, diffs and alarms in step, and the editors' split and merge.

Linking works a batch of quotes at a time: one query finds the utterances that share fingerprints
with any quote of the batch, the words are compared in memory, and the rows are written in bulk;
only the utterances the batch touched are recomputed.
"""

from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from lineage.matching import MIN_WORDS, compare, fingerprints, words, words_key
from lineage.models import Appearance, Fingerprint, Utterance
from quotes.models import Quote

_CANDIDATES = 8  # utterances compared with a new quote, those sharing the most fingerprints
_COMMON = 200  # a fingerprint this many utterances share is a stock phrase ("as I have said before"): no clue
_BATCH = 500  # quotes linked per transaction
_LOCK = 0x4C494E45  # "LINE": import processes link a batch at a time, so none makes a twin utterance
_EARLIEST = (F("published").asc(nulls_last=True), "article__created_at", "article_id", "start")


def quotes_link(*, quotes) -> int:
    """Give each of these quotes its utterance: an existing one whose words are the same or nearly
    (an excerpt, a rewording), else a new one; a quote whose words changed since it was linked
    moves (unless an editor pinned it). Returns how many were linked."""
    linked = Appearance.objects.filter(quote__in=quotes).select_related("quote")
    changed = [a.quote_id for a in linked if not a.pinned and a.words != words_key(a.quote.text)]
    with transaction.atomic():
        _lock()
        # Their utterances are recomputed (a re-import may have changed a speaker, or a pinned quote's
        # words); a quote whose words changed, unless pinned, leaves its utterance to be linked anew.
        touched = {appearance.utterance_id for appearance in linked}
        Appearance.objects.filter(quote_id__in=changed).delete()
        _refresh(touched)
    return _link(Quote.objects.filter(pk__in=[quote.pk for quote in quotes]))


def quotes_link_pending() -> int:
    """Link every quote that has no utterance yet."""
    return _link(Quote.objects.all())


def _link(quotes) -> int:
    """Link the quotes without an appearance, earliest articles first, so that an utterance's
    first appearance is its earliest."""
    pending = list(quotes.filter(appearance__isnull=True).order_by(*_EARLIEST).values_list("pk", flat=True))
    for start in range(0, len(pending), _BATCH):
        with transaction.atomic():
            _lock()
            batch = Quote.objects.filter(pk__in=pending[start:start + _BATCH], appearance__isnull=True).order_by(*_EARLIEST)
            _link_batch(list(batch))
    return len(pending)


def _lock() -> None:
    """Serialise linking across processes (PostgreSQL; SQLite serialises writes anyway)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])


def _link_batch(quotes: list[Quote]) -> None:
    tokens = {quote.pk: words(quote.text) for quote in quotes}
    found = {pk: fingerprints(t) if len(t) >= MIN_WORDS else set() for pk, t in tokens.items()}
    # Who has each fingerprint: the stored utterances, then those this batch makes.
    owners: dict[tuple[str, int], set[int]] = defaultdict(set)
    wanted = {(quote.language, value) for quote in quotes for value in found[quote.pk]}
    for language in {language for language, _ in wanted}:
        values = [value for lang, value in wanted if lang == language]
        for utterance_id, value in Fingerprint.objects.filter(language=language, value__in=values).values_list(
            "utterance_id", "value"
        ):
            owners[language, value].add(utterance_id)
    def ranked(quote):  # the utterances sharing most of the quote's fingerprints
        shared = Counter(
            utterance for value in found[quote.pk]
            for utterance in owners.get((quote.language, value), ()) if len(owners[quote.language, value]) <= _COMMON
        )
        return [pk for pk, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]]

    stored = {pk for quote in quotes for pk in ranked(quote)}
    texts = {u.pk: words(u.text) for u in Utterance.objects.filter(pk__in=stored).only("pk", "text")}
    chosen: dict[int, int] = {}  # quote -> utterance
    new: list[Quote] = []  # quotes that start an utterance, in order
    new_words: dict[int, list[str]] = {}  # their words, keyed by a provisional negative id
    for quote in quotes:
        best, best_share = None, 0.0
        for utterance in ranked(quote):
            known = texts.get(utterance) or new_words.get(utterance)
            if known is None:
                continue
            result = compare(known, tokens[quote.pk])
            if result.joins and result.shared > best_share:
                best, best_share = utterance, result.shared
        if best is None:
            best = -len(new) - 1
            new.append(quote)
            new_words[best] = tokens[quote.pk]
        chosen[quote.pk] = best
        for value in found[quote.pk]:
            owners[quote.language, value].add(best)
    made = Utterance.objects.bulk_create([
        Utterance(language=q.language, text=q.text, speaker_id=q.speaker_id, first_quote=q, first_seen=q.published,
                  appearance_count=1)
        for q in new
    ])
    real = {-number - 1: utterance.pk for number, utterance in enumerate(made)}
    Appearance.objects.bulk_create([
        Appearance(quote=quote, utterance_id=real.get(chosen[quote.pk], chosen[quote.pk]), status=Appearance.Status.FIRST,
                   words=words_key(quote.text))
        for quote in quotes
    ])
    Fingerprint.objects.bulk_create(
        [
            Fingerprint(utterance_id=real.get(chosen[quote.pk], chosen[quote.pk]), language=quote.language, value=value)
            for quote in quotes for value in found[quote.pk]
        ],
        ignore_conflicts=True,
    )
    # A new utterance of one appearance is already what _refresh would make it.
    singles = {pk for pk, count in Counter(chosen.values()).items() if pk < 0 and count == 1}
    _refresh({real.get(pk, pk) for pk in chosen.values() if pk not in singles})


def utterance_split(*, appearance: Appearance) -> Utterance:
    """An editor's decision: this appearance is a statement of its own. It moves to a new utterance
    and stays there through re-imports."""
    with transaction.atomic():
        _lock()
        old = appearance.utterance_id
        quote = appearance.quote
        new = Utterance.objects.create(
            language=quote.language, text=quote.text, speaker_id=quote.speaker_id, first_quote=quote,
            first_seen=quote.published,
        )
        appearance.utterance, appearance.pinned = new, True
        appearance.save(update_fields=["utterance", "pinned"])
        tokens = words(quote.text)
        _fingerprints_add(new, fingerprints(tokens) if len(tokens) >= MIN_WORDS else ())
        _refresh({old, new.pk})
    new.refresh_from_db()
    return new


def utterances_merge(*, keep: Utterance, others) -> Utterance:
    """An editor's decision: these utterances are one statement. Their appearances move to `keep`,
    pinned, so that re-imports keep them together."""
    with transaction.atomic():
        _lock()
        ids = [u.pk for u in others if u.pk != keep.pk]
        Appearance.objects.filter(utterance_id__in=ids).update(utterance=keep, pinned=True)
        values = set(Fingerprint.objects.filter(utterance_id__in=ids).values_list("value", flat=True))
        _fingerprints_add(keep, values)
        Utterance.objects.filter(pk__in=ids).delete()
        _refresh({keep.pk})
    keep.refresh_from_db()
    return keep


def speaker_changed(*, quote: Quote) -> None:
    """A quote's speaker changed (an editor, a re-import): its utterance's alarms follow."""
    utterances_refresh(Appearance.objects.filter(quote=quote).values_list("utterance_id", flat=True))


def utterances_refresh(utterance_ids) -> None:
    """Recompute these utterances (their appearances changed: a quote deleted, a speaker merged)."""
    with transaction.atomic():
        _lock()
        _refresh(set(utterance_ids))


def _refresh(utterance_ids: set[int]) -> None:
    """The earliest appearance of each utterance is its first; each later one is compared with it
    (same, excerpted, extended, altered) and flagged when it credits the words to someone else. An
    utterance left without appearances goes."""
    if not utterance_ids:
        return
    appearances = defaultdict(list)
    rows = (
        Appearance.objects.filter(utterance_id__in=utterance_ids)
        .select_related("quote").only(
            "quote_id", "utterance_id", "status", "shared", "diff", "conflicting",
            "quote__text", "quote__speaker_id", "quote__published", "quote__language",
        )
        .order_by("utterance_id", F("quote__published").asc(nulls_last=True), "quote__article__created_at",
                  "quote__article_id", "quote__start")
    )
    for appearance in rows:
        appearances[appearance.utterance_id].append(appearance)
    changed_appearances, utterances, now = [], [], timezone.now()
    for utterance_id, items in appearances.items():
        first = items[0].quote
        first_words = words(first.text)
        # Who said it: the earliest appearance that credits someone (the first may credit nobody).
        credited = next((a.quote.speaker_id for a in items if a.quote.speaker_id), None)
        altered = conflicting = 0
        for appearance in items:
            speaker = appearance.quote.speaker_id
            conflict = bool(speaker and credited and speaker != credited)
            if appearance.quote_id == first.pk:
                status, shared, diff = Appearance.Status.FIRST, 1.0, []
            else:
                result = compare(first_words, words(appearance.quote.text))
                status, shared, diff = result.status, result.shared, result.diff
            altered += status == Appearance.Status.ALTERED
            conflicting += conflict
            if (appearance.status, appearance.shared, appearance.diff, appearance.conflicting) != (status, shared, diff, conflict):
                appearance.status, appearance.shared, appearance.diff, appearance.conflicting = status, shared, diff, conflict
                changed_appearances.append(appearance)
        utterances.append(Utterance(
            pk=utterance_id, text=first.text, speaker_id=credited, first_quote_id=first.pk,
            first_seen=first.published, language=first.language, appearance_count=len(items), altered_count=altered,
            conflicting=conflicting > 0, updated_at=now,
        ))
    Appearance.objects.bulk_update(changed_appearances, ["status", "shared", "diff", "conflicting"], batch_size=500)
    Utterance.objects.bulk_update(
        utterances, ["text", "speaker_id", "first_quote_id", "first_seen", "language", "appearance_count",
                     "altered_count", "conflicting", "updated_at"], batch_size=500,
    )
    Utterance.objects.filter(pk__in=utterance_ids - set(appearances)).delete()


def _fingerprints_add(utterance: Utterance, values) -> None:
    Fingerprint.objects.bulk_create(
        [Fingerprint(utterance=utterance, language=utterance.language, value=value) for value in values],
        ignore_conflicts=True,
    )

"""Lineage follows the quotes app without it knowing: quotes an import stored are linked to their
utterances, a quote an editor credits to someone else updates its utterance's alarms, and a quote
deleted in any way (a re-import's reconciliation, the admin, a cascade) leaves its utterance's
counts right. Lineage never fails the write it follows: an error is logged, and `link_quotes`
links what was left unlinked."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from lineage.models import Appearance
from lineage.services import quotes_link, speaker_changed, utterances_refresh
from quotes.models import Quote
from quotes.signals import quote_speaker_set, quotes_stored

log = logging.getLogger(__name__)


@receiver(quotes_stored, dispatch_uid="lineage_link_stored_quotes")
def link_stored_quotes(sender, articles, **kwargs):
    try:
        quotes_link(quotes=list(Quote.objects.filter(article__in=articles)))
    except Exception:  # the articles are stored; their lineage can be linked later
        log.exception("linking the quotes of %d article(s) failed; run link_quotes", len(articles))


@receiver(quote_speaker_set, dispatch_uid="lineage_speaker_set")
def follow_speaker(sender, quote, **kwargs):
    try:
        speaker_changed(quote=quote)
    except Exception:
        log.exception("refreshing the lineage of quote %s failed", quote.pk)


@receiver(post_delete, sender=Appearance, dispatch_uid="lineage_appearance_deleted")
def appearance_deleted(sender, instance, **kwargs):
    """A signal, because quotes are deleted by many paths (a queryset, the admin, a cascade); the
    utterance is recomputed once the deletion is committed."""
    utterance_id = instance.utterance_id
    transaction.on_commit(lambda: utterances_refresh({utterance_id}))

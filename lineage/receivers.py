"""Lineage follows the quotes app without it knowing: quotes an import stored are linked to their
utterances, and a quote an editor credits to someone else updates its utterance's alarms."""

from django.dispatch import receiver

from lineage.services import quotes_link, speaker_changed
from quotes.models import Quote
from quotes.signals import quote_speaker_set, quotes_stored


@receiver(quotes_stored, dispatch_uid="lineage_link_stored_quotes")
def link_stored_quotes(sender, articles, **kwargs):
    quotes_link(quotes=list(Quote.objects.filter(article__in=articles)))


@receiver(quote_speaker_set, dispatch_uid="lineage_speaker_set")
def follow_speaker(sender, quote, **kwargs):
    speaker_changed(quote=quote)
